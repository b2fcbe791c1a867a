package org.upperback.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.json.Json;
import org.upperback.check.ContentFile;
import org.upperback.support.Bake;
import org.upperback.support.Content;
import org.upperback.support.Site;
import org.yaml.snakeyaml.Yaml;

/**
 * search-index.json (templates/search-index.ftl) holds every published page a reader may land on, by
 * type: every type but the 404 page (type=error) and the search page itself (type=search). Drafts never.
 */
public class SearchIndexTest {
  /** The page types a reader never searches for: the 404 page and the search page. */
  static final Set<String> NOT_INDEXED = Set.of("error", "search", "data");

  static List<Map<String, Object>> entries(Path site) {
    return new Json().toType(Site.read(site.resolve("search-index.json")), Json.LIST_OF_MAPS_TYPE);
  }

  static Map<String, Map<String, Object>> byUrl(Path site) {
    return entries(site).stream().collect(Collectors.toMap(e -> String.valueOf(e.get("url")), e -> e));
  }

  public static List<ContentFile> indexable() {
    return Content.all().stream()
        .filter(f -> f.published() && f.isPage() && !NOT_INDEXED.contains(f.get("type")))
        .toList();
  }

  @Test
  void everyPublishedPageButTheNotFoundAndSearchPagesIsIndexedOnce() {
    List<String> urls = entries(Site.dir()).stream().map(e -> String.valueOf(e.get("url"))).toList();
    assertEquals(urls.size(), new HashSet<>(urls).size(), "a page is in the index twice: " + urls);
    Set<String> expected = indexable().stream().map(Content::url).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, new TreeSet<>(urls));
    for (ContentFile f : Content.all()) {
      if (NOT_INDEXED.contains(f.get("type"))) {
        assertFalse(urls.contains(Content.url(f)), f.path + " (type " + f.get("type") + ") must not be in the index");
      }
    }
    for (String url : urls) {
      assertTrue(Files.isRegularFile(Site.dir().resolve(url.isEmpty() || url.endsWith("/") ? url + "index.html" : url)),
          "the index points to a missing page: " + url);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachEntryHoldsTitleSummaryHeadingsAndTheBodyText() {
    Map<String, Map<String, Object>> index = byUrl(Site.dir());
    Set<String> stop = stopWords();
    return indexable().stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      Map<String, Object> e = index.get(Content.url(f));
      assertEquals(f.get("title"), e.get("title"), "title");
      assertEquals(f.get("summary"), e.get("summary"), "summary");
      List<String> headings = f.body.stream().filter(l -> l.matches("#{2,3} .*"))
          .map(l -> l.replaceFirst("^#+ ", "").strip()).toList();
      assertEquals(headings, e.get("headings"), "headings (## and ### lines of the body)");
      String text = String.valueOf(e.get("text"));
      assertFalse(text.matches("(?s).*[<>&;].*"), "markup or entities in the index text: " + text);
      // Every word of the body is findable: in the title, summary, headings or text (minus stop words).
      Set<String> indexed = new HashSet<>(words(e.get("title") + " " + e.get("summary") + " " + e.get("headings") + " " + text));
      List<String> missing = new ArrayList<>();
      // The page shows its {{settings}} filled in, so the index holds the values, not the names.
      org.upperback.check.Rules rules = org.upperback.check.Rules.read(java.nio.file.Path.of(""));
      String body = java.util.regex.Pattern.compile("\\{\\{([^}]*)}}").matcher(String.join("\n", f.body))
          .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(rules.setting(m.group(1))));
      for (String w : words(markdownText(body))) {
        if (w.length() > 2 && !stop.contains(w) && !indexed.contains(w)) {
          missing.add(w);
        }
      }
      assertTrue(missing.isEmpty(), "body words missing from the index: " + missing);
    }));
  }

  /** "Any page added later": a new page of an ordinary type is indexed, a draft is not. */
  @Test
  void aNewPageIsIndexedAndADraftIsNot() throws IOException {
    Path source = Bake.copyProject("search-index-new-page");
    Files.writeString(source.resolve("content/desk-breaks.md"), """
        title=Desk breaks
        type=page
        status=published
        date=2026-11-30
        summary=Short breaks from the desk.
        ~~~~~~

        ## Stand up every hour

        Walk to the window and roll your shoulders.
        """);
    Files.writeString(source.resolve("content/tips/unfinished.md"), """
        title=Unfinished tip
        type=tip
        status=draft
        date=2026-11-30
        summary=Not ready.
        order=99
        ~~~~~~

        ## Why it matters

        Not yet.
        """);
    Bake.Result result = Bake.bake(source, source.resolveSibling("website"), Map.of());
    assertTrue(result.errors().isEmpty(), "bake errors: " + result.errors());
    Map<String, Map<String, Object>> index = byUrl(result.output());
    Map<String, Object> added = index.get("desk-breaks.html");
    assertTrue(added != null, "the new page is not in the index: " + index.keySet());
    assertEquals(List.of("Stand up every hour"), added.get("headings"));
    assertTrue(String.valueOf(added.get("text")).contains("window"), "body text of the new page: " + added);
    assertTrue(index.keySet().stream().noneMatch(u -> u.contains("unfinished")), "a draft is in the index: " + index.keySet());
  }

  /** The words of a text as templates/search-index.ftl splits them (letters and digits of any script). */
  static List<String> words(String text) {
    return Stream.of(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** Markdown as a reader sees it: without link targets and HTML tags. */
  static String markdownText(String markdown) {
    return markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("<[^>]+>", " ");
  }

  @SuppressWarnings("unchecked")
  static Set<String> stopWords() {
    Map<String, Object> search = new Yaml().load(Site.read(Site.project().resolve("data/search.yaml")));
    return ((List<Object>) search.get("stop_words")).stream().map(String::valueOf).collect(Collectors.toSet());
  }
}
