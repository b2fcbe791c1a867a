package org.upperback.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random edits of a content file, as an editor (or a broken editor, or a bad copy and paste) might
 * make them: on lines, on characters and on raw bytes. Each edit prints what it does, so a failing
 * case reads as a recipe; line and column numbers wrap around the file's size when applied.
 */
public final class Edits {
  private Edits() {}

  /** One change to a file's lines (split on \n, so a \r stays part of its line, as in the file). */
  public interface Edit {
    void apply(List<byte[]> lines);
  }

  /** Applies the edits to a file's bytes. */
  public static byte[] apply(byte[] file, List<Edit> edits) {
    List<byte[]> lines = split(file);
    edits.forEach(e -> e.apply(lines));
    return join(lines);
  }

  public record DeleteLine(int at) implements Edit {
    public void apply(List<byte[]> lines) {
      if (!lines.isEmpty()) {
        lines.remove(at % lines.size());
      }
    }
  }

  public record DuplicateLine(int at) implements Edit {
    public void apply(List<byte[]> lines) {
      if (!lines.isEmpty()) {
        lines.add(at % lines.size(), lines.get(at % lines.size()));
      }
    }
  }

  public record SwapLines(int a, int b) implements Edit {
    public void apply(List<byte[]> lines) {
      if (!lines.isEmpty()) {
        java.util.Collections.swap(lines, a % lines.size(), b % lines.size());
      }
    }
  }

  /** Cuts a line after {@code keep} bytes, possibly in the middle of a character. */
  public record TruncateLine(int at, int keep) implements Edit {
    public void apply(List<byte[]> lines) {
      if (!lines.isEmpty()) {
        byte[] line = lines.get(at % lines.size());
        lines.set(at % lines.size(), java.util.Arrays.copyOf(line, Math.min(keep, line.length)));
      }
    }
  }

  /** Inserts text (UTF-8) into a line at a byte column, possibly in the middle of a character. */
  public record Insert(int at, int column, String text) implements Edit {
    public void apply(List<byte[]> lines) {
      insert(lines, at, column, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      String shown = text.length() > 60 ? text.substring(0, 30) + "…(" + text.length() + " chars)" : text;
      StringBuilder out = new StringBuilder();
      shown.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u{%X}", c) : Character.toString(c)));
      return "Insert[at=" + at + ", column=" + column + ", text=" + out + "]";
    }
  }

  /** Inserts raw bytes, which need not be UTF-8. */
  public record InsertBytes(int at, int column, byte[] bytes) implements Edit {
    public void apply(List<byte[]> lines) {
      insert(lines, at, column, bytes);
    }

    @Override
    public String toString() {
      return "InsertBytes[at=" + at + ", column=" + column + ", bytes=" + HexFormat.of().formatHex(bytes) + "]";
    }
  }

  /** Replaces the first line that is exactly ~~~~~~ (if any). */
  public record ReplaceSeparator(String with) implements Edit {
    public void apply(List<byte[]> lines) {
      for (int i = 0; i < lines.size(); i++) {
        String line = new String(lines.get(i), StandardCharsets.UTF_8);
        if (line.equals("~~~~~~") || line.equals("~~~~~~\r")) {
          lines.set(i, with.getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
    }
  }

  /** Replaces what follows the first = of a line (a header value, in the header). */
  public record ReplaceValue(int at, String value) implements Edit {
    public void apply(List<byte[]> lines) {
      if (!lines.isEmpty()) {
        String line = new String(lines.get(at % lines.size()), StandardCharsets.UTF_8);
        int eq = line.indexOf('=');
        lines.set(at % lines.size(), ((eq < 0 ? line : line.substring(0, eq + 1)) + value).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  public record EmptyFile() implements Edit {
    public void apply(List<byte[]> lines) {
      lines.clear();
    }
  }

  /** Ends every line with \r\n, or a lone \r, or \n again (the file becomes one "line" for later edits). */
  public record LineEndings(String ending) implements Edit {
    public void apply(List<byte[]> lines) {
      String text = new String(join(lines), StandardCharsets.ISO_8859_1).replace("\r", "").replace("\n", ending);
      lines.clear();
      lines.add(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public String toString() {
      return "LineEndings[" + ending.replace("\r", "\\r").replace("\n", "\\n") + "]";
    }
  }

  /** Any edit of a whole content file, from harmless to hostile. */
  public static Edit any(Random r) {
    int line = r.nextInt(301);
    int column = r.nextInt(121);
    return switch (r.nextInt(10)) {
      case 0 -> new DeleteLine(line);
      case 1 -> new DuplicateLine(line);
      case 2 -> new SwapLines(line, r.nextInt(301));
      case 3 -> new TruncateLine(line, column);
      case 4 -> new Insert(line, column, text(r));
      case 5 -> new InsertBytes(line, column, invalidUtf8(r));
      case 6 -> new ReplaceSeparator(pick(r, SEPARATORS));
      case 7 -> new ReplaceValue(line, text(r));
      case 8 -> new EmptyFile();
      default -> new LineEndings(pick(r, List.of("\r\n", "\r", "\n")));
    };
  }

  /** One to {@code max} edits from {@code edit}. */
  public static List<Edit> some(Random r, int max, Function<Random, Edit> edit) {
    List<Edit> edits = new ArrayList<>();
    for (int n = 1 + r.nextInt(max); n > 0; n--) {
      edits.add(edit.apply(r));
    }
    return edits;
  }

  /**
   * Edits of the body only: new lines of markup, scripts, template syntax, links to pages that do not
   * exist, any printable characters or a very long line, and duplicated lines. They keep the content
   * check passing, so the site is baked and what is published can be looked at.
   */
  public static Edit body(Random r, int firstBodyLine, int lines) {
    // Never wraps around: line numbers stay in the body.
    int line = firstBodyLine + r.nextInt(Math.max(1, lines - firstBodyLine));
    if (r.nextBoolean()) {
      return new DuplicateLine(line);
    }
    String text = switch (r.nextInt(3)) {
      case 0 -> pick(r, HOSTILE);
      case 1 -> printable(r);
      default -> longLine(r);
    };
    return new Insert(line, 0, text + "\n");
  }

  /** Text of every kind: any characters, control characters, look-alikes, very long lines, markup. */
  public static String text(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> anyString(r, 0, 12);
      case 1 -> {
        StringBuilder out = new StringBuilder();
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
          int c = r.nextInt(32 + 33);
          out.append((char) (c < 32 ? c : 0x7F + c - 32));
        }
        yield out.toString();
      }
      case 2 -> pick(r, ODD);
      case 3 -> pick(r, HOSTILE);
      default -> longLine(r);
    };
  }

  /** Any UTF-16 units, lone surrogates included, from {@code min} to {@code max} of them. */
  public static String anyString(Random r, int min, int max) {
    StringBuilder out = new StringBuilder();
    for (int n = min + r.nextInt(max - min + 1); n > 0; n--) {
      // Mostly ASCII and Latin, sometimes anywhere in the BMP (surrogates included).
      out.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x10000) : r.nextInt(0x250)));
    }
    return out.toString();
  }

  /** One of the values, chosen by {@code r}. */
  public static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static final List<String> ODD = List.of("\u00A0", "\u200B", "\uFEFF", "\t", "\u2013", "\u2014", "\u2019",
      "\u201C", "\uFF1D", "\u2028", "\u3000", "\uD83D\uDE00", "\uD800", "=", ",", "~~~~~~", "---", "#", "## ", "\n", "\r");

  /** Markup and template syntax an editor might paste, and links to nowhere. */
  private static final List<String> HOSTILE = List.of(
      "<script>alert(1)</script>", "<SCRIPT src=x.js></SCRIPT>", "<b onclick=\"alert(1)\">x</b>",
      "<img src=x onerror=alert(1)>", "[gone](../exercises/nope.html)", "[here](#nowhere)", "<a href=\"/tips/\">x</a>",
      "${content.title}", "<#include \"/etc/passwd\">", "[#ftl]", "<!--", "]]>", "{\"a\":1}", "&amp; &lt; &", "`<script>`",
      "<iframe src=\"https://example.org\"></iframe>", "[x](javascript:alert(1))", "<style>body{}</style>");

  private static final List<String> SEPARATORS = List.of("", "~~~~~", "~~~~~~~", " ~~~~~~", "~~~~~~ ", "~~~~~~\t", "---",
      "\u00A0~~~~~~", "\uFEFF~~~~~~", "~~~ ~~~", "title=x");

  private static String printable(Random r) {
    // Any characters but the control characters the check rejects, and no line breaks.
    return anyString(r, 0, 30).codePoints()
        .map(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE
            || c >= 0xFDD0 && c <= 0xFDEF || c == 0x2028 || c == 0x2029 ? 'x' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
  }

  private static String longLine(Random r) {
    return pick(r, List.of("a", "word ", "\u00E9", "\uD83D\uDE00", "=", "~")).repeat(500 + r.nextInt(60_000 - 500 + 1));
  }

  private static byte[] invalidUtf8(Random r) {
    byte[] bytes = new byte[1 + r.nextInt(3)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (-128 + r.nextInt(128));
    }
    return bytes;
  }

  static List<byte[]> split(byte[] file) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= file.length; i++) {
      if (i == file.length || file[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(file, start, i));
        start = i + 1;
      }
    }
    return lines;
  }

  static byte[] join(List<byte[]> lines) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      out.writeBytes(lines.get(i));
      if (i < lines.size() - 1) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  private static void insert(List<byte[]> lines, int at, int column, byte[] bytes) {
    if (lines.isEmpty()) {
      lines.add(new byte[0]);
    }
    byte[] line = lines.get(at % lines.size());
    int col = Math.min(column, line.length);
    byte[] out = new byte[line.length + bytes.length];
    System.arraycopy(line, 0, out, 0, col);
    System.arraycopy(bytes, 0, out, col, bytes.length);
    System.arraycopy(line, col, out, col + bytes.length, line.length - col);
    lines.set(at % lines.size(), out);
  }
}
