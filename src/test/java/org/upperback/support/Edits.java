package org.upperback.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

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
  public static Arbitrary<Edit> any() {
    Arbitrary<Integer> line = Arbitraries.integers().between(0, 300);
    Arbitrary<Integer> column = Arbitraries.integers().between(0, 120);
    return Arbitraries.oneOf(
        line.map(DeleteLine::new),
        line.map(DuplicateLine::new),
        Combinators.combine(line, line).as(SwapLines::new),
        Combinators.combine(line, column).as(TruncateLine::new),
        Combinators.combine(line, column, text()).as(Insert::new),
        Combinators.combine(line, column, invalidUtf8()).as(InsertBytes::new),
        separators().map(ReplaceSeparator::new),
        Combinators.combine(line, text()).as(ReplaceValue::new),
        Arbitraries.just(new EmptyFile()),
        Arbitraries.of("\r\n", "\r", "\n").map(LineEndings::new));
  }

  /**
   * Edits of the body only: new lines of markup, scripts, template syntax, links to pages that do not
   * exist, any printable characters or a very long line, and duplicated lines. They keep the content
   * check passing, so the site is baked and what is published can be looked at.
   */
  public static Arbitrary<Edit> body(int firstBodyLine, int lines) {
    // Never wraps around: line numbers stay in the body.
    Arbitrary<Integer> line = Arbitraries.integers().between(firstBodyLine, Math.max(firstBodyLine, lines - 1));
    Arbitrary<String> text = Arbitraries.oneOf(hostile(), printable(), longLine());
    return Arbitraries.oneOf(
        Combinators.combine(line, text).as((at, t) -> new Insert(at, 0, t + "\n")),
        line.map(DuplicateLine::new));
  }

  /** Text of every kind: any characters, control characters, look-alikes, very long lines, markup. */
  public static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').withCharRange('\u007F', '\u009F').ofMinLength(1).ofMaxLength(4),
        Arbitraries.of("\u00A0", "\u200B", "\uFEFF", "\t", "\u2013", "\u2014", "\u2019", "\u201C", "\uFF1D", "\u2028",
            "\u3000", "\uD83D\uDE00", "\uD800", "=", ",", "~~~~~~", "---", "#", "## ", "\n", "\r"),
        hostile(),
        longLine());
  }

  /** Markup and template syntax an editor might paste, and links to nowhere. */
  public static Arbitrary<String> hostile() {
    return Arbitraries.of(
        "<script>alert(1)</script>", "<SCRIPT src=x.js></SCRIPT>", "<b onclick=\"alert(1)\">x</b>",
        "<img src=x onerror=alert(1)>", "[gone](../exercises/nope.html)", "[here](#nowhere)", "<a href=\"/tips/\">x</a>",
        "${content.title}", "<#include \"/etc/passwd\">", "[#ftl]", "<!--", "]]>", "{\"a\":1}", "&amp; &lt; &", "`<script>`",
        "<iframe src=\"https://example.org\"></iframe>", "[x](javascript:alert(1))", "<style>body{}</style>");
  }

  private static Arbitrary<String> printable() {
    // Any characters but the control characters the check rejects, and no line breaks.
    return Arbitraries.strings().all().ofMaxLength(30).map(s -> s.codePoints()
        .map(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0xD800 && c <= 0xDFFF || c >= 0xFFFE
            || c >= 0xFDD0 && c <= 0xFDEF || c == 0x2028 || c == 0x2029 ? 'x' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
  }

  private static Arbitrary<String> longLine() {
    return Combinators.combine(Arbitraries.of("a", "word ", "\u00E9", "\uD83D\uDE00", "=", "~"), Arbitraries.integers().between(500, 60_000))
        .as(String::repeat);
  }

  private static Arbitrary<byte[]> invalidUtf8() {
    return Arbitraries.bytes().between((byte) -128, (byte) -1).array(byte[].class).ofMinSize(1).ofMaxSize(3);
  }

  private static Arbitrary<String> separators() {
    return Arbitraries.of("", "~~~~~", "~~~~~~~", " ~~~~~~", "~~~~~~ ", "~~~~~~\t", "---", "\u00A0~~~~~~", "\uFEFF~~~~~~",
        "~~~ ~~~", "title=x");
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
