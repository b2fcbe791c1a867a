package org.upperback.check;

/**
 * One thing wrong with the input or the output, printed as one line:
 * {@code file:line: field: message}. Line 0 means the whole file.
 */
public record Problem(String file, int line, String field, String message) implements Comparable<Problem> {

  @Override
  public String toString() {
    // A file name can hold invisible characters too (a no-break space typed into it).
    StringBuilder s = new StringBuilder(Visible.show(file));
    if (line > 0) {
      s.append(':').append(line);
    }
    s.append(": ");
    if (field != null && !field.isEmpty()) {
      s.append(Visible.show(Visible.cut(field))).append(": ");
    }
    return s.append(message).toString();
  }

  @Override
  public int compareTo(Problem o) {
    int c = file.compareTo(o.file);
    return c != 0 ? c : Integer.compare(line, o.line);
  }
}
