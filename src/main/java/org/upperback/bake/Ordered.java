package org.upperback.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
   * lower case, runs of a-z0-9 of two characters or more), for the search index. Made here because
   * a collated sort in the template took seconds at thousands of pages.
   */
  static String searchWords(String html) {
    String text = html == null ? "" : html.replaceAll("<[^>]+>|&[a-zA-Z]+;|&#[0-9]+;", " ");
    if (!text.chars().allMatch(c -> c < 128)) { // normalising is slow; most pages are plain ASCII
      text = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
    text = text.toLowerCase(Locale.ROOT);
    Set<String> words = new TreeSet<>();
    for (String w : text.split("[^a-z0-9]+")) {
      if (w.length() > 1) {
        words.add(w);
      }
    }
    return String.join(" ", words);
  }

  private static long number(Object value) {
    try {
      return Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE; // unordered documents go last; the content check requires `order` where it matters
    }
  }
}
