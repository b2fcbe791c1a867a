package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upperback.support.Site;

/**
 * Markdown converted ahead of the crawl: for every content file the crawl gets the HTML of exactly
 * the body JBake read, and never HTML made from anything else.
 */
class PrefetchTest {
  private static final String THREADS = "upperback.bake.threads";

  /** The body JBake's own MarkupEngine hands to processBody (its header/body split, not ours). */
  private static final class BodyOf extends MarkdownEngine {
    String body;

    @Override
    public void processBody(ParserContext context) {
      body = context.getBody();
    }
  }

  @Test
  void givesTheCrawlTheHtmlOfExactlyTheBodyItRead(@TempDir Path out) throws Exception {
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory().createDefaultJbakeConfiguration(Site.project().toFile(), out.toFile(), true);
    List<File> files;
    try (Stream<Path> s = Files.walk(Site.project().resolve("content"))) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().map(Path::toFile).toList();
    }
    assertTrue(files.size() > 10 && files.size() < Prefetch.AHEAD, "the test expects all files converted ahead");
    String before = System.getProperty(THREADS);
    System.setProperty(THREADS, "3"); // two workers, even on a one-core machine
    try {
      CachedMarkdownEngine.Flexmark flexmark = CachedMarkdownEngine.flexmark(config.getMarkdownExtensions());
      Prefetch prefetch = Prefetch.start(config, () -> flexmark, new MarkdownCache(null, "test"));
      prefetch.awaitWorkers();
      for (File file : files) {
        BodyOf engine = new BodyOf();
        engine.parse(config, file);
        assertNull(prefetch.take(file, engine.body + "changed"), file + ": HTML of another body was handed out");
      }
      Prefetch again = Prefetch.start(config, () -> flexmark, new MarkdownCache(null, "test"));
      again.awaitWorkers();
      for (File file : files) {
        BodyOf engine = new BodyOf();
        engine.parse(config, file);
        String html = flexmark.html(engine.body);
        assertEquals(new MarkdownCache.Converted(html, Ordered.searchWords(html)), again.take(file, engine.body), file.toString());
      }
      assertEquals(files.size(), again.used(), "every file should have come from the workers");
    } finally {
      if (before == null) {
        System.clearProperty(THREADS);
      } else {
        System.setProperty(THREADS, before);
      }
    }
  }
}
