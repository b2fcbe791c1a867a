package org.upperback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The generated site (target/website by default) and the project sources, as the tests see them. */
public final class Site {
  private Site() {}

  /** Project root (where pom.xml is). */
  public static Path project() {
    return Path.of(System.getProperty("project.dir", ".")).toAbsolutePath().normalize();
  }

  /** Output folder of the Maven build. */
  public static Path dir() {
    Path dir = Path.of(System.getProperty("site.dir", "target/website")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("index.html"))) {
      throw new IllegalStateException("No generated site at " + dir + ": run mvn verify (or mvn jbake:generate) first");
    }
    return dir;
  }

  /** Absolute base URL the site was built with (-Dsite.url). */
  public static String baseUrl() {
    return System.getProperty("site.url", "http://localhost:8820/");
  }

  /** Every generated HTML page, as paths relative to the site folder, sorted. */
  public static List<Path> pages() {
    return files(dir(), ".html");
  }

  public static List<Path> files(Path root, String suffix) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .map(root::relativize)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Document parse(Path relative) {
    return parse(dir(), relative);
  }

  public static Document parse(Path root, Path relative) {
    try {
      // The base URI is the page's own site path, so relative links resolve as a browser would.
      return Jsoup.parse(root.resolve(relative).toFile(), "UTF-8", "http://site.test/" + slashed(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The address of a page file, relative to the site root, as the templates link to it (lib.href in
   * templates/lib.ftl) and the sitemap lists it: an index page by its folder ("exercises/index.html"
   * -> "exercises/", "index.html" -> ""), any other page by its file. The one place tests derive it.
   */
  public static String address(String page) {
    return page.equals("index.html") || page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
  }

  public static String slashed(Path relative) {
    return relative.toString().replace('\\', '/');
  }
}
