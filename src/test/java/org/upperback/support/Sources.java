package org.upperback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.upperback.check.ContentFile;

/**
 * The content sources (content/**.md) as the tests read them, independently of JBake: the header
 * ({@code key=value} lines before {@code ~~~~~~}) and the Markdown body, as {@link ContentFile} parses them. Tests derive what pages should
 * show from here, never from a hard-coded list.
 */
public final class Sources {
  private Sources() {}

  public record Doc(Path file, Map<String, String> header, String body) {
    public String get(String key) {
      return header.getOrDefault(key, "");
    }

    public String title() {
      return get("title");
    }

    /** A comma-separated header field as a list ("a, b" -> [a, b]). */
    public List<String> list(String key) {
      return Arrays.stream(get(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
  }

  /** Every content file of a type with status=published. */
  public static List<Doc> published(String type) {
    return all().stream()
        .filter(d -> d.get("type").equals(type) && d.get("status").equals("published"))
        .toList();
  }

  public static List<Doc> all() {
    Path content = Site.project().resolve("content");
    try (Stream<Path> s = Files.walk(content)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().map(Sources::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One content file, read by the content check's own parser (the tests and the build read headers alike). */
  public static Doc read(Path file) {
    ContentFile f = ContentFile.parse(Site.slashed(Site.project().relativize(file)), Site.read(file));
    return new Doc(file, f.fields, String.join("\n", f.body));
  }

  /**
   * Words of a text: lower case, accents removed, split on anything but a-z and 0-9, one-letter words
   * dropped.
   */
  public static List<String> words(String text) {
    String plain = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFKD)
        .replaceAll("[\\u0300-\\u036f]", "");
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[^a-z0-9]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }
}
