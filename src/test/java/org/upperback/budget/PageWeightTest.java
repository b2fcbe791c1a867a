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
 * The page-weight budget, as redefined for a site of 20 exercises: each page with everything it loads on a
 * first visit stays within 90 KB raw and 25 KB gzip (the routine page carries every exercise's data).
 * The search page fetches its library and index only when the reader starts to search; the index
 * grows with every page of the site, so that part has its own, larger budget.
 */
class PageWeightTest {
  static final long RAW_BUDGET = 90 * 1024;
  static final long GZIP_BUDGET = 25 * 1024;
  /** The search page with its library (about 18 KB) and index (about 0.6 KB per page of the site). */
  static final long SEARCH_RAW_BUDGET = 150 * 1024;
  static final long SEARCH_GZIP_BUDGET = 30 * 1024;

  @TestFactory
  Stream<DynamicTest> everyPageFitsTheBudget() {
    return PageWeight.measure(Site.dir()).stream().map(w -> DynamicTest.dynamicTest(w.page(), () -> {
      assertTrue(w.loadRaw() <= RAW_BUDGET, w.page() + " weighs " + w.loadRaw() + " bytes raw (budget " + RAW_BUDGET + "): " + w.files());
      assertTrue(w.loadGzip() <= GZIP_BUDGET, w.page() + " weighs " + w.loadGzip() + " bytes gzip (budget " + GZIP_BUDGET + "): " + w.files());
    }));
  }

  @Test
  void searchWithItsLibraryAndIndexFitsItsBudget() {
    PageWeight.Weight search = search();
    assertTrue(search.raw() <= SEARCH_RAW_BUDGET, "search.html with its library and index weighs " + search.raw()
        + " bytes raw (budget " + SEARCH_RAW_BUDGET + "): " + search.files());
    assertTrue(search.gzip() <= SEARCH_GZIP_BUDGET, "search.html with its library and index weighs " + search.gzip()
        + " bytes gzip (budget " + SEARCH_GZIP_BUDGET + "): " + search.files());
  }

  @Test
  void theMeasureCountsWhatAPageLoads() {
    PageWeight.Weight search = search();
    for (String loaded : new String[] {"css/site.css", "js/site.js", "js/search.js", "img/logo.svg"}) {
      assertTrue(search.files().contains(loaded) && !search.onDemand().contains(loaded), "search.html weight leaves out " + loaded + ": " + search.files());
    }
    assertEquals(List.of("search-index.json", "js/vendor/minisearch.min.js"), search.onDemand(), "what search.html fetches when the reader searches");
    assertTrue(search.raw() > search.loadRaw() && search.gzip() > search.loadGzip());
  }

  @Test
  void onlyTheSearchPageLoadsTheSearch() {
    for (PageWeight.Weight w : PageWeight.measure(Site.dir())) {
      if (!w.page().equals("search.html")) {
        assertTrue(w.files().stream().noneMatch(f -> f.startsWith("js/search") || f.startsWith("js/vendor/") || f.equals("search-index.json")),
            w.page() + " loads search files: " + w.files());
      }
    }
  }

  private static PageWeight.Weight search() {
    return PageWeight.measure(Site.dir()).stream().filter(w -> w.page().equals("search.html")).findFirst().orElseThrow();
  }
}
