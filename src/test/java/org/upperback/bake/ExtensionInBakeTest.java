package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jbake.parser.Engines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upperback.support.Bake;
import org.upperback.support.Site;

/**
 * The extension as JBake runs it: a real bake uses the cached Markdown engine, reports no errors, and
 * renders the same bytes one page at a time as on several threads, with the fragment cache as
 * without it, with the Markdown cache (empty, then full) as without it, and from the crawl's own
 * documents as from the database's.
 */
class ExtensionInBakeTest {
  private static final String THREADS = "upperback.bake.threads";

  private static Bake.Result oneThread;
  private static Bake.Result fourThreads;
  private static Bake.Result noFragmentCache;
  private static Bake.Result listsFromDatabase;
  private static Bake.Result coldMarkdownCache;
  private static Bake.Result warmMarkdownCache;
  private static MarkdownCache warmCache;

  @BeforeAll
  static void bake() {
    String before = System.getProperty(THREADS);
    try {
      oneThread = bakeWith("1", "1-thread");
      fourThreads = bakeWith("4", "4-threads"); // more threads than this machine's cores still has to work
      String cache = Site.project().resolve("target/bakes/extension-in-bake-markdown-cache").toString();
      Bake.deleteTree(Path.of(cache));
      coldMarkdownCache = bakeWith("4", "cold-markdown-cache", Map.of(MarkdownCache.FOLDER, cache));
      warmMarkdownCache = bakeWith("4", "warm-markdown-cache", Map.of(MarkdownCache.FOLDER, cache));
      warmCache = CachedMarkdownEngine.currentCache();
      System.setProperty(Ordered.FROM_DATABASE, "true");
      listsFromDatabase = bakeWith("4", "lists-from-database");
      System.clearProperty(Ordered.FROM_DATABASE);
      System.setProperty(Fragments.ENABLED, "false");
      noFragmentCache = bakeWith("4", "no-fragment-cache");
    } finally {
      System.clearProperty(Ordered.FROM_DATABASE);
      System.clearProperty(Fragments.ENABLED);
      if (before == null) {
        System.clearProperty(THREADS);
      } else {
        System.setProperty(THREADS, before);
      }
    }
  }

  private static Bake.Result bakeWith(String threads, String name) {
    return bakeWith(threads, name, Map.of());
  }

  private static Bake.Result bakeWith(String threads, String name, Map<String, String> settings) {
    System.setProperty(THREADS, threads);
    return Bake.site(Site.project().resolve("content"), "extension-in-bake-" + name, settings);
  }

  @Test
  void markdownIsRenderedByTheCachedEngine() {
    // install() ran during the bake; JBake would otherwise still use its own engine for .md
    assertInstanceOf(CachedMarkdownEngine.class, Engines.get("md"));
  }

  @Test
  void bakesWithoutErrors() {
    assertEquals(List.of(), oneThread.errors());
    assertEquals(List.of(), fourThreads.errors());
  }

  @Test
  void parallelRenderingChangesNoByte() throws Exception {
    assertSameBytes(oneThread, fourThreads, "1 and 4 render threads");
  }

  @Test
  void fragmentCacheChangesNoByte() throws Exception {
    assertEquals(List.of(), noFragmentCache.errors());
    assertSameBytes(noFragmentCache, fourThreads, "a bake without and with the fragment cache");
  }

  @Test
  void listsOfTheParsedDocumentsAreTheDatabasesLists() throws Exception {
    assertEquals(List.of(), listsFromDatabase.errors());
    assertSameBytes(listsFromDatabase, fourThreads, "lists read back from the database and the crawl's own documents");
  }

  @Test
  void markdownCacheChangesNoByte() throws Exception {
    assertEquals(List.of(), coldMarkdownCache.errors());
    assertEquals(List.of(), warmMarkdownCache.errors());
    assertSameBytes(fourThreads, coldMarkdownCache, "a bake without the Markdown cache and its first bake with it");
    assertSameBytes(fourThreads, warmMarkdownCache, "a bake without the Markdown cache and its second bake with it");
  }

  @Test
  void aSecondBakeOfTheSameContentConvertsNoMarkdown() throws Exception {
    long files;
    try (var s = Files.walk(Site.project().resolve("content"))) {
      files = s.filter(p -> p.toString().endsWith(".md")).count();
    }
    assertEquals(0, warmCache.conversions(), "bodies converted although the cache held them");
    assertEquals(files, warmCache.hits(), "every Markdown file's body should have come from the cache");
  }

  private static void assertSameBytes(Bake.Result x, Bake.Result y, String what) throws Exception {
    List<Path> a = Site.files(x.output(), "");
    List<Path> b = Site.files(y.output(), "");
    assertEquals(a, b, what + " wrote different files");
    assertTrue(a.size() > 20, "too few files to compare: " + a.size());
    for (Path file : a) {
      assertTrue(Arrays.equals(Files.readAllBytes(x.output().resolve(file)), Files.readAllBytes(y.output().resolve(file))),
          file + " differs between " + what);
    }
  }
}
