package org.upperback.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A content file split the way JBake splits it: {@code key=value} header lines, {@code ~~~~~~}, body. */
public final class ContentFile {
  public static final String SEPARATOR = "~~~~~~";

  /** Path relative to the project, with forward slashes (content/exercises/row.md). */
  public final String path;
  /** Header fields in file order, and the 1-based line of each. */
  public final Map<String, String> fields = new LinkedHashMap<>();
  public final Map<String, Integer> lines = new LinkedHashMap<>();
  /** Body lines, and the 1-based line number of the first one. */
  public final List<String> body = new ArrayList<>();
  public int bodyStart;
  public final List<Problem> problems = new ArrayList<>();

  private ContentFile(String path) {
    this.path = path;
  }

  public static ContentFile parse(String path, String text) {
    ContentFile f = new ContentFile(path);
    String[] all = text.replace("\r\n", "\n").split("\n", -1);
    if (all.length > 0 && all[0].strip().equals("---")) {
      f.problems.add(new Problem(path, 1, "header",
          "found YAML front matter (---), which JBake skips without a word; write key=value lines and end the header with "
              + SEPARATOR));
      return f;
    }
    int sep = -1;
    for (int i = 0; i < all.length; i++) {
      if (all[i].strip().equals(SEPARATOR)) {
        sep = i;
        break;
      }
    }
    if (sep < 0) {
      f.problems.add(new Problem(path, 0, "header",
          "no header separator: expected key=value lines, then a line " + SEPARATOR + ", then the Markdown body"));
      return f;
    }
    for (int i = 0; i < sep; i++) {
      String line = all[i];
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        f.problems.add(new Problem(path, i + 1, "header",
            "found \"" + line.strip() + "\"; expected a key=value line (JBake drops the whole page otherwise)"));
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (!key.matches("[a-z][a-z0-9_-]*")) {
        f.problems.add(new Problem(path, i + 1, "header",
            "found field name \"" + key + "\"; expected lower-case letters, digits, - or _"));
        continue;
      }
      if (f.fields.containsKey(key)) {
        f.problems.add(new Problem(path, i + 1, key, "appears twice (first on line " + f.lines.get(key) + "); keep one"));
        continue;
      }
      f.fields.put(key, value);
      f.lines.put(key, i + 1);
    }
    f.bodyStart = sep + 2;
    for (int i = sep + 1; i < all.length; i++) {
      f.body.add(all[i]);
    }
    return f;
  }

  public String get(String key) {
    return fields.getOrDefault(key, "");
  }

  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  /** The page JBake writes for this file, relative to the output folder. */
  public String outputPath() {
    String rel = path.substring("content/".length());
    return rel.substring(0, rel.lastIndexOf('.')) + ".html";
  }

  public boolean published() {
    return "published".equals(get("status"));
  }
}
