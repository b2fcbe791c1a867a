package org.upperback.bake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

/** The site's one ordering of documents within a type: the numeric `order` header, then title. */
final class Ordered {
  private Ordered() {}

  static final Comparator<DocumentModel> BY_ORDER = Comparator
      .comparingLong((DocumentModel d) -> number(d.get("order")))
      .thenComparing(d -> String.valueOf(d.getTitle()));

  /**
   * The published documents of a type in the site's order. They are the documents the crawl has
   * just parsed and stored (JBake's query would read all of them back from the database, about
   * 0.4 s at 5000 pages), unless the database holds others of the type (documents not parsed by
   * this bake's Markdown engine): then they come from the database.
   */
  static List<DocumentModel> published(ContentStore db, String type) {
    List<DocumentModel> parsed = CachedMarkdownEngine.parsed(type);
    List<DocumentModel> list;
    if (!Boolean.getBoolean(FROM_DATABASE) && parsed != null && parsed.size() == db.getDocumentCount(type)) {
      list = new ArrayList<>();
      for (DocumentModel d : parsed) {
        if (PUBLISHED.equals(d.getStatus())) {
          list.add(d);
        }
      }
      list.sort(BY_DATE_DESCENDING); // the database's order, for documents of equal `order` and title
    } else {
      list = new ArrayList<>(db.getPublishedContent(type));
    }
    list.sort(BY_ORDER);
    return list;
  }

  /** Set to true to read the lists back from the database (the bake test compares both). */
  static final String FROM_DATABASE = "upperback.bake.listsFromDatabase";
  private static final String PUBLISHED = "published";
  private static final Comparator<DocumentModel> BY_DATE_DESCENDING =
      Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.reverseOrder()));

  /**
   * The distinct words of a rendered body, split as js/site.js splits a query (accents dropped,
   * lower case, runs of a-z0-9 of two characters or more), sorted, for the search index. Tags and
   * character references count as spaces. One pass over the characters: the regular expressions
   * this replaced were most of the time spent getting the pages ready at thousands of pages.
   */
  static String searchWords(String html) {
    if (html == null) {
      return "";
    }
    char[] s = html.toCharArray(); // indexing an array: String.charAt checks bounds on every call
    Set<String> words = new HashSet<>(256); // sorted once at the end: cheaper than a TreeSet
    StringBuilder word = new StringBuilder(64);
    for (int i = 0; i < s.length; i++) {
      char c = s[i];
      int end = c == '<' ? tagEnd(s, i) : c == '&' ? referenceEnd(s, i) : -1;
      if (end > 0) { // a tag or a reference: a space
        endWord(word, words);
        i = end;
      } else if (c < 128) {
        add(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, word, words);
      } else {
        int cp = Character.codePointAt(s, i);
        i += Character.charCount(cp) - 1;
        for (char f : FOLDED.computeIfAbsent(cp, Ordered::fold).toCharArray()) {
          add(f, word, words);
        }
      }
    }
    endWord(word, words);
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(null);
    return String.join(" ", sorted);
  }

  /** A lower-case character of the text: part of a word (a-z, 0-9) or the end of one. */
  private static void add(char c, StringBuilder word, Set<String> words) {
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      word.append(c);
    } else {
      endWord(word, words);
    }
  }

  /** Keeps the word being built when it has two characters or more, and starts the next. */
  private static void endWord(StringBuilder word, Set<String> words) {
    if (word.length() > 1) {
      words.add(word.toString());
    }
    word.setLength(0);
  }

  /** Non-ASCII characters as the search sees them: decomposed, marks dropped, lower case. */
  private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

  private static String fold(int codePoint) {
    String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
    return MARK.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static final Pattern MARK = Pattern.compile("\\p{M}");

  /** The index of the '>' closing a tag opened at {@code at}, or -1 ("<>" and a lone '<' are text). */
  private static int tagEnd(char[] s, int at) {
    for (int i = at + 1; i < s.length; i++) {
      if (s[i] == '>') {
        return i > at + 1 ? i : -1;
      }
    }
    return -1;
  }

  /** The index of the ';' ending "&name;" or "&#123;" at {@code at}, or -1. */
  private static int referenceEnd(char[] s, int at) {
    int i = at + 1;
    boolean numeric = i < s.length && s[i] == '#';
    if (numeric) {
      i++;
    }
    int first = i;
    while (i < s.length && (numeric ? s[i] >= '0' && s[i] <= '9'
        : s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z')) {
      i++;
    }
    return i > first && i < s.length && s[i] == ';' ? i : -1;
  }

  private static long number(Object value) {
    try {
      return Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE; // unordered documents go last; the content check requires `order` where it matters
    }
  }
}
