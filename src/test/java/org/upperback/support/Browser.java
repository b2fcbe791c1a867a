package org.upperback.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by the system chromedriver (Debian's chromium and chromium-driver). Nothing is
 * ever downloaded: the browser and driver paths are given explicitly, so Selenium Manager is not used.
 * A missing browser is a test failure, not a skip, on every machine.
 *
 * <p>Create one per test class (starting Chromium takes about a second) and close it in {@code @AfterAll}.
 */
public final class Browser implements AutoCloseable {
  public static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  public static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  /** javascript: false blocks scripts for every site; width/height: initial viewport in CSS px. */
  public record Options(boolean javascript, int width, int height) {
    public static Options defaults() {
      return new Options(true, 1280, 800);
    }

    public Options withoutJavaScript() {
      return new Options(false, width, height);
    }

    public Options size(int w, int h) {
      return new Options(javascript, w, h);
    }
  }

  private final ChromeDriver driver;
  private final Path profile;
  private final boolean javascript;

  private Browser(ChromeDriver driver, Path profile, boolean javascript) {
    this.driver = driver;
    this.profile = profile;
    this.javascript = javascript;
  }

  public static Browser start() {
    return start(Options.defaults());
  }

  public static Browser start(Options options) {
    requireExecutable(CHROMIUM, "Chromium");
    requireExecutable(CHROMEDRIVER, "chromedriver");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile;
    try {
      profile = Files.createTempDirectory("upper-back-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(CHROMIUM);
    chrome.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--no-default-browser-check", "--disable-extensions",
        "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
        "--no-pings",
        "--force-device-scale-factor=1", "--lang=en-GB",
        "--user-data-dir=" + profile,
        "--window-size=" + options.width() + "," + options.height());
    if (!options.javascript()) {
      chrome.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, chrome);
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw new IllegalStateException("Could not start headless Chromium (" + CHROMIUM + ") with " + CHROMEDRIVER
          + ": " + e.getMessage(), e);
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    Browser browser = new Browser(driver, profile, options.javascript());
    browser.viewport(options.width(), options.height());
    return browser;
  }

  private static void requireExecutable(String path, String what) {
    if (!Files.isExecutable(Path.of(path))) {
      throw new IllegalStateException(what + " not found at " + path
          + ": install it with `apt-get install -y chromium chromium-driver` or run `bash .ci/run`");
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Loads a URL and waits until the page and everything it loads have arrived, the scripts js/boot.js
   * loads after the first paint included.
   */
  public void open(String url) {
    driver.get(url);
    waitForScripts();
  }

  /** Waits until the scripts of the page shown have run (html[data-scripts=ready], set by js/boot.js). */
  public void waitForScripts() {
    if (javascript) {
      ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
          + "const ready = () => !document.querySelector('script[data-load]') || document.documentElement.dataset.scripts === 'ready';"
          + "(function wait() { if (ready()) { done(true); } else { setTimeout(wait, 10); } })();");
    }
  }

  /**
   * Loads a page of the site and checks that its CSS (the page's own style element) applies: without it
   * a page would pass layout, focus and contrast checks it fails for real.
   */
  public void openPage(String url) {
    open(url);
    Long rules = js("var s = [...document.styleSheets].find(s => s.ownerNode && s.ownerNode.tagName === 'STYLE');"
        + "return s && getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)' ? s.cssRules.length : -1;");
    if (rules == null || rules <= 0) {
      throw new AssertionError(url + ": the page's CSS did not apply");
    }
  }

  @SuppressWarnings("unchecked")
  public <T> T js(String script, Object... args) {
    return (T) ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  /** The viewport (layout width and height in CSS px), independent of the window. */
  public void viewport(int width, int height) {
    cdp("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Emulates a media type ("screen", "print", or "" for the default) and a prefers-color-scheme. */
  public void media(String type, String colorScheme) {
    Map<String, Object> params = new HashMap<>();
    params.put("media", type);
    params.put("features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme)));
    cdp("Emulation.setEmulatedMedia", params);
  }

  /**
   * Emulates a media type ("screen", "print", or "" for the default) and media features, such as
   * prefers-reduced-motion: reduce or forced-colors: active (Chromium then forces the colours too).
   */
  public void media(String type, Map<String, String> features) {
    List<Map<String, String>> list = new ArrayList<>();
    features.forEach((name, value) -> list.add(Map.of("name", name, "value", value)));
    Map<String, Object> params = new HashMap<>();
    params.put("media", type);
    params.put("features", list);
    cdp("Emulation.setEmulatedMedia", params);
  }

  /** A PNG of the whole page (beyond the viewport), written to {@code file}. */
  public void screenshot(Path file) {
    Map<String, Object> result = cdp("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
    write(file, Base64.getDecoder().decode((String) result.get("data")));
  }

  /** The page printed as an A4 PDF, with the stylesheet's own @page margins. */
  public byte[] printA4() {
    Map<String, Object> params = new HashMap<>();
    params.put("paperWidth", 8.27);
    params.put("paperHeight", 11.69);
    params.put("printBackground", false);
    params.put("preferCSSPageSize", true);
    Map<String, Object> result = cdp("Page.printToPDF", params);
    return Base64.getDecoder().decode((String) result.get("data"));
  }

  /** Number of page objects in a PDF ("/Type /Page", not "/Type /Pages"). */
  public static int pdfPages(byte[] pdf) {
    String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    return (int) java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
  }

  public static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Bake.deleteTree(dir);
    } catch (RuntimeException e) {
      // a leftover temp profile is harmless
    }
  }

  /** Strings of a JavaScript array result. */
  public static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }

  /** Waits up to 8 s for {@code condition} (polled every 25 ms), then fails naming {@code what}. */
  public static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    long end = System.currentTimeMillis() + 8000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
