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
 * Bytes a reader downloads for each page: the HTML plus every local file it loads (stylesheets, scripts,
 * images, icons), raw and gzip-compressed, and, separately, what a page fetches only when the reader
 * starts to use it (the search page's library and index, named by data-library and data-index).
 * Used by the budget test and by bench/.
 */
public final class PageWeight {
  /** raw, gzip: everything; loadRaw, loadGzip: without the files fetched on demand (onDemand). */
  public record Weight(String page, long raw, long gzip, List<String> files, long loadRaw, long loadGzip, List<String> onDemand) {}

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
    files.add(page);
    for (Element el : doc.select("link[rel~=stylesheet|icon|preload|manifest][href], script[src], img[src]")) {
      add(site, page, el.hasAttr("src") ? el.attr("src") : el.attr("href"), files);
    }
    for (Element el : doc.select("[data-index], [data-library]")) {
      add(site, page, el.attr("data-index"), later);
      add(site, page, el.attr("data-library"), later);
    }
    later.removeAll(files);
    long raw = 0;
    long gzip = 0;
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
    return new Weight(name(site, page), raw, gzip, names, loadRaw, loadGzip, onDemand);
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

  /** Prints key: value figures for bench/: every page, then max and median. */
  public static void main(String[] args) {
    List<Weight> all = measure(Path.of(args.length > 0 ? args[0] : "target/website"));
    for (Weight w : all) {
      System.out.printf("weight.%s: %d raw, %d gzip%s%n", w.page(), w.raw(), w.gzip(), w.onDemand().isEmpty() ? ""
          : String.format(" (as first loaded %d raw, %d gzip; later %s)", w.loadRaw(), w.loadGzip(), w.onDemand()));
    }
    List<Long> raws = all.stream().map(Weight::raw).sorted().toList();
    List<Long> gzips = all.stream().map(Weight::gzip).sorted().toList();
    System.out.println("weight.pages: " + all.size());
    System.out.println("weight.raw.max: " + raws.get(raws.size() - 1));
    System.out.println("weight.raw.median: " + raws.get(raws.size() / 2));
    System.out.println("weight.gzip.max: " + gzips.get(gzips.size() - 1));
    System.out.println("weight.gzip.median: " + gzips.get(gzips.size() / 2));
  }
}
