package org.upperback.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A build step of its own, run by Maven after the drafts are removed ({@code SITE}): names the
 * service worker's cache after a checksum of every published file (pages, CSS, JS, images, data),
 * so a deploy that changes any of them, even only a stylesheet or a picture, gets a new cache and
 * offline readers never mix old and new files. JBake gives templates no checksum of assets, so
 * templates/sw.ftl writes a placeholder and this replaces it.
 */
public final class CacheVersion {
  static final Pattern CACHE = Pattern.compile("var CACHE = \"ub-[^\"]*\";");

  private CacheVersion() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CacheVersion SITE");
    }
    System.out.println("[upper-back] service worker cache: " + stamp(Path.of(args[0])));
  }

  /** Writes the cache name into SITE/sw.js and returns it. */
  public static String stamp(Path site) {
    Path sw = site.resolve("sw.js");
    try {
      String script = Files.readString(sw);
      Matcher m = CACHE.matcher(script);
      if (!m.find() || m.find()) {
        throw new IllegalStateException(sw + ": expected one line var CACHE = \"ub-...\"; (written by templates/sw.ftl)");
      }
      String name = "ub-" + checksum(site, sw);
      Files.writeString(sw, CACHE.matcher(script).replaceFirst(Matcher.quoteReplacement("var CACHE = \"" + name + "\";")));
      return name;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 over every file's path and bytes, in path order, but the service worker's own. */
  private static String checksum(Path site, Path sw) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(site)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.equals(sw)).sorted().toList();
    }
    for (Path p : files) {
      digest.update(site.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(p));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 8);
  }
}
