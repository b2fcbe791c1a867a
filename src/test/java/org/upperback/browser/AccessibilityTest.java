package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Zero axe-core violations (WCAG 2.2 A and AA rules) on every generated page, the 404 page at a deep
 * missing URL included, in the light and the dark colour scheme.
 */
class AccessibilityTest extends BrowserTest {
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");


  @TestFactory
  Stream<DynamicNode> everyPageHasNoViolations() {
    return site.pagesAndMissing().stream().map(page -> dynamicContainer(page,
        Stream.of("light", "dark").map(scheme -> dynamicTest(scheme, () -> check(page, scheme)))));
  }

  private static void check(String page, String scheme) {
    browser.media("", scheme);
    String url = site.pageUrl(page);
    if (!url.equals(browser.driver().getCurrentUrl())) {
      browser.openPage(url);
    }
    assertEquals(scheme.equals("dark"), (Boolean) browser.js("return matchMedia('(prefers-color-scheme: dark)').matches"),
        "colour scheme emulation");
    Results results = axe().analyze(browser.driver());
    if (results.isErrored()) {
      fail(page + " (" + scheme + "): axe-core failed: " + results.getErrorMessage());
    }
    if (!results.getViolations().isEmpty()) {
      fail(report(page, scheme, results.getViolations()));
    }
  }

  /**
   * axe-core through AxeBuilder, in legacy mode (axe runs in the page itself: the site has no frames) and
   * injected once per page load rather than once per run, so the second colour scheme costs one run only.
   */
  static AxeBuilder axe() {
    AxeRunOnlyOptions only = new AxeRunOnlyOptions();
    only.setType("tag");
    only.setValues(TAGS);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(only);
    options.setResultTypes(List.of("violations"));
    AxeBuilder builder = new AxeBuilder().withOptions(options).setLegacyMode();
    builder.setInjectAxe(driver -> {
      if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object'"))) {
        browser.js(axeSource());
      }
    }, false);
    return builder;
  }

  private static String axeSource;

  private static synchronized String axeSource() {
    if (axeSource == null) {
      try {
        axeSource = new AxeBuilder().getAxeScriptProvider().getScript();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot read the axe-core script bundled with com.deque.html.axe-core", e);
      }
    }
    return axeSource;
  }

  /** One block per rule: id, impact, help and its URL, then each element's selector and what to fix. */
  /** Runs axe-core on the page as it is now, in one colour scheme, and fails with a report of any violation. */
  static void assertNoViolations(org.upperback.support.Browser browser, String view, String scheme) {
    browser.media("", scheme);
    Results results = axe().analyze(browser.driver());
    if (results.isErrored()) {
      org.junit.jupiter.api.Assertions.fail(view + ": axe-core failed: " + results.getErrorMessage());
    }
    if (!results.getViolations().isEmpty()) {
      org.junit.jupiter.api.Assertions.fail(report(view, scheme, results.getViolations()));
    }
  }

  static String report(String page, String scheme, List<Rule> violations) {
    StringBuilder out = new StringBuilder();
    out.append(page).append(" (").append(scheme).append(" colour scheme): ")
        .append(violations.size()).append(" axe-core rule(s) violated\n");
    for (Rule rule : violations) {
      out.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
          .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
      for (CheckedNode node : rule.getNodes()) {
        out.append("    at ").append(node.getTarget()).append("\n");
        if (node.getFailureSummary() != null) {
          out.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append("\n");
        }
      }
    }
    System.out.println(out);
    return out.toString();
  }
}
