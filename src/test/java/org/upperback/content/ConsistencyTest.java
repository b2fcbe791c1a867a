package org.upperback.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;

/**
 * The same advice in the same words everywhere: sets, session size, rest times, how often, number
 * style, strength versus mobility; the pain rule is written once (data/ui.yaml) and no page words it
 * another way; the words a reader may not know are explained where they first meet them.
 */
class ConsistencyTest {
  private static final String NUMBER_WORDS =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty";

  @Test
  void everyExerciseAndStartSlowGiveTheSameSetsAdvice() {
    Set<String> pairs = Content.published("exercise").stream()
        .map(f -> f.get("start-sets") + " then " + f.get("sets")).collect(Collectors.toSet());
    assertEquals(1, pairs.size(), "every facts box gives the same sets advice: " + pairs);
    ContentFile any = Content.published("exercise").get(0);
    ContentFile startSlow = Content.published("tip").stream().filter(f -> f.path.endsWith("/start-slow.md")).findFirst()
        .orElseThrow();
    String body = String.join(" ", startSlow.body);
    for (String sets : List.of(any.get("start-sets"), any.get("sets"))) {
      assertTrue(body.contains(sets + " sets"), startSlow.path + " must give the same sets advice (" + sets + " sets)");
    }
  }

  @Test
  void numbersInRangesAndCountsAreWrittenAsDigits() {
    Pattern spelled = Pattern.compile("(?i)\\b(" + NUMBER_WORDS + ")\\b( (to|or) (\\d+|" + NUMBER_WORDS + ")\\b| "
        + "(seconds?|minutes?|hours?|days|weeks|months|sets|reps|times)\\b)|\\b\\d+ (to|or) (" + NUMBER_WORDS + ")\\b");
    for (ContentFile f : Content.all()) {
      List<String> lines = new java.util.ArrayList<>(f.body);
      lines.add(f.get("summary"));
      for (String line : lines) {
        Matcher m = spelled.matcher(line);
        if (m.find()) {
          fail(f.path + ": found \"" + m.group() + "\"; write numbers in ranges and counts as digits, such as 2 to 3");
        }
      }
    }
  }

  @Test
  void readersCanTellStrengthFromMobilityMovesInListsAndFilters() {
    List<String> kinds = Content.vocabulary("kind");
    assertTrue(kinds.containsAll(List.of("strength", "mobility")), "kinds: " + kinds);
    long mobility = Content.published("exercise").stream().filter(f -> f.get("kind").equals("mobility")).count();
    assertTrue(mobility >= 3, "at least three mobility exercises, found " + mobility);
    Document index = Site.parse(Path.of("exercises/index.html"));
    for (ContentFile f : Content.published("exercise")) {
      Element card = index.select(".ub-card").stream()
          .filter(c -> c.selectFirst("a").attr("href").endsWith(f.outputPath().replace("exercises/", "")))
          .findFirst().orElseThrow(() -> new AssertionError("exercises/index.html: no card for " + f.path));
      assertEquals(f.get("kind"), card.attr("data-kind"), f.path + ": the card's kind for the filter");
      Element meta = card.selectFirst(".ub-card__meta");
      assertNotNull(meta, f.path + ": card without meta");
      Element label = index.selectFirst("#filter-kind option[value=" + f.get("kind") + "]");
      assertNotNull(label, "exercises/index.html: the filter offers kind " + f.get("kind"));
      assertTrue(meta.text().contains(label.text()), f.path + ": the card says it is a " + label.text() + " move");
    }
    assertEquals(kinds.size() + 1, index.select("#filter-kind option").size(), "the kind filter: any, then each kind");
  }

  @Test
  void everyExerciseIsInTheSearchIndex() {
    String search = Site.read(Site.dir().resolve("search-index.json"));
    for (ContentFile f : Content.published("exercise")) {
      assertTrue(search.contains("\"" + f.outputPath() + "\""), "search-index.json lacks " + f.outputPath());
    }
  }

  /** Ways of restating the pain rule (or the old, contradictory rules) in a page's own words. */
  private static final Pattern RESTATED = Pattern.compile("(?i)\\b0 to 10\\b|out of 10|/10\\b|score of \\d|"
      + "pain (of|at|above|below|over|under|is) \\d|\\b\\d+ to \\d+ (is|means) |settles? (within|over)|next few days|"
      + "fades? within|\\d+ to \\d+ days (later|after)");

  @Test
  void noPageRestatesThePainRuleInItsOwnWords() {
    List<String> found = new ArrayList<>();
    for (ContentFile f : Content.all()) {
      for (int i = 0; i < f.body.size(); i++) {
        Matcher m = RESTATED.matcher(f.body.get(i));
        if (m.find()) {
          found.add(f.path + ": \"" + m.group() + "\" restates the pain rule; link to it instead"
              + " (tips/listen-to-your-body.html#pain-rule, or #pain-rule on an exercise)");
        }
      }
    }
    assertTrue(found.isEmpty(), String.join("\n", found));
  }

  /** "3 to 4 exercises": every page that says how many exercises make a session says the same. */
  @Test
  void everyPageGivesTheSameNumberOfExercisesASessionAndThePlansKeepIt() {
    Pattern count = Pattern.compile("(\\d+) (to|or) (\\d+) exercises");
    java.util.Set<String> said = new java.util.TreeSet<>();
    for (ContentFile f : Content.all()) {
      for (String line : f.body) {
        Matcher m = count.matcher(line);
        while (m.find()) {
          said.add(m.group(1) + " to " + m.group(3));
        }
      }
    }
    assertEquals(1, said.size(), "pages give different numbers of exercises for a session: " + said);
    String[] range = said.iterator().next().split(" to ");
    int low = Integer.parseInt(range[0]);
    int high = Integer.parseInt(range[1]);
    for (Element plan : plans()) {
      int n = plan.select("li a[href*=exercises/]").size();
      assertTrue(n >= low && n <= high, "routine.html: the plan \"" + plan.selectFirst("h2").text() + "\" has " + n
          + " exercises; the site says " + said.iterator().next());
    }
  }

  /** The sample plans of the routine page: each h2 section with a "Use this plan" link. */
  private static List<Element> plans() {
    Document doc = Site.parse(Path.of("routine.html"));
    List<Element> out = new ArrayList<>();
    for (Element h2 : doc.select("main h2")) {
      Element wrap = new Element("div");
      wrap.appendChild(h2.clone());
      for (Element e = h2.nextElementSibling(); e != null && !e.tagName().equals("h2"); e = e.nextElementSibling()) {
        wrap.appendChild(e.clone());
      }
      if (wrap.selectFirst("a[href*=routine.html?e=]") != null) {
        out.add(wrap);
      }
    }
    assertTrue(!out.isEmpty(), "routine.html: no sample plans found");
    return out;
  }

  private static Map<String, ContentFile> exercisesById() {
    Map<String, ContentFile> byId = new java.util.HashMap<>();
    Content.published("exercise").forEach(f -> byId.put(Path.of(f.path).getFileName().toString().replace(".md", ""), f));
    return byId;
  }

  @Test
  void everySamplePlanHasAMobilityMoveAndOneIsDoneSittingDown() {
    Map<String, ContentFile> byId = exercisesById();
    boolean sitting = false;
    for (Element plan : plans()) {
      List<ContentFile> moves = new ArrayList<>();
      for (Element a : plan.select("li a[href*=exercises/]")) {
        String id = a.attr("href").replaceAll(".*exercises/", "").replace(".html", "");
        ContentFile f = byId.get(id);
        assertNotNull(f, "routine.html: the plan links to an unknown exercise " + id);
        moves.add(f);
      }
      String name = plan.selectFirst("h2").text();
      assertTrue(moves.stream().anyMatch(f -> f.get("kind").equals("mobility")), "routine.html: the plan \"" + name
          + "\" has no mobility move");
      sitting |= moves.stream().allMatch(f -> Content.values(f, "position").contains("sitting"));
    }
    assertTrue(sitting, "routine.html: one sample plan is done sitting down (every move has position sitting)");
  }

  /** "Rest for about 60 seconds between sets": each exercise says its own rest header, no other page states one. */
  @Test
  void everyExerciseStatesItsOwnRestTimeAndNoOtherPageGivesAnother() {
    Pattern rest = Pattern.compile("(?i)\\brest\\b[^.]*?(\\d+) (seconds?|minutes?)");
    for (ContentFile f : Content.all()) {
      boolean exercise = "exercise".equals(f.get("type")) && f.published();
      List<String> stated = new ArrayList<>();
      for (String line : f.body) {
        Matcher m = rest.matcher(line);
        while (m.find()) {
          stated.add(m.group(1) + " " + m.group(2));
        }
      }
      if (exercise) {
        assertEquals(List.of(f.get("rest") + " seconds"), stated, f.path + ": say the rest between sets once, as the"
            + " header rest=" + f.get("rest") + " does: \"Rest for about " + f.get("rest") + " seconds between sets.\"");
      } else {
        assertTrue(stated.isEmpty(), f.path + ": states a rest time " + stated + "; each exercise gives its own");
      }
    }
  }

  @Test
  void restTimesSuitTheMove() {
    for (ContentFile f : Content.published("exercise")) {
      int rest = Integer.parseInt(f.get("rest"));
      int limit = f.get("kind").equals("mobility") ? 30 : "advanced".equals(f.get("difficulty")) ? 120 : 90;
      int least = f.get("kind").equals("mobility") ? 15 : 45;
      assertTrue(rest >= least && rest <= limit, f.path + ": rest=" + rest + " seconds; a " + f.get("kind") + " move at "
          + f.get("difficulty") + " level rests " + least + " to " + limit + " seconds");
    }
  }

  @Test
  void mobilityMovesMayBeDoneOnRestDaysAndThePagesSaySo() {
    java.util.Set<String> often = new java.util.TreeSet<>();
    Content.published("exercise").stream().filter(f -> f.get("kind").equals("mobility")).forEach(f -> often.add(f.get("frequency")));
    assertEquals(1, often.size(), "every mobility move gives the same frequency: " + often);
    assertTrue(often.iterator().next().toLowerCase(Locale.ROOT).contains("every day"), "mobility moves: every day " + often);
    for (String page : List.of("content/tips/be-consistent.md", "content/routine.md")) {
      String text = Site.read(Site.project().resolve(page)).toLowerCase(Locale.ROOT);
      assertTrue(text.matches("(?s).*\\bmobility moves[^.]*every day, rest days too.*"),
          page + ": say that the mobility moves can be done every day, rest days too (as their frequency does)");
      assertTrue(text.contains("rest day between"), page + ": the rest day between strength sessions");
    }
  }

  @Test
  void wordsAReaderMayNotKnowAreExplained() {
    for (String page : List.of("content/exercises/index.md", "content/tips/start-slow.md")) {
      String text = Site.read(Site.project().resolve(page));
      assertTrue(text.contains("A rep (short for repetition) is") && text.contains("A set is"), page + ": explain set and rep");
    }
    String note = String.valueOf(Content.ui("sets_explained"));
    for (ContentFile f : Content.published("exercise")) {
      assertTrue(Site.parse(Path.of(f.outputPath())).select("main").text().contains(note),
          f.outputPath() + ": explain set and rep (data/ui.yaml sets_explained)");
    }
    String all = String.join(" ", Content.all().stream().map(f -> String.join(" ", f.body)).toList());
    assertTrue(all.contains("6 to 8 weeks"), "say to keep going 6 to 8 weeks before judging a routine");
    assertTrue(all.toLowerCase(Locale.ROOT).contains("walking"), "say that walking helps");
    assertTrue(all.contains("Hurt does not always mean harm"), "say that hurt does not always mean harm");
  }
}
