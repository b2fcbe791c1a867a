package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The search index's words: what js/site.js can match, whatever markup and characters a page has. */
class SearchWordsTest {

  /** The rule written plainly with regular expressions (the one-pass version must agree). */
  private static String reference(String html) {
    String text = html.replaceAll("<[^>]+>|&[a-zA-Z]+;|&#[0-9]+;", " ");
    text = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return Arrays.stream(text.split("[^a-z0-9]+")).filter(w -> w.length() > 1)
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
  }

  @Test
  void examples() {
    assertEquals("back lift row upper", Ordered.searchWords("<h2 id=\"x\">Row</h2><p>Lift &amp; <em>row</em>: upper&nbsp;back, a I</p>"));
    assertEquals("cafe naive", Ordered.searchWords("<p>Café naïve</p>"));
    assertEquals("12 lt", Ordered.searchWords("a &lt 12&#; lt"));
    assertEquals("ab cd", Ordered.searchWords("ab <> cd"));
    assertEquals("", Ordered.searchWords(null));
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomMarkup() {
    String[] parts = {"<", ">", "&", ";", "#", "a", "B", "z9", "é", "ﬁ", " ", "\n", "<p>", "</p>", "&amp;", "&#38;",
        "&#x26;", "word", "Two", "<a href=\"x&y\">", "12", "-", "ß", "İ",
        "\u212A", "\u00C5", "e\u0301", "\u03A3", "\uD835\uDC00", "\uD835", "\uFE64", "\u2014", "Z"};
    Random random = new Random(7);
    for (int n = 0; n < 20000; n++) {
      StringBuilder html = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        html.append(parts[random.nextInt(parts.length)]);
      }
      String words = Ordered.searchWords(html.toString());
      assertEquals(reference(html.toString()), words, "for: " + html);
      // search-index.ftl writes them into a JSON string unescaped
      assertTrue(words.matches("[a-z0-9 ]*"), "a character that may need escaping in: " + words);
    }
  }
}
