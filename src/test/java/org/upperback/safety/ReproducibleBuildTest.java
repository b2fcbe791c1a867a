package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upperback.check.OutputCheck;
import org.upperback.check.CacheVersion;
import org.upperback.check.RemoveDrafts;
import org.upperback.support.Bake;
import org.upperback.support.Site;

/**
 * Same sources, same bytes: a clean build of the same commit reproduces the site the build made
 * (target/website, written by the Maven plugin in another JVM) file for file, byte for byte.
 */
class ReproducibleBuildTest {

  @Test
  void aSecondCleanBuildIsByteIdentical() throws Exception {
    Path site = Site.dir();
    List<Path> a = Site.files(site, "");
    // A time stamp down to the second must differ between the two builds to be caught.
    long newest = 0;
    for (Path f : a) {
      newest = Math.max(newest, Files.getLastModifiedTime(site.resolve(f)).toMillis());
    }
    long wait = newest + 1100 - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    Bake.Result again = Bake.site(Site.project().resolve("content"), "repro", Map.of());
    RemoveDrafts.remove(again.source(), again.output());
    CacheVersion.stamp(again.output());
    List<Path> b = Site.files(again.output(), "");
    assertEquals(a, b, "the two builds wrote different files");
    assertTrue(a.size() > 20, "too few files to compare: " + a.size());
    for (Path file : a) {
      assertTrue(Arrays.equals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(again.output().resolve(file))),
          file + " differs between two builds of the same sources");
    }
  }
}
