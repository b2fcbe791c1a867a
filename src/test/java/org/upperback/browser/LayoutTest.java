package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.Browser;
import org.upperback.support.Site;

/**
 * Every page reflows at phone, tablet and desktop widths (WCAG 1.4.10 asks for 320 CSS px): no horizontal
 * scrolling, nothing past the right edge, and the page's regions and blocks never overlap. Full-page
 * screenshots of the home page and an exercise go to target/screenshots/ for a person to look at.
 */
class LayoutTest extends BrowserTest {
  static final List<Integer> WIDTHS = List.of(320, 768, 1280);
  static final List<String> SCREENSHOTS = List.of("index.html", "exercises/row.html");


  /** One test per page; the page is loaded once and laid out again at each width (no reload needed). */
  @TestFactory
  Stream<DynamicNode> everyPageFitsAndNothingOverlaps() {
    return site.pagesAndMissing().stream().map(page -> dynamicTest(page, () -> layout(page)));
  }

  private static void layout(String page) {
    browser.viewport(WIDTHS.get(0), 900);
    browser.openPage(site.pageUrl(page));
    List<String> problems = new ArrayList<>();
    for (int width : WIDTHS) {
      browser.viewport(width, 900);
      Browser.strings(browser.js(LAYOUT)).forEach(p -> problems.add(width + " px: " + p));
      if (SCREENSHOTS.contains(page) && width != 768) {
        String name = page.equals("index.html") ? "home" : page.replace(".html", "").replace('/', '-');
        Path file = Site.project().resolve("target/screenshots").resolve(name + "-" + width + ".png");
        browser.screenshot(file);
        assertTrue(Files.isRegularFile(file), "screenshot " + file);
      }
    }
    assertTrue(problems.isEmpty(), page + ":\n  " + String.join("\n  ", problems));
  }

  /**
   * Returns a list of problems: horizontal scrolling; elements whose box goes past the left or right edge
   * of the viewport (unless an ancestor clips them); overlap between header, main and footer; overlap
   * between the children of main, of an article in main, and of every flex or grid container.
   */
  static final String LAYOUT = """
      var problems = [], doc = document.documentElement, vw = doc.clientWidth, EPS = 0.5;
      var describe = function (e) {
        return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
          + (e.getAttribute('class') ? '.' + String(e.getAttribute('class')).trim().split(/\\s+/).join('.') : '');
      };
      if (doc.scrollWidth > vw || doc.scrollWidth > innerWidth) {
        problems.push('horizontal scroll: scrollWidth ' + doc.scrollWidth + ' > viewport ' + vw
          + ' (innerWidth ' + innerWidth + ')');
      }
      var clipped = function (e) {
        for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
          var s = getComputedStyle(p);
          if (s.overflowX !== 'visible' || s.clipPath !== 'none') return true;
        }
        return false;
      };
      var seen = 0;
      document.querySelectorAll('body *').forEach(function (e) {
        var r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) return;
        if (r.right > vw + EPS || r.left < -EPS) {
          if (clipped(e)) return;
          if (seen++ < 10) problems.push(describe(e) + ' runs past the viewport: left ' + r.left.toFixed(1)
            + ', right ' + r.right.toFixed(1) + ' (viewport ' + vw + ')');
        }
      });
      var overlap = function (a, b) {
        var ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
        var w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        var h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        return w > EPS && h > EPS ? w.toFixed(1) + 'x' + h.toFixed(1) : null;
      };
      var visible = function (e) {
        var r = e.getBoundingClientRect(), s = getComputedStyle(e);
        return r.width > 1 && r.height > 1 && s.visibility === 'visible' && s.position !== 'absolute'
          && s.position !== 'fixed' && s.clipPath === 'none';
      };
      var pairs = function (list, where) {
        list = list.filter(visible);
        for (var i = 0; i < list.length; i++) for (var j = i + 1; j < list.length; j++) {
          var o = overlap(list[i], list[j]);
          if (o) problems.push(where + ': ' + describe(list[i]) + ' and ' + describe(list[j]) + ' overlap by ' + o);
        }
      };
      var regions = ['.ub-header', 'main', '.ub-footer'].map(s => document.querySelector(s));
      if (regions.some(r => !r)) problems.push('missing header, main or footer');
      else pairs(regions, 'regions');
      var main = document.querySelector('main');
      if (main) {
        pairs([...main.children], 'main');
        main.querySelectorAll(':scope > article').forEach(a => pairs([...a.children], describe(a)));
      }
      document.querySelectorAll('body *').forEach(function (e) {
        var d = getComputedStyle(e).display;
        if (/flex|grid/.test(d) && e.children.length > 1) pairs([...e.children], describe(e));
      });
      return problems;
      """;
}
