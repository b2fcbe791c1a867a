package org.upperback.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.upperback.support.Bake;
import org.upperback.support.Browser;
import org.upperback.support.Site;
import org.upperback.support.StaticServer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * In Chromium, the brand colours of data/settings.yaml are what the reader sees: the header and the
 * buttons take look.colours.brand in light mode and brand_dark in dark mode, and paper keeps the
 * print stylesheet's black on white. The project is baked with the other clinic's colours (the
 * real settings leave them empty), served, and opened under each emulated colour scheme.
 */
@Tag("browser")
class BrandColoursBrowserTest {
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void bakeAndServe() throws IOException {
    Path source = Bake.copyProject("brand-colours");
    Map<String, Object> settings = new Yaml().load(Site.read(source.resolve("data/settings.yaml")));
    ((Map<String, Object>) settings.get("look")).put("colours",
        Map.of("brand", OtherClinicTest.BRAND, "brand_dark", OtherClinicTest.BRAND_DARK));
    DumperOptions block = new DumperOptions();
    block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Files.writeString(source.resolve("data/settings.yaml"), new Yaml(block).dump(settings));
    Path output = source.resolveSibling("website");
    server = new StaticServer(output, "/", 0);
    Bake.Result result = Bake.bake(source, output, Map.of("site.url", server.url()));
    assertTrue(result.errors().isEmpty(), "bake: " + result.errors());
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** "#1d4e89" as the browser reports a computed colour: "rgb(29, 78, 137)". */
  static String rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return "rgb(" + (v >> 16) + ", " + ((v >> 8) & 0xff) + ", " + (v & 0xff) + ")";
  }

  private static String background(String selector) {
    return browser.js("var e = document.querySelector(arguments[0]); return e ? getComputedStyle(e).backgroundColor : null;", selector);
  }

  @Test
  void theHeaderAndButtonsTakeTheBrandColourOfEachMode() {
    int buttons = 0;
    for (Map.Entry<String, String> mode : List.of(Map.entry("light", OtherClinicTest.BRAND), Map.entry("dark", OtherClinicTest.BRAND_DARK))) {
      browser.media("screen", mode.getKey());
      // The header is on every page; the home page has the main button.
      for (String page : List.of("index.html", "get-help.html")) {
        browser.openPage(server.url() + page);
        assertEquals(rgb(mode.getValue()), background(".ub-header"), page + " header in " + mode.getKey() + " mode");
        String button = background(".ub-button:not(.ub-button--secondary)");
        if (button != null) {
          assertEquals(rgb(mode.getValue()), button, page + " button in " + mode.getKey() + " mode");
          buttons++;
        }
      }
    }
    assertTrue(buttons > 0, "no button checked");
  }

  @Test
  void paperKeepsThePrintColours() {
    browser.media("print", "light");
    browser.openPage(server.url() + "index.html");
    String printed = browser.js("return getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim();");
    String css = Site.read(Site.project().resolve("templates/css/site.css"));
    String print = css.substring(css.indexOf("@media print"));
    assertTrue(print.contains("--color-brand: " + printed + ";"), "in print, --color-brand is site.css's print token, found " + printed);
  }
}
