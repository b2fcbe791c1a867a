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
 * images, icons, the search index), raw and gzip-compressed. Used by the budget test and by bench/.
 */
public final class PageWeight {
  public record Weight(String page, long raw, long gzip, List<String> files) {}

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
    files.add(page);
    for (Element el : doc.select("link[rel~=stylesheet|icon|preload|manifest][href], script[src], img[src], [data-index]")) {
      String url = el.hasAttr("data-index") ? el.attr("data-index") : el.hasAttr("src") ? el.attr("src") : el.attr("href");
      if (url.startsWith("http") || url.startsWith("//") || url.startsWith("data:")) {
        continue;
      }
      Path target = url.startsWith("/") ? site.resolve(url.substring(1)) : page.getParent().resolve(url);
      if (Files.isRegularFile(target.normalize())) {
        files.add(target.normalize());
      }
    }
    long raw = 0;
    long gzip = 0;
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      raw += bytes.length;
      gzip += gzipped(bytes);
      names.add(site.relativize(f).toString().replace('\\', '/'));
    }
    return new Weight(site.relativize(page).toString().replace('\\', '/'), raw, gzip, names);
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
      System.out.printf("weight.%s: %d raw, %d gzip%n", w.page(), w.raw(), w.gzip());
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
