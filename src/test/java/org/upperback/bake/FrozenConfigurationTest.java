package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.upperback.support.Site;

/** The parsing configuration answers as the bake's does, and keeps a getter's first answer. */
class FrozenConfigurationTest {

  @Test
  void gettersAnswerAsTheConfigurationAndKeepTheirFirstAnswer(@TempDir Path out) throws Exception {
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory().createDefaultJbakeConfiguration(Site.project().toFile(), out.toFile(), true);
    JBakeConfiguration frozen = FrozenConfiguration.of(config);
    assertEquals(config.getHeaderSeparator(), frozen.getHeaderSeparator());
    assertEquals(config.getDateFormat(), frozen.getDateFormat());
    assertEquals(config.getMarkdownExtensions(), frozen.getMarkdownExtensions());
    assertEquals(config.getContentFolder(), frozen.getContentFolder());

    String separator = config.getHeaderSeparator();
    config.setProperty("header.separator", "######");
    assertEquals(separator, frozen.getHeaderSeparator(), "a getter's answer is kept for the bake");
    // Methods with arguments are not kept: they go to the configuration each time.
    assertEquals("######", frozen.get("header.separator"));
    frozen.setProperty("site.url", "https://example.org/x/");
    assertEquals("https://example.org/x/", config.get("site.url"));
  }
}
