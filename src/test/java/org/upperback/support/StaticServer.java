package org.upperback.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server on 127.0.0.1 that behaves like GitHub Pages for a project site: the folder is served
 * under a sub-path such as {@code /upper-back/}, a folder URL serves its index.html (a folder without its
 * trailing slash is redirected to it), and anything missing, at any depth, gets the site's 404.html with
 * status 404.
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("webmanifest", "application/manifest+json"),
      Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("pdf", "application/pdf"));

  private final Path root;
  private final String base;
  private final HttpServer server;
  private final ExecutorService pool;

  /**
   * Serves {@code root} at {@code http://127.0.0.1:port<base>}; {@code base} starts and ends with a slash;
   * port 0 picks a free port.
   */
  public StaticServer(Path root, String base, int port) {
    if (!base.startsWith("/") || !base.endsWith("/")) {
      throw new IllegalArgumentException("base path must start and end with '/': " + base);
    }
    this.root = root.toAbsolutePath().normalize();
    this.base = base;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
    }
    pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "static-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The site's own URL, such as {@code http://127.0.0.1:41234/upper-back/}. */
  public String url() {
    return "http://127.0.0.1:" + port() + base;
  }

  public static String contentType(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath(); // decoded, no query
      if (path.equals(base.substring(0, base.length() - 1))) {
        redirect(exchange, base);
        return;
      }
      Path file = resolve(path);
      if (file != null && Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          redirect(exchange, path + "/");
          return;
        }
        file = file.resolve("index.html");
      }
      if (file != null && Files.isRegularFile(file)) {
        send(exchange, 200, contentType(file.getFileName().toString()), Files.readAllBytes(file));
        return;
      }
      Path notFound = root.resolve("404.html");
      if (Files.isRegularFile(notFound)) {
        send(exchange, 404, contentType("404.html"), Files.readAllBytes(notFound));
      } else {
        send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The file for a URL path, or null when the path is outside the base path or escapes the folder. */
  private Path resolve(String path) {
    if (!path.startsWith(base)) {
      return null;
    }
    Path file = root.resolve(path.substring(base.length())).normalize();
    return file.startsWith(root) ? file : null;
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 301, "text/plain; charset=utf-8", ("Moved to " + location).getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
