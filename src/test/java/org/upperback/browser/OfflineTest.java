package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upperback.support.Bake;
import org.upperback.support.Browser;
import org.upperback.support.ServedSite;
import org.upperback.support.Site;
import org.upperback.support.StaticServer;

/**
 * Offline use through the service worker (sw.js), on a site of its own under a sub-path: after one visit
 * every page in the navigation and the routine open with the server stopped, a page not saved gets the
 * offline page, and a rebuilt site with changed content replaces the saved copy (a new cache, the old
 * one deleted).
 */
@Tag("browser")
class OfflineTest {
  static final String ADDED = "A sentence added for the next deploy.";

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static String cacheName(Path output) {
    Matcher m = Pattern.compile("var CACHE = \"([^\"]+)\"").matcher(Site.read(output.resolve("sw.js")));
    assertTrue(m.find(), "sw.js names its cache");
    return m.group(1);
  }

  static long fileCount(Path output) {
    Matcher m = Pattern.compile("var FILES = \\[(.*?)\\];").matcher(Site.read(output.resolve("sw.js")));
    assertTrue(m.find(), "sw.js lists its files");
    return m.group(1).split(",").length;
  }

  /** Waits until the page is controlled and `cache` is the only cache, holding at least `count` files. */
  static void waitForCache(Browser b, String cache, long count, String what) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(30)).withMessage(what).until(d -> Boolean.TRUE.equals(b.js(
        "return navigator.serviceWorker.controller !== null && caches.keys().then(k => k.length === 1 && k[0] === arguments[0]"
            + " && caches.open(k[0]).then(c => c.keys()).then(r => r.length >= arguments[1]))", cache, count)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void afterOneVisitTheSiteWorksOfflineAndANewDeployReplacesTheCache() throws IOException {
    int port = freePort();
    String url = "http://127.0.0.1:" + port + ServedSite.BASE;
    Bake.Result first = Bake.site(Site.project().resolve("content"), "offline", Map.of("site.url", url));
    assertTrue(first.errors().isEmpty(), "bake: " + first.errors());
    Path out = first.output();
    try (StaticServer server = new StaticServer(out, ServedSite.BASE, port); Browser b = Browser.start()) {
      b.openPage(url);
      String oldCache = cacheName(out);
      waitForCache(b, oldCache, fileCount(out), "the first visit saves every file");

      Path tip = first.source().resolve("content/tips/start-slow.md");
      Files.writeString(tip, Files.readString(tip) + "\n" + ADDED + "\n");
      Bake.Result second = Bake.bake(first.source(), out, Map.of("site.url", url));
      assertTrue(second.errors().isEmpty(), "rebake: " + second.errors());
      String newCache = cacheName(out);
      assertNotEquals(oldCache, newCache, "changed content gives the service worker a new version");
      b.js("return navigator.serviceWorker.getRegistration().then(r => r.update())");
      waitForCache(b, newCache, fileCount(out), "the new deploy replaces the old cache");
      assertEquals(Boolean.TRUE, b.js("return caches.match(arguments[0]).then(r => r.text()).then(t => t.includes(arguments[1]))",
          url + "tips/start-slow.html", ADDED), "the saved page is the new one");

      server.close();
      Map<String, Object> ui = InteractionTest.ui();
      String offline = Site.parse(out, Path.of("offline.html")).selectFirst("h1").text();
      for (Map<String, Object> item : (List<Map<String, Object>>) ui.get("nav")) {
        String path = (String) item.get("path");
        b.openPage(url + path);
        assertNotEquals(offline, b.js("return document.querySelector('h1').textContent"), path + " opens offline");
      }
      b.openPage(url + "routine.html?e=row");
      new WebDriverWait(b.driver(), Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
          b.js("return document.querySelectorAll('.ub-routine__list > li').length === 1")));
      b.openPage(url + "not/saved/yet.html");
      assertEquals(url + "offline.html", b.driver().getCurrentUrl(), "a page not saved goes to the offline page");
      assertEquals(offline, b.js("return document.querySelector('h1').textContent"), "a page not saved shows the offline page");
    }
  }
}
