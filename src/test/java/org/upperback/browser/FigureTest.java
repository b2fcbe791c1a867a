package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.upperback.support.Browser;
import org.upperback.support.Site;

/**
 * The pictures of the move on every exercise page: at least two frames that differ, each an image
 * with a name; a loop that stops for readers who ask for reduced motion (and with the checkbox);
 * every drawing inside its box; still visible in forced colours. Each figure is saved to
 * target/screenshots/&lt;exercise&gt;.png, and at a phone's width -phone.png (reduced motion),
 * -phone-dark.png, -print.png and -phone-loop.png (as the loop starts), for a person to judge.
 */
class FigureTest extends BrowserTest {
  static final String FRAMES = ".ub-how .ub-move .ub-move__frame";

  /** A phone's width, where most readers see the pictures. */
  static final int PHONE = 360;

  @AfterEach
  void reset() {
    browser.media("", Map.of("prefers-color-scheme", "light"));
    browser.cdp("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private static String id(String page) {
    return page.substring(page.lastIndexOf('/') + 1).replace(".html", "");
  }

  @TestFactory
  Stream<DynamicTest> everyExerciseShowsItsMoveInNamedFramesThatDiffer() {
    return site.exercisePages().stream().map(page -> dynamicTest(page, () -> {
      browser.openPage(site.pageUrl(page));
      List<WebElement> frames = browser.driver().findElements(By.cssSelector(FRAMES));
      assertTrue(frames.size() >= 2, page + ": the How to do it section needs a figure with at least 2 frames, found " + frames.size());
      List<String> drawings = Browser.strings(browser.js(
          "return [...document.querySelectorAll(arguments[0] + ' svg')].map(s => [...s.children]"
              + ".filter(c => c.tagName !== 'title').map(c => c.outerHTML).join(''))", FRAMES));
      assertEquals(drawings.size(), new HashSet<>(drawings).size(), page + ": two frames draw the same picture");
      // The names as Chromium gives them to assistive technology.
      List<String> names = new ArrayList<>();
      for (Map<String, Object> node : axNodes(FRAMES + " svg")) {
        assertEquals("image", value(node.get("role")), page + ": a frame is not exposed as an image: " + node);
        String name = value(node.get("name"));
        assertTrue(name.split("\\s+").length >= 5, page + ": a frame needs a text alternative that says the position, found \"" + name + "\"");
        names.add(name);
      }
      assertEquals(frames.size(), names.size(), page + ": every frame's drawing must be an image with a name");
      assertEquals(names.size(), new HashSet<>(names).size(), page + ": two frames have the same name: " + names);
    }));
  }

  @TestFactory
  Stream<DynamicTest> underReducedMotionNothingMovesAndTheFramesStandSideBySide() {
    return site.exercisePages().stream().map(page -> dynamicTest(page, () -> {
      browser.openPage(site.pageUrl(page));
      browser.media("", Map.of("prefers-reduced-motion", "reduce"));
      assertEquals(Boolean.TRUE, browser.js("return matchMedia('(prefers-reduced-motion: reduce)').matches"), "reduced motion emulation");
      assertEquals(List.of(), running(), page + ": something animates under prefers-reduced-motion: reduce");
      assertSideBySide(page);
      saveScreenshot(page, "");
      browser.viewport(PHONE, 800);
      assertSideBySide(page);
      saveScreenshot(page, "-phone");
      browser.media("", Map.of("prefers-reduced-motion", "reduce", "prefers-color-scheme", "dark"));
      saveScreenshot(page, "-phone-dark");
      browser.media("print", Map.of("prefers-reduced-motion", "no-preference"));
      assertEquals(List.of(), running(), page + ": something animates in print");
      assertSideBySide(page);
      saveScreenshot(page, "-print");
    }));
  }

  @TestFactory
  Stream<DynamicTest> otherwiseTheFramesLoopUntilTheCheckboxStopsThem() {
    return site.exercisePages().stream().map(page -> dynamicTest(page, () -> {
      browser.openPage(site.pageUrl(page));
      browser.viewport(PHONE, 800);
      browser.media("", Map.of("prefers-reduced-motion", "no-preference"));
      int frames = browser.driver().findElements(By.cssSelector(FRAMES)).size();
      // The loop eases between frames (a cross-fade), never a jump.
      List<String> easing = Browser.strings(browser.js("return [...document.querySelectorAll(arguments[0])]"
          + ".map(f => getComputedStyle(f).animationTimingFunction)", FRAMES));
      assertTrue(easing.stream().allMatch(e -> e.startsWith("ease") || e.startsWith("cubic-bezier")), page + ": the loop should ease, found " + easing);
      saveScreenshot(page, "-phone-loop");
      assertEquals(frames, running().size(), page + ": each frame should fade in and out in the loop: " + running());
      assertEquals(Boolean.TRUE, browser.js(OVERLAP, FRAMES), page + ": the loop shows its frames in one place");
      WebElement toggle = browser.driver().findElement(By.cssSelector(".ub-how .ub-move label"));
      assertTrue(toggle.isDisplayed(), page + ": the checkbox that stops the loop is hidden");
      // The page scrolls smoothly under no-preference: put the label in place before clicking it.
      browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", toggle);
      toggle.click();
      assertEquals(List.of(), running(), page + ": the checkbox must stop the loop");
      assertSideBySide(page);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFrameDrawsInsideItsBox() {
    return site.exercisePages().stream().map(page -> dynamicTest(page, () -> {
      browser.openPage(site.pageUrl(page));
      List<String> outside = Browser.strings(browser.js("""
          var out = [];
          document.querySelectorAll(arguments[0] + ' svg').forEach((svg, i) => {
            var v = svg.viewBox.baseVal;
            svg.querySelectorAll('path, circle, rect, line, ellipse, polyline, polygon').forEach(e => {
              var b = e.getBBox(), s = getComputedStyle(e);
              var w = s.stroke === 'none' ? 0 : parseFloat(s.strokeWidth) / 2;
              if (b.x - w < v.x - 0.5 || b.y - w < v.y - 0.5 || b.x + b.width + w > v.x + v.width + 0.5
                  || b.y + b.height + w > v.y + v.height + 0.5)
                out.push('frame ' + (i + 1) + ' <' + e.tagName + ' class="' + e.getAttribute('class') + '">: '
                  + [b.x - w, b.y - w, b.x + b.width + w, b.y + b.height + w].map(n => n.toFixed(1)).join(' ')
                  + ' outside the viewBox ' + [v.x, v.y, v.x + v.width, v.y + v.height].join(' '));
            });
          });
          return out;
          """, FRAMES));
      assertTrue(outside.isEmpty(), page + ": drawn outside the box:\n  " + String.join("\n  ", outside));
    }));
  }

  @TestFactory
  Stream<DynamicTest> inForcedColoursTheFigureStaysVisible() {
    return site.exercisePages().stream().limit(1).map(page -> dynamicTest(page, () -> {
      browser.openPage(site.pageUrl(page));
      browser.media("", Map.of("forced-colors", "active", "prefers-reduced-motion", "reduce"));
      assertEquals(Boolean.TRUE, browser.js("return matchMedia('(forced-colors: active)').matches"), "forced colours emulation");
      List<String> invisible = Browser.strings(browser.js("""
          var bg = getComputedStyle(document.body).backgroundColor, out = [];
          document.querySelectorAll(arguments[0] + ' svg :is(.ub-move__upper-back, .ub-move__thigh, .ub-move__upper-arm, .ub-move__head, .ub-move__hand)').forEach(e => {
            var s = getComputedStyle(e);
            var seen = c => c !== bg && c !== 'none' && !c.startsWith('rgba(0, 0, 0, 0');
            if (!seen(s.stroke) && !seen(s.fill)) out.push(e.getAttribute('class') + ': stroke ' + s.stroke + ', fill ' + s.fill + ' on ' + bg);
          });
          return out;
          """, FRAMES));
      assertTrue(invisible.isEmpty(), page + ": parts of the figure vanish in forced colours:\n  " + String.join("\n  ", invisible));
      saveScreenshot(page, "-forced-colours");
    }));
  }

  /** Frames laid out side by side: none overlaps another, and each shows its label. */
  private static void assertSideBySide(String page) {
    assertEquals(Boolean.FALSE, browser.js(OVERLAP, FRAMES), page + ": the frames should stand side by side");
    List<String> labels = Browser.strings(browser.js(
        "return [...document.querySelectorAll(arguments[0])].map(f => f.querySelector('.ub-move__label'))"
            + ".filter(l => l && l.getClientRects().length && getComputedStyle(l).opacity === '1').map(l => l.textContent)", FRAMES));
    int frames = browser.driver().findElements(By.cssSelector(FRAMES)).size();
    assertEquals(frames, labels.size(), page + ": every frame side by side needs its visible label, found " + labels);
  }

  /** True when any two frames overlap on the page. */
  static final String OVERLAP = """
      var r = [...document.querySelectorAll(arguments[0])].map(f => f.getBoundingClientRect());
      for (var i = 0; i < r.length; i++) for (var j = i + 1; j < r.length; j++)
        if (r[i].left < r[j].right - 1 && r[j].left < r[i].right - 1 && r[i].top < r[j].bottom - 1 && r[j].top < r[i].bottom - 1) return true;
      return false;
      """;

  /** The running animations on the page, as "element: animation name". */
  private static List<String> running() {
    return Browser.strings(browser.js("return document.getAnimations().filter(a => a.playState === 'running')"
        + ".map(a => (a.effect && a.effect.target ? a.effect.target.className : '?') + ': ' + (a.animationName || a.id))"));
  }

  private static void saveScreenshot(String page, String suffix) {
    WebElement figure = browser.driver().findElement(By.cssSelector(".ub-how .ub-move"));
    // The page scrolls smoothly unless motion is reduced: put the figure in view at once.
    browser.js("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", figure);
    Path file = Site.project().resolve("target/screenshots").resolve(id(page) + suffix + ".png");
    Browser.write(file, figure.getScreenshotAs(OutputType.BYTES));
  }

  /** The accessibility nodes Chromium makes for the elements that match a selector. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> axNodes(String selector) {
    Map<String, Object> doc = browser.cdp("DOM.getDocument", Map.of("depth", 0));
    Object root = ((Map<String, Object>) doc.get("root")).get("nodeId");
    List<Object> ids = (List<Object>) browser.cdp("DOM.querySelectorAll", Map.of("nodeId", root, "selector", selector)).get("nodeIds");
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object id : ids) {
      List<Map<String, Object>> nodes = (List<Map<String, Object>>) browser.cdp("Accessibility.getPartialAXTree",
          Map.of("nodeId", id, "fetchRelatives", false)).get("nodes");
      assertFalse(nodes.isEmpty(), "no accessibility node for " + selector);
      out.add(nodes.get(0));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static String value(Object property) {
    Object v = property instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("value") : null;
    return v == null ? "" : String.valueOf(v);
  }
}
