package org.upperback.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of plain text taken from Markdown:
 * {@code 0.39 * words/sentences + 11.8 * syllables/words - 15.59}.
 *
 * <p>Markup is stripped first: heading and list markers, link targets (the link text stays),
 * emphasis and code marks. Every paragraph, list item and heading ends a sentence, as do
 * {@code . ! ?}. Syllables are counted with a small heuristic, as no maintained Java library does it:
 * groups of vowels (a, e, i, o, u, y) in a word, less a silent final "e" (but not "-le" as in
 * "simple"), less "-es"/"-ed" endings that add no sound ("makes", "lifted" keeps its "-ed"), at least
 * one per word; a number counts as one word of one syllable. It counts a vowel pair said as two
 * syllables ("physio") as one, so it can score long words a little low; it errs the same way on
 * every page, and the test keeps a list of common words it must count right.
 */
public final class Readability {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

  private Readability() {}

  public record Score(int words, int sentences, int syllables) {
    public double grade() {
      if (words == 0 || sentences == 0) {
        return 0;
      }
      return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }
  }

  /** The score of a Markdown body (lines) plus any extra plain-text blocks such as the summary. */
  public static Score ofMarkdown(List<String> body, String... extra) {
    List<String> blocks = new ArrayList<>(List.of(extra));
    StringBuilder current = new StringBuilder();
    for (String raw : body) {
      String line = raw.strip();
      boolean starts = line.isEmpty() || line.startsWith("#") || line.matches("([-*+]|\\d+\\.)\\s.*")
          || line.startsWith("|") || line.startsWith(">");
      if (starts && current.length() > 0) {
        blocks.add(current.toString());
        current.setLength(0);
      }
      if (!line.isEmpty()) {
        current.append(current.length() > 0 ? " " : "").append(plain(line));
      }
    }
    if (current.length() > 0) {
      blocks.add(current.toString());
    }
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    for (String block : blocks) {
      for (String sentence : block.split("(?<=[.!?])[\"”’)]*\\s+")) {
        int before = words;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
          words++;
          syllables += syllables(m.group());
        }
        if (words > before) {
          sentences++;
        }
      }
    }
    return new Score(words, sentences, syllables);
  }

  static String plain(String line) {
    return line.replaceFirst("^#+\\s*", "")
        .replaceFirst("^([-*+]|\\d+\\.)\\s+", "")
        .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("<[^>]+>", "")
        .replaceAll("[*_`]", "");
  }

  /** Syllables of one word, by the heuristic above. */
  public static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("[’']", "");
    if (w.matches("[\\p{N}.,-]+")) {
      return 1;
    }
    int count = 0;
    for (String part : w.split("-")) {
      count += syllablesOfPart(part);
    }
    return Math.max(1, count);
  }

  private static int syllablesOfPart(String w) {
    if (w.isEmpty()) {
      return 0;
    }
    int n = 0;
    Matcher m = VOWELS.matcher(w);
    while (m.find()) {
      n++;
    }
    if (w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && n > 1) {
      n--; // silent e: "make", "ache"
    } else if (w.length() > 3 && w.matches(".*[^aeiouy](es|ed)") && n > 1
        && !w.matches(".*(ted|ded|ses|zes|ces|ges|shes|ches|xes|[^aeiouy]les)")) {
      n--; // "makes", "pulled" (but "lifted", "pushes", "boxes" keep theirs)
    }
    return Math.max(1, n);
  }
}
