package org.upperback.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A content file split the way JBake splits it: {@code key=value} header lines, {@code ~~~~~~}, body.
 * Where JBake would read the file differently from what its editor sees (a byte-order mark, another
 * encoding, a separator with spaces around it, a header line of spaces), this says so.
 */
public final class ContentFile {
  public static final String SEPARATOR = "~~~~~~";
  private static final String SAVE_AS_UTF8 = "save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8;"
      + " in VS Code: click the encoding in the status bar, Save with Encoding, UTF-8)";

  /** Path relative to the project, with forward slashes (content/exercises/row.md). */
  public final String path;
  /** Header fields in file order, and the 1-based line of each. */
  public final Map<String, String> fields = new LinkedHashMap<>();
  public final Map<String, Integer> lines = new LinkedHashMap<>();
  /** Body lines, and the 1-based line number of the first one. */
  public final List<String> body = new ArrayList<>();
  public int bodyStart;
  public final List<Problem> problems = new ArrayList<>();
  /**
   * Field names of header lines rejected for an invisible or look-alike character (a zero-width
   * space after "equipment"): that line has its message, so "equipment: missing" would only confuse.
   */
  public final Set<String> misspelt = new LinkedHashSet<>();
  /** The extension of the file JBake writes: .html unless jbake.properties gives the type another. */
  private String extension = ".html";

  private ContentFile(String path) {
    this.path = path;
  }

  /** Reads the file's bytes as JBake does (UTF-8), reporting bytes that are not UTF-8 instead of guessing. */
  public static ContentFile parse(String path, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      ContentFile f = new ContentFile(path);
      int at = in.position();
      f.problems.add(new Problem(path, lineOf(bytes, at), "file", "is not valid UTF-8: this line holds the byte "
          + String.format("0x%02X", bytes[at] & 0xFF) + windows1252(bytes[at])
          + ", so the file was probably saved in another encoding (such as Windows-1252 or \"ANSI\"); " + SAVE_AS_UTF8));
      return f;
    }
    return parse(path, out.flip().toString());
  }

  public static ContentFile parse(String path, String text) {
    ContentFile f = new ContentFile(path);
    if (text.startsWith("\uFEFF")) {
      f.problems.add(new Problem(path, 1, "file", "starts with a byte-order mark " + Visible.name(0xFEFF)
          + ", an invisible mark some Windows editors add; save the file as \"UTF-8\", not \"UTF-8 with BOM\""
          + " (in Notepad: File, Save as, Encoding: UTF-8; in VS Code: click \"UTF-8 with BOM\" in the status bar,"
          + " Save with Encoding, UTF-8)"));
      text = text.substring(1);
    }
    List<String> all = lines(text);
    if (all.stream().allMatch(String::isBlank)) {
      f.problems.add(new Problem(path, 0, "file", "is empty; a content file needs key=value header lines, then a line "
          + SEPARATOR + ", then the Markdown body (JBake skips an empty file without a word)"));
      return f;
    }
    f.findForbidden(all);
    if (all.get(0).trim().equals("---")) {
      f.problems.add(new Problem(path, 1, "header",
          "found YAML front matter (---), which JBake skips without a word; write key=value lines and end the header with "
              + SEPARATOR));
      return f;
    }
    // JBake looks for a line that is exactly the separator; one with spaces around it is body text.
    int sep = all.indexOf(SEPARATOR);
    if (sep < 0) {
      for (int i = 0; i < all.size(); i++) {
        if (Visible.plain(all.get(i)).trim().equals(SEPARATOR)) {
          f.problems.add(new Problem(path, i + 1, "header", "found " + Visible.quote(all.get(i))
              + "; the separator line must be exactly " + SEPARATOR + " with nothing before or after it"
              + " (JBake does not see it otherwise and drops the page)" + Visible.hint(all.get(i))));
          return f;
        }
      }
      f.problems.add(new Problem(path, 0, "header",
          "no header separator: expected key=value lines, then a line " + SEPARATOR + ", then the Markdown body"));
      return f;
    }
    for (int i = 0; i < sep; i++) {
      f.headerLine(all.get(i), i + 1);
    }
    f.bodyStart = sep + 2;
    f.body.addAll(all.subList(sep + 1, all.size()));
    return f;
  }

  private void headerLine(String line, int number) {
    if (line.isEmpty()) {
      return;
    }
    int eq = line.indexOf('=');
    if (eq < 0 && Visible.plain(line).isBlank()) {
      Set<String> names = new LinkedHashSet<>();
      line.codePoints().forEach(c -> names.add(Visible.name(c)));
      problems.add(new Problem(path, number, "header", "holds only invisible characters (" + String.join(", ", names)
          + "); JBake drops the whole page when a header line is neither empty nor key=value: make the line empty"));
      return;
    }
    if (eq <= 0) {
      String plain = Visible.plain(line);
      if (plain.indexOf('=') > 0) {
        misspelt.add(plain.substring(0, plain.indexOf('=')).trim());
      }
      problems.add(new Problem(path, number, "header", "found " + Visible.quote(line.trim())
          + "; expected a key=value line (JBake drops the whole page otherwise)" + Visible.hint(line)));
      return;
    }
    // JBake trims keys and values with String.trim(): spaces, tabs and control characters only.
    String key = line.substring(0, eq).trim();
    String value = line.substring(eq + 1).trim();
    if (!key.matches("[a-z][a-z0-9_-]*")) {
      misspelt.add(Visible.plain(key).trim());
      problems.add(new Problem(path, number, "header", "found field name " + Visible.quote(key)
          + "; expected lower-case letters, digits, - or _" + Visible.hint(key)));
      return;
    }
    if (fields.containsKey(key)) {
      problems.add(new Problem(path, number, key, "appears twice (first on line " + lines.get(key) + "); keep one"));
      return;
    }
    if (key.equals("type") && !line.trim().startsWith("type=")) {
      problems.add(new Problem(path, number, key, "found " + Visible.quote(line.trim())
          + "; write type= with nothing between type and = (JBake only sees a type on a line that starts with"
          + " type=, and drops the page otherwise)"));
    }
    if (value.startsWith("{") && value.endsWith("}")) {
      problems.add(new Problem(path, number, key, "found " + Visible.quote(value)
          + "; JBake reads a value that starts with { and ends with } as JSON data, not text: reword it"));
    }
    fields.put(key, value);
    lines.put(key, number);
  }

  /** Control characters no page, feed or search index can hold: the first line with one, and how many more. */
  private void findForbidden(List<String> all) {
    int first = -1;
    int more = 0;
    int found = 0;
    for (int i = 0; i < all.size(); i++) {
      int c = firstForbidden(all.get(i));
      if (c >= 0) {
        if (first < 0) {
          first = i;
          found = c;
        } else {
          more++;
        }
      }
    }
    if (first >= 0) {
      problems.add(new Problem(path, first + 1, "file", "holds the control character " + Visible.name(found)
          + ", which a web page, the feed and the search index cannot hold; delete it"
          + (more == 0 ? "" : more == 1 ? " (1 more line holds one)" : " (" + more + " more lines hold one)")));
    }
  }

  private static int firstForbidden(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      // Fast path: printable ASCII and tab.
      if (c >= 0x20 && c < 0x7F || c == '\t') {
        continue;
      }
      int cp = line.codePointAt(i);
      if (Visible.isForbidden(cp)) {
        return cp;
      }
      i += Character.charCount(cp) - 1;
    }
    return -1;
  }

  /** Lines as JBake reads them (java.io.BufferedReader): split at \r\n, \n or a lone \r. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start)); // a final line break ends the last line, it does not start another
    }
    return lines;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
      }
    }
    return line;
  }

  /** " (in Windows-1252 that byte is ...)", the character the editor most likely typed, if there is one. */
  private static String windows1252(byte b) {
    if (!Charset.isSupported("windows-1252")) {
      return "";
    }
    String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
    return c.codePointAt(0) < 0xA0 && c.codePointAt(0) >= 0x80 || c.equals("\uFFFD") ? ""
        : " (in Windows-1252 that byte is " + Visible.quoteText(c) + ")";
  }

  public String get(String key) {
    return fields.getOrDefault(key, "");
  }

  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  /** The page JBake writes for this file, relative to the output folder. */
  public String outputPath() {
    String rel = path.startsWith("content/") ? path.substring("content/".length()) : path;
    int dot = rel.lastIndexOf('.');
    return (dot > rel.lastIndexOf('/') ? rel.substring(0, dot) : rel) + extension;
  }

  /** Where JBake writes this file while its status is draft (name-draft.html). */
  public String draftPath() {
    String page = outputPath();
    return page.substring(0, page.length() - extension.length()) + "-draft" + extension;
  }

  /** The file becomes an HTML page (not a file of another kind, such as exercises.json). */
  public boolean isPage() {
    return extension.equals(".html");
  }

  /** Sets the output extension from jbake.properties (template.TYPE.extension; .html when unset). */
  ContentFile withExtensions(Map<String, String> extensions) {
    extension = extensions.getOrDefault(get("type"), ".html");
    return this;
  }

  public boolean published() {
    return "published".equals(get("status"));
  }
}
