package org.upperback.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;
import org.yaml.snakeyaml.Yaml;

/**
 * The pictures of the move, in the built pages: every published exercise shows its frames with the
 * steps, each frame has a text alternative, the steps point to every picture (and only to pictures
 * that exist), the worked body parts are tinted exactly when the exercise works their muscles, and
 * every frame draws a person with a face cue, hands and feet, its props and its arrows.
 */
@SuppressWarnings("unchecked")
class PicturesTest {
  /** "(picture 2)", "(pictures 1 and 2)". */
  static final Pattern REFERENCE = Pattern.compile("pictures? (\\d+)(?: and (\\d+))?", Pattern.CASE_INSENSITIVE);

  @TestFactory
  Stream<DynamicTest> everyExerciseShowsItsFramesWithTheSteps() {
    return Content.published("exercise").stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      Document doc = Site.parse(Path.of(f.outputPath()));
      Element how = doc.selectFirst("section.ub-how");
      assertNotNull(how, f.outputPath() + ": no How to do it section with pictures");
      List<Element> frames = how.select("figure.ub-move .ub-move__frame");
      assertTrue(frames.size() >= 2, f.outputPath() + ": expected at least 2 frames, found " + frames.size());
      for (Element frame : frames) {
        Element svg = frame.selectFirst("svg[role=img]");
        assertNotNull(svg, f.outputPath() + ": a frame without an svg role=img");
        Element title = svg.getElementById(svg.attr("aria-labelledby"));
        assertNotNull(title, f.outputPath() + ": a frame's aria-labelledby points to nothing in its svg");
        assertTrue(title.text().length() > 20, f.outputPath() + ": a frame's text alternative is too short: " + title.text());
      }
      Set<Integer> referenced = new TreeSet<>();
      Matcher m = REFERENCE.matcher(how.select(".ub-how__steps").text());
      while (m.find()) {
        referenced.add(Integer.parseInt(m.group(1)));
        if (m.group(2) != null) {
          referenced.add(Integer.parseInt(m.group(2)));
        }
      }
      for (int n = 1; n <= frames.size(); n++) {
        assertTrue(referenced.contains(n), f.path + ": no step points to picture " + n + "; add \"(picture " + n
            + ")\" to the step it shows");
      }
      assertTrue(referenced.stream().allMatch(n -> n <= frames.size()), f.path + ": the steps point to pictures "
          + referenced + ", but the page has " + frames.size() + " (data/figures.yaml)");
    }));
  }

  @TestFactory
  Stream<DynamicTest> workedPartsAreTintedAsOnTheMuscleMap() {
    Map<String, Object> figures = figures();
    List<String> parts = (List<String>) figures.get("parts");
    Map<String, List<String>> worked = (Map<String, List<String>>) figures.get("worked");
    return Content.published("exercise").stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      List<String> muscles = Content.values(f, "muscles");
      Document doc = Site.parse(Path.of(f.outputPath()));
      for (Element svg : doc.select(".ub-how .ub-move__frame svg")) {
        // Every part data/figures.yaml names is drawn, so worked: can tint it.
        for (String part : parts) {
          assertTint(f, part, svg.select(".ub-move__" + part), worked, muscles);
        }
      }
    }));
  }

  /** Each frame draws a head with a face cue, hands and feet; the props its data names; one arrow per moving joint. */
  @TestFactory
  Stream<DynamicTest> everyFrameDrawsAPersonItsPropsAndItsArrows() {
    Map<String, Object> exercises = (Map<String, Object>) figures().get("exercises");
    return Content.published("exercise").stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      String id = Path.of(f.path).getFileName().toString().replace(".md", "");
      Map<String, Object> block = (Map<String, Object>) exercises.get(id);
      List<Map<String, Object>> frames = (List<Map<String, Object>>) block.get("frames");
      List<Element> svgs = Site.parse(Path.of(f.outputPath())).select(".ub-how .ub-move__frame svg");
      assertEquals(frames.size(), svgs.size(), f.outputPath() + ": one drawing per frame of data/figures.yaml");
      assertEquals(1, frames.stream().map(fr -> fr.get("view")).distinct().count(), id + ": the frames mix views (one camera per picture)");
      for (int i = 0; i < svgs.size(); i++) {
        Element svg = svgs.get(i);
        String at = f.outputPath() + " picture " + (i + 1) + ": ";
        assertEquals(1, svg.select(".ub-move__head").size(), at + "one head");
        assertFalse(svg.select(".ub-move__nose, .ub-move__eye, .ub-move__hair").isEmpty(), at + "the head shows which way the person faces");
        assertTrue(svg.select(".ub-move__hand").size() >= 1 && svg.select(".ub-move__foot").size() >= 1, at + "hands and feet");
        if ("side".equals(frames.get(i).get("view"))) {
          assertFalse(svg.select(".ub-move__side--far").isEmpty() && svg.select(".ub-move__side--near").isEmpty(), at + "near and far sides");
        }
        for (Map<String, Object> prop : (List<Map<String, Object>>) frames.get(i).getOrDefault("props", List.of())) {
          String name = (String) prop.get("prop");
          assertFalse(svg.select(propSelector(name)).isEmpty(), at + "the " + name + " is not drawn");
        }
        assertEquals(svg.select(".ub-move__arrow").size(), svg.select(".ub-move__arrowhead").size(), at + "every arrow has its head");
      }
      int arrows = svgs.stream().mapToInt(svg -> svg.select(".ub-move__arrow").size()).sum();
      assertEquals(block.containsKey("arrows"), arrows > 0, f.outputPath() + ": arrows drawn exactly when data/figures.yaml gives them");
    }));
  }

  /** The shapes figure.ftl draws for a prop. */
  private static String propSelector(String prop) {
    return switch (prop) {
      case "bench", "table", "chair" -> ".ub-move__pad";
            case "mat" -> ".ub-move__mat";
      case "wall" -> ".ub-move__wall";
      case "machine" -> ".ub-move__frame-bar";
      case "pad" -> ".ub-move__thigh-pad";
      case "dumbbell" -> ".ub-move__plate";
      case "resistance-band" -> ".ub-move__band";
      case "cable-handle" -> ".ub-move__pulley";
      case "roller" -> ".ub-move__roll, .ub-move__roller";
      case "low-bar" -> ".ub-move__post";
      default -> ".ub-move__bar";
    };
  }

  private static void assertTint(ContentFile f, String part, List<Element> shapes, Map<String, List<String>> worked,
      List<String> muscles) {
    assertFalse(shapes.isEmpty(), f.outputPath() + ": no " + part + " drawn");
    boolean works = worked.getOrDefault(part, List.of()).stream().anyMatch(muscles::contains);
    for (Element shape : shapes) {
      assertEquals(works, shape.hasClass("ub-move__worked"), f.outputPath() + ": the " + part + " should "
          + (works ? "" : "not ") + "be tinted for muscles " + muscles);
    }
  }

  private static Map<String, Object> figures() {
    try (InputStream in = Files.newInputStream(Site.project().resolve("data/figures.yaml"))) {
      return new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
