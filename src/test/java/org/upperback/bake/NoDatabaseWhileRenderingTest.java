package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upperback.support.Bake;

/**
 * Content pages render on several threads and an OrientDB session must stay on one, so a page
 * template that reaches for the database fails the build instead of sharing the session.
 */
class NoDatabaseWhileRenderingTest {

  @Test
  void aPageTemplateReadingTheDatabaseFailsTheBake() throws Exception {
    Path source = Bake.copyProject("no-database-while-rendering");
    Path tip = source.resolve("templates/tip.ftl");
    String template = Files.readString(tip);
    String h1 = "<h1 class=\"ub-article__title\">";
    assertTrue(template.contains(h1), "tip.ftl changed: update this test's insertion point");
    // JBake's own extractor for published_content queries the database on every access.
    Files.writeString(tip, template.replace(h1, "${published_content?size}" + h1));
    Bake.Result result = Bake.bake(source, source.resolveSibling("website"), Map.of());
    assertFalse(result.errors().isEmpty(), "a template read the database while pages rendered in parallel");
    assertTrue(result.errors().toString().contains("tips/"), "the error should name the page: " + result.errors());
  }
}
