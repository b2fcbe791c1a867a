package org.upperback.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.upperback.support.Site;
import org.upperback.support.Sources;
import org.yaml.snakeyaml.Yaml;

/**
 * The files behind My routine and offline use: the routine page's data block, the service worker's
 * precache list and the web app manifest agree with the content, data/ and the built site.
 */
class RoutineFilesTest {
  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(String file) {
    return (Map<String, Object>) new Yaml().load(Site.read(Site.project().resolve("data/" + file)));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    // The data is plain JSON; snakeyaml reads JSON as YAML 1.2 flow style.
    return (Map<String, Object>) new Yaml().load(text);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theRoutinePageCarriesEveryLabelAndEveryPublishedExercise() {
    String block = Site.parse(java.nio.file.Path.of("routine.html")).getElementById("ub-routine-data").wholeText();
    Map<String, Object> data = json(block);
    Map<String, Object> labels = (Map<String, Object>) yaml("ui.yaml").get("routine");
    assertEquals(labels, data.get("text"), "every data/ui.yaml routine label reaches js/routine.js unchanged "
        + "(a key named like a Java Map method, such as clear or remove, is lost by FreeMarker)");
    Set<String> ids = new TreeSet<>();
    for (Object o : (List<Object>) data.get("exercises")) {
      Map<String, Object> x = (Map<String, Object>) o;
      ids.add((String) x.get("id"));
      assertTrue(Files.exists(Site.dir().resolve((String) x.get("url"))), "exercise url exists: " + x.get("url"));
      assertEquals(2, ((List<?>) x.get("steps")).size(), x.get("id") + ": the first two steps");
      int sets = ((Number) x.get("sets")).intValue();
      int reps = ((Number) x.get("reps")).intValue();
      assertTrue(sets >= 1 && sets <= 5 && reps >= 1 && reps <= 30, x.get("id") + ": defaults within the editor's bounds");
    }
    Set<String> published = new TreeSet<>();
    for (Sources.Doc d : Sources.published("exercise")) {
      String f = d.file().getFileName().toString();
      published.add(f.substring(0, f.length() - 3));
    }
    assertEquals(published, ids, "every published exercise, and nothing else");
  }

  /** The service worker's list: every page and every asset of the built site, nothing that does not exist. */
  @Test
  @SuppressWarnings("unchecked")
  void theServiceWorkerPrecachesEveryPageAndAsset() {
    String sw = Site.read(Site.dir().resolve("sw.js"));
    Matcher m = Pattern.compile("var FILES = \\[(.*?)\\];").matcher(sw);
    assertTrue(m.find(), "sw.js lists its files");
    List<String> files = new ArrayList<>();
    Matcher f = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
    while (f.find()) {
      files.add(f.group(1));
    }
    // Cache.addAll rejects a list that names a file twice, and then nothing is saved for offline use.
    assertEquals(new java.util.HashSet<>(files).size(), files.size(), "sw.js lists a file twice: " + files);
    Map<String, Object> offline = yaml("offline.yaml");
    Set<String> online = new TreeSet<>((List<String>) offline.get("online_only"));
    Set<String> missing = new TreeSet<>();
    for (java.nio.file.Path p : Site.files(Site.dir(), "")) {
      String rel = Site.slashed(p);
      String href = rel.equals("index.html") ? "" : rel.endsWith("/index.html") ? rel.substring(0, rel.length() - 10) : rel;
      if (!files.contains(href) && !online.contains(rel)) {
        missing.add(rel);
      }
    }
    assertEquals(Set.of(), missing, "files of the site the service worker does not save (list assets in data/offline.yaml)");
    for (String file : files) {
      java.nio.file.Path path = Site.dir().resolve(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file);
      assertTrue(Files.isRegularFile(path), "sw.js lists " + file + ", which the site does not have");
    }
    assertTrue(files.contains((String) offline.get("fallback")), "the offline page is saved");
    assertTrue(sw.matches("(?s).*var CACHE = \"ub-[0-9a-f]{16}\";.*"), "a cache name with a version: a checksum of the published files (CacheVersion)");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theManifestNamesTheSiteWithItsOwnColoursAndLogo() {
    Map<String, Object> manifest = json(Site.read(Site.dir().resolve("manifest.webmanifest")));
    assertEquals(yaml("ui.yaml").get("site_name"), manifest.get("name"), "manifest name = data/ui.yaml site_name");
    String css = Site.read(Site.project().resolve("templates/css/site.css"));
    assertTrue(css.contains("--color-brand: " + manifest.get("theme_color") + ";"), "theme_color is the --color-brand token");
    assertTrue(css.contains("--color-bg: " + manifest.get("background_color") + ";"), "background_color is the --color-bg token");
    assertEquals("./", manifest.get("start_url"), "relative, so it works under a sub-path");
    for (Object icon : (List<Object>) manifest.get("icons")) {
      String src = (String) ((Map<String, Object>) icon).get("src");
      assertTrue(Files.exists(Site.dir().resolve(src)), "icon " + src + " exists");
    }
  }
}
