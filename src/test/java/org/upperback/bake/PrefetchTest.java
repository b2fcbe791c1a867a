package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upperback.support.Bake;
import org.upperback.support.Site;

/**
 * Files parsed ahead of the crawl: for every content file the crawl gets what JBake's own parser
 * makes of it (plus the search words), and nothing once the file has changed.
 */
class PrefetchTest {
  private static final String THREADS = "upperback.bake.threads";
  private String threadsBefore;
  private DefaultJBakeConfiguration config;
  private List<File> files;

  @BeforeEach
  void setUp(@TempDir Path project, @TempDir Path out) throws Exception {
    threadsBefore = System.getProperty(THREADS);
    System.setProperty(THREADS, "3"); // two workers, even on a one-core machine
    // A copy: one test changes files.
    Bake.copyTree(Site.project().resolve("content"), project.resolve("content"));
    Files.copy(Site.project().resolve("jbake.properties"), project.resolve("jbake.properties"));
    config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), out.toFile(), true);
    try (Stream<Path> s = Files.walk(project.resolve("content"))) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().map(Path::toFile).toList();
    }
    assertTrue(files.size() > 10 && files.size() < Prefetch.AHEAD, "the test expects all files parsed ahead");
  }

  @AfterEach
  void tearDown() {
    if (threadsBefore == null) {
      System.clearProperty(THREADS);
    } else {
      System.setProperty(THREADS, threadsBefore);
    }
  }

  private Prefetch startAndWait() throws InterruptedException {
    CachedMarkdownEngine.Flexmark flexmark = CachedMarkdownEngine.flexmark(config.getMarkdownExtensions());
    Prefetch prefetch = Prefetch.start(config, () -> flexmark, new MarkdownCache(null, "test"));
    prefetch.awaitWorkers();
    return prefetch;
  }

  /** A document as comparable values (JBake keeps tags as an array). */
  private static Map<String, Object> comparable(DocumentModel d) {
    Map<String, Object> out = new HashMap<>();
    d.forEach((k, v) -> out.put(k, v instanceof Object[] a ? Arrays.asList(a) : v));
    return out;
  }

  @Test
  void givesTheCrawlWhatJBakesParserMakesOfEachFile() throws Exception {
    Prefetch prefetch = startAndWait();
    for (File file : files) {
      Prefetch.Parsed ahead = prefetch.take(file);
      assertNotNull(ahead, file + " was not parsed ahead");
      DocumentModel jbake = new MarkdownEngine().parse(config, file); // JBake's own engine, flexmark built anew
      jbake.put(CachedMarkdownEngine.SEARCH_WORDS, Ordered.searchWords(jbake.getBody()));
      assertEquals(comparable(jbake), comparable(ahead.model()), file.toString());
    }
    assertEquals(files.size(), prefetch.used(), "every file should have come from the workers");
  }

  @Test
  void aFileChangedSinceItWasParsedIsLeftToTheCrawl() throws Exception {
    Prefetch prefetch = startAndWait();
    File edited = files.get(3);
    File touched = files.get(4);
    Files.writeString(edited.toPath(), "\nAn added line.\n", java.nio.file.StandardOpenOption.APPEND);
    assertTrue(touched.setLastModified(touched.lastModified() + 2000));
    assertNull(prefetch.take(edited), "a document parsed before the file grew was handed out");
    assertNull(prefetch.take(touched), "a document parsed before the file was saved again was handed out");
    assertNotNull(prefetch.take(files.get(5)));
  }
}
