package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown cache hands out what converting would give, and only that. */
class MarkdownCacheTest {
  private static final UnaryOperator<String> HTML = md -> "<p>" + md.strip() + " Ünïcode</p>\n";
  private static final UnaryOperator<String> NEVER = md -> {
    throw new AssertionError("converted although it is in the cache: " + md);
  };

  private static MarkdownCache.Converted converted(String md) {
    String html = HTML.apply(md);
    return new MarkdownCache.Converted(html, Ordered.searchWords(html));
  }

  @Test
  void withoutAFolderEveryBodyIsConvertedAndNothingKept(@TempDir Path dir) throws Exception {
    MarkdownCache cache = new MarkdownCache(null, "v");
    assertEquals(converted("a b"), cache.get("a b", HTML));
    assertEquals(converted("a b"), cache.get("a b", HTML));
    assertEquals(2, cache.conversions());
    cache.save();
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void theNextBakeLooksUpWhatThisOneConverted(@TempDir Path dir) throws Exception {
    MarkdownCache first = new MarkdownCache(dir, "v");
    assertEquals(converted("Row well"), first.get("Row well", HTML));
    assertEquals(converted("Fly"), first.get("Fly", HTML));
    first.save();

    MarkdownCache second = new MarkdownCache(dir, "v");
    assertEquals(converted("Row well"), second.get("Row well", NEVER));
    assertEquals(converted("Fly"), second.get("Fly", NEVER));
    assertEquals(2, second.hits());
    assertEquals(0, second.conversions());
  }

  /** A bake of {@code body} with version {@code v}, saved; then the next bake's cache. */
  private static MarkdownCache afterBakeOf(Path dir, String v, String body, String nextVersion) throws Exception {
    MarkdownCache first = new MarkdownCache(dir, v);
    first.get(body, HTML);
    first.save();
    return new MarkdownCache(dir, nextVersion);
  }

  @Test
  void aChangedBodyIsConvertedAgain(@TempDir Path dir) throws Exception {
    MarkdownCache second = afterBakeOf(dir, "v", "Row well", "v");
    assertEquals(converted("Row well."), second.get("Row well.", HTML));
    assertEquals(1, second.conversions());
  }

  @Test
  void anotherVersionIgnoresTheFile(@TempDir Path dir) throws Exception {
    MarkdownCache other = afterBakeOf(dir, "flexmark-1.jar TABLES", "Row", "flexmark-2.jar TABLES");
    UnaryOperator<String> newer = md -> "<p>newer " + md + "</p>";
    assertEquals("<p>newer Row</p>", other.get("Row", newer).html());
    assertEquals(1, other.conversions());
  }

  @Test
  void onlyTheLatestBakesBodiesAreKept(@TempDir Path dir) throws Exception {
    MarkdownCache first = new MarkdownCache(dir, "v");
    first.get("old", HTML);
    first.get("kept", HTML);
    first.save();
    MarkdownCache second = new MarkdownCache(dir, "v");
    second.get("kept", NEVER);
    second.save();
    MarkdownCache third = new MarkdownCache(dir, "v");
    third.get("kept", NEVER);
    assertEquals(converted("old"), third.get("old", HTML));
    assertEquals(1, third.conversions(), "a body the bake before did not use was still kept");
  }

  @Test
  void aBakeThatChangedNothingDoesNotRewriteTheFile(@TempDir Path dir) throws Exception {
    MarkdownCache first = new MarkdownCache(dir, "v");
    first.get("a", HTML);
    first.save();
    Path file = dir.resolve(MarkdownCache.FILE);
    FileTime old = FileTime.fromMillis(0);
    Files.setLastModifiedTime(file, old);
    MarkdownCache second = new MarkdownCache(dir, "v");
    second.get("a", NEVER);
    second.save();
    assertEquals(old, Files.getLastModifiedTime(file));
  }

  @Test
  void aDamagedFileIsIgnoredAndWrittenAnew(@TempDir Path dir) throws Exception {
    MarkdownCache first = new MarkdownCache(dir, "v");
    for (int i = 0; i < 20; i++) {
      first.get("body " + i, HTML);
    }
    first.save();
    Path file = dir.resolve(MarkdownCache.FILE);
    byte[] whole = Files.readAllBytes(file);
    for (byte[] damaged : new byte[][] {Arrays.copyOf(whole, whole.length / 2), Arrays.copyOf(whole, whole.length + 1),
        "not a cache".getBytes(), new byte[0]}) {
      Files.write(file, damaged);
      MarkdownCache again = new MarkdownCache(dir, "v");
      assertEquals(converted("body 3"), again.get("body 3", HTML));
      assertEquals(1, again.conversions());
      again.save();
      assertEquals(converted("body 3"), new MarkdownCache(dir, "v").get("body 3", NEVER));
    }
    try (var files = Files.list(dir)) {
      assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "a temporary file was left behind");
    }
  }

  @Test
  void theSameBodyTwiceInOneBakeIsConvertedOnce(@TempDir Path dir) {
    MarkdownCache cache = new MarkdownCache(dir, "v");
    cache.get("same", HTML);
    assertEquals(converted("same"), cache.get("same", NEVER));
    assertTrue(cache.hits() == 1 && cache.conversions() == 1);
  }
}
