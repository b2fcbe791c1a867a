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
import org.yaml.snakeyaml.Yaml;

/**
 * The safety advice is complete and the same everywhere: "when to get help" has three urgency tiers
 * (emergency now, urgent the same day, a booked appointment), named with the services of
 * data/settings.yaml, each a list holding the warning signs that guidance puts in that tier; every
 * exercise's stop card and the session mode's stop message agree with it; one pain rule (during,
 * the next morning, muscle soreness, stop whatever the score) is shown the same on every page that
 * shows it, and the footer states the same thresholds.
 */
class AdviceTest {
  /** Signs that need emergency help now: each needs a list item of that tier matching its pattern. */
  private static final Map<String, String> EMERGENCY = signs(
      "chest pain", "chest pain",
      "short of breath", "short of breath|breathless",
      "pain spreading to the arm, jaw or neck", "arm, jaw or neck",
      "sudden severe or tearing pain between the shoulder blades", "tearing[^.]*shoulder blades",
      "fainting", "faint",
      "tingling, numbness, heaviness or weakness in both legs", "(tingling|numbness|heaviness|weakness)[^.]*both legs",
      "walking unsteadily", "unsteady",
      "difficulty peeing", "hard to pee|difficult[a-z]* (to )?pee",
      "loss of bladder or bowel control", "control when you pee or poo",
      "numbness around the genitals or bottom", "genitals|bottom",
      "pain after a serious accident", "accident|crash");

  /** Signs that need advice the same day. */
  private static final Map<String, String> URGENT = signs(
      "new back pain after cancer", "cancer",
      "new pain between the shoulder blades", "between your shoulder blades",
      "fever", "fever|high temperature",
      "a weakened immune system", "immune",
      "a recent infection", "infection",
      "weight loss without trying", "losing weight|weight loss",
      "pain that is constant or worse at night", "at night",
      "pain worse on coughing, sneezing or straining", "cough[^.]*sneez[^.]*strain",
      "a band of pain around the chest", "band of pain around your chest",
      "a rash (shingles)", "rash[^.]*shingles",
      "a minor fall or strain with osteoporosis", "(fall|strain)[^.]*osteoporosis",
      "new weakness or numbness in one arm", "one arm",
      "dizzy or faint during exercise", "dizzy");

  /** Signs to book an appointment for. */
  private static final Map<String, String> ROUTINE = signs(
      "pain not better after a few weeks", "few weeks",
      "pain that keeps coming back", "keeps coming back",
      "pain that stops daily tasks", "daily tasks",
      "new pain over 50", "over 50",
      "worry or struggling to cope", "worried|cope");

  private static Map<String, String> signs(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> settings() {
    return new Yaml().load(Site.read(Site.project().resolve("data/settings.yaml")));
  }

  /** One value of data/settings.yaml by its dotted name ("region.emergency.number"), "" if unset. */
  @SuppressWarnings("unchecked")
  static String setting(String name) {
    Object v = settings();
    for (String k : name.split("\\.")) {
      v = v instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(k) : null;
    }
    return v == null ? "" : String.valueOf(v);
  }

  private static Document doc(String page) {
    return Site.parse(Path.of(page));
  }

  /** An h2 section of main: its heading, all its text, its list items (lower case), its position. */
  record Tier(String heading, String text, List<String> items, int index) {}

  private static List<Tier> sections(Document doc) {
    List<Tier> out = new ArrayList<>();
    int i = 0;
    for (Element h2 : doc.select("main h2")) {
      StringBuilder text = new StringBuilder(h2.text());
      List<String> items = new ArrayList<>();
      for (Element e = h2.nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
        text.append(' ').append(e.text());
        e.select("li").forEach(li -> items.add(li.text().toLowerCase(Locale.ROOT)));
      }
      out.add(new Tier(h2.text(), text.toString(), items, i++));
    }
    return out;
  }

  /** The tiers of get-help.html, found by the services of data/settings.yaml they name. */
  static Map<String, Tier> tiers() {
    String number = setting("region.emergency.number");
    String place = setting("region.emergency.place");
    String urgent = setting("region.urgent.service");
    String routine = setting("region.routine.service");
    for (String s : List.of(number, place, urgent, routine)) {
      assertFalse(s.isBlank(), "data/settings.yaml: region.emergency.number, .place, region.urgent.service and "
          + "region.routine.service must be set (the get-help page names them)");
    }
    Map<String, Tier> tiers = new LinkedHashMap<>();
    for (Tier t : sections(doc("get-help.html"))) {
      if (t.items().isEmpty()) {
        continue;
      }
      if (t.text().contains(number) && t.text().contains(place)) {
        tiers.putIfAbsent("emergency", t);
      } else if (t.text().contains(urgent)) {
        tiers.putIfAbsent("urgent", t);
      } else if (t.text().contains(routine)) {
        tiers.putIfAbsent("routine", t);
      }
    }
    return tiers;
  }

  private static void assertSigns(Tier tier, String name, Map<String, String> signs) {
    for (Map.Entry<String, String> sign : signs.entrySet()) {
      Pattern p = Pattern.compile(sign.getValue());
      assertTrue(tier.items().stream().anyMatch(li -> p.matcher(li).find()),
          "get-help.html: the " + name + " tier (\"" + tier.heading() + "\") lacks the warning sign \"" + sign.getKey()
              + "\"; its items: " + tier.items());
    }
  }

  @Test
  void getHelpHasThreeUrgencyTiersNamedFromSettingsEachWithItsWarningSigns() {
    Map<String, Tier> tiers = tiers();
    assertEquals(List.of("emergency", "urgent", "routine"), List.copyOf(tiers.keySet()),
        "get-help.html: three sections with lists, in this order: one naming " + setting("region.emergency.number")
            + " and " + setting("region.emergency.place") + " (emergency now), one naming "
            + setting("region.urgent.service") + " (urgent, the same day), one naming "
            + setting("region.routine.service") + " (book an appointment)");
    assertTrue(tiers.get("emergency").index() < tiers.get("urgent").index()
        && tiers.get("urgent").index() < tiers.get("routine").index(), "get-help.html: the most urgent tier comes first");
    assertFalse(tiers.get("routine").text().contains(setting("region.emergency.number")),
        "get-help.html: the appointment tier does not send readers to the emergency number");
    assertSigns(tiers.get("emergency"), "emergency", EMERGENCY);
    assertSigns(tiers.get("urgent"), "urgent (same day)", URGENT);
    assertSigns(tiers.get("routine"), "book an appointment", ROUTINE);
    for (Tier t : tiers.values()) {
      for (String li : t.items()) {
        assertTrue(li.split("\\s+").length <= 20, "get-help.html: keep each warning sign short: " + li);
      }
    }
  }

  @Test
  void getHelpSpellsOutEachServiceOnceAndExplainsSteroidMedicines() {
    String text = doc("get-help.html").select("main").text();
    for (String key : List.of("region.emergency.place_long", "region.urgent.service_long", "region.routine.service_long")) {
      String value = setting(key);
      if (!value.isBlank()) {
        assertEquals(1, text.split(Pattern.quote(value), -1).length - 1,
            "get-help.html: spell out " + key + " (\"" + value + "\") exactly once");
      }
    }
    assertTrue(text.matches("(?s).*Steroid medicines, such as [^.]+\\..*"), "get-help.html: explain what steroid medicines are");
  }

  @Test
  void getHelpReassuresThatMostBackPainSettlesAndStayingActiveHelps() {
    String text = doc("get-help.html").select("main").text().toLowerCase(Locale.ROOT);
    assertTrue(text.matches("(?s).*most back pain[^.]*(weeks|settle|better).*"), "get-help.html: most back pain settles");
    assertTrue(text.matches("(?s).*(active|movement|moving)[^.]*help.*"), "get-help.html: staying active helps");
    assertTrue(text.contains("walking"), "get-help.html: walking helps");
    assertTrue(text.contains("hurt does not always mean harm"), "get-help.html: hurt does not always mean harm");
  }

  @Test
  void everyStopCardAgreesWithGetHelp() {
    Tier emergency = tiers().get("emergency");
    assertTrue(emergency.items().stream().anyMatch(li -> li.contains("chest pain") && li.contains("short of breath")),
        "get-help.html: chest pain and shortness of breath are in the emergency tier");
    assertTrue(tiers().values().stream().anyMatch(t -> t.items().stream().anyMatch(li -> li.contains("faint"))),
        "get-help.html: feeling faint is in a tier");
    String number = setting("region.emergency.number");
    String clinic = setting("clinic.name");
    for (ContentFile f : Content.published("exercise")) {
      Element card = doc(f.outputPath()).selectFirst(".ub-care-card");
      assertNotNull(card, f.outputPath() + ": no stop and get help card");
      assertTrue(card.select("a[href]").stream().anyMatch(a -> a.absUrl("href").equals("http://site.test/get-help.html")),
          f.outputPath() + ": the stop and get help card must link to get-help.html");
      List<String> items = card.select("li").eachText().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
      assertTrue(items.stream().anyMatch(li -> li.contains("chest pain") && li.contains("short of breath") && li.contains(number)),
          f.path + ": the stop card sends chest pain or shortness of breath to the emergency number, as get-help does");
      assertTrue(items.stream().anyMatch(li -> li.contains("dizzy") || li.contains("faint")), f.path + ": the stop card lists feeling dizzy or faint");
      for (String sign : List.of("sharp", "shooting", "electric", "pins and needles", "numbness")) {
        assertTrue(items.stream().anyMatch(li -> li.contains(sign)), f.path + ": the stop card lists \"" + sign
            + "\", as the pain rule does");
      }
      assertTrue(card.select("a[href]").stream().anyMatch(a -> a.attr("href").equals("#pain-rule")),
          f.path + ": the stop card points to the pain rule rather than restating it");
      if (!clinic.isBlank()) {
        assertFalse(card.text().contains(clinic), f.path + ": the stop card does not name the clinic (a settings line follows it)");
      }
    }
  }

  @Test
  void theSessionsStopMessageAgreesWithThePainRuleAndGetHelp() {
    @SuppressWarnings("unchecked")
    String stop = String.valueOf(((Map<String, Object>) Content.ui("routine")).get("stop_now")).toLowerCase(Locale.ROOT);
    for (String sign : List.of("sharp", "shooting", "electric", "pins and needles", "numbness", "dizzy", "faint",
        "chest pain", "short of breath", "emergency")) {
      assertTrue(stop.contains(sign), "data/ui.yaml routine.stop_now: must name \"" + sign + "\" (pain rule and get-help)");
    }
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
      // Links differ only by the page's depth: compare them as addresses.
      rule.select("a[href]").forEach(a -> a.attr("href", a.absUrl("href")));
      if (first == null) {
        first = rule.outerHtml();
      }
      assertEquals(first, rule.outerHtml(), f.outputPath() + ": the pain rule differs from the one on "
          + pages.get(0).outputPath());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePainRuleHasItsFourPartsAndKeepsTheBandsTheRoutineUses() {
    Map<String, Object> rule = (Map<String, Object>) Content.ui("pain_rule");
    List<Map<String, Object>> levels = (List<Map<String, Object>>) rule.get("levels");
    assertEquals(List.of("low", "acceptable", "stop"), levels.stream().map(l -> String.valueOf(l.get("band"))).toList(),
        "data/ui.yaml pain_rule.levels: the bands low, acceptable, stop, in order (the routine reads them)");
    Element shown = doc(painRulePages().get(0).outputPath()).selectFirst(".ub-pain-rule");
    for (String key : List.of("during", "lingering", "soreness", "stop_anyway")) {
      String text = String.valueOf(rule.get(key));
      assertFalse(text.isBlank() || text.equals("null"), "data/ui.yaml pain_rule." + key + " is missing");
      assertTrue(shown.text().contains(text.strip()), "the pain rule shows pain_rule." + key);
    }
    String lower = shown.text().toLowerCase(Locale.ROOT);
    assertTrue(lower.contains("next morning"), "the pain rule says what to do the next morning");
    assertTrue(lower.matches("(?s).*muscle[^.]*1 to 3 days.*"), "the pain rule tells muscle soreness 1 to 3 days later apart");
    for (String sign : List.of("sharp", "shooting", "electric", "pins and needles", "numbness")) {
      assertTrue(String.valueOf(rule.get("stop_anyway")).contains(sign), "pain_rule.stop_anyway names \"" + sign + "\"");
    }
    assertNotNull(shown.selectFirst("a[href$=get-help.html]"), "the pain rule links to when to get help");
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
      assertTrue(line.text().contains("whatever the score"), page + ": the footer says sharp pain means stop whatever the score");
      assertNotNull(line.selectFirst("a[href*=#pain-rule]"), page + ": the footer links to the full pain rule");
    }
  }
}
