package org.upperback.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.upperback.check.ContentCheck;
import org.upperback.check.ContentFile;
import org.upperback.support.Site;

/** Every published content file becomes a page, and every page has the parts a reader and a search engine need. */
class PagesTest {

  @Test
  void everyPublishedContentFileHasItsPage() {
    List<String> missing = new ArrayList<>();
    // A type may set its own output extension in jbake.properties (data: exercises.json).
    org.upperback.check.Rules rules = org.upperback.check.Rules.read(Site.project());
    for (ContentFile f : ContentCheck.read(Site.project())) {
      if (f.published() && !Files.isRegularFile(Site.dir().resolve(rules.outputPath(f)))) {
        missing.add(f.path + " -> " + rules.outputPath(f));
      }
    }
    assertTrue(missing.isEmpty(), "content files without a page: " + missing);
  }

  @Test
  void siteHasTheExpectedSections() {
    for (String page : List.of("index.html", "exercises/index.html", "tips/index.html", "get-help.html", "404.html",
        "search.html", "muscles/index.html", "equipment/index.html", "difficulty/index.html")) {
      assertTrue(Files.isRegularFile(Site.dir().resolve(page)), page + " is missing");
    }
    long exercises = ContentCheck.read(Site.project()).stream()
        .filter(f -> "exercise".equals(f.get("type")) && f.published()).count();
    assertTrue(exercises >= 6, "expected the six exercises, found " + exercises);
  }

  @TestFactory
  Stream<DynamicTest> everyPageHasLangTitleDescriptionOneH1AndOneMain() {
    return Site.pages().stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
      Document doc = Site.parse(page);
      assertEquals("en-GB", doc.selectFirst("html").attr("lang"), page + ": <html lang>");
      assertFalse(doc.title().isBlank(), page + ": <title> is empty");
      String description = doc.select("meta[name=description]").attr("content");
      assertFalse(description.isBlank(), page + ": meta description is empty");
      assertTrue(description.length() <= 160, page + ": meta description longer than 160 characters");
      assertEquals(1, doc.select("h1").size(), page + ": number of <h1>");
      assertEquals(1, doc.select("main").size(), page + ": number of <main>");
      assertEquals("main-content", doc.selectFirst("main").id(), page + ": main needs id=main-content for the skip link");
      assertEquals("#main-content", doc.selectFirst("body a").attr("href"), page + ": first link must be the skip link");
      assertEquals(1, doc.select("footer .ub-footer__disclaimer").size(), page + ": medical disclaimer in the footer");
    }));
  }

  @Test
  void titlesAreUnique() {
    Map<String, Path> seen = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Path page : Site.pages()) {
      Path other = seen.putIfAbsent(Site.parse(page).title(), page);
      if (other != null) {
        clashes.add(page + " and " + other);
      }
    }
    assertTrue(clashes.isEmpty(), "pages sharing a <title>: " + clashes);
  }
}
