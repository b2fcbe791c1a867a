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
 * that exist), and the worked body parts are tinted exactly when the exercise works their muscles.
 */
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
    Map<String, List<String>> worked = worked();
    return Content.published("exercise").stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      List<String> muscles = Content.values(f, "muscles");
      Document doc = Site.parse(Path.of(f.outputPath()));
      for (Element svg : doc.select(".ub-how .ub-move__frame svg")) {
        // The trunk draws the lower back, then the upper back.
        List<Element> torso = svg.select(".ub-move__torso");
        assertEquals(2, torso.size(), f.outputPath() + ": expected the torso in two parts");
        assertTint(f, "lower-back", torso.subList(0, 1), worked, muscles);
        assertTint(f, "upper-back", torso.subList(1, 2), worked, muscles);
        assertTint(f, "upper-arm", svg.select(".ub-move__upper-arm"), worked, muscles);
      }
    }));
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

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> worked() {
    try (InputStream in = Files.newInputStream(Site.project().resolve("data/figures.yaml"))) {
      Map<String, Object> figures = new Yaml().load(in);
      return (Map<String, List<String>>) figures.get("worked");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
