package org.upperback.browser;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upperback.support.ServedSite;

/** The browser tests' server behaves as GitHub Pages does for a project site. */
@Tag("browser")
class ServerTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @CsvSource({
      "'', text/html; charset=utf-8",
      "exercises/, text/html; charset=utf-8",
      "exercises/row.html, text/html; charset=utf-8",
      "js/site.js, text/javascript; charset=utf-8",
      "img/logo.svg, image/svg+xml",
      "search-index.json, application/json; charset=utf-8",
      "feed.xml, application/xml; charset=utf-8",
      "sitemap.xml, application/xml; charset=utf-8",
      "robots.txt, text/plain; charset=utf-8"})
  void servesFilesWithTheirType(String path, String type) throws Exception {
    HttpResponse<String> r = get(ServedSite.get().url(path));
    assertEquals(200, r.statusCode(), path);
    assertEquals(type, r.headers().firstValue("Content-Type").orElse(""), path);
    assertTrue(r.body().length() > 0, path + " is empty");
  }

  @Test
  void folderWithoutSlashRedirects() throws Exception {
    HttpResponse<String> r = get(ServedSite.get().url("exercises"));
    assertEquals(301, r.statusCode());
    assertEquals(ServedSite.BASE + "exercises/", r.headers().firstValue("Location").orElse(""));
  }

  @ParameterizedTest
  @CsvSource({"no/such/page.html", "missing.html", "exercises/missing/", "../../etc/passwd"})
  void missingGetsThe404PageWithStatus404(String path) throws Exception {
    HttpResponse<String> r = get(ServedSite.get().url(path));
    assertEquals(404, r.statusCode(), path);
    assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.body().contains("<h1>Page not found</h1>"), "404 body for " + path);
  }
}
