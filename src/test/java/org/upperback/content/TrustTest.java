package org.upperback.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentFile;
import org.upperback.check.Problem;
import org.upperback.check.TrustCheck;
import org.upperback.support.Content;
import org.upperback.support.Site;
import org.yaml.snakeyaml.Yaml;

/**
 * Readers can see what a page rests on and how fresh it is: every exercise and tip lists 1 to 3
 * public sources, each with its publisher, year and the date it was last checked, and every
 * exercise cites at least one source about exercise; each page shows when it was last updated (or
 * reviewed, when data/settings.yaml names a reviewer) and when it is next due; the build warns when
 * a page is overdue and fails once the grace period in data/schema.yaml has passed.
 */
class TrustTest {

  private static List<ContentFile> reviewedPages() {
    List<ContentFile> pages = new ArrayList<>(Content.published("exercise"));
    pages.addAll(Content.published("tip"));
    return pages;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> sources() {
    Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
    for (Map<String, Object> s : (List<Map<String, Object>>) Content.ui("sources")) {
      byId.put(String.valueOf(s.get("id")), s);
    }
    return byId;
  }

  @Test
  void everyExerciseAndTipShowsOneToThreeSourcesWithTitlePublisherAndLink() {
    Map<String, Map<String, Object>> known = sources();
    for (ContentFile f : reviewedPages()) {
      Document doc = Site.parse(Path.of(f.outputPath()));
      Element section = doc.selectFirst("main .ub-sources");
      assertNotNull(section, f.outputPath() + ": no Sources section");
      List<Element> items = section.select("li");
      List<String> ids = Content.values(f, "sources");
      assertTrue(items.size() >= 1 && items.size() <= 3, f.outputPath() + ": lists " + items.size() + " sources");
      assertEquals(ids.size(), items.size(), f.outputPath() + ": one list item per source in the header");
      for (int i = 0; i < ids.size(); i++) {
        Map<String, Object> s = known.get(ids.get(i));
        assertNotNull(s, f.path + ": unknown source " + ids.get(i));
        Element a = items.get(i).selectFirst("a[href]");
        assertEquals(s.get("url"), a.attr("href"), f.outputPath() + ": source link");
        assertTrue(a.attr("href").startsWith("https://"), f.outputPath() + ": sources link over https");
        assertTrue(a.attr("rel").contains("noopener"), f.outputPath() + ": external link without rel=noopener");
        assertEquals(s.get("title"), a.text(), f.outputPath() + ": source title");
        assertTrue(items.get(i).text().contains(String.valueOf(s.get("publisher"))), f.outputPath() + ": publisher");
        assertTrue(items.get(i).text().contains(String.valueOf(s.get("year"))), f.outputPath() + ": year of " + ids.get(i));
        assertNotNull(items.get(i).selectFirst("time[datetime=" + s.get("checked") + "]"), f.outputPath()
            + ": the date " + ids.get(i) + " was last checked");
      }
    }
  }

  private static final List<String> TOPICS = List.of("exercise", "back-pain", "pain-monitoring", "warning-signs");

  @Test
  void everySourceSaysItsPublisherYearLastCheckedDateAndTopic() {
    for (Map<String, Object> s : sources().values()) {
      String id = String.valueOf(s.get("id"));
      assertTrue(s.get("publisher") instanceof String p && !p.isBlank(), "data/ui.yaml sources " + id + ": publisher");
      assertTrue(String.valueOf(s.get("year")).matches("\\d{4}|no date"), "data/ui.yaml sources " + id
          + ": year is the year it was published (4 digits), or \"no date\" when the page gives none");
      LocalDate checked = LocalDate.parse(String.valueOf(s.get("checked")));
      assertTrue(!checked.isAfter(LocalDate.now()), "data/ui.yaml sources " + id + ": checked is not in the future");
      assertTrue(TOPICS.contains(String.valueOf(s.get("topic"))), "data/ui.yaml sources " + id + ": topic is one of " + TOPICS);
    }
  }

  @Test
  void everyExerciseCitesASourceAboutExerciseAndNoneCitesLowBackGuidance() {
    Map<String, Map<String, Object>> known = sources();
    for (ContentFile f : Content.published("exercise")) {
      assertTrue(Content.values(f, "sources").stream().anyMatch(id -> known.containsKey(id)
          && "exercise".equals(known.get(id).get("topic"))), f.path + ": cite at least one source about exercise");
    }
    for (ContentFile f : reviewedPages()) {
      for (String id : Content.values(f, "sources")) {
        assertTrue(!id.equals("nice-ng59") && !"warning-signs".equals(known.getOrDefault(id, Map.of()).get("topic")),
            f.path + ": " + id + " is not a source for upper-back exercise advice");
      }
    }
  }

  @Test
  void everyExerciseAndTipShowsWhenItWasReviewedAndWhenItIsNextDue() {
    for (ContentFile f : reviewedPages()) {
      Element review = Site.parse(Path.of(f.outputPath())).selectFirst("main .ub-review");
      assertNotNull(review, f.outputPath() + ": no review dates");
      List<String> dates = review.select("time[datetime]").eachAttr("datetime");
      assertEquals(List.of(f.get("reviewed"), f.get("review-by")), dates, f.outputPath() + ": reviewed and review-by");
      assertTrue(LocalDate.parse(f.get("review-by")).isAfter(LocalDate.parse(f.get("reviewed"))), f.path);
    }
  }

  /** "Page last reviewed" and a reviewer only when data/settings.yaml names one; otherwise "Last updated". */
  @Test
  @SuppressWarnings("unchecked")
  void pagesSayLastReviewedOnlyWhenTheSettingsNameAReviewer() throws Exception {
    java.util.Properties props = new java.util.Properties();
    try (var in = java.nio.file.Files.newInputStream(Site.project().resolve("jbake.properties"))) {
      props.load(in);
    }
    assertTrue(props.getProperty("review.name") == null, "jbake.properties: review.name has moved to data/settings.yaml (reviewer)");
    Map<String, Object> settings = new Yaml().load(Site.read(Site.project().resolve("data/settings.yaml")));
    String reviewer = String.valueOf(settings.getOrDefault("reviewer", "")).strip();
    Map<String, Object> labels = (Map<String, Object>) Content.ui("review");
    for (ContentFile f : reviewedPages()) {
      Element review = Site.parse(Path.of(f.outputPath())).selectFirst("main .ub-review");
      assertEquals(reviewer.isBlank() ? 2 : 3, review.select("> div").size(), f.outputPath() + ": a reviewer row only when reviewer is set");
      assertEquals(String.valueOf(labels.get(reviewer.isBlank() ? "updated" : "reviewed")), review.selectFirst("dt").text(),
          f.outputPath() + ": \"" + labels.get("reviewed") + "\" only when a reviewer is named");
    }
  }

  /** The sources-and-review block is one macro (templates/components/sources-review.ftl), not a copy per template. */
  @Test
  void theSourcesAndReviewBlockIsOneMacro() {
    for (String t : List.of("exercise.ftl", "tip.ftl", "page.ftl")) {
      String text = Site.read(Site.project().resolve("templates").resolve(t));
      assertTrue(text.contains("sourcesReview.block"), "templates/" + t + ": use <@sourcesReview.block doc=content/>");
      assertTrue(!text.contains("components/sources.ftl") && !text.contains("components/review.ftl"),
          "templates/" + t + ": do not call sources.ftl or review.ftl directly; sources-review.ftl does");
    }
  }

  // The review-date rule, with "today" moved around the earliest review-by date of the real content.

  private static ContentFile earliestDue() {
    return reviewedPages().stream().min(Comparator.comparing(f -> LocalDate.parse(f.get("review-by")))).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static int graceDays() {
    Map<String, Object> schema = new Yaml().load(Site.read(Site.project().resolve("data/schema.yaml")));
    return (Integer) ((Map<String, Object>) schema.get("review")).get("graceDays");
  }

  private static boolean names(List<Problem> found, ContentFile f) {
    return found.stream().anyMatch(p -> p.file().equals(f.path) && p.field().equals("review-by") && p.line() > 0);
  }

  @Test
  void aPageIsQuietUntilItsReviewIsDue() {
    ContentFile f = earliestDue();
    TrustCheck.Findings findings = TrustCheck.check(Site.project(), LocalDate.parse(f.get("review-by")));
    assertTrue(!names(findings.warnings(), f) && !names(findings.problems(), f), findings.toString());
  }

  @Test
  void anOverduePageWarnsThenFailsAfterTheGracePeriod() {
    ContentFile f = earliestDue();
    LocalDate due = LocalDate.parse(f.get("review-by"));
    TrustCheck.Findings late = TrustCheck.check(Site.project(), due.plusDays(1));
    assertTrue(names(late.warnings(), f), f.path + " is overdue: expected a warning naming it, got " + late);
    assertTrue(!names(late.problems(), f), "within the grace period the build passes: " + late.problems());
    TrustCheck.Findings lastDay = TrustCheck.check(Site.project(), due.plusDays(graceDays()));
    assertTrue(names(lastDay.warnings(), f) && !names(lastDay.problems(), f), "the grace period's last day still passes");
    TrustCheck.Findings past = TrustCheck.check(Site.project(), due.plusDays(graceDays() + 1));
    assertTrue(names(past.problems(), f), f.path + " past the grace period must fail the build: " + past);
  }

  /** The build passes -Dupperback.today through today(); tests never change the property, as classes run in parallel. */
  @Test
  void todayCanBeSetForTheBuild() {
    assertEquals(LocalDate.of(2031, 2, 3), TrustCheck.today("2031-02-03"));
    assertEquals(LocalDate.now(), TrustCheck.today(" "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustCheck.today("3 Feb 2031"));
    assertTrue(e.getMessage().contains(TrustCheck.TODAY) && e.getMessage().contains("yyyy-MM-dd"), e.getMessage());
  }
}
