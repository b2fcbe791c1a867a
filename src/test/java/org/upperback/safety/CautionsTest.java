package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;
import org.yaml.snakeyaml.Yaml;

/**
 * Every move says who should not do it yet, or should ask first: each exercise page shows a
 * "Before you start" list in the words of data/cautions.yaml, and its cautions header holds the
 * ones its kind of move needs (derived from what the page says the move is); no move offers an
 * option that carries its own risk; the Superman starts with its easier version.
 */
class CautionsTest {

  @SuppressWarnings("unchecked")
  private static Map<String, String> cautions() {
    Map<String, Object> all = new Yaml().load(Site.read(Site.project().resolve("data/cautions.yaml")));
    Map<String, String> byId = new LinkedHashMap<>();
    for (Map<String, Object> c : (List<Map<String, Object>>) all.get("cautions")) {
      byId.put(String.valueOf(c.get("id")), String.valueOf(c.get("name")));
    }
    return byId;
  }

  private static String body(ContentFile f) {
    return String.join("\n", f.body).toLowerCase(Locale.ROOT);
  }

  /** The cautions a move needs, from what its page says it is. */
  static List<String> required(ContentFile f) {
    String body = body(f);
    List<String> ids = new ArrayList<>(List.of("recent-surgery"));
    if (Pattern.compile("face down").matcher(body).find()) {
      ids.add("pregnancy");
    }
    if (Pattern.compile("above your head|past your head|over your head|overhead|arms straight up").matcher(body).find()) {
      ids.add("shoulder");
    }
    boolean loaded = Content.values(f, "equipment").stream().anyMatch(e -> e.matches("dumbbell|cable-machine|resistance-band"));
    if (loaded && Pattern.compile("(lean|bend)(s|ing)? forward").matcher(body).find()) {
      ids.add("osteoporosis");
    }
    if (Content.values(f, "muscles").contains("erector-spinae") && Content.values(f, "position").contains("lying")) {
      ids.add("low-back-pain");
    }
    return ids;
  }

  @Test
  void everyExerciseHasTheCautionsItsKindOfMoveNeeds() {
    List<String> missing = new ArrayList<>();
    for (ContentFile f : Content.published("exercise")) {
      List<String> have = Content.values(f, "cautions");
      for (String id : required(f)) {
        if (!have.contains(id)) {
          missing.add(f.path + " line " + f.line("cautions") + ": cautions lacks \"" + id + "\"");
        }
      }
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  /** The rule above is not empty: the issue's own examples need their cautions. */
  @Test
  void theRuleFindsTheMovesTheGuidanceNames() {
    Map<String, String> expect = Map.of("superman", "low-back-pain", "wall-angels", "shoulder", "prone-y-t", "pregnancy",
        "lat-pulldown", "shoulder", "pull-up-chin-up", "shoulder", "row", "osteoporosis", "reverse-fly", "osteoporosis");
    for (ContentFile f : Content.published("exercise")) {
      String id = Path.of(f.path).getFileName().toString().replace(".md", "");
      if (expect.containsKey(id)) {
        assertTrue(required(f).contains(expect.get(id)), f.path + ": the move needs the caution " + expect.get(id));
      }
    }
  }

  @Test
  void everyExerciseShowsItsCautionsInTheWordsOfTheDataFile() {
    Map<String, String> words = cautions();
    for (ContentFile f : Content.published("exercise")) {
      Element list = Site.parse(Path.of(f.outputPath())).selectFirst("main .ub-cautions");
      assertNotNull(list, f.outputPath() + ": no Before you start list");
      List<String> shown = list.select("li").eachText();
      List<String> expected = Content.values(f, "cautions").stream().map(words::get).toList();
      assertEquals(expected, shown, f.outputPath() + ": the Before you start list shows the cautions header in data/cautions.yaml's words");
      Element how = Site.parse(Path.of(f.outputPath())).getElementById("how-to-do-it");
      assertTrue(how != null && list.elementSiblingIndex() < how.closest("section").elementSiblingIndex(),
          f.outputPath() + ": Before you start comes before the steps");
    }
  }

  /** Options that carry their own risk, which no exercise may offer. */
  private static final Map<String, String> FORBIDDEN = Map.of(
      "under a (heavy |solid |sturdy )*table", "a row under a table (it can tip)",
      "office chair (works|is fine)|if it is locked", "an office chair, even a locked one (it can roll or tip)",
      "door anchor|(fix|tie|loop)[^.]*band[^.]*(above|top of)[^.]*door", "a band fixed above a door (it can snap back at the face)");

  @Test
  void noExerciseOffersAnOptionThatCarriesItsOwnRisk() {
    for (ContentFile f : Content.published("exercise")) {
      String body = body(f);
      FORBIDDEN.forEach((pattern, what) -> assertFalse(Pattern.compile(pattern).matcher(body).find(),
          f.path + ": do not suggest " + what));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theGripInTheStepsIsTheGripInThePictures() {
    Map<String, Object> figures = new Yaml().load(Site.read(Site.project().resolve("data/figures.yaml")));
    Map<String, String> grips = Map.of("wider than the shoulders", "wider than your shoulders",
        "shoulder-width", "shoulder-width");
    for (ContentFile f : Content.published("exercise")) {
      String id = Path.of(f.path).getFileName().toString().replace(".md", "");
      String yaml = new Yaml().dump(((Map<String, Object>) figures.getOrDefault("exercises", figures)).get(id));
      String body = body(f);
      grips.forEach((picture, steps) -> {
        if (yaml.contains(picture)) {
          assertTrue(body.contains(steps), f.path + ": the pictures show hands " + picture + "; the steps must say \"" + steps + "\"");
        }
      });
    }
  }

  @Test
  void theSupermanStartsWithTheArmsAndChestVersionAndIsNotTheFirstMove() {
    ContentFile superman = Content.published("exercise").stream().filter(f -> f.path.endsWith("/superman.md")).findFirst().orElseThrow();
    String body = body(superman);
    String steps = body.substring(body.indexOf("## how to do it"), body.indexOf("## muscles worked"));
    String harder = body.substring(body.indexOf("## make it harder"), body.indexOf("## stop and get help if"));
    assertTrue(steps.contains("keep your legs and hips on the mat"), superman.path + ": the steps keep the legs down (arms and chest only)");
    assertTrue(harder.contains("legs"), superman.path + ": the full lift, legs too, is the harder version");
    ContentFile first = Content.published("exercise").stream()
        .min((a, b) -> Integer.compare(Integer.parseInt(a.get("order")), Integer.parseInt(b.get("order")))).orElseThrow();
    assertFalse(first.path.endsWith("/superman.md"), "the Superman is not the first exercise in the site's order");
    for (String page : List.of("content/index.md", "content/exercises/index.md")) {
      String text = Site.read(Site.project().resolve(page));
      for (String paragraph : text.split("\n\n")) {
        int s = paragraph.indexOf("Superman");
        if (s >= 0) {
          int m = paragraph.indexOf("mobility");
          assertTrue(m >= 0 && m < s, page + ": where it suggests the Superman, a gentler move comes first: " + paragraph);
        }
      }
    }
  }
}
