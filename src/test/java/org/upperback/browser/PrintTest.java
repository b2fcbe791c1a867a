package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.Browser;
import org.upperback.support.Site;

/**
 * Printing: navigation and footer are left out, and each exercise fits one A4 sheet at a readable size
 * (the PDFs go to target/print/ for a person to look at).
 */
class PrintTest extends BrowserTest {
  /** 9 pt: the smallest text size the print stylesheet may use. */
  static final double MIN_FONT_PX = 9 * 96 / 72.0;


  @AfterEach
  void screen() {
    browser.media("", "light");
  }

  @TestFactory
  Stream<DynamicNode> printLeavesOutNavigationAndFooter() {
    return site.pagesAndMissing().stream().map(page -> dynamicTest(page, () -> {
      browser.openPage(site.pageUrl(page));
      browser.media("print", "light");
      assertEquals(Boolean.TRUE, browser.js("return matchMedia('print').matches"), "print emulation");
      List<String> shown = Browser.strings(browser.js("""
          var hidden = function (e) {
            for (; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return true;
            return false;
          };
          return ['.ub-header', '.ub-nav', '.ub-breadcrumbs', '.ub-footer', '.ub-skip-link']
            .filter(s => [...document.querySelectorAll(s)].some(e => !hidden(e)));
          """));
      assertTrue(shown.isEmpty(), page + ": printed with " + shown);
      assertEquals(Boolean.TRUE, browser.js("""
          var h = document.querySelector('main h1');
          return !!h && h.getClientRects().length > 0 && getComputedStyle(h).visibility === 'visible';
          """), page + ": the printed page must keep its main content and h1");
      for (String scheme : List.of("light", "dark")) {
        browser.media("print", scheme);
        List<String> faint = Browser.strings(browser.js(PAPER_CONTRAST));
        assertTrue(faint.isEmpty(), page + " printed from a browser in " + scheme + " mode: text too faint on white "
            + "paper (backgrounds are not printed):\n  " + String.join("\n  ", faint));
      }
    }));
  }

  /**
   * Text whose colour has less than 4.5:1 contrast with white paper (3:1 for large text), as printed
   * without backgrounds: a colour meant for a dark background, or for white text on a coloured box.
   */
  static final String PAPER_CONTRAST = """
      var lum = function (c) {
        var m = c.match(/[\\d.]+/g).map(Number);
        var a = m.length > 3 ? m[3] : 1;
        var ch = m.slice(0, 3).map(v => (v * a + 255 * (1 - a)) / 255)
          .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
      };
      var out = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n;
      while ((n = walk.nextNode())) {
        var e = n.parentElement;
        if (!n.data.trim() || !e.getClientRects().length || e.closest('.ub-visually-hidden, svg')) continue;
        var s = getComputedStyle(e);
        if (s.visibility !== 'visible') continue;
        var ratio = 1.05 / (lum(s.color) + 0.05);
        var px = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
        var need = px >= 24 || (bold && px >= 18.66) ? 3 : 4.5;
        if (ratio < need) out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
          + ' "' + n.data.trim().slice(0, 30) + '": ' + s.color + ' is ' + ratio.toFixed(2) + ':1');
      }
      return [...new Set(out)];
      """;

  @TestFactory
  Stream<DynamicNode> everyExercisePrintsOnOneA4Sheet() {
    return site.exercisePages().stream().map(page -> dynamicTest(page, () -> {
      browser.openPage(site.pageUrl(page));
      browser.media("print", "light");
      List<String> small = Browser.strings(browser.js("""
          var out = [], walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT), n;
          while ((n = walk.nextNode())) {
            var e = n.parentElement;
            if (!n.data.trim() || !e.getClientRects().length || e.closest('.ub-visually-hidden')) continue;
            var px = parseFloat(getComputedStyle(e).fontSize);
            if (px < arguments[0] - 0.01) out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + px.toFixed(2)
              + 'px: "' + n.data.trim().slice(0, 30) + '"');
          }
          return [...new Set(out)];
          """, MIN_FONT_PX));
      assertTrue(small.isEmpty(), page + ": printed text below 9pt:\n  " + String.join("\n  ", small));
      byte[] pdf = browser.printA4();
      Path file = Site.project().resolve("target/print").resolve(page.replace('/', '-').replace(".html", ".pdf"));
      Browser.write(file, pdf);
      int pages = Browser.pdfPages(pdf);
      assertEquals(1, pages, page + " prints on " + pages + " A4 pages (see " + file + ")");
    }));
  }
}
