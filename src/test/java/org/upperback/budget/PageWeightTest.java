package org.upperback.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.PageWeight;
import org.upperback.support.Site;

/**
 * The page-weight budgets, by what a reader waits for: the HTML plus its render-blocking CSS within
 * 14 KB gzip (it then arrives in the first round trip of a new connection: 10 TCP segments of about
 * 1.4 KB); each page with everything a first visit loads within 25 KB gzip and 90 KB raw; what loads
 * only on use (the search library and index) within 30 KB gzip, counted apart; no request to another
 * host. Content is never trimmed to fit: a page that does not fit is reported, not cut.
 */
class PageWeightTest {
  static final long FIRST_PAINT_GZIP = 14 * 1024;
  static final long FIRST_VISIT_GZIP = 25 * 1024;
  static final long FIRST_VISIT_RAW = 90 * 1024;
  static final long ON_USE_GZIP = 30 * 1024;

  @TestFactory
  Stream<DynamicTest> everyPageFitsTheBudgets() {
    return PageWeight.measure(Site.dir()).stream().map(w -> DynamicTest.dynamicTest(w.page(), () -> {
      assertTrue(w.blockingGzip() <= FIRST_PAINT_GZIP, w.page() + ": the HTML and its render-blocking CSS weigh " + w.blockingGzip()
          + " bytes gzip (budget " + FIRST_PAINT_GZIP + "): " + w.blocking());
      assertTrue(w.loadGzip() <= FIRST_VISIT_GZIP, w.page() + " with what a first visit loads weighs " + w.loadGzip() + " bytes gzip (budget "
          + FIRST_VISIT_GZIP + "): " + w.files());
      assertTrue(w.loadRaw() <= FIRST_VISIT_RAW, w.page() + " with what a first visit loads weighs " + w.loadRaw() + " bytes raw (budget "
          + FIRST_VISIT_RAW + "): " + w.files());
      assertTrue(w.laterGzip() <= ON_USE_GZIP, w.page() + ": what loads on use weighs " + w.laterGzip() + " bytes gzip (budget "
          + ON_USE_GZIP + "): " + w.onDemand());
      assertEquals(List.of(), w.foreign(), w.page() + " asks another host for files");
    }));
  }

  /** The README and docs/maintaining.md state the budgets this test holds, in KB (1,024 bytes). */
  @Test
  void theDocsStateTheseBudgets() throws java.io.IOException {
    for (String doc : List.of("README.md", "docs/maintaining.md")) {
      String text = java.nio.file.Files.readString(Site.project().resolve(doc)).replaceAll("\\s+", " ");
      for (String budget : List.of(FIRST_PAINT_GZIP / 1024 + " KB gzip", FIRST_VISIT_GZIP / 1024 + " KB gzip and " + FIRST_VISIT_RAW / 1024 + " KB raw",
          ON_USE_GZIP / 1024 + " KB gzip")) {
        assertTrue(text.contains(budget), doc + " does not state the budget \"" + budget + "\"");
      }
    }
  }

  @Test
  void theMeasureCountsWhatAPageLoads() {
    PageWeight.Weight search = search();
    for (String loaded : new String[] {"js/boot.js", "js/site.js", "js/common.js", "js/search.js", "img/logo.svg"}) {
      assertTrue(search.files().contains(loaded) && !search.onDemand().contains(loaded), "search.html weight leaves out " + loaded + ": " + search.files());
    }
    assertEquals(List.of("search-index.json", "js/vendor/minisearch.min.js"), search.onDemand(), "what search.html fetches when the reader searches");
    assertTrue(search.raw() > search.loadRaw() && search.gzip() > search.loadGzip());
    assertTrue(search.laterGzip() > 0 && search.laterGzip() == search.gzip() - search.loadGzip());
    assertTrue(search.blocking().contains("search.html")
        && search.blocking().stream().noneMatch(f -> f.endsWith(".js")), "what blocks the first paint of search.html: " + search.blocking());
    assertTrue(search.files().contains("sw.js"), "a first visit registers the service worker: " + search.files());
  }

  @Test
  void onlyTheSearchPageLoadsTheSearch() {
    for (PageWeight.Weight w : PageWeight.measure(Site.dir())) {
      if (!w.page().equals("search.html")) {
        assertTrue(w.files().stream().noneMatch(f -> f.startsWith("js/search") || f.startsWith("js/vendor/minisearch") || f.equals("search-index.json")),
            w.page() + " loads search files: " + w.files());
      }
    }
  }

  @Test
  void modulesCountWhatTheyImportAndWhatTheyLoadOnUse() {
    PageWeight.Weight routine = PageWeight.measure(Site.dir()).stream().filter(w -> w.page().equals("routine.html")).findFirst().orElseThrow();
    assertTrue(routine.files().contains("js/common.js") && routine.files().contains("js/log.js"),
        "routine.html's modules import common.js and log.js: " + routine.files());
    assertTrue(routine.onDemand().stream().anyMatch(f -> f.startsWith("js/vendor/qrcode")),
        "the QR library loads only when the reader prints or shares: " + routine.onDemand());
  }

  private static PageWeight.Weight search() {
    return PageWeight.measure(Site.dir()).stream().filter(w -> w.page().equals("search.html")).findFirst().orElseThrow();
  }
}
