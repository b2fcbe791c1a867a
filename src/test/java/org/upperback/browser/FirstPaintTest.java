package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.Browser;

/**
 * What makes a page show at once, as Chromium sees it: the page paints with its own CSS (nothing
 * render-blocking to fetch), every script but js/boot.js is fetched only after that first paint, nothing
 * on screen moves when the scripts arrive (no layout shift, at a phone's width and a desktop's), and the
 * page's one style element does not open the policy to other inline style.
 */
class FirstPaintTest extends BrowserTest {
  /** Records policy violations and layout shifts from the start of every page load. */
  static final String RECORDER = "window.__ub = { violations: [], shifts: [] };"
      + "document.addEventListener('securitypolicyviolation', e => window.__ub.violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));"
      + "new PerformanceObserver(l => l.getEntries().forEach(e => window.__ub.shifts.push([e.value,"
      + " e.sources.map(s => s.node ? s.node.nodeName + '.' + (s.node.className || '') : '?').join(' ')])))"
      + ".observe({ type: 'layout-shift', buffered: true });";

  private static String recorder;

  @BeforeAll
  static void record() {
    recorder = (String) browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER)).get("identifier");
  }

  @AfterAll
  static void stopRecording() {
    if (browser != null && recorder != null) {
      browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
    }
    if (browser != null) {
      browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPagePaintsBeforeItsScriptsAndNothingMovesWhenTheyArrive() {
    return Stream.of(360, 1280).flatMap(width -> site.pagesAndMissing().stream().map(page -> dynamicTest(width + " px " + page, () -> {
      browser.viewport(width, 800);
      browser.openPage(site.pageUrl(page));
      assertEquals(List.of(), Browser.strings(browser.js("return window.__ub.violations")), page + ": refused by the policy");
      List<String> late = Browser.strings(browser.js(
          "const paint = performance.getEntriesByName('first-contentful-paint')[0];"
              + "if (!paint) { return ['no first contentful paint']; }"
              + "return performance.getEntriesByType('resource')"
              + ".filter(r => r.initiatorType === 'script' || /\\.js$/.test(r.name))"
              + ".filter(r => !/\\/js\\/boot\\.js$/.test(r.name) && r.startTime < paint.startTime)"
              + ".map(r => r.name + ' at ' + Math.round(r.startTime) + ' ms, first paint at ' + Math.round(paint.startTime) + ' ms');"));
      assertEquals(List.of(), late, page + ": scripts fetched before the first paint");
      List<Object> shifts = browser.js("return window.__ub.shifts");
      double total = shifts.stream().mapToDouble(s -> ((Number) ((List<?>) s).get(0)).doubleValue()).sum();
      assertTrue(total < 0.0001, page + " at " + width + " px: the page moved as it loaded (layout shift " + total + "): " + shifts);
    })));
  }

  @Test
  void thePolicyStillRefusesInlineStyleAddedAfterIt() throws InterruptedException {
    browser.openPage(site.pageUrl("index.html"));
    String outline = browser.js("const s = document.createElement('style');"
        + "s.textContent = 'body { outline: 7px solid rgb(255, 0, 0); }'; document.body.appendChild(s);"
        + "return getComputedStyle(document.body).outlineWidth;");
    Thread.sleep(200); // the violation event is queued, not sent at once
    assertTrue(!outline.equals("7px"), "a style element added to the page was applied: the policy must refuse it");
    List<String> violations = Browser.strings(browser.js("return window.__ub.violations"));
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("style-src")), "no policy violation reported for the added style: " + violations);
  }
}
