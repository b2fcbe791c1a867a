package org.upperback.check;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text quoted in a message, made readable: characters a person cannot see (no-break and other
 * unusual spaces, zero-width characters, tabs, control characters) and characters that look like
 * the plain ones a field needs (curly quotes, dashes, full-width letters) are written out by code
 * point and name, such as «U+00A0 NO-BREAK SPACE». Otherwise a field name that starts with an invisible
 * byte-order mark reads "title" in the message and the editor cannot see what is wrong.
 */
public final class Visible {
  /** Quoted text longer than this is cut in the middle, so one message stays one readable line. */
  private static final int MAX = 80;

  private Visible() {}

  /** {@code "text"} with every invisible or look-alike character named. */
  public static String quote(String text) {
    return "\"" + show(cut(text), true) + "\"";
  }

  /**
   * {@code "text"} with only invisible characters named: for free text such as a title, where a
   * curly apostrophe is fine and naming it would only get in the way.
   */
  public static String quoteText(String text) {
    return "\"" + show(cut(text), false) + "\"";
  }

  /** The text with every invisible character named (for file names and other unquoted text). */
  public static String show(String text) {
    return show(text, false);
  }

  private static String show(String text, boolean lookAlikes) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (isInvisible(c) || lookAlikes && plain(c) != null) {
        out.append(name(c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Text longer than a message can show, cut in the middle. */
  public static String cut(String text) {
    if (text.codePointCount(0, text.length()) <= MAX) {
      return text;
    }
    int head = text.offsetByCodePoints(0, MAX / 2);
    int tail = text.offsetByCodePoints(text.length(), -MAX / 4);
    return text.substring(0, head) + " … " + text.substring(tail);
  }

  /** «U+00A0 NO-BREAK SPACE» */
  public static String name(int c) {
    String name = Character.getName(c);
    return String.format(Locale.ROOT, "«U+%04X%s»", c, name == null ? "" : " " + name);
  }

  /** A character nobody sees on screen, or that no page can hold. */
  public static boolean isInvisible(int c) {
    if (c == ' ') {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
      default -> false;
    };
  }

  /**
   * A control character that HTML, the feed (XML) and the search index cannot hold: everything
   * below U+0020 except tab, line feed and carriage return, DEL and the C1 controls, and the
   * Unicode non-characters.
   */
  public static boolean isForbidden(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= 0x7F && c <= 0x9F
        || c >= 0xFDD0 && c <= 0xFDEF
        || (c & 0xFFFE) == 0xFFFE
        || Character.getType(c) == Character.SURROGATE;
  }

  /**
   * The plain character this one stands in for where a field needs plain text (a space, ' " or -),
   * "" for a character to delete (zero-width), or null when the character is fine as it is.
   */
  public static String plain(int c) {
    if (c == '\t' || c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
      return " ";
    }
    switch (c) {
      case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x00B4:
        return "'";
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036:
        return "\"";
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63:
        return "-";
      case 0x2028, 0x2029:
        return " ";
      default:
        break;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return String.valueOf((char) (c - 0xFEE0)); // full-width forms of ASCII
    }
    if (Character.getType(c) == Character.FORMAT) {
      return "";
    }
    return null;
  }

  /** The text with every look-alike replaced by its plain character and zero-width ones removed. */
  public static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      String p = plain(c);
      if (p == null) {
        out.appendCodePoint(c);
      } else {
        out.append(p);
      }
    });
    return out.toString();
  }

  /**
   * What to do about the look-alikes in {@code text}, starting with "; ", or "" if it has none:
   * "; «U+2013 EN DASH» looks like - but is not: type a plain -".
   */
  public static String hint(String text) {
    Set<String> advice = new LinkedHashSet<>();
    text.codePoints().forEach(c -> {
      String p = plain(c);
      if (p != null) {
        advice.add(name(c) + (p.isEmpty() ? " is invisible: delete it"
            : p.equals(" ") ? " is not a plain space: type a plain space, or none"
            : " looks like " + p + " but is not: type a plain " + p));
      } else if (isInvisible(c)) {
        advice.add(name(c) + " is invisible: delete it");
      }
    });
    return advice.isEmpty() ? "" : "; " + String.join("; ", advice);
  }
}
