package org.upperback.browser;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.upperback.support.Browser;
import org.upperback.support.ServedSite;

/** Base of the browser test classes: one headless Chromium per class, and the site served under a sub-path.
 * Tagged `browser` (inherited), so the fast loop can leave them out: mvn verify -DexcludedGroups=browser. */
@Tag("browser")
abstract class BrowserTest {
  protected static ServedSite site;
  protected static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
    site = ServedSite.get();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
