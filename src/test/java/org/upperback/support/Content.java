package org.upperback.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.upperback.check.ContentCheck;
import org.upperback.check.ContentFile;
import org.yaml.snakeyaml.Yaml;

/**
 * The project's content and vocabularies, read from the sources (what the pages must reflect): the
 * one reader of content/ for all tests, with the content check's own parser, so tests and the build
 * read headers alike.
 */
public final class Content {
  private Content() {}

  /** Every file under content/, parsed, sorted by path; read once per test JVM (tests never edit content/). */
  public static List<ContentFile> all() {
    return All.FILES;
  }

  private static final class All {
    static final List<ContentFile> FILES = ContentCheck.read(Site.project());
  }

  public static List<ContentFile> published(String type) {
    return all().stream().filter(f -> type.equals(f.get("type")) && f.published()).toList();
  }

  public static List<String> values(ContentFile f, String field) {
    return Arrays.stream(f.get(field).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The browse facets (kind, muscles, equipment, difficulty...), as data/vocabulary.yaml lists them. */
  @SuppressWarnings("unchecked")
  public static List<String> facets() {
    Map<String, Object> all = new Yaml().load(Site.read(Site.project().resolve("data/vocabulary.yaml")));
    return ((List<Object>) all.get("facets")).stream().map(String::valueOf).toList();
  }

  /** A top-level entry of data/ui.yaml (interface text and shared lists). */
  public static Object ui(String key) {
    Map<String, Object> all = new Yaml().load(Site.read(Site.project().resolve("data/ui.yaml")));
    return all.get(key);
  }

  /** Term ids of one facet (muscles, equipment, difficulty) from data/vocabulary.yaml, in order. */
  @SuppressWarnings("unchecked")
  public static List<String> vocabulary(String facet) {
    Map<String, Object> all = new Yaml().load(Site.read(Site.project().resolve("data/vocabulary.yaml")));
    return ((List<Map<String, Object>>) all.get(facet)).stream().map(t -> String.valueOf(t.get("id"))).toList();
  }

  /** The address of a content file's page, relative to the site root (see {@link Site#address}). */
  public static String url(ContentFile f) {
    return Site.address(f.outputPath());
  }
}
