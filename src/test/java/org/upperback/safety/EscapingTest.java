package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import org.upperback.support.Bake;
import org.upperback.support.Pipeline;
import org.upperback.support.Site;

/** A title or summary holding markup, quotes and & is shown as text everywhere it is used, never run. */
class EscapingTest {
  static final String TITLE = "Tags <script>alert(\"t\")</script> & \"double\" 'single' </script>";
  static final String SUMMARY = "Summary <img src=x onerror=alert(1)> & \"quoted\" <b>bold</b>";
  private static Path out;

  @BeforeAll
  static void build() throws Exception {
    Path source = Bake.copyProject("escaping");
    Files.writeString(source.resolve("content/tips/escaping.md"), "title=" + TITLE + "\ntype=tip\nstatus=published\n"
        + "date=2026-11-26\nsummary=" + SUMMARY + "\norder=99\nreviewed="
        + java.time.LocalDate.now() + "\nreview-by=" + java.time.LocalDate.now().plusMonths(6) + "\nsources=nhs-back-pain\n~~~~~~\n\n## Why it matters\n\nText.\n\n## How to do it\n\n- Step.\n");
    Pipeline.Outcome outcome = Pipeline.run(source, source.resolveSibling("website"), Map.of());
    assertFalse(outcome.failed(), String.join("\n", outcome.lines()));
    out = outcome.bake().output();
  }

  @Test
  void htmlShowsTheTextAndRunsNothing() {
    for (String page : List.of("tips/escaping.html", "tips/index.html", "tips/be-consistent.html")) {
      Document doc = Site.parse(out, Path.of(page));
      for (Element script : doc.select("script")) {
        assertFalse(script.data().contains("alert(\"t\")") && !script.attr("type").equals("application/ld+json"),
            page + ": the title became a script");
      }
      assertTrue(doc.select("img[src=x]").isEmpty(), page + ": the summary became an element");
      assertTrue(doc.select("main b").isEmpty(), page + ": the summary became markup");
    }
    Document doc = Site.parse(out, Path.of("tips/escaping.html"));
    assertEquals(TITLE, doc.selectFirst("h1").text());
    assertTrue(doc.title().startsWith(TITLE), doc.title());
    assertEquals(SUMMARY, doc.select("meta[name=description]").attr("content"));
    assertEquals(TITLE, doc.select("meta[property=og:title]").attr("content"));
  }

  @Test
  void jsonLdStaysInsideItsScriptAndParses() {
    Document doc = Site.parse(out, Path.of("tips/escaping.html"));
    Element ld = doc.selectFirst("script[type=application/ld+json]");
    Map<String, Object> data = new Json().toType(ld.data(), Json.MAP_TYPE);
    assertEquals(TITLE, data.get("name"));
    assertEquals(SUMMARY, data.get("description"));
    assertFalse(ld.data().contains("</"), "a closing tag inside JSON-LD would end the script early");
  }

  @Test
  void feedAndSearchIndexCarryTheTextIntact() throws Exception {
    var feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
    var titles = feed.getElementsByTagName("title");
    boolean found = false;
    for (int i = 0; i < titles.getLength(); i++) {
      found |= titles.item(i).getTextContent().equals(TITLE);
    }
    assertTrue(found, "feed entry title");
    List<Map<String, Object>> index = new Json().toType(Files.readString(out.resolve("search-index.json")), Json.LIST_OF_MAPS_TYPE);
    assertTrue(index.stream().anyMatch(e -> TITLE.equals(e.get("title")) && SUMMARY.equals(e.get("summary"))), "search index entry");
  }
}
