package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upperback.support.Site;

/** The cached Markdown engine renders exactly what JBake's own MarkdownEngine renders, for any extension list. */
class CachedMarkdownEngineTest {

  private static final List<List<String>> EXTENSION_LISTS = List.of(
      List.of("FENCED_CODE_BLOCKS", "TABLES", "SMARTYPANTS"),
      List.of("AUTOLINKS"),
      List.of("TABLES", "-TABLES"),
      List.of("+TABLES"),
      List.of("NOT_A_REAL_EXTENSION"),
      List.of());

  private static final List<String> SNIPPETS = List.of(
      "| Sets | Reps |\n|------|-----:|\n| 3 | 10 |\n| 2 | 12 |\n",
      "```java\nint reps = 10;\n```\n\n~~~\nplain fence\n~~~\n\n    indented code\n",
      "\"Squeeze\" your shoulder blades -- don't shrug --- ever... 'ok'\n",
      "# Title\n\n## Steps {#steps}\n\nSetext\n------\n\n### Third\n",
      "1. Lie face down\n2. Lift\n   - arms\n   - chest\n\n* one\n* two\n\n> quoted *em* **strong**\n",
      "See https://example.org/ and <https://example.org/x>, a [link](/a.html) and ![img](/i.png).\n",
      "Line one\nline two  \nhard break<br>\n\n<div class=\"x\">raw *html*</div>\n\nTrailing & ampersand < 3\n");

  @TempDir
  Path output;

  private DefaultJBakeConfiguration config(List<String> extensions) {
    DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
        .createDefaultJbakeConfiguration(Site.project().toFile(), output.toFile(), true);
    if (extensions != null) {
      config.setMarkdownExtensions(extensions.toArray(String[]::new));
      // both engines must really see this list, or the comparison below proves nothing
      assertEquals(extensions, config.getMarkdownExtensions());
    }
    return config;
  }

  private static String body(MarkupEngine engine, DefaultJBakeConfiguration config, String markdown) {
    ParserContext context = new ParserContext(new File("snippet.md"), List.of(), config, false);
    context.setBody(markdown);
    engine.processBody(context);
    return context.getBody();
  }

  @Test
  void snippetsRenderAsJBakeDoes() {
    for (List<String> extensions : EXTENSION_LISTS) {
      DefaultJBakeConfiguration config = config(extensions);
      for (String snippet : SNIPPETS) {
        assertEquals(body(new MarkdownEngine(), config, snippet), body(new CachedMarkdownEngine(), config, snippet),
            extensions + " on: " + snippet);
      }
    }
  }

  @Test
  void everyContentFileRendersAsJBakeDoes() {
    // the site's own markdown.extensions (jbake.properties) and a list with more in it
    for (List<String> extensions : Arrays.asList(null, List.of("ALL"))) {
      DefaultJBakeConfiguration config = config(extensions);
      List<Path> files = Site.files(Site.project().resolve("content"), ".md");
      assertTrue(files.size() > 10, "too few content files: " + files);
      for (Path relative : files) {
        File file = Site.project().resolve("content").resolve(relative).toFile();
        // the whole JBake parse (header split included); only the body comes from processBody
        DocumentModel expected = new MarkdownEngine().parse(config, file);
        DocumentModel actual = new CachedMarkdownEngine().parse(config, file);
        assertNotNull(expected, relative + " did not parse");
        assertEquals(expected.getBody(), actual.getBody(), relative + " with " + config.getMarkdownExtensions());
      }
    }
  }
}
