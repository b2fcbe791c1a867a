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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentCheck;
import org.upperback.check.Problem;
import org.upperback.check.Rules;
import org.upperback.check.TrustCheck;
import org.upperback.check.Visible;
import org.upperback.support.Edits;
import org.upperback.support.Fuzz;
import org.upperback.support.Site;

/**
 * The content check reads whatever an editor writes, so it answers every input with "no problems"
 * or with problems that each name a file, in one readable line: never an exception. Each case takes
 * the real content, edits one file at random (lines, characters, raw bytes, its name) and checks
 * the whole site, 1000 times a run. The run's seed is printed; replay it with -Dseed=... .
 */
class NeverCrashesTest {
  private static final Path PROJECT = Site.project();
  private static final Map<String, byte[]> CONTENT = content();
  /** Only content files change from case to case, so the data files are read once. */
  private static final Rules RULES = Rules.read(PROJECT);
  private static final LocalDate TODAY = TrustCheck.today();

  /** One file of the site, its new name ("" keeps it) and what is done to its bytes. */
  record Case(String file, String rename, List<Edits.Edit> edits) {}

  @Test
  void everyEditGetsProblemsNamingAFileOrNone() {
    Fuzz.run("NeverCrashesTest", 1000, NeverCrashesTest::anyCase, NeverCrashesTest::check);
  }

  private static void check(Case c) {
    Map<String, byte[]> site = new TreeMap<>(CONTENT);
    byte[] edited = Edits.apply(site.remove(c.file()), c.edits());
    String path = c.rename().isEmpty() ? c.file() : c.file().substring(0, c.file().lastIndexOf('/') + 1) + c.rename();
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

  private static Case anyCase(Random r) {
    return new Case(Edits.pick(r, List.copyOf(CONTENT.keySet())), name(r), Edits.some(r, 4, Edits::any));
  }

  /** Mostly the file keeps its name; sometimes it gets one with spaces, capitals, no extension or odd characters. */
  private static String name(Random r) {
    int roll = r.nextInt(10);
    if (roll < 8) {
      return "";
    }
    if (roll == 8) {
      return Edits.pick(r, List.of("My Page.md", "x", "x.txt", ".md", "a\u00A0b.md", "\u200B.md", "a..md", "index.MD"));
    }
    String name = Edits.anyString(r, 1, 12).replace('/', '_');
    return name.chars().anyMatch(ch -> Character.isSurrogate((char) ch)) ? "x" + name.length() : name;
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
