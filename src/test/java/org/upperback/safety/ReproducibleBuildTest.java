package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upperback.support.Bake;
import org.upperback.support.Site;

/** Same sources, same bytes: two clean builds of the same commit produce identical output. */
class ReproducibleBuildTest {

  @Test
  void twoCleanBuildsAreByteIdentical() throws Exception {
    Bake.Result first = Bake.site(Site.project().resolve("content"), "repro-1", Map.of());
    Thread.sleep(1100); // a build time stamp down to the second would now differ
    Bake.Result second = Bake.site(Site.project().resolve("content"), "repro-2", Map.of());
    List<Path> a = Site.files(first.output(), "");
    List<Path> b = Site.files(second.output(), "");
    assertEquals(a, b, "the two builds wrote different files");
    assertTrue(a.size() > 20, "too few files to compare: " + a.size());
    for (Path file : a) {
      assertTrue(Arrays.equals(Files.readAllBytes(first.output().resolve(file)), Files.readAllBytes(second.output().resolve(file))),
          file + " differs between two builds of the same sources");
    }
  }
}
