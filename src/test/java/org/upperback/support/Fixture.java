package org.upperback.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A test fixture: a few edits to the real project, so it keeps up with the content. A folder in
 * src/test/resources/fixtures holds expected.txt (the build's messages), optionally edits.txt, and
 * optionally files to add at their project path (each must be a path no real file has, and a
 * content file's name starts with {@value #PREFIX}, which no real content may take).
 *
 * <p>edits.txt, one instruction a line ({@code #} starts a comment):
 * <pre>
 * in content/exercises/row.md        the file the next lines change
 * replace: reps=10 to 12             text that occurs exactly once in it...
 * with: reps=lots                    ...and what it becomes
 * replace all: \n                    every occurrence (at least one)
 * with: \r\n
 * delete content/muscles/biceps.md   remove a file
 * copy content/exercises/row.md to content/exercises/zz-fixture-x.md
 * </pre>
 * Text is taken as written after ": ", with the escapes {@code \\ \n \r \t}, {@code \xHH} (a raw
 * byte, which need not be UTF-8) and a backslash then {@code u{HEX}} (a character by its code point).
 */
public final class Fixture {
  /** The start of every file name a fixture adds under content/. */
  public static final String PREFIX = "zz-fixture-";
  private static final List<String> OWN = List.of("expected.txt", "edits.txt");

  private Fixture() {}

  /** The files the fixture adds, by path relative to the project. */
  public static List<String> addedFiles(Path fixture) {
    try (Stream<Path> s = Files.walk(fixture)) {
      return s.filter(Files::isRegularFile).map(p -> Site.slashed(fixture.relativize(p)))
          .filter(p -> !OWN.contains(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file the fixture creates, added or copied, by path relative to the project. */
  public static List<String> newFiles(Path fixture) {
    List<String> files = new ArrayList<>(addedFiles(fixture));
    Path edits = fixture.resolve("edits.txt");
    try {
      if (Files.exists(edits)) {
        for (String line : Files.readAllLines(edits)) {
          if (line.startsWith("copy ") && line.contains(" to ")) {
            files.add(line.substring(line.indexOf(" to ") + 4).strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The build's expected messages, one a line; empty when the build must pass. */
  public static List<String> expected(Path fixture) {
    try {
      return Files.readAllLines(fixture.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Applies the fixture to {@code source}, a copy of the project. */
  public static void apply(Path fixture, Path source) {
    String name = fixture.getFileName().toString();
    for (String file : addedFiles(fixture)) {
      Bake.copyTree(fixture.resolve(file), source.resolve(file));
    }
    Path edits = fixture.resolve("edits.txt");
    if (!Files.exists(edits)) {
      return;
    }
    try {
      String file = null;
      byte[] find = null;
      boolean all = false;
      List<String> lines = Files.readAllLines(edits);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String at = name + "/edits.txt:" + (i + 1) + ": ";
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        } else if (line.startsWith("in ")) {
          file = line.substring(3).strip();
        } else if (line.startsWith("copy ") && line.contains(" to ")) {
          String to = line.substring(line.indexOf(" to ") + 4).strip();
          Files.copy(source.resolve(line.substring(5, line.indexOf(" to ")).strip()), source.resolve(to));
        } else if (line.startsWith("delete ")) {
          Files.delete(source.resolve(line.substring(7).strip()));
        } else if (line.startsWith("replace: ") || line.startsWith("replace all: ")) {
          all = line.startsWith("replace all: ");
          find = unescape(line.substring(line.indexOf(": ") + 2));
        } else if (line.startsWith("with: ") && file != null && find != null) {
          Path target = source.resolve(file);
          byte[] text = Files.readAllBytes(target);
          List<Integer> hits = occurrences(text, find);
          if (all ? hits.isEmpty() : hits.size() != 1) {
            throw new AssertionError(at + file + " holds the text to replace " + hits.size() + " times; expected "
                + (all ? "at least once" : "exactly once") + " (the real file changed: update the fixture)");
          }
          Files.write(target, replace(text, find, unescape(line.substring(6)), all ? hits : hits.subList(0, 1)));
          find = null;
        } else {
          throw new AssertionError(at + "expected in FILE, replace: TEXT, replace all: TEXT, with: TEXT, copy FILE to FILE or delete FILE");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Integer> occurrences(byte[] text, byte[] find) {
    List<Integer> hits = new ArrayList<>();
    outer:
    for (int i = 0; i + find.length <= text.length; i++) {
      for (int j = 0; j < find.length; j++) {
        if (text[i + j] != find[j]) {
          continue outer;
        }
      }
      hits.add(i);
      i += Math.max(find.length, 1) - 1;
    }
    return hits;
  }

  private static byte[] replace(byte[] text, byte[] find, byte[] with, List<Integer> at) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int from = 0;
    for (int hit : at) {
      out.write(text, from, hit - from);
      out.writeBytes(with);
      from = hit + find.length;
    }
    out.write(text, from, text.length - from);
    return out.toByteArray();
  }

  /** Recipe text to bytes: UTF-8, with the escapes listed above. */
  static byte[] unescape(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case 'x' -> {
          out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        case 'u' -> {
          int end = s.indexOf('}', i);
          out.writeBytes(Character.toString(Integer.parseInt(s.substring(i + 2, end), 16)).getBytes(StandardCharsets.UTF_8));
          i = end;
        }
        default -> out.writeBytes(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }
}
