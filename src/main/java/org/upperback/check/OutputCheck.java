package org.upperback.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the baked site: one page per published content file and nothing else, no broken internal
 * link, image, stylesheet, script or #fragment, no request to another host, no template error text.
 */
public final class OutputCheck {
  /** What FreeMarker writes into a page when a template fails (JBake keeps the half-written page). */
  private static final Pattern TEMPLATE_ERROR = Pattern.compile(
      "FreeMarker template error|freemarker\\.core\\.|FTL stack trace|Tip: If the failing expression");
  private static final String[][] REFERENCES = {
    {"a", "href"}, {"link", "href"}, {"script", "src"}, {"img", "src"}, {"img", "srcset"},
    {"source", "srcset"}, {"form", "action"}, {"iframe", "src"}, {"use", "href"}, {"image", "href"}
  };

  private final Path project;
  private final Path site;
  private final String basePath;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Set<String>> idsByPage = new HashMap<>();
  /** Output page -> the content file it comes from, so problems name the file an editor can fix. */
  private final Map<String, String> sources = new HashMap<>();

  private OutputCheck(Path project, Path site, String siteUrl) {
    this.project = project;
    this.site = site;
    String path = URI.create(siteUrl.endsWith("/") ? siteUrl : siteUrl + "/").getPath();
    this.basePath = path == null || path.isEmpty() ? "/" : path;
  }

  /** All problems in the output folder {@code site}, built from {@code project} with base URL {@code siteUrl}. */
  public static List<Problem> check(Path project, Path site, String siteUrl) {
    OutputCheck c = new OutputCheck(project, site, siteUrl);
    c.run();
    return c.problems.stream().sorted().toList();
  }

  private void run() {
    if (!Files.isDirectory(site)) {
      problems.add(new Problem(rel(site), 0, "output", "missing: the site was not generated"));
      return;
    }
    Set<String> expected = new HashSet<>();
    Rules rules = Rules.read(project);
    for (ContentFile f : ContentCheck.read(project)) {
      String page = f.outputPath();
      sources.put(page, f.path);
      if (f.published()) {
        expected.add(page);
        if (!Files.isRegularFile(site.resolve(page))) {
          problems.add(new Problem(f.path, 0, "output", "produced no page (expected " + page
              + "); JBake drops a file whose header it cannot read or whose type has no template"));
        }
      } else {
        String draft = f.draftPath();
        for (String p : List.of(page, draft)) {
          if (Files.exists(site.resolve(p))) {
            problems.add(new Problem(f.path, f.line("status"), "status",
                "is " + (f.get("status").isEmpty() ? "missing" : "\"" + f.get("status") + "\"")
                    + ", yet the page was published as " + p));
          }
        }
      }
    }
    List<Path> files = listFiles();
    for (Path file : files) {
      String rel = slashed(site.relativize(file));
      String text = read(file);
      if (TEMPLATE_ERROR.matcher(text).find()) {
        problems.add(new Problem(where(rel), 0, "output", "contains FreeMarker error text: a template failed on this page"));
      }
      if (rel.endsWith(".html") && !expected.contains(rel)) {
        problems.add(new Problem(rel(file), 0, "output",
            "no published content file produces this page (a draft, or stale output of a deleted file)"));
      }
    }
    for (Path file : files) {
      if (file.toString().endsWith(".html")) {
        checkReferences(slashed(site.relativize(file)));
      }
    }
  }

  private void checkReferences(String page) {
    Document doc = parse(page);
    boolean anyDepth = page.equals("404.html");
    for (String[] ref : REFERENCES) {
      for (Element el : doc.select(ref[0] + "[" + ref[1] + "]")) {
        String attr = ref[1];
        List<String> urls = attr.equals("srcset") ? srcset(el.attr(attr)) : List.of(el.attr(attr));
        for (String url : urls) {
          checkReference(page, el, attr, url.strip(), anyDepth);
        }
      }
    }
    checkCode(page, doc);
  }

  /**
   * Pages run only the site's own script files: raw HTML in a content body can carry an inline
   * script or an event handler into a page, and Markdown passes it through.
   */
  /**
   * A policy in a meta element governs only what comes after it, so the only things before it are the
   * charset and the page's CSS (layout.ftl's one style element, from templates/css); no other style
   * element or style attribute, which the policy refuses, may appear.
   */
  private void checkPolicyFirst(String page, Document doc) {
    List<String> before = new ArrayList<>();
    boolean policy = false;
    for (Element el : doc.head().children()) {
      if (el.is("meta[http-equiv=Content-Security-Policy]")) {
        policy = true;
        break;
      }
      before.add(el.is("meta[charset]") ? "charset" : el.tagName());
    }
    if (!policy || !before.equals(List.of("charset", "style"))) {
      problems.add(new Problem(where(page), 0, "output", (policy ? "has " + before + " before its Content-Security-Policy"
          : "has no Content-Security-Policy meta element in its head")
          + "; the head must start with the charset, the page's one style element and then the policy (templates/layout.ftl)"));
    }
    Element own = doc.head().selectFirst("style");
    for (Element style : doc.select("style, [style]")) {
      if (style != own) {
        problems.add(new Problem(where(page), 0, "output", "holds " + Visible.quoteText(style.tagName().equals("style")
            ? style.outerHtml() : "style=\"" + style.attr("style") + "\"") + "; the policy refuses inline style:"
            + " put the CSS in templates/css (raw HTML in a content file is published as it is)"));
      }
    }
  }

  private void checkCode(String page, Document doc) {
    for (Element script : doc.select("script:not([src])")) {
      if (!script.attr("type").equals("application/ld+json")) {
        problems.add(new Problem(where(page), 0, "output", "holds an inline script "
            + Visible.quoteText(script.outerHtml()) + "; pages run only the site's own script files: remove it"
            + " (raw HTML in a content file is published as it is)"));
      }
    }
    checkPolicyFirst(page, doc);
    for (Element el : doc.getAllElements()) {
      el.attributes().forEach(a -> {
        if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
          problems.add(new Problem(where(page), 0, "output", "holds the event handler " + a.getKey() + " on <"
              + el.tagName() + ">; pages run only the site's own script files: remove it"
              + " (raw HTML in a content file is published as it is)"));
        }
      });
    }
  }

  private void checkReference(String page, Element el, String attr, String url, boolean anyDepth) {
    String where = "<" + el.tagName() + " " + attr + "=\"" + url + "\">";
    String tag = el.tagName();
    boolean isLink = tag.equals("a") || (tag.equals("link") && !isLoaded(el));
    if (url.isEmpty()) {
      problems.add(new Problem(where(page), 0, "link", where + " is empty"));
      return;
    }
    if (url.startsWith("mailto:") || url.startsWith("tel:")) {
      return;
    }
    if (url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//")) {
      if (!isLink) {
        problems.add(new Problem(where(page), 0, "link",
            where + " loads from another host; the site must load everything from itself"));
      } else if (tag.equals("a") && !el.attr("rel").contains("noopener")) {
        problems.add(new Problem(where(page), 0, "link", where + " is an external link without rel=\"noopener\""));
      }
      return;
    }
    if (url.contains(":")  && !url.startsWith("#") && url.indexOf(':') < url.indexOf('/') + (url.contains("/") ? 0 : url.length())) {
      problems.add(new Problem(where(page), 0, "link", where + " uses an unsupported scheme"));
      return;
    }
    String path = url;
    String fragment = "";
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash + 1);
      path = path.substring(0, hash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String target;
    if (path.startsWith("/")) {
      if (!anyDepth) {
        problems.add(new Problem(where(page), 0, "link",
            where + " starts with /, which breaks when the site is served under a sub-path; start links with ${content.rootpath}"));
        return;
      }
      if (!path.startsWith(basePath)) {
        problems.add(new Problem(where(page), 0, "link", where + " is outside the site's base path " + basePath));
        return;
      }
      target = path.substring(basePath.length());
    } else if (anyDepth && !path.isEmpty()) {
      problems.add(new Problem(where(page), 0, "link",
          where + " is relative, but this page is served at any depth; use the base path " + basePath));
      return;
    } else {
      target = path.isEmpty() ? page : resolve(page, path);
    }
    if (target == null) {
      problems.add(new Problem(where(page), 0, "link", where + " points above the site root"));
      return;
    }
    target = URLDecoder.decode(target, StandardCharsets.UTF_8);
    if (target.isEmpty() || target.endsWith("/")) {
      target = target + "index.html";
    } else if (Files.isDirectory(site.resolve(target))) {
      target = target + "/index.html";
    }
    if (!Files.isRegularFile(site.resolve(target))) {
      problems.add(new Problem(where(page), 0, "link", where + " is broken: " + target + " does not exist"));
      return;
    }
    if (!fragment.isEmpty() && target.endsWith(".html") && !ids(target).contains(fragment)) {
      problems.add(new Problem(where(page), 0, "link",
          where + " is broken: " + target + " has no element with id=\"" + fragment + "\""));
    }
  }

  /** link elements the browser fetches (stylesheet, icon, preload...) rather than just names. */
  private static boolean isLoaded(Element link) {
    String rel = link.attr("rel");
    return !(rel.contains("canonical") || rel.contains("alternate") || rel.equals("author"));
  }

  private static String resolve(String page, String path) {
    String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
    List<String> parts = new ArrayList<>();
    for (String p : (dir + path).split("/", -1)) {
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else if (!p.equals(".")) {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }

  private Set<String> ids(String page) {
    return idsByPage.computeIfAbsent(page, p -> {
      Set<String> ids = new HashSet<>();
      Document doc = parse(p);
      doc.select("[id]").forEach(e -> ids.add(e.id()));
      doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
      return ids;
    });
  }

  private Document parse(String page) {
    return Jsoup.parse(read(site.resolve(page)), "");
  }

  private static List<String> srcset(String value) {
    List<String> out = new ArrayList<>();
    for (String candidate : value.split(",")) {
      String s = candidate.strip();
      if (!s.isEmpty()) {
        out.add(s.split("\\s+")[0]);
      }
    }
    return out;
  }

  private List<Path> listFiles() {
    try (Stream<Path> s = Files.walk(site)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  /** "content/tips/x.md (tips/x.html)" for a page made from content, else the output file. */
  private String where(String page) {
    String source = sources.get(page);
    return source != null ? source + " (" + page + ")" : rel(site.resolve(page));
  }

  private String rel(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path root = project.toAbsolutePath().normalize();
    return slashed(abs.startsWith(root) ? root.relativize(abs) : abs);
  }

  private static String slashed(Path p) {
    return p.toString().replace('\\', '/');
  }
}
