package org.upperback.plumbing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.json.Json;
import org.upperback.check.CacheVersion;
import org.upperback.check.ContentFile;
import org.upperback.check.RemoveDrafts;
import org.upperback.support.Bake;
import org.upperback.support.Content;
import org.upperback.support.Site;
import org.w3c.dom.NodeList;

/**
 * Search engines, feed readers and link previews get what they need, with absolute URLs under the
 * configured base; the service worker's cache changes whenever any published file does.
 */
class PlumbingTest {

  /**
   * A deploy that changes only a stylesheet, or only the pictures' data, gets a new cache name, so
   * offline readers never keep old files beside new ones. Each version is baked the way the build
   * bakes (JBake, drafts removed, CacheVersion).
   */
  @Test
  void theServiceWorkersCacheChangesWithAStylesheetOrThePictures() throws Exception {
    Path source = Bake.copyProject("cache-version");
    String before = cacheAfterBake(source, "before");
    Path css = source.resolve("templates/css/site.css");
    String original = Files.readString(css);
    Files.writeString(css, original + "\n.ub-cache-test { color: inherit; }\n");
    assertNotEquals(before, cacheAfterBake(source, "css"), "only site.css changed, but sw.js kept its cache name " + before);
    Files.writeString(css, original);
    Path figures = source.resolve("data/figures.yaml");
    String yaml = Files.readString(figures);
    java.util.regex.Matcher point = java.util.regex.Pattern.compile("head: \\[(\\d+)").matcher(yaml);
    assertTrue(point.find(), "data/figures.yaml has no head: [x, y] to move");
    int x = Integer.parseInt(point.group(1));
    Files.writeString(figures, yaml.substring(0, point.start(1)) + (x == 50 ? 51 : 50) + yaml.substring(point.end(1)));
    assertNotEquals(before, cacheAfterBake(source, "figures"), "only data/figures.yaml changed, but sw.js kept its cache name " + before);
  }

  private static String cacheAfterBake(Path source, String name) {
    Path output = source.resolveSibling("website-" + name);
    Bake.Result bake = Bake.bake(source, output, Map.of());
    assertTrue(bake.errors().isEmpty(), "bake " + name + " failed: " + bake.errors());
    RemoveDrafts.remove(source, output);
    return CacheVersion.stamp(output);
  }

  private static org.w3c.dom.Document xml(String file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(Site.dir().resolve(file).toFile());
  }

  private static List<String> texts(org.w3c.dom.Document doc, String ns, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS(ns, tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  private static Set<String> publishedUrls(List<String> types) {
    return Content.all().stream()
        .filter(f -> f.published() && types.contains(f.get("type")))
        .map(f -> Site.baseUrl() + Content.url(f))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void sitemapListsEveryPublishedPageWithAbsoluteUrls() throws Exception {
    org.w3c.dom.Document doc = xml("sitemap.xml");
    Set<String> locs = new TreeSet<>(texts(doc, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc"));
    Set<String> expected = Content.all().stream()
        .filter(f -> f.published() && f.isPage() && !"error".equals(f.get("type")))
        .map(f -> Site.baseUrl() + Content.url(f))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, locs);
    for (String lastmod : texts(doc, "http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod")) {
      assertTrue(lastmod.matches("\\d{4}-\\d{2}-\\d{2}"), "lastmod " + lastmod);
    }
  }

  @Test
  void feedIsAtomWithEveryExerciseAndTip() throws Exception {
    String atom = "http://www.w3.org/2005/Atom";
    org.w3c.dom.Document doc = xml("feed.xml");
    assertEquals("feed", doc.getDocumentElement().getLocalName());
    assertEquals(atom, doc.getDocumentElement().getNamespaceURI());
    Set<String> ids = new TreeSet<>(texts(doc, atom, "id"));
    ids.remove(Site.baseUrl());
    assertEquals(publishedUrls(List.of("exercise", "tip")), ids);
    for (String updated : texts(doc, atom, "updated")) {
      assertTrue(updated.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), "Atom date " + updated);
    }
  }

  @Test
  void robotsPointsToTheSitemap() {
    String robots = Site.read(Site.dir().resolve("robots.txt"));
    assertTrue(robots.contains("Sitemap: " + Site.baseUrl() + "sitemap.xml"), robots);
  }

  @TestFactory
  Stream<DynamicTest> everyPageHasCanonicalOpenGraphAndValidJsonLd() {
    return Site.pages().stream().filter(p -> !p.toString().equals("404.html")).map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
      Document doc = Site.parse(page);
      String url = Site.slashed(page);
      String expected = Site.baseUrl() + Site.address(url);
      assertEquals(expected, doc.select("link[rel=canonical]").attr("href"), "canonical");
      assertEquals(expected, doc.select("meta[property=og:url]").attr("content"), "og:url");
      assertFalse(doc.select("meta[property=og:title]").attr("content").isBlank(), "og:title");
      assertFalse(doc.select("meta[property=og:description]").attr("content").isBlank(), "og:description");
      Element script = doc.selectFirst("script[type=application/ld+json]");
      assertNotNull(script, "no JSON-LD");
      Map<String, Object> ld = new Json().toType(script.data(), Json.MAP_TYPE);
      assertEquals("MedicalWebPage", ld.get("@type"));
      assertEquals(expected, ld.get("url"));
      assertEquals(doc.selectFirst("h1").text(), ld.get("name"));
      if (url.startsWith("exercises/") && !url.endsWith("index.html")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = (Map<String, Object>) ld.get("mainEntity");
        assertEquals("ExercisePlan", plan.get("@type"));
        assertNotNull(plan.get("repetitions"));
      }
      if (!url.equals("index.html")) {
        assertNotNull(doc.selectFirst("nav.ub-breadcrumbs"), "breadcrumbs");
        assertNotNull(ld.get("breadcrumb"), "BreadcrumbList in JSON-LD");
      }
    }));
  }

  @Test
  void notFoundPageWorksAtAnyDepth() {
    Document doc = Site.parse(Path.of("404.html"));
    String base = java.net.URI.create(Site.baseUrl()).getPath();
    for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
      String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
      assertTrue(url.startsWith("#") || url.startsWith(base), "404.html link must start with the base path " + base + ": " + url);
    }
    assertEquals("noindex", doc.select("meta[name=robots]").attr("content"));
  }
}
