package org.upperback.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;

/** Readers find exercises by muscle, equipment and level; every list is derived from the exercise headers. */
class BrowsePagesTest {
  private static final List<String> FACETS = Content.facets();

  /** Pages (as site paths) that a page's card list links to. */
  private static Set<String> listed(Document doc, String page) {
    Set<String> out = new TreeSet<>();
    for (Element a : doc.select(".ub-card__link")) {
      out.add(resolve(page, a.attr("href")));
    }
    return out;
  }

  static String resolve(String page, String href) {
    String abs = doc(page).baseUri();
    String url = org.jsoup.internal.StringUtil.resolve(abs, href).substring("http://site.test/".length());
    return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
  }

  private static Document doc(String page) {
    return Site.parse(Path.of(page));
  }

  @TestFactory
  Stream<DynamicTest> everyTermPageListsExactlyTheExercisesThatSaySo() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String facet : FACETS) {
      for (String term : Content.vocabulary(facet)) {
        tests.add(DynamicTest.dynamicTest(facet + "/" + term, () -> {
          String page = facet + "/" + term + ".html";
          Set<String> expected = Content.published("exercise").stream()
              .filter(f -> Content.values(f, facet).contains(term))
              .map(ContentFile::outputPath)
              .collect(Collectors.toCollection(TreeSet::new));
          assertEquals(expected, listed(doc(page), page), page + " lists the wrong exercises");
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyExerciseLinksToItsTermsAndRelatedExercises() {
    return Content.published("exercise").stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      String page = f.outputPath();
      Document doc = doc(page);
      Set<String> links = new HashSet<>();
      doc.select("main a[href]").forEach(a -> links.add(resolve(page, a.attr("href"))));
      for (String facet : FACETS) {
        for (String term : Content.values(f, facet)) {
          assertTrue(links.contains(facet + "/" + term + ".html"), page + " must link to " + facet + "/" + term + ".html");
        }
      }
      Element related = doc.selectFirst(".ub-related");
      Set<String> mine = new HashSet<>(Content.values(f, "muscles"));
      // Related exercises share a muscle: a move whose muscles no other works has none.
      boolean anyShares = Content.published("exercise").stream().anyMatch(o -> !o.path.equals(f.path)
          && Content.values(o, "muscles").stream().anyMatch(mine::contains));
      if (!anyShares) {
        assertNull(related, page + " lists related exercises, yet no other exercise shares a muscle with it");
        return;
      }
      assertNotNull(related, page + " has no related exercises");
      for (Element a : related.select(".ub-card__link")) {
        String other = resolve(page, a.attr("href"));
        assertFalse(other.equals(page), page + " lists itself as related");
        ContentFile o = Content.published("exercise").stream().filter(x -> x.outputPath().equals(other)).findFirst()
            .orElseThrow(() -> new AssertionError(page + ": related link to a non-exercise " + other));
        assertTrue(Content.values(o, "muscles").stream().anyMatch(mine::contains),
            page + ": related exercise " + other + " shares no muscle");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> muscleMapHighlightsExactlyTheExercisesMuscles() {
    return Content.published("exercise").stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      Document doc = doc(f.outputPath());
      Element svg = doc.selectFirst("figure.ub-map svg[role=img]");
      assertNotNull(svg, "no muscle map on " + f.outputPath());
      String name = svg.selectFirst("title").text();
      assertEquals(Content.vocabulary("muscles").size(), svg.select("path.ub-map__muscle").size(),
          "the map draws every vocabulary muscle");
      int active = svg.select("path.ub-map__muscle--active").size();
      assertEquals(Content.values(f, "muscles").size(), active, "highlighted muscles on " + f.outputPath());
      for (String m : Content.values(f, "muscles")) {
        String label = doc.selectFirst("a[href$=muscles/" + m + ".html]").text();
        assertTrue(name.contains(label), "map text equivalent lacks " + label);
      }
    }));
  }

  @Test
  void theExercisesIndexMapLinksEveryMuscleToItsPage() {
    String page = "exercises/index.html";
    Document doc = doc(page);
    Set<String> targets = new TreeSet<>();
    for (Element a : doc.select("figure.ub-map a.ub-map__link")) {
      assertFalse(a.attr("aria-label").isBlank(), "map link without a name");
      assertFalse(a.selectFirst("path").attr("d").isBlank(), "map link without a shape: " + a.attr("href"));
      targets.add(resolve(page, a.attr("href")));
    }
    Set<String> expected = Content.vocabulary("muscles").stream().map(m -> "muscles/" + m + ".html")
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, targets);
  }

  @Test
  void indexesListTheirItemsInOrder() {
    for (String type : List.of("exercise", "tip")) {
      String page = type + "s/index.html";
      List<String> expected = Content.published(type).stream()
          .sorted((a, b) -> Integer.compare(Integer.parseInt(a.get("order")), Integer.parseInt(b.get("order"))))
          .map(ContentFile::outputPath).toList();
      List<String> actual = doc(page).select(".ub-card__link").stream().map(a -> resolve(page, a.attr("href"))).toList();
      assertEquals(expected, actual, page + " order");
    }
  }

  @Test
  void previousAndNextFollowTheOrderWithinAType() {
    for (String type : List.of("exercise", "tip")) {
      List<ContentFile> items = Content.published(type).stream()
          .sorted((a, b) -> Integer.compare(Integer.parseInt(a.get("order")), Integer.parseInt(b.get("order")))).toList();
      for (int i = 0; i < items.size(); i++) {
        String page = items.get(i).outputPath();
        Document doc = doc(page);
        Element prev = doc.selectFirst(".ub-pager a[rel=prev]");
        Element next = doc.selectFirst(".ub-pager a[rel=next]");
        assertEquals(i > 0 ? items.get(i - 1).outputPath() : null, prev == null ? null : resolve(page, prev.attr("href")), page + " previous");
        assertEquals(i < items.size() - 1 ? items.get(i + 1).outputPath() : null,
            next == null ? null : resolve(page, next.attr("href")), page + " next");
      }
    }
  }

  @Test
  void exerciseFactsComeFromTheHeaderFields() {
    for (ContentFile f : Content.published("exercise")) {
      Document doc = doc(f.outputPath());
      String facts = doc.selectFirst(".ub-facts").text();
      for (String field : List.of("sets", "reps", "frequency")) {
        assertTrue(facts.contains(f.get(field)), f.outputPath() + ": facts lack " + field + "=" + f.get(field));
      }
      assertNotNull(doc.selectFirst(".ub-care-card"), f.outputPath() + ": no 'stop and get help' care card");
      assertTrue(doc.selectFirst(".ub-care-card .ub-visually-hidden").text().length() > 0, "care card urgency prefix");
      assertEquals(2, doc.select(".ub-do-dont__list ul").size(), f.outputPath() + ": do and don't lists");
      assertTrue(doc.select("#how-to-do-it ~ ol li, section[aria-labelledby=how-to-do-it] ol li").size() >= 3,
          f.outputPath() + ": numbered steps");
    }
  }
}
