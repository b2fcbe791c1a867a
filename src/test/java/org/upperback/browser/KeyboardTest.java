package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.upperback.support.Browser;

/**
 * Keyboard and pointer operability: the skip link (WCAG 2.4.1), a visible focus indicator on every control
 * reached with Tab (2.4.7), and target size (2.5.8).
 */
class KeyboardTest extends BrowserTest {
  /** Pages that between them hold every kind of control: cards, map links, filters, search, pager, facts. */
  static final List<String> REPRESENTATIVE = List.of("index.html", "exercises/index.html", "exercises/row.html",
      "search.html");


  // ---------------------------------------------------------------- skip link

  @TestFactory
  Stream<DynamicNode> firstTabFocusesTheSkipLinkWhichMovesFocusToMain() {
    return site.pagesAndMissing().stream().map(page -> dynamicTest(page, () -> skipLink(page)));
  }

  private static void skipLink(String page) {
    browser.viewport(1280, 800);
    browser.openPage(site.pageUrl(page));
    assertEquals("BODY", browser.js("return document.activeElement.tagName"), page + ": focus before any key");
    tab();
    Map<String, Object> link = browser.js("""
        var a = document.activeElement, r = a.getBoundingClientRect(), s = getComputedStyle(a);
        return {cls: a.className, href: a.getAttribute('href'), text: a.textContent.trim(),
          left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,
          vw: document.documentElement.clientWidth, vh: innerHeight,
          visibility: s.visibility, opacity: s.opacity, clip: s.clipPath};
        """);
    assertEquals("ub-skip-link", link.get("cls"), page + ": the first Tab must focus the skip link, got " + link);
    assertEquals("#main-content", link.get("href"), page + ": skip link target");
    String where = page + ": focused skip link must be visible in the viewport: " + link;
    assertTrue(num(link, "width") >= 24 && num(link, "height") >= 24, where + " (at least 24x24 px)");
    assertTrue(num(link, "left") >= 0 && num(link, "top") >= 0, where);
    assertTrue(num(link, "right") <= num(link, "vw") && num(link, "bottom") <= num(link, "vh"), where);
    assertEquals("visible", link.get("visibility"), where);
    assertEquals("1", link.get("opacity"), where);
    assertEquals("none", link.get("clip"), where);

    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    assertEquals("main#main-content", browser.js(
        "var a = document.activeElement; return a.tagName.toLowerCase() + '#' + a.id;"),
        page + ": activating the skip link must move focus to main#main-content");
    tab();
    assertEquals(Boolean.TRUE, browser.js("""
        var m = document.getElementById('main-content'), a = document.activeElement;
        return m.contains(a) || !!(m.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
        """), page + ": the Tab after the skip link must continue from the main content");
  }

  // ---------------------------------------------------------------- focus indicator

  @TestFactory
  Stream<DynamicNode> everyControlReachedWithTabShowsAFocusIndicator() {
    return REPRESENTATIVE.stream().map(page -> dynamicTest(page, () -> focusIndicators(page)));
  }

  private static void focusIndicators(String page) {
    browser.viewport(1280, 800);
    // On the search page, search first so the result links are there too.
    browser.openPage(site.pageUrl(page) + (page.equals("search.html") ? "?q=band" : ""));
    if (page.equals("search.html")) {
      Browser.waitUntil(() -> Boolean.TRUE.equals(browser.js("return !!(" + "document.querySelectorAll('[data-ub-results] a').length > 0" + ")")), page + ": search results");
    }
    installDescribe();
    browser.js("window.__ubFocused = [];");
    List<String> problems = new ArrayList<>();
    int steps = 0;
    while (steps++ < 400) {
      tab();
      Map<String, Object> f = browser.js("""
          var a = document.activeElement;
          if (!a || a === document.body || a === document.documentElement) return {done: true};
          if (window.__ubFocused.indexOf(a) >= 0) return {done: true};
          window.__ubFocused.push(a);
          var s = getComputedStyle(a), r = a.getBoundingClientRect();
          return {done: false, what: __ubDescribe(a), outlineStyle: s.outlineStyle,
            outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow,
            width: r.width, height: r.height};
          """);
      if (Boolean.TRUE.equals(f.get("done"))) {
        break;
      }
      boolean outline = !"none".equals(f.get("outlineStyle")) && num(f, "outlineWidth") >= 2;
      boolean shadow = !"none".equals(f.get("boxShadow"));
      if (!outline && !shadow) {
        problems.add(f.get("what") + ": no focus indicator (outline " + f.get("outlineStyle") + " "
            + f.get("outlineWidth") + "px, box-shadow " + f.get("boxShadow") + ")");
      }
      if (num(f, "width") == 0 || num(f, "height") == 0) {
        problems.add(f.get("what") + ": focused but has no size");
      }
    }
    List<String> missed = Browser.strings(browser.js("""
        var seen = window.__ubFocused;
        return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
          .filter(e => !e.disabled && e.getClientRects().length && getComputedStyle(e).visibility === 'visible')
          .filter(e => seen.indexOf(e) < 0).map(e => __ubDescribe(e));
        """));
    missed.forEach(m -> problems.add(m + ": never reached with Tab"));
    assertTrue(problems.isEmpty(), page + ":\n  " + String.join("\n  ", problems));
    assertTrue(steps > 3, page + ": Tab reached almost nothing");
  }

  // ---------------------------------------------------------------- target size

  @TestFactory
  Stream<DynamicNode> targetsAreAtLeast24By24OrExempt() {
    return site.pagesAndMissing().stream().map(page -> dynamicTest(page, () -> targetSize(page)));
  }

  /** At a phone and a desktop width (one load: the page is laid out again at the second width). */
  private static void targetSize(String page) {
    browser.viewport(320, 800);
    browser.openPage(site.pageUrl(page));
    installDescribe();
    List<String> problems = new ArrayList<>();
    for (int width : List.of(320, 1280)) {
      browser.viewport(width, 800);
      Browser.strings(browser.js(TARGET_SIZE)).forEach(p -> problems.add(width + " px: " + p));
    }
    assertTrue(problems.isEmpty(), page + ": targets smaller than 24x24 CSS px with no WCAG 2.5.8 exception "
        + "(spacing, inline, equivalent):\n  " + String.join("\n  ", problems));
  }

  /** A short description of an element (JavaScript expression over `a`). */
  static final String DESCRIBE_FN = """
      function (a) {
        var t = (a.textContent || a.getAttribute('aria-label') || a.value || '').trim().replace(/\\s+/g, ' ');
        return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '')
          + (a.getAttribute('class') ? '.' + a.getAttribute('class').trim().split(/\\s+/).join('.') : '')
          + (a.getAttribute('href') ? ' href="' + a.getAttribute('href') + '"' : '')
          + (t ? ' "' + t.slice(0, 40) + '"' : '');
      }""";

  /** Defines window.__ubDescribe(element) in the current page. */
  private static void installDescribe() {
    browser.js("window.__ubDescribe = " + DESCRIBE_FN + ";");
  }

  /**
   * WCAG 2.5.8 Target Size (Minimum), measured in the page. A target meets the size when a 24x24 square fits
   * inside the area that activates it: its boxes, plus a stretched ::before/::after (the card pattern), and
   * for SVG links the painted shapes (hit-tested pixel by pixel). An undersized target passes when one of the
   * exceptions holds: inline (a display:inline target in a block whose own text, outside targets, has words);
   * spacing (a 24 px circle on the centre of its bounding box meets no other target and no other undersized
   * target's circle); equivalent (another target on the page with the same URL passes). Returns problems.
   */
  static final String TARGET_SIZE = """
      var MIN = 24;
      var SEL = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
      var describe = window.__ubDescribe;
      var inlineDisplay = function (e) { var d = getComputedStyle(e).display; return d === 'inline' || d === 'contents'; };
      var hits = function (el, x, y) { var h = document.elementFromPoint(x, y); return !!h && (h === el || el.contains(h)); };
      var toDoc = function (l, t, r, b) { return {l: l + scrollX, t: t + scrollY, r: r + scrollX, b: b + scrollY}; };
      var show = function (el) { el.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'}); };

      function largestSquareSvg(el) {
        show(el);
        var r = el.getBoundingClientRect(), w = Math.ceil(r.width), h = Math.ceil(r.height), best = 0;
        var prev = new Array(w + 1).fill(0);
        for (var y = 0; y < h; y++) {
          var row = new Array(w + 1).fill(0);
          for (var x = 0; x < w; x++) {
            if (hits(el, r.left + x + 0.5, r.top + y + 0.5)) {
              row[x + 1] = 1 + Math.min(row[x], prev[x], prev[x + 1]);
              if (row[x + 1] > best) best = row[x + 1];
            }
          }
          prev = row;
        }
        return {side: best, box: toDoc(r.left, r.top, r.right, r.bottom)};
      }

      function measure(el) {
        if (el instanceof SVGElement) return largestSquareSvg(el);
        var rects = [...el.getClientRects()].map(r => toDoc(r.left, r.top, r.right, r.bottom));
        var side = Math.max(0, ...rects.map(r => Math.min(r.r - r.l, r.b - r.t)));
        ['::before', '::after'].forEach(function (ps) {
          var s = getComputedStyle(el, ps);
          if (s.content === 'none' || s.content === 'normal' || (s.position !== 'absolute' && s.position !== 'fixed')) return;
          if ([s.top, s.left, s.right, s.bottom].some(v => !v.endsWith('px'))) return;
          var cb = getComputedStyle(el).position !== 'static' ? el : el.offsetParent;
          if (!cb) return;
          var c = cb.getBoundingClientRect();
          var l = c.left + cb.clientLeft + parseFloat(s.left), t = c.top + cb.clientTop + parseFloat(s.top);
          var r = c.left + cb.clientLeft + cb.clientWidth - parseFloat(s.right);
          var b = c.top + cb.clientTop + cb.clientHeight - parseFloat(s.bottom);
          if (r - l < 1 || b - t < 1) return;
          show(cb);
          c = cb.getBoundingClientRect();
          var dx = c.left + cb.clientLeft + parseFloat(s.left) - l, dy = c.top + cb.clientTop + parseFloat(s.top) - t;
          l += dx; r += dx; t += dy; b += dy;
          var probes = [[(l + r) / 2, (t + b) / 2], [l + 2, t + 2], [r - 2, t + 2], [l + 2, b - 2], [r - 2, b - 2]];
          if (probes.every(p => hits(el, p[0], p[1]))) {
            rects.push(toDoc(l, t, r, b));
            side = Math.max(side, Math.min(r - l, b - t));
          }
        });
        var box = rects.reduce((u, r) => ({l: Math.min(u.l, r.l), t: Math.min(u.t, r.t), r: Math.max(u.r, r.r), b: Math.max(u.b, r.b)}),
          {l: Infinity, t: Infinity, r: -Infinity, b: -Infinity});
        return {side: side, box: box};
      }

      function inSentence(el) {
        if (el instanceof SVGElement || getComputedStyle(el).display !== 'inline') return false;
        var c = el.parentElement;
        while (c && inlineDisplay(c)) c = c.parentElement;
        if (!c) return false;
        var walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT), n;
        while ((n = walk.nextNode())) {
          if (!/[\\p{L}\\p{N}]/u.test(n.data)) continue;
          var p = n.parentElement, own = true;
          while (p && p !== c) {
            if (p.matches(SEL) || !inlineDisplay(p)) { own = false; break; }
            p = p.parentElement;
          }
          if (own) return true;
        }
        return false;
      }

      var startX = scrollX, startY = scrollY;
      var items = [...document.querySelectorAll(SEL)].filter(function (el) {
        if (el.disabled || !el.getClientRects().length) return false;
        var s = getComputedStyle(el);
        if (s.visibility !== 'visible') return false;
        var r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return false;
        return r.bottom + scrollY > 0 && r.right + scrollX > 0;
      }).map(function (el) {
        var m = measure(el);
        var href = el.getAttribute('href');
        return {el: el, side: m.side, box: m.box, href: href ? new URL(href, document.baseURI).href : null, inline: inSentence(el),
          cx: (m.box.l + m.box.r) / 2, cy: (m.box.t + m.box.b) / 2};
      });
      window.scrollTo({left: startX, top: startY, behavior: 'instant'});

      var distToBox = function (x, y, b) {
        var dx = Math.max(b.l - x, 0, x - b.r), dy = Math.max(b.t - y, 0, y - b.b);
        return Math.hypot(dx, dy);
      };
      var small = items.filter(i => i.side < MIN - 0.01);
      small.forEach(function (u) {
        u.conflict = items.find(o => o !== u && (distToBox(u.cx, u.cy, o.box) < MIN / 2 - 0.01
            || (o.side < MIN - 0.01 && Math.hypot(u.cx - o.cx, u.cy - o.cy) < MIN - 0.01)));
      });
      var passes = i => i.side >= MIN - 0.01 || (i.side < MIN - 0.01 && !i.conflict);
      return small.filter(function (u) {
        if (u.inline || !u.conflict) return false;
        var equivalent = u.href && items.some(o => o !== u && o.href === u.href && passes(o));
        return !equivalent;
      }).map(u => describe(u.el) + ': largest square ' + u.side.toFixed(1) + ' px in '
          + (u.box.r - u.box.l).toFixed(1) + 'x' + (u.box.b - u.box.t).toFixed(1)
          + ', too close to ' + describe(u.conflict.el));
      """;

  // ---------------------------------------------------------------- helpers

  private static void tab() {
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
  }

  static double num(Map<String, Object> map, String key) {
    Object v = map.get(key);
    return v instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
