package org.upperback.routine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.upperback.support.Site;

/**
 * The QR code library of the printed routine (assets/js/vendor/qrcode-generator.min.js; its pins are
 * checked with every vendored library in plumbing/VendoredLibrariesTest) loads only when the reader
 * prints or shares: no page names it, and it is saved for offline use.
 */
class QrLibraryTest {
  static final Path VENDOR = Site.project().resolve("assets/js/vendor");

  static Properties manifest() throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(VENDOR.resolve("qrcode-generator.manifest"))));
    return p;
  }

  @Test
  void theRoutineImportsThePinnedFileOnUseOnly() throws Exception {
    String file = manifest().getProperty("file");
    assertTrue(Site.read(Site.dir().resolve("js/routine-page.js")).contains("import(\"./vendor/" + file + "\")"),
        "js/routine-page.js loads the vendored library with a dynamic import");
    assertTrue(Files.isRegularFile(Site.dir().resolve("js/vendor/" + file)), "the library is copied to the site");
    try (Stream<Path> files = Files.walk(Site.dir())) {
      List<Path> naming = files.filter(p -> p.toString().endsWith(".html")).filter(p -> Site.read(p).contains(file)).toList();
      assertTrue(naming.isEmpty(), "no page loads the QR library up front: " + naming);
    }
    List<String> offline = Files.readAllLines(Site.project().resolve("data/offline.yaml"));
    assertFalse(offline.stream().noneMatch(l -> l.trim().equals("- js/vendor/" + file)), "data/offline.yaml saves it for offline use");
  }
}
