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
 * The search page loads the vendored MiniSearch (its pins are checked with every vendored library in
 * plumbing/VendoredLibrariesTest).
 */
class VendoredLibraryTest {
  static final Path VENDOR = Site.project().resolve("assets/js/vendor");

  static Properties manifest() throws IOException {
    Properties p = new Properties();
    p.load(new StringReader(Files.readString(VENDOR.resolve("minisearch.manifest"))));
    return p;
  }

  @Test
  void theSearchPageLoadsThePinnedFile() throws Exception {
    String page = Site.read(Site.dir().resolve("search.html"));
    assertTrue(page.contains("data-library=\"js/vendor/" + manifest().getProperty("file") + "\""), "search.html must load the vendored library");
    assertTrue(Files.isRegularFile(Site.dir().resolve("js/vendor/" + manifest().getProperty("file"))), "the library is copied to the site");
  }
}
