package org.upperback.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
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

/** The same advice in the same words everywhere: sets, number style, strength versus mobility. */
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
}
