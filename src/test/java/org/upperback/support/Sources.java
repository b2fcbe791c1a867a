package org.upperback.support;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.upperback.check.ContentFile;

/**
 * The content sources (content/**.md) as the browser and search tests read them: a view of
 * {@link Content}'s files as header and Markdown body, and the way search splits text into words.
 * Tests derive what pages should show from here, never from a hard-coded list.
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
    return Content.published(type).stream().map(Sources::doc).toList();
  }

  /** Every Markdown file under content/, from {@link Content}, the one reader of content. */
  public static List<Doc> all() {
    return Content.all().stream().filter(f -> f.path.endsWith(".md")).map(Sources::doc).toList();
  }

  private static Doc doc(ContentFile f) {
    return new Doc(Site.project().resolve(f.path), f.fields, String.join("\n", f.body));
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
