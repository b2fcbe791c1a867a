package org.upperback.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashSet;
import java.text.Normalizer;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

/** The site's one ordering of documents within a type: the numeric `order` header, then title. */
final class Ordered {
  private Ordered() {}

  static final Comparator<DocumentModel> BY_ORDER = Comparator
      .comparingLong((DocumentModel d) -> number(d.get("order")))
      .thenComparing(d -> String.valueOf(d.getTitle()));

  static List<DocumentModel> published(ContentStore db, String type) {
    List<DocumentModel> list = new ArrayList<>(db.getPublishedContent(type));
    list.sort(BY_ORDER);
    return list;
  }

  /**
   * The distinct words of a rendered body, split as js/site.js splits a query (accents dropped,
   * lower case, runs of a-z0-9 of two characters or more), sorted, for the search index. Tags and
   * character references count as spaces. One pass over the text: the regular expressions this
   * replaced were most of the time spent getting the pages ready at thousands of pages.
   */
  static String searchWords(String html) {
    if (html == null) {
      return "";
    }
    StringBuilder text = new StringBuilder(html.length());
    boolean ascii = true;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      int end = c == '<' ? tagEnd(html, i) : c == '&' ? referenceEnd(html, i) : -1;
      if (end > 0) {
        text.append(' ');
        i = end;
      } else {
        text.append(c);
        ascii &= c < 128;
      }
    }
    String plain = text.toString();
    if (!ascii) { // normalising is slow; most pages are plain ASCII
      plain = Normalizer.normalize(plain, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
    plain = plain.toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>(); // sorted once at the end: cheaper than a TreeSet
    int from = -1;
    for (int i = 0; i <= plain.length(); i++) {
      char c = i < plain.length() ? plain.charAt(i) : ' ';
      boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (word && from < 0) {
        from = i;
      } else if (!word && from >= 0) {
        if (i - from > 1) {
          words.add(plain.substring(from, i));
        }
        from = -1;
      }
    }
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    return String.join(" ", sorted);
  }

  /** The index of the '>' closing a tag opened at {@code at}, or -1 ("<>" and a lone '<' are text). */
  private static int tagEnd(String html, int at) {
    int end = html.indexOf('>', at + 1);
    return end > at + 1 ? end : -1;
  }

  /** The index of the ';' ending "&name;" or "&#123;" at {@code at}, or -1. */
  private static int referenceEnd(String html, int at) {
    int i = at + 1;
    boolean numeric = i < html.length() && html.charAt(i) == '#';
    if (numeric) {
      i++;
    }
    int first = i;
    while (i < html.length() && (numeric ? Character.isDigit(html.charAt(i)) && html.charAt(i) < 128
        : html.charAt(i) < 128 && Character.isLetter(html.charAt(i)))) {
      i++;
    }
    return i > first && i < html.length() && html.charAt(i) == ';' ? i : -1;
  }

  private static long number(Object value) {
    try {
      return Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE; // unordered documents go last; the content check requires `order` where it matters
    }
  }
}
