package org.upperback.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Bytes a reader waits for on each page, by when: the HTML plus its render-blocking stylesheets (what
 * must arrive before anything shows: blocking; the site's own CSS is in the HTML), the page with every
 * local file a first visit loads (scripts, the ones js/boot.js loads by name in data-load included,
 * images, icons, the manifest and the service worker that site.js registers: load), and, counted
 * apart, what a page fetches only when the reader starts to use it (the search page's library and
 * index, named by data-library and data-index: onDemand). Raw and gzip-compressed,
 * each file compressed on its own as a server sends it. Requests to another host are listed in
 * {@code foreign}. Used by the budget test and by bench/run.
 */
public final class PageWeight {
  /**
   * raw, gzip: everything; loadRaw, loadGzip: a first visit, without the files fetched on demand
   * (onDemand, laterRaw, laterGzip); blockingGzip: the HTML and its render-blocking CSS (blocking);
   * foreign: addresses on another host.
   */
  public record Weight(String page, long raw, long gzip, List<String> files, long loadRaw, long loadGzip, List<String> onDemand,
      long blockingGzip, List<String> blocking, long laterRaw, long laterGzip, List<String> foreign) {}

  private PageWeight() {}

  public static List<Weight> measure(Path site) {
    List<Weight> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(site)) {
      for (Path page : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        out.add(weigh(site, page));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Weight weigh(Path site, Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    Set<Path> files = new LinkedHashSet<>();
    Set<Path> later = new LinkedHashSet<>();
    Set<Path> blocking = new LinkedHashSet<>();
    List<String> foreign = new ArrayList<>();
    files.add(page);
    blocking.add(page);
    for (Element el : doc.select("link[rel~=stylesheet|icon|preload|manifest][href], script[src], img[src]")) {
      add(site, page, el.hasAttr("src") ? el.attr("src") : el.attr("href"), files);
    }
    // A stylesheet blocks the first paint unless its media never matches a screen (print).
    for (Element el : doc.select("link[rel~=stylesheet][href]")) {
      String media = el.attr("media").trim();
      if (media.isEmpty() || media.contains("screen") || media.contains("all")) {
        add(site, page, el.attr("href"), blocking);
      }
    }
    // What the browser fetches by itself (a canonical or alternate link is only an address).
    for (Element el : doc.select("[src], link[rel~=stylesheet|icon|preload|modulepreload|manifest|prefetch][href], object[data]")) {
      for (String url : List.of(el.attr("src"), el.attr("href"), el.attr("data"))) {
        if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) {
          foreign.add(url);
        }
      }
    }
    // js/boot.js loads the scripts its tag names (data-load, files beside it) on every visit.
    for (Element el : doc.select("script[src][data-load]")) {
      String dir = el.attr("src").substring(0, el.attr("src").lastIndexOf('/') + 1);
      for (String name : el.attr("data-load").trim().split("\\s+")) {
        add(site, page, dir + name, files);
      }
    }
    // An ES module loads what it imports statically before it runs; a dynamic import() loads on use.
    for (Path f : List.copyOf(files)) {
      imports(f, files, later);
    }
    // site.js registers the service worker on the first visit.
    if (files.stream().anyMatch(f -> f.endsWith("js/site.js"))) {
      add(site, page, "/sw.js", files);
    }
    for (Element el : doc.select("[data-index], [data-library]")) {
      add(site, page, el.attr("data-index"), later);
      add(site, page, el.attr("data-library"), later);
    }
    later.removeAll(files);
    long raw = 0;
    long gzip = 0;
    long blockingGzip = 0;
    for (Path f : blocking) {
      blockingGzip += gzipped(Files.readAllBytes(f));
    }
    long loadRaw = 0;
    long loadGzip = 0;
    List<String> names = new ArrayList<>();
    List<String> onDemand = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      loadRaw += bytes.length;
      loadGzip += gzipped(bytes);
      names.add(name(site, f));
    }
    raw = loadRaw;
    gzip = loadGzip;
    for (Path f : later) {
      byte[] bytes = Files.readAllBytes(f);
      raw += bytes.length;
      gzip += gzipped(bytes);
      names.add(name(site, f));
      onDemand.add(name(site, f));
    }
    return new Weight(name(site, page), raw, gzip, names, loadRaw, loadGzip, onDemand, blockingGzip,
        blocking.stream().map(f -> name(site, f)).toList(), raw - loadRaw, gzip - loadGzip, foreign);
  }

  private static final java.util.regex.Pattern STATIC_IMPORT =
      java.util.regex.Pattern.compile("^\\s*import\\s[^;]*?from\\s*\"(\\.[^\"]+)\"", java.util.regex.Pattern.MULTILINE);
  private static final java.util.regex.Pattern DYNAMIC_IMPORT = java.util.regex.Pattern.compile("import\\(\"(\\.[^\"]+)\"\\)");

  /** Adds the modules a script imports, statically to {@code now}, dynamically to {@code later}, and theirs in turn. */
  private static void imports(Path script, Set<Path> now, Set<Path> later) throws IOException {
    if (!script.toString().endsWith(".js")) {
      return;
    }
    String js = Files.readString(script);
    java.util.regex.Matcher m = STATIC_IMPORT.matcher(js);
    while (m.find()) {
      Path dep = script.resolveSibling(m.group(1)).normalize();
      if (now.add(dep)) {
        imports(dep, now, later);
      }
    }
    m = DYNAMIC_IMPORT.matcher(js);
    while (m.find()) {
      Path dep = script.resolveSibling(m.group(1)).normalize();
      if (later.add(dep)) {
        imports(dep, later, later);
      }
    }
  }

  private static String name(Path site, Path f) {
    return site.relativize(f).toString().replace('\\', '/');
  }

  private static void add(Path site, Path page, String url, Set<Path> into) {
    if (url.isEmpty() || url.startsWith("http") || url.startsWith("//") || url.startsWith("data:")) {
      return;
    }
    Path target = (url.startsWith("/") ? site.resolve(url.substring(1)) : page.getParent().resolve(url)).normalize();
    if (Files.isRegularFile(target)) {
      into.add(target);
    }
  }

  static long gzipped(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
      gz.write(bytes);
    }
    return buffer.size();
  }

  /**
   * Prints key: value figures for bench/: every page's three figures (first paint: HTML and
   * render-blocking CSS, gzip; first visit, raw and gzip; on use, raw and gzip), then max and median of each.
   */
  public static void main(String[] args) {
    List<Weight> all = measure(Path.of(args.length > 0 ? args[0] : "target/website"));
    for (Weight w : all) {
      System.out.printf("weight.%s: first paint %d gzip; first visit %d raw, %d gzip%s%n", w.page(), w.blockingGzip(), w.loadRaw(),
          w.loadGzip(), w.onDemand().isEmpty() ? "" : String.format("; on use %d raw, %d gzip %s", w.laterRaw(), w.laterGzip(), w.onDemand()));
    }
    System.out.println("weight.pages: " + all.size());
    figure("weight.first-paint.gzip", all.stream().map(Weight::blockingGzip).sorted().toList());
    figure("weight.first-visit.raw", all.stream().map(Weight::loadRaw).sorted().toList());
    figure("weight.first-visit.gzip", all.stream().map(Weight::loadGzip).sorted().toList());
    figure("weight.on-use.gzip", all.stream().map(Weight::laterGzip).filter(g -> g > 0).sorted().toList());
    System.out.println("weight.other-hosts: " + all.stream().mapToInt(w -> w.foreign().size()).sum());
  }

  private static void figure(String key, List<Long> sorted) {
    if (!sorted.isEmpty()) {
      System.out.println(key + ".max: " + sorted.get(sorted.size() - 1));
      System.out.println(key + ".median: " + sorted.get(sorted.size() / 2));
    }
  }
}
