package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  /** The day the fixtures' review dates are checked against (their pages were reviewed on 2026-12-01). */
  private static final LocalDate FIXTURES_TODAY = LocalDate.parse("2026-12-01");

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
   * The three files share one bake.
   */
  @ParameterizedTest
  @CsvSource({
      "content/no-type.md: output: produced no page (expected no-type.html)",
      "content/wrong-type.md: output: produced no page (expected wrong-type.html)",
      "'content/no-status.md: status: is missing, yet the page was published as no-status-draft.html'"})
  void theOutputCheckAloneCatchesWhatJBakeDoesWithBadHeaders(String message) {
    var problems = SiteCheck.check(BadHeaders.SITE.source(), BadHeaders.SITE.output(), Site.baseUrl());
    assertTrue(problems.stream().anyMatch(p -> p.toString().contains(message)), "expected\n  " + message + "\nbut got " + problems);
  }

  @Test
  void stalePagesOfDeletedContentAreReported() throws IOException {
    Path stale = BadHeaders.SITE.output().resolve("tips/deleted-last-week.html");
    Files.writeString(stale, "<!DOCTYPE html><title>old</title>");
    try {
      var problems = SiteCheck.check(BadHeaders.SITE.source(), BadHeaders.SITE.output(), Site.baseUrl());
      assertTrue(problems.stream().anyMatch(p -> p.toString().contains("deleted-last-week.html")
          && p.toString().contains("no published content file produces this page")), "stale page not reported: " + problems);
    } finally {
      Files.delete(stale);
    }
  }

  /** The fixtures with bad headers, baked (once, when first used) without the content check that would stop them. */
  private static final class BadHeaders {
    static final Bake.Result SITE = badHeaders();
  }

  private static Bake.Result badHeaders() {
    Path source = Bake.copyProject("output-only");
    for (String fixture : List.of("missing-type", "unknown-type", "missing-status")) {
      Bake.copyTree(FIXTURES.resolve(fixture).resolve("content"), source.resolve("content"));
    }
    Path output = source.resolveSibling("website");
    Bake.Result result = Bake.bake(source, output, Map.of());
    SiteCheck.pruneDrafts(source, output);
    return result;
  }

  /** Each fixture is built once, though two tests may read its outcome. */
  private static final Map<Path, Pipeline.Outcome> BUILT = new ConcurrentHashMap<>();

  static Pipeline.Outcome build(Path fixture) {
    return BUILT.computeIfAbsent(fixture, FixturesTest::buildOnce);
  }

  private static Pipeline.Outcome buildOnce(Path fixture) {
    try {
      return buildFresh(fixture);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pipeline.Outcome buildFresh(Path fixture) throws IOException {
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
    // Fixtures copy pages with review dates: "today" is pinned, so they test their rule, not the calendar.
    return Pipeline.run(source, source.resolveSibling("website"), Map.of(), FIXTURES_TODAY);
  }
}
