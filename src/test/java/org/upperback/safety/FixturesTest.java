package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upperback.check.OutputCheck;
import org.upperback.check.RemoveDrafts;
import org.upperback.support.Bake;
import org.upperback.support.Fixture;
import org.upperback.support.Pipeline;
import org.upperback.support.Site;

/**
 * Bad input never ships. Each folder in src/test/resources/fixtures is the real project with a few
 * edits (support/Fixture: edits.txt, and files added under names no content can take); it is built
 * the way `mvn verify` builds (a content problem stops the build before baking), and the build
 * reports exactly the lines of its expected.txt, no more and no fewer. An empty expected.txt means
 * the build must pass.
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
      List<String> expected = Fixture.expected(dir);
      String report = String.join("\n", outcome.lines());
      if (expected.isEmpty()) {
        assertFalse(outcome.failed(), dir.getFileName() + " must build cleanly, but the build reported:\n" + report);
        return;
      }
      assertTrue(outcome.failed(), dir.getFileName() + " must fail the build");
      List<String> missing = new ArrayList<>(expected);
      outcome.messages().forEach(missing::remove);
      List<String> unexpected = new ArrayList<>(outcome.messages());
      expected.forEach(unexpected::remove);
      assertTrue(missing.isEmpty() && unexpected.isEmpty(), dir.getFileName() + ": expected exactly expected.txt;\nmissing:\n  "
          + String.join("\n  ", missing) + "\nnot expected:\n  " + String.join("\n  ", unexpected));
    }));
  }

  /** docs/errors.md quotes only messages the fixtures make the build print ("…" for a part left out). */
  @Test
  void theErrorGuideQuotesMessagesTheBuildPrints() throws IOException {
    List<String> printed = new ArrayList<>();
    try (Stream<Path> s = Files.list(FIXTURES)) {
      s.filter(Files::isDirectory).forEach(dir -> printed.addAll(Fixture.expected(dir)));
    }
    int quoted = 0;
    for (String row : Files.readAllLines(Site.project().resolve("docs/errors.md"))) {
      if (!row.startsWith("| ") || row.startsWith("| Problem") || row.startsWith("| ---")) {
        continue;
      }
      String messages = row.substring(row.indexOf(" | ") + 3, row.lastIndexOf(" |"));
      for (String quote : messages.split("` / `")) {
        String message = quote.replaceAll("^`|`$", "");
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(
            Stream.of(message.split("…", -1)).map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining(".*")));
        assertTrue(printed.stream().anyMatch(l -> p.matcher(l).matches()),
            "docs/errors.md quotes a message no fixture's expected.txt holds:\n  " + message);
        quoted++;
      }
    }
    assertTrue(quoted >= 20, "docs/errors.md: expected its table of messages, found " + quoted);
  }

  /** A fixture never shadows or replaces real content: what it adds takes a name no content file can have. */
  @Test
  void fixturesNeverTakeANameRealContentCouldTake() throws IOException {
    try (Stream<Path> s = Files.walk(Site.project().resolve("content"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        assertFalse(p.getFileName().toString().startsWith(Fixture.PREFIX),
            Site.slashed(Site.project().relativize(p)) + ": names starting with " + Fixture.PREFIX + " are kept for test fixtures");
      }
    }
    try (Stream<Path> s = Files.list(FIXTURES)) {
      for (Path dir : s.filter(Files::isDirectory).toList()) {
        for (String file : Fixture.newFiles(dir)) {
          assertFalse(Files.exists(Site.project().resolve(file)),
              dir.getFileName() + " adds " + file + ", which the project already has: edit it in edits.txt instead");
          String name = file.substring(file.lastIndexOf('/') + 1);
          assertTrue(!file.startsWith("content/") || name.startsWith(Fixture.PREFIX),
              dir.getFileName() + " adds " + file + ": name it " + Fixture.PREFIX + "..., a name no content can take");
        }
      }
    }
  }

  @Test
  void aDraftIsNeverPublishedAnywhere() throws IOException {
    Pipeline.Outcome outcome = build(FIXTURES.resolve("good-draft"));
    Path out = outcome.bake().output();
    String page = "tips/" + Fixture.PREFIX + "wip";
    assertFalse(Files.exists(out.resolve(page + ".html")), "draft page published as " + page + ".html");
    assertFalse(Files.exists(out.resolve(page + "-draft.html")), "draft page left in the output as " + page + "-draft.html");
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
      "content/zz-fixture-no-type.md: output: produced no page (expected zz-fixture-no-type.html)",
      "content/zz-fixture-wrong-type.md: output: produced no page (expected zz-fixture-wrong-type.html)",
      "'content/zz-fixture-no-status.md: status: is missing, yet the page was published as zz-fixture-no-status-draft.html'"})
  void theOutputCheckAloneCatchesWhatJBakeDoesWithBadHeaders(String message) {
    var problems = OutputCheck.check(BadHeaders.SITE.source(), BadHeaders.SITE.output(), Site.baseUrl());
    assertTrue(problems.stream().anyMatch(p -> p.toString().contains(message)), "expected\n  " + message + "\nbut got " + problems);
  }

  @Test
  void stalePagesOfDeletedContentAreReported() throws IOException {
    Path stale = BadHeaders.SITE.output().resolve("tips/deleted-last-week.html");
    Files.writeString(stale, "<!DOCTYPE html><title>old</title>");
    try {
      var problems = OutputCheck.check(BadHeaders.SITE.source(), BadHeaders.SITE.output(), Site.baseUrl());
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
      Fixture.apply(FIXTURES.resolve(fixture), source);
    }
    Path output = source.resolveSibling("website");
    Bake.Result result = Bake.bake(source, output, Map.of());
    RemoveDrafts.remove(source, output);
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
    Fixture.apply(fixture, source);
    // Fixtures edit pages with review dates: "today" is pinned, so they test their rule, not the calendar.
    return Pipeline.run(source, source.resolveSibling("website"), Map.of(), FIXTURES_TODAY);
  }
}
