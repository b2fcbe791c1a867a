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
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.upperback.check.ContentCheck;
import org.upperback.check.Problem;
import org.upperback.check.Rules;
import org.upperback.check.TrustCheck;
import org.upperback.check.Visible;
import org.upperback.support.Edits;
import org.upperback.support.Site;

/**
 * The content check reads whatever an editor writes, so it answers every input with "no problems"
 * or with problems that each name a file, in one readable line: never an exception. Each case takes
 * the real content, edits one file at random (lines, characters, raw bytes, its name) and checks
 * the whole site. jqwik prints the seed of a failing case; replay it with @Property(seed = "...").
 */
class NeverCrashesTest {
  private static final Path PROJECT = Site.project();
  private static final Map<String, byte[]> CONTENT = content();
  /** Only content files change from case to case, so the data files are read once. */
  private static final Rules RULES = Rules.read(PROJECT);
  private static final LocalDate TODAY = TrustCheck.today();

  @Property(tries = 1000)
  void everyEditGetsProblemsNamingAFileOrNone(@ForAll("files") String file, @ForAll("names") String rename,
      @ForAll("edits") List<Edits.Edit> edits) {
    Map<String, byte[]> site = new TreeMap<>(CONTENT);
    byte[] edited = Edits.apply(site.remove(file), edits);
    String path = rename.isEmpty() ? file : file.substring(0, file.lastIndexOf('/') + 1) + rename;
    site.put(path, edited);

    List<Problem> problems = ContentCheck.check(RULES, site, TODAY);

    for (Problem p : problems) {
      String line = p.toString();
      assertTrue(site.containsKey(p.file()) || p.file().startsWith("content/") || p.file().startsWith("data/")
          || p.file().equals("jbake.properties"),
          "a problem must name a file of the project: " + line);
      assertFalse(p.message().isBlank(), "a problem without a message: " + line);
      assertTrue(line.length() < 1500, "a problem must stay one readable line, not " + line.length() + " characters");
      assertTrue(line.codePoints().noneMatch(Visible::isInvisible),
          "a problem must show invisible characters by name: " + line);
    }
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of(CONTENT.keySet());
  }

  /** Mostly the file keeps its name; sometimes it gets one with spaces, capitals, no extension or odd characters. */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("My Page.md", "x", "x.txt", ".md", "a\u00A0b.md", "\u200B.md", "a..md", "index.MD")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12)
            .filter(s -> !s.contains("/") && s.chars().noneMatch(c -> Character.isSurrogate((char) c)))));
  }

  @Provide
  Arbitrary<List<Edits.Edit>> edits() {
    return Edits.any().list().ofMinSize(1).ofMaxSize(4);
  }

  private static Map<String, byte[]> content() {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(PROJECT.resolve("content"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(Site.slashed(PROJECT.relativize(p)), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
