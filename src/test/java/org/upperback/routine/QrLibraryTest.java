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
 * The QR code library of the printed routine (assets/js/vendor/qrcode-generator.min.js) is the published
 * qrcode-generator package's ES module, minified, byte for byte as recorded in qrcode-generator.manifest;
 * .ci/vendor-qrcode-generator (run by .ci/run) rebuilds it from the npm tarball, checked against the
 * registry's integrity hash. It loads only when the reader prints or shares: no page names it.
 */
class QrLibraryTest {
  static final Path VENDOR = Site.project().resolve("assets/js/vendor");

  static Properties manifest() throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(VENDOR.resolve("qrcode-generator.manifest"))));
    return p;
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void theShippedFilesAreTheRecordedOnes() throws Exception {
    Properties m = manifest();
    assertEquals(m.getProperty("file.sha256"), sha256(VENDOR.resolve(m.getProperty("file"))),
        "assets/js/vendor/" + m.getProperty("file") + " differs from the file recorded in qrcode-generator.manifest;"
            + " run bash .ci/vendor-qrcode-generator --write instead of editing it");
    assertEquals(m.getProperty("licence.sha256"), sha256(VENDOR.resolve(m.getProperty("licence"))),
        "the licence file differs from the package's licence notice");
    assertTrue(Files.readString(VENDOR.resolve(m.getProperty("licence"))).contains("MIT license"), "the licence notice names the MIT licence");
  }

  @Test
  void theManifestPinsOneVersionFromTheNpmRegistry() throws Exception {
    Properties m = manifest();
    String version = m.getProperty("version");
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), "version must be exact: " + version);
    assertEquals("https://registry.npmjs.org/qrcode-generator/-/qrcode-generator-" + version + ".tgz", m.getProperty("tarball"));
    assertTrue(m.getProperty("integrity").matches("sha512-[A-Za-z0-9+/=]{88}"), "integrity: " + m.getProperty("integrity"));
    assertTrue(m.getProperty("source.sha256").matches("[0-9a-f]{64}"), "source.sha256");
    assertTrue(m.getProperty("minifier").matches("terser@\\d+\\.\\d+\\.\\d+ .*"), "minifier must be pinned: " + m.getProperty("minifier"));
    String head = Files.readString(VENDOR.resolve(m.getProperty("file"))).lines().findFirst().orElse("");
    assertTrue(head.startsWith("/*! qrcode-generator " + version + " | MIT License"), "licence header of the minified file: " + head);
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
