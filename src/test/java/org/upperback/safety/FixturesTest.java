package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upperback.check.SiteCheck;
import org.upperback.support.Bake;
import org.upperback.support.Pipeline;
import org.upperback.support.Site;

/**
 * Bad input never ships. Each folder in src/test/resources/fixtures is the real project with some
 * files added or replaced (and those in delete.txt removed); it is built the way `mvn verify` builds
 * (a content problem stops the build before baking),
 * and every line of its expected.txt must appear in what the build reports, except that a line
 * starting with "not: " must appear nowhere (a follow-on message that would only confuse). An
 * empty expected.txt means the build must pass.
 */
class FixturesTest {
  private static final Path FIXTURES = Site.project().resolve("src/test/resources/fixtures");

  @TestFactory
  Stream<DynamicTest> eachFixtureFailsWithMessagesNamingTheFile() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(FIXTURES)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(cases.isEmpty(), "no fixtures found in " + FIXTURES);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Pipeline.Outcome outcome = build(dir);
      List<String> lines = Files.readAllLines(dir.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
      List<String> expected = lines.stream().filter(l -> !l.startsWith("not: ")).toList();
      List<String> absent = lines.stream().filter(l -> l.startsWith("not: ")).map(l -> l.substring(5)).toList();
      String report = String.join("\n", outcome.lines());
      if (expected.isEmpty()) {
        assertFalse(outcome.failed(), dir.getFileName() + " must build cleanly, but the build reported:\n" + report);
        return;
      }
      assertTrue(outcome.failed(), dir.getFileName() + " must fail the build");
      for (String line : absent) {
        assertTrue(outcome.lines().stream().noneMatch(l -> l.contains(line)),
            dir.getFileName() + ": expected no line containing\n  " + line + "\nbut the build reported:\n" + report);
      }
      for (String line : expected) {
        assertTrue(outcome.lines().stream().anyMatch(l -> l.contains(line)),
            dir.getFileName() + ": expected a line containing\n  " + line + "\nbut the build reported:\n" + report);
      }
    }));
  }

  @Test
  void aDraftIsNeverPublishedAnywhere() throws IOException {
    Pipeline.Outcome outcome = build(FIXTURES.resolve("good-draft"));
    Path out = outcome.bake().output();
    assertFalse(Files.exists(out.resolve("tips/wip.html")), "draft page published as tips/wip.html");
    assertFalse(Files.exists(out.resolve("tips/wip-draft.html")), "draft page left in the output as tips/wip-draft.html");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f).contains("Work in progress"), "draft title appears in " + out.relativize(f));
      }
    }
  }

  /**
   * The content check stops these before JBake runs; should it ever miss one, the output check still
   * fails the build on what JBake then does with the file (drops it, or publishes it as a draft).
   */
  @ParameterizedTest
  @CsvSource({
      "missing-type, content/no-type.md: output: produced no page (expected no-type.html)",
      "unknown-type, content/wrong-type.md: output: produced no page (expected wrong-type.html)",
      "missing-status, 'content/no-status.md: status: is missing, yet the page was published as no-status-draft.html'"})
  void theOutputCheckAloneCatchesWhatJBakeDoesWithBadHeaders(String fixture, String message) throws IOException {
    Path source = Bake.copyProject("output-only-" + fixture);
    Bake.copyTree(FIXTURES.resolve(fixture), source);
    Files.delete(source.resolve("expected.txt"));
    Path output = source.resolveSibling("website");
    Bake.bake(source, output, Map.of());
    SiteCheck.pruneDrafts(source, output);
    var problems = SiteCheck.check(source, output, Site.baseUrl());
    assertTrue(problems.stream().anyMatch(p -> p.toString().contains(message)), fixture + ": expected\n  " + message + "\nbut got " + problems);
  }

  @Test
  void stalePagesOfDeletedContentAreReported() throws IOException {
    Path source = Bake.copyProject("stale");
    Path output = source.resolveSibling("website");
    Bake.bake(source, output, Map.of());
    Files.writeString(output.resolve("tips/deleted-last-week.html"), "<!DOCTYPE html><title>old</title>");
    var problems = SiteCheck.check(source, output, Site.baseUrl());
    assertTrue(problems.stream().anyMatch(p -> p.toString().contains("deleted-last-week.html")
        && p.toString().contains("no published content file produces this page")), "stale page not reported: " + problems);
  }

  static Pipeline.Outcome build(Path fixture) throws IOException {
    String name = "fixture-" + fixture.getFileName();
    Path source = Bake.copyProject(name);
    Bake.copyTree(fixture, source);
    Files.deleteIfExists(source.resolve("expected.txt"));
    Path delete = source.resolve("delete.txt");
    if (Files.exists(delete)) {
      for (String rel : Files.readAllLines(delete)) {
        if (!rel.isBlank()) {
          Files.delete(source.resolve(rel.strip()));
        }
      }
      Files.delete(delete);
    }
    return Pipeline.run(source, source.resolveSibling("website"), Map.of());
  }
}
