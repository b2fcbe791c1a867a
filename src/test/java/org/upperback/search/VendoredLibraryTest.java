package org.upperback.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.upperback.support.Site;

/**
 * The search library in assets/js/vendor/ is the published MiniSearch package, minified, byte for byte
 * as recorded in minisearch.manifest. MiniSearch publishes no minified file and no WebJar, so
 * .ci/vendor-minisearch (run by .ci/run when npm is there) rebuilds the file from the npm tarball, checks
 * the tarball against the registry's integrity hash, and compares; this test checks the shipped bytes.
 */
class VendoredLibraryTest {
  static final Path VENDOR = Site.project().resolve("assets/js/vendor");

  static Properties manifest() throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(VENDOR.resolve("minisearch.manifest"))));
    return p;
  }

  static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void theShippedFilesAreTheRecordedOnes() throws Exception {
    Properties m = manifest();
    assertEquals(m.getProperty("file.sha256"), sha256(VENDOR.resolve(m.getProperty("file"))),
        "assets/js/vendor/" + m.getProperty("file") + " differs from the file recorded in minisearch.manifest;"
            + " run bash .ci/vendor-minisearch --write instead of editing it");
    assertEquals(m.getProperty("licence.sha256"), sha256(VENDOR.resolve(m.getProperty("licence"))),
        "the licence file differs from the package's LICENSE.txt");
  }

  @Test
  void theManifestPinsOneVersionFromTheNpmRegistry() throws Exception {
    Properties m = manifest();
    String version = m.getProperty("version");
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), "version must be exact: " + version);
    assertEquals("https://registry.npmjs.org/minisearch/-/minisearch-" + version + ".tgz", m.getProperty("tarball"));
    assertTrue(m.getProperty("integrity").matches("sha512-[A-Za-z0-9+/=]{88}"), "integrity: " + m.getProperty("integrity"));
    assertTrue(m.getProperty("source.sha256").matches("[0-9a-f]{64}"), "source.sha256");
    assertTrue(m.getProperty("minifier").matches("terser@\\d+\\.\\d+\\.\\d+ .*"), "minifier must be pinned: " + m.getProperty("minifier"));
    String head = Files.readString(VENDOR.resolve(m.getProperty("file"))).lines().findFirst().orElse("");
    assertTrue(head.startsWith("/*! MiniSearch " + version + " | MIT License"), "licence header of the minified file: " + head);
  }

  @Test
  void theSearchPageLoadsThePinnedFile() throws Exception {
    String page = Site.read(Site.dir().resolve("search.html"));
    assertTrue(page.contains("data-library=\"js/vendor/" + manifest().getProperty("file") + "\""), "search.html must load the vendored library");
    assertTrue(Files.isRegularFile(Site.dir().resolve("js/vendor/" + manifest().getProperty("file"))), "the library is copied to the site");
  }
}
