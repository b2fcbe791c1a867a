package org.upperback.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real site baked for, and served under, a GitHub Pages project path ({@code /upper-back/}) on
 * 127.0.0.1, as the browser tests see it. Baked and started once per JVM (on first use), stopped at exit.
 *
 * <p>The Maven build bakes target/website for the domain root; baking again for a sub-path is what proves
 * every link, stylesheet, script and the 404 page work under a project path.
 */
public final class ServedSite {
  public static final String BASE = "/upper-back/";
  /** A missing URL some folders deep: GitHub Pages answers it with 404.html. */
  public static final String DEEP_MISSING = "no/such/page.html";

  private static ServedSite instance;

  private final Bake.Result bake;
  private final StaticServer server;

  private ServedSite(Bake.Result bake, StaticServer server) {
    this.bake = bake;
    this.server = server;
  }

  public static synchronized ServedSite get() {
    if (instance == null) {
      int port = freePort();
      String url = "http://127.0.0.1:" + port + BASE;
      Bake.Result result = Bake.site(Site.project().resolve("content"), "browser", Map.of("site.url", url));
      if (!result.errors().isEmpty()) {
        throw new IllegalStateException("Baking the site for " + url + " failed: " + result.errors());
      }
      requireRenderedPages(result.output());
      StaticServer server = new StaticServer(result.output(), BASE, port);
      instance = new ServedSite(result, server);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "static-server-stop"));
    }
    return instance;
  }

  /**
   * JBake reports neither a missing template engine (pages are written empty) nor a template error (the
   * stack trace is written into the page): both would make the browser tests test nothing.
   */
  private static void requireRenderedPages(Path output) {
    List<String> bad = new ArrayList<>();
    for (Path page : Site.files(output, ".html")) {
      String html = Site.read(output.resolve(page));
      if (!html.contains("</html>") || html.contains("FreeMarker template error") || html.contains("freemarker.core.")) {
        bad.add(Site.slashed(page));
      }
    }
    if (bad.isEmpty() && Site.files(output, ".html").size() < 2) {
      bad.add("(no pages)");
    }
    if (!bad.isEmpty()) {
      throw new IllegalStateException("The bake for the browser tests wrote broken or empty pages: " + bad);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The site's URL, ending with {@value #BASE}. */
  public String url() {
    return server.url();
  }

  /** URL of a path relative to the site root, e.g. "exercises/row.html". */
  public String url(String relative) {
    return url() + relative;
  }

  /** The URL a visitor uses for a page file (folder URL for index pages). */
  public String pageUrl(String page) {
    return url(Site.address(page));
  }

  /** The baked output folder. */
  public Path output() {
    return bake.output();
  }

  /** Every generated HTML page, relative to the site root ("index.html", "exercises/row.html"…), sorted. */
  public List<String> pages() {
    return Site.files(output(), ".html").stream().map(Site::slashed).toList();
  }

  /** Every page plus a deep missing URL (served the 404 page), as paths relative to the site root. */
  public List<String> pagesAndMissing() {
    List<String> all = new ArrayList<>(pages());
    all.add(DEEP_MISSING);
    return all;
  }

  /** The pages of exercises, e.g. "exercises/row.html" (not the index). */
  public List<String> exercisePages() {
    return pages().stream()
        .filter(p -> p.startsWith("exercises/") && !p.equals("exercises/index.html"))
        .toList();
  }
}
