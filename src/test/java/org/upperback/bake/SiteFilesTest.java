package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.upperback.support.Bake;
import org.upperback.support.Site;

/**
 * The extension renders the feed, sitemap, search index and robots.txt and switches JBake's own
 * renderers for them off for the rest of the bake. A second bake with the same configuration (as
 * JBake's own watch mode does) must still write them.
 */
class SiteFilesTest {
  private static final List<String> FILES = List.of("feed.xml", "sitemap.xml", "search-index.json", "robots.txt");

  @Test
  void everyBakeWithTheSameConfigurationWritesTheSiteFiles() throws Exception {
    Path source = Bake.copyProject("same-configuration-twice");
    Path out = source.resolveSibling("website");
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source.toFile(), out.toFile(), true);
    config.setProperty("site.url", Site.baseUrl());
    for (int bake = 1; bake <= 2; bake++) {
      Bake.deleteTree(out);
      Oven oven = new Oven(config);
      oven.bake();
      assertEquals(List.of(), oven.getErrors(), "bake " + bake);
      for (String file : FILES) {
        assertTrue(Files.isRegularFile(out.resolve(file)) && Files.size(out.resolve(file)) > 0,
            file + " was not written by bake " + bake);
      }
    }
  }
}
