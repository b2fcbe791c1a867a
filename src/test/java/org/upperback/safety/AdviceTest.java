package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;

/**
 * The safety advice is complete and the same everywhere: "when to get help" has two urgency tiers,
 * each a list holding the warning signs clinical red-flag lists give; one pain rule is shown the same
 * on every page that shows it, and the footer states the same thresholds; every exercise's
 * "stop and get help" card links to the page on when to get help.
 */
class AdviceTest {
  /** Warning signs that need emergency help now: each needs a list item matching one of its patterns. */
  private static final Map<String, String> EMERGENCY = signs(
      "chest pain", "chest",
      "loss of bladder or bowel control", "bladder|bowel|pee|poo",
      "numbness around the genitals or buttocks", "genitals|buttocks|bottom",
      "weakness or numbness in both legs", "both legs",
      "pain after a fall or accident", "fall|accident|crash");

  /** Warning signs to see a doctor or physiotherapist about soon. */
  private static final Map<String, String> SOON = signs(
      "new pain between the shoulder blades", "between (your|the) shoulder blades",
      "a history of cancer", "cancer",
      "osteoporosis", "osteoporosis",
      "long-term steroid use", "steroid",
      "new pain after 50", "over 50|after 50",
      "pain that is constant or worse at night", "all the time|constant|at night",
      "fever", "fever|high temperature",
      "weight loss without trying", "weight",
      "pain lasting more than a few weeks", "weeks");

  private static Map<String, String> signs(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private static Document doc(String page) {
    return Site.parse(Path.of(page));
  }

  /** The list items of the h2 section whose heading or text mentions all of {@code markers}. */
  private static List<String> tier(Document doc, String... markers) {
    for (Element h2 : doc.select("main h2")) {
      StringBuilder text = new StringBuilder(h2.text());
      List<String> items = new ArrayList<>();
      for (Element e = h2.nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
        text.append(' ').append(e.text());
        e.select("li").forEach(li -> items.add(li.text().toLowerCase(Locale.ROOT)));
      }
      String all = text.toString();
      if (List.of(markers).stream().allMatch(all::contains)) {
        return items;
      }
    }
    return List.of();
  }

  private static void assertSigns(String tierName, List<String> items, Map<String, String> signs) {
    for (Map.Entry<String, String> sign : signs.entrySet()) {
      Pattern p = Pattern.compile(sign.getValue());
      assertTrue(items.stream().anyMatch(li -> p.matcher(li).find()),
          "get-help.html: the " + tierName + " list lacks the warning sign \"" + sign.getKey() + "\"; its items: " + items);
    }
  }

  @Test
  void getHelpHasTwoUrgencyTiersEachAListOfItsWarningSigns() {
    Document doc = doc("get-help.html");
    List<String> now = tier(doc, "999", "A&E");
    List<String> soon = tier(doc, "GP", "NHS 111");
    assertFalse(now.isEmpty(), "get-help.html: no section with a list that names 999 and A&E (emergency help now)");
    assertFalse(soon.isEmpty(), "get-help.html: no section with a list that names a GP and NHS 111 (help soon)");
    assertSigns("emergency", now, EMERGENCY);
    assertSigns("see someone soon", soon, SOON);
    String text = doc.select("main").text();
    assertTrue(text.indexOf("999") < text.indexOf("NHS 111"), "get-help.html: the emergency tier comes first");
    for (String li : now) {
      assertTrue(li.split("\\s+").length <= 20, "get-help.html: keep each warning sign short: " + li);
    }
  }

  @Test
  void getHelpReassuresThatMostBackPainSettlesAndStayingActiveHelps() {
    String text = doc("get-help.html").select("main").text().toLowerCase(Locale.ROOT);
    assertTrue(text.matches("(?s).*most back pain[^.]*(weeks|settle|better).*"), "get-help.html: most back pain settles");
    assertTrue(text.matches("(?s).*(active|movement|moving)[^.]*help.*"), "get-help.html: staying active helps");
  }

  /** Pages that show the pain rule in full: every exercise, and every page that asks with pain-rule=true. */
  private static List<ContentFile> painRulePages() {
    List<ContentFile> pages = new ArrayList<>(Content.published("exercise"));
    for (String type : List.of("tip", "page")) {
      Content.published(type).stream().filter(f -> f.get("pain-rule").equals("true")).forEach(pages::add);
    }
    return pages;
  }

  @Test
  void onePainRuleIsShownTheSameOnEveryPageThatShowsIt() {
    List<ContentFile> pages = painRulePages();
    List<String> paths = pages.stream().map(f -> f.path).toList();
    assertTrue(paths.contains("content/tips/listen-to-your-body.md") && paths.contains("content/about.md"),
        "listen-to-your-body and about show the pain rule: " + paths);
    String first = null;
    for (ContentFile f : pages) {
      Element rule = doc(f.outputPath()).selectFirst(".ub-pain-rule");
      assertNotNull(rule, f.outputPath() + ": no pain rule");
      if (first == null) {
        first = rule.outerHtml();
      }
      assertEquals(first, rule.outerHtml(), f.outputPath() + ": the pain rule differs from the one on "
          + pages.get(0).outputPath());
    }
  }

  /** "0 to 3", "4 to 5"... as [from, to] pairs, in order. */
  private static List<int[]> ranges(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = Pattern.compile("(\\d+) to (\\d+)").matcher(text);
    while (m.find()) {
      out.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
    }
    return out;
  }

  @Test
  void thePainRuleCoversZeroToTenAndTheFooterStatesTheSameThresholds() {
    Element rule = doc(painRulePages().get(0).outputPath()).selectFirst(".ub-pain-rule");
    List<int[]> levels = new ArrayList<>();
    rule.select("dt").forEach(dt -> levels.addAll(ranges(dt.text())));
    assertTrue(levels.size() >= 3, "the pain rule has at least three levels (fine, acceptable, stop)");
    int next = 0;
    for (int[] level : levels) {
      assertEquals(next, level[0], "the pain rule's levels cover 0 to 10 with no gap or overlap");
      next = level[1] + 1;
    }
    assertEquals(11, next, "the pain rule's last level ends at 10");
    String expected = levels.stream().map(l -> l[0] + "-" + l[1]).toList().toString();
    for (Path page : Site.pages()) {
      Element line = Site.parse(page).selectFirst("footer .ub-pain-rule-line");
      assertNotNull(line, page + ": the footer does not state the pain rule");
      List<int[]> stated = ranges(line.text());
      stated.removeIf(l -> l[0] == 0 && l[1] == 10); // the scale itself
      assertEquals(expected, stated.stream().map(l -> l[0] + "-" + l[1]).toList().toString(),
          page + ": the footer's pain rule has other thresholds than the rule");
      assertNotNull(line.selectFirst("a[href*=#pain-rule]"), page + ": the footer links to the full pain rule");
    }
  }

  @Test
  void everyExercisesStopCardLinksToTheGetHelpPage() {
    for (ContentFile f : Content.published("exercise")) {
      Element card = doc(f.outputPath()).selectFirst(".ub-care-card");
      assertNotNull(card, f.outputPath() + ": no stop and get help card");
      assertTrue(card.select("a[href]").stream().anyMatch(a -> a.absUrl("href").equals("http://site.test/get-help.html")),
          f.outputPath() + ": the stop and get help card must link to get-help.html");
    }
  }
}
