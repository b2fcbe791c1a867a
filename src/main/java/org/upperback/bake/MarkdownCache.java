package org.upperback.bake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Markdown bodies converted by an earlier bake, kept in one file between bakes, so a bake converts
 * only the bodies that changed. Editors rebuild after changing one page or a few: at 5000 pages
 * converting every body was the largest single cost of a build (a quarter of its CPU time), and
 * finding the words of each for the search index another tenth. An entry holds both.
 *
 * <p>An entry is found by the SHA-256 of the body's text, and the file records the version of
 * everything else the HTML depends on ({@link CachedMarkdownEngine#version}): the flexmark jar, the
 * {@code markdown.extensions} and this format. A file from another version, or one that cannot be
 * read, is ignored and written anew. Only the bodies of the latest bake are kept, so the file does
 * not grow with old versions of pages. It is written to a temporary file first and then moved into
 * place, so a build stopped half-way never leaves half a file.
 *
 * <p>The folder is the JBake setting {@value #FOLDER} (pom.xml sets it to target/markdown-cache,
 * so {@code mvn clean} empties it); without it nothing is kept between bakes.
 */
final class MarkdownCache {
  static final String FOLDER = "upperback.markdown.cache";
  static final String FILE = "markdown.bin";
  private static final String FORMAT = "upper-back markdown cache 1";

  private final Path file;
  private final String version;
  /** A body's HTML and its search words ({@link Ordered#searchWords}). */
  record Converted(String html, String words) {}

  private volatile Map<ByteBuffer, byte[][]> previous; // read on first use, off the bake's main thread
  private final Map<ByteBuffer, byte[][]> current = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger conversions = new AtomicInteger();

  /** {@code folder} null: a cache for this bake only that keeps nothing. */
  MarkdownCache(Path folder, String version) {
    this.file = folder == null ? null : folder.resolve(FILE);
    this.version = version;
  }

  /** The HTML and words of {@code markdown}: stored, or made with {@code toHtml} (and then stored). */
  Converted get(String markdown, UnaryOperator<String> toHtml) {
    if (file == null) {
      return convert(markdown, toHtml);
    }
    ByteBuffer key = key(markdown);
    byte[][] stored = current.get(key);
    if (stored == null) {
      stored = loaded().remove(key);
      if (stored != null) {
        current.put(key, stored);
      }
    }
    if (stored != null) {
      hits.incrementAndGet();
      return new Converted(new String(stored[0], StandardCharsets.UTF_8), new String(stored[1], StandardCharsets.UTF_8));
    }
    Converted c = convert(markdown, toHtml);
    current.put(key, new byte[][] {c.html().getBytes(StandardCharsets.UTF_8), c.words().getBytes(StandardCharsets.UTF_8)});
    return c;
  }

  private Converted convert(String markdown, UnaryOperator<String> toHtml) {
    conversions.incrementAndGet();
    String html = toHtml.apply(markdown);
    return new Converted(html, Ordered.searchWords(html));
  }

  int hits() {
    return hits.get();
  }

  int conversions() {
    return conversions.get();
  }

  /**
   * Writes the bodies of this bake, unless the file already holds exactly those. Never fails a
   * build: a cache that cannot be written only means the next bake converts everything again.
   */
  void save() throws IOException {
    if (file == null || (conversions.get() == 0 && loaded().isEmpty())) {
      return;
    }
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
    try {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        out.writeUTF(FORMAT);
        out.writeUTF(version);
        Map<ByteBuffer, byte[][]> entries = new HashMap<>(current);
        out.writeInt(entries.size());
        for (Map.Entry<ByteBuffer, byte[][]> e : entries.entrySet()) {
          out.write(e.getKey().array());
          for (byte[] part : e.getValue()) {
            out.writeInt(part.length);
            out.write(part);
          }
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Map<ByteBuffer, byte[][]> loaded() {
    Map<ByteBuffer, byte[][]> p = previous;
    if (p == null) {
      synchronized (this) {
        if (previous == null) {
          previous = read();
        }
        p = previous;
      }
    }
    return p;
  }

  /** The entries of the file, or none if there is no file or it is of another version or damaged. */
  private Map<ByteBuffer, byte[][]> read() {
    Map<ByteBuffer, byte[][]> out = new ConcurrentHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!FORMAT.equals(in.readUTF()) || !version.equals(in.readUTF())) {
        return out;
      }
      for (int n = in.readInt(); n > 0; n--) {
        byte[] key = new byte[32];
        in.readFully(key);
        byte[][] parts = new byte[2][];
        for (int i = 0; i < parts.length; i++) {
          int length = in.readInt();
          if (length < 0 || length > 64 << 20) {
            return new ConcurrentHashMap<>(); // damaged
          }
          parts[i] = new byte[length];
          in.readFully(parts[i]);
        }
        out.put(ByteBuffer.wrap(key), parts);
      }
      return in.read() == -1 ? out : new ConcurrentHashMap<>();
    } catch (IOException | RuntimeException e) {
      return new ConcurrentHashMap<>(); // truncated or unreadable: start again
    }
  }

  static ByteBuffer key(String markdown) {
    try {
      return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(markdown.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
