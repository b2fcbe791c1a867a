package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.upperback.support.Bake;

/**
 * Content pages render on several threads and an OrientDB session must stay on one, so a page
 * template that reaches for the database fails the build instead of sharing the session. The feed,
 * sitemap, search index and robots.txt render on the same threads, under the same rule.
 */
class NoDatabaseWhileRenderingTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "${published_content?size}", // JBake's own extractor queries the database on every access
      "${data.get(\"ui.yaml\")?size}",
      "${db.getDocumentCount(\"tip\")}"})
  void aPageTemplateReadingTheDatabaseFailsTheBake(String expression) throws Exception {
    Path source = Bake.copyProject("no-database-while-rendering");
    Path tip = source.resolve("templates/tip.ftl");
    String template = Files.readString(tip);
    String h1 = "<h1 class=\"ub-article__title\">";
    assertTrue(template.contains(h1), "tip.ftl changed: update this test's insertion point");
    Files.writeString(tip, template.replace(h1, expression + h1));
    Bake.Result result = Bake.bake(source, source.resolveSibling("website"), Map.of());
    assertFalse(result.errors().isEmpty(), "a template read the database while pages rendered in parallel");
    String errors = result.errors().toString();
    assertTrue(errors.contains("tips/"), "the error should name the page: " + errors);
    assertTrue(errors.contains("page templates cannot use"), "the error should say why: " + errors);
  }

  @ParameterizedTest
  @ValueSource(strings = {"feed.ftl:feed.xml", "sitemap.ftl:sitemap.xml", "search-index.ftl:search-index.json",
      "robots.ftl:robots.txt"})
  void siteFilesRenderWithThePagesUnderTheSameRule(String templateAndFile) throws Exception {
    String[] parts = templateAndFile.split(":");
    Path source = Bake.copyProject("no-database-in-" + parts[1]);
    Path file = source.resolve("templates").resolve(parts[0]);
    String template = Files.readString(file);
    String imports = "<#import \"lib.ftl\" as lib>\n";
    assertTrue(template.contains(imports), parts[0] + " changed: update this test's insertion point");
    // JBake's own renderer would give the template the database; the extension's does not.
    Files.writeString(file, template.replace(imports, imports + "<#assign n = data.get(\"ui.yaml\")?size>\n"));
    Bake.Result result = Bake.bake(source, source.resolveSibling("website"), Map.of());
    String errors = result.errors().toString();
    assertTrue(errors.contains(parts[1]) && errors.contains("page templates cannot use"),
        parts[1] + " should have failed, named, with the reason: " + errors);
  }
}
