package org.upperback.budget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.PageWeight;
import org.upperback.support.Site;

/** The page-weight budget: each page with everything it loads stays within 50 KB raw and 15 KB gzip. */
class PageWeightTest {
  static final long RAW_BUDGET = 50 * 1024;
  static final long GZIP_BUDGET = 15 * 1024;

  @TestFactory
  Stream<DynamicTest> everyPageFitsTheBudget() {
    return PageWeight.measure(Site.dir()).stream().map(w -> DynamicTest.dynamicTest(w.page(), () -> {
      assertTrue(w.raw() <= RAW_BUDGET, w.page() + " weighs " + w.raw() + " bytes raw (budget " + RAW_BUDGET + "): " + w.files());
      assertTrue(w.gzip() <= GZIP_BUDGET, w.page() + " weighs " + w.gzip() + " bytes gzip (budget " + GZIP_BUDGET + "): " + w.files());
    }));
  }

  @Test
  void theMeasureCountsWhatAPageLoads() {
    PageWeight.Weight search = PageWeight.measure(Site.dir()).stream().filter(w -> w.page().equals("search.html")).findFirst().orElseThrow();
    for (String loaded : new String[] {"css/site.css", "js/site.js", "search-index.json", "img/logo.svg"}) {
      assertTrue(search.files().contains(loaded), "search.html weight leaves out " + loaded + ": " + search.files());
    }
  }
}
