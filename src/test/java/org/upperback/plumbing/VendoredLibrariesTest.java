package org.upperback.plumbing;

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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.Site;

/**
 * Every library in assets/js/vendor/ (MiniSearch for search, qrcode-generator for the printed routine)
 * is its published npm package, minified, byte for byte as its NAME.manifest records. The script
 * .ci/vendor-NAME (run by .ci/run) rebuilds the file from the npm tarball, checked against the
 * registry's integrity hash, and compares; these tests check the shipped bytes and the pins.
 */
class VendoredLibrariesTest {
  static final Path VENDOR = Site.project().resolve("assets/js/vendor");

  static List<Path> manifests() throws IOException {
    try (Stream<Path> s = Files.list(VENDOR)) {
      return s.filter(p -> p.toString().endsWith(".manifest")).sorted().toList();
    }
  }

  static Properties read(Path manifest) throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(manifest)));
    return p;
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @TestFactory
  Stream<DynamicTest> eachLibraryIsThePinnedPackage() throws IOException {
    assertFalse(manifests().isEmpty(), "assets/js/vendor/ has a manifest per library");
    return manifests().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      Properties m = read(path);
      String name = m.getProperty("package");
      String version = m.getProperty("version");
      assertTrue(Files.isRegularFile(Site.project().resolve(".ci/vendor-" + name)), ".ci/vendor-" + name + " rebuilds it");
      assertEquals(m.getProperty("file.sha256"), sha256(VENDOR.resolve(m.getProperty("file"))),
          "assets/js/vendor/" + m.getProperty("file") + " differs from the file recorded in " + path.getFileName()
              + "; run bash .ci/vendor-" + name + " --write instead of editing it");
      assertEquals(m.getProperty("licence.sha256"), sha256(VENDOR.resolve(m.getProperty("licence"))),
          "the licence file differs from the package's licence");
      assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), "version must be exact: " + version);
      assertEquals("https://registry.npmjs.org/" + name + "/-/" + name + "-" + version + ".tgz", m.getProperty("tarball"));
      assertTrue(m.getProperty("integrity").matches("sha512-[A-Za-z0-9+/=]{88}"), "integrity: " + m.getProperty("integrity"));
      assertTrue(m.getProperty("source.sha256").matches("[0-9a-f]{64}"), "source.sha256");
      assertTrue(m.getProperty("minifier").matches("terser@\\d+\\.\\d+\\.\\d+ .*"), "minifier must be pinned: " + m.getProperty("minifier"));
      String head = Files.readString(VENDOR.resolve(m.getProperty("file"))).lines().findFirst().orElse("");
      assertTrue(head.matches("/\\*! \\S+ " + java.util.regex.Pattern.quote(version) + " \\| MIT License.*"), "licence header of the minified file: " + head);
      assertTrue(Files.isRegularFile(Site.dir().resolve("js/vendor/" + m.getProperty("file"))), "the library is copied to the site");
    }));
  }
}
