package org.upperback.budget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.upperback.support.Site;

/** The routine scripts and the service worker together stay under 10 KB gzipped. */
class RoutineScriptBudgetTest {
  static final long GZIP_BUDGET = 10 * 1024;

  static long gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.size();
  }

  @Test
  void routineScriptAndServiceWorkerFitTheBudget() throws IOException {
    long total = 0;
    for (String file : new String[] {"js/routine.js", "js/routine-page.js", "sw.js"}) {
      total += gzip(Files.readAllBytes(Site.dir().resolve(file)));
    }
    assertTrue(total <= GZIP_BUDGET, "js/routine.js + js/routine-page.js + sw.js weigh " + total + " bytes gzipped (budget " + GZIP_BUDGET + ")");
  }
}
