package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.upperback.support.Bake;
import org.upperback.support.Edits;
import org.upperback.support.Fuzz;
import org.upperback.support.Pipeline;
import org.upperback.support.Site;

/**
 * A site whose pages were edited at random (markup, scripts, template syntax, links to nowhere,
 * long lines and any characters pasted into bodies) is built the way `mvn verify` builds it. Either
 * the checks stop the build, or every published page is free of FreeMarker error text, of scripts
 * from content and of links to files that do not exist (checked here on the output, independently
 * of the output check). A bake takes seconds, so this is a small sample: a failure shows the edits
 * and the run's seed (replay with -Dseed=...).
 */
@Tag("bake")
class MutatedSiteBakeTest {
  private static final Path PROJECT = Site.project();
  private static final List<String> PAGES = pages();

  private int published;

  @Test
  void aBuildThatPassesPublishesNoTemplateErrorScriptOrBrokenLink() {
    Fuzz.run("MutatedSiteBakeTest", 6, MutatedSiteBakeTest::edits, this::bake);
    // A sample in which nothing was published would prove nothing.
    assertTrue(published >= 1, "none of the mutated sites passed the checks, so no output was looked at");
  }

  private void bake(Map<String, List<Edits.Edit>> edits) throws IOException {
    Path source = Bake.copyProject("mutated");
    for (Map.Entry<String, List<Edits.Edit>> e : edits.entrySet()) {
      Path file = source.resolve(e.getKey());
      Files.write(file, Edits.apply(Files.readAllBytes(file), e.getValue()));
    }
    Pipeline.Outcome outcome = Pipeline.run(source, source.resolveSibling("website"), Map.of());
    if (outcome.failed()) {
      return;
    }
    published++;
    Path site = outcome.bake().output();
    String base = URI.create(Site.baseUrl()).getPath();
    for (Path page : Site.files(site, ".html")) {
      String rel = Site.slashed(page);
      String html = Files.readString(site.resolve(page));
      for (String error : List.of("FreeMarker template error", "FTL stack trace", "freemarker.core.")) {
        assertFalse(html.contains(error), rel + " was published with FreeMarker error text (" + error + ")");
      }
      Document doc = Site.parse(site, page);
      for (Element script : doc.select("script")) {
        assertTrue(script.hasAttr("src") || script.attr("type").equals("application/ld+json"),
            rel + " was published with a script from content: " + script.outerHtml());
      }
      for (Element el : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
        String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        if (url.isEmpty() || url.startsWith("#") || url.matches("(?i)[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
          continue;
        }
        String path = url.replaceAll("[?#].*", "");
        String target = path.startsWith("/")
            ? (path.startsWith(base) ? path.substring(base.length()) : path)
            : URI.create("http://site.test/" + rel).resolve(path.replace(" ", "%20")).getPath().substring(1);
        target = URLDecoder.decode(target, StandardCharsets.UTF_8);
        Path file = site.resolve(target.isEmpty() ? "index.html" : target);
        if (Files.isDirectory(file)) {
          file = file.resolve("index.html");
        }
        assertTrue(Files.isRegularFile(file), rel + " was published with a link to a missing file: " + el.outerHtml());
      }
    }
  }

  /** Body edits of one to three published exercises and tips. */
  private static Map<String, List<Edits.Edit>> edits(Random r) {
    Map<String, List<Edits.Edit>> byFile = new TreeMap<>();
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      String file = Edits.pick(r, PAGES);
      int lines = Site.read(PROJECT.resolve(file)).split("\n", -1).length;
      byFile.merge(file, Edits.some(r, 3, g -> Edits.body(g, bodyStart(file), lines)),
          (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
    }
    return byFile;
  }

  private static List<String> pages() {
    try (Stream<Path> s = Stream.concat(Files.list(PROJECT.resolve("content/exercises")), Files.list(PROJECT.resolve("content/tips")))) {
      return s.filter(p -> !p.getFileName().toString().equals("index.md")).map(p -> Site.slashed(PROJECT.relativize(p))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index (from 0) of the first body line after the separator and the blank line under it. */
  private static int bodyStart(String file) {
    List<String> lines = Site.read(PROJECT.resolve(file)).lines().toList();
    return lines.indexOf("~~~~~~") + 2;
  }
}
