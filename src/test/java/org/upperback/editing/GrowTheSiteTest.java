package org.upperback.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentFile;
import org.upperback.support.Bake;
import org.upperback.support.Content;
import org.upperback.support.Pipeline;
import org.upperback.support.Site;

/**
 * Editors grow and shrink the site by adding or deleting Markdown files, as the editor's guide (docs/editing.md)
 * says, and the build does the rest: lists, browse pages, related exercises, sitemap, feed, search.
 */
class GrowTheSiteTest {
  /** A name and title no real exercise takes (the test fails first if one does). */
  private static final String NAME = "zz-grow-copy";
  private static final String TITLE = "Copied move";

  /** "Add an exercise": copy an existing file, give it a new name, title and order, and its pictures. */
  @Test
  void aCopiedExerciseAppearsEverywhere() throws IOException {
    assertFalse(Files.exists(Site.project().resolve("content/exercises/" + NAME + ".md")), NAME + " is real content: pick another name");
    ContentFile model = Content.published("exercise").get(0);
    int order = Content.published("exercise").stream().mapToInt(f -> Integer.parseInt(f.get("order"))).max().orElse(0) + 1;
    Path source = Bake.copyProject("grow-add");
    String text = Files.readString(Site.project().resolve(model.path))
        .replaceFirst("(?m)^title=.*$", "title=" + TITLE)
        .replaceFirst("(?m)^order=.*$", "order=" + order);
    Files.writeString(source.resolve("content/exercises/" + NAME + ".md"), text);
    copyPictures(source, model, NAME);

    Pipeline.Outcome outcome = Pipeline.run(source, source.resolveSibling("website"), Map.of());
    assertFalse(outcome.failed(), "adding an exercise as the guide says must build cleanly:\n" + String.join("\n", outcome.lines()));
    Path out = outcome.bake().output();
    assertTrue(Files.isRegularFile(out.resolve("exercises/" + NAME + ".html")), "the new page is published");

    Document list = Site.parse(out, Path.of("exercises/index.html"));
    List<String> titles = list.select(".ub-results .ub-card__title").eachText();
    assertEquals(TITLE, titles.get(titles.size() - 1), "the highest order comes last in the exercises list");

    for (String muscle : Content.values(model, "muscles")) {
      Document browse = Site.parse(out, Path.of("muscles/" + muscle + ".html"));
      assertTrue(browse.select(".ub-card__link[href$=exercises/" + NAME + ".html]").size() == 1,
          "the browse page for " + muscle + " lists the new exercise");
    }
    // The copy has the model's kind, position and muscles: it lists the model among its related
    // exercises unless three moves of the same profile come before it in the site's order.
    Document copyPage = Site.parse(out, Path.of("exercises/" + NAME + ".html"));
    List<String> related = copyPage.select(".ub-related .ub-card__link").eachAttr("href");
    assertFalse(related.isEmpty(), "the new page lists related exercises");
    String modelFile = model.outputPath().substring(model.outputPath().lastIndexOf('/') + 1);
    long sameProfileBefore = Content.published("exercise").stream()
        .filter(f -> !f.path.equals(model.path) && f.get("kind").equals(model.get("kind"))
            && Content.values(f, "muscles").containsAll(Content.values(model, "muscles"))
            && Content.values(f, "position").stream().anyMatch(Content.values(model, "position")::contains)
            && Integer.parseInt(f.get("order")) < Integer.parseInt(model.get("order")))
        .count();
    if (sameProfileBefore < 3) {
      assertTrue(related.stream().anyMatch(h -> h.endsWith(modelFile)), "related exercises of the copy: " + related);
    }

    // Previous/next follow the order: the page before the new one links to it.
    Document newPage = Site.parse(out, Path.of("exercises/" + NAME + ".html"));
    assertFalse(newPage.select(".ub-pager a[rel=prev]").isEmpty(), "the last exercise has a previous link");
    assertTrue(newPage.select(".ub-pager a[rel=next]").isEmpty(), "the last exercise has no next link");

    assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("exercises/" + NAME + ".html"), "sitemap");
    assertTrue(Files.readString(out.resolve("feed.xml")).contains("exercises/" + NAME + ".html"), "feed");
    assertTrue(Files.readString(out.resolve("search-index.json")).contains("exercises/" + NAME + ".html"), "search index");
    assertTrue(Files.readString(out.resolve("sw.js")).contains("\"exercises/" + NAME + ".html\""), "saved for offline use");
    assertTrue(Site.parse(out, Path.of("routine.html")).getElementById("ub-routine-data").wholeText().contains("\"id\":\"" + NAME + "\""),
        "can be added to a routine");
  }

  @Test
  void removingAnExerciseAndATipBuildsCleanly() throws IOException {
    Path source = Bake.copyProject("grow-remove");
    ContentFile exercise = Content.published("exercise").get(1);
    ContentFile tip = Content.published("tip").get(1);
    // Pages may link to what was removed: an editor removes those links too (the build names them).
    Files.delete(source.resolve(exercise.path));
    Files.delete(source.resolve(tip.path));
    unlink(source, exercise.outputPath(), tip.outputPath());

    Pipeline.Outcome outcome = Pipeline.run(source, source.resolveSibling("website"), Map.of());
    assertFalse(outcome.failed(), "removing content must build cleanly:\n" + String.join("\n", outcome.lines()));
    Path out = outcome.bake().output();
    assertFalse(Files.exists(out.resolve(exercise.outputPath())), "the removed exercise is gone");
    for (String file : List.of("sitemap.xml", "feed.xml", "search-index.json", "exercises/index.html", "tips/index.html")) {
      String text = Files.readString(out.resolve(file));
      assertFalse(text.contains(exercise.outputPath()) || text.contains(tip.outputPath()), file + " still names a removed page");
    }
  }

  /** "Add its pictures": the model's block in data/figures.yaml, copied under the new name. */
  private static void copyPictures(Path source, ContentFile model, String id) throws IOException {
    String name = model.path.substring(model.path.lastIndexOf('/') + 1).replace(".md", "");
    Path figures = source.resolve("data/figures.yaml");
    String yaml = Files.readString(figures);
    Matcher block = Pattern.compile("(?ms)^  " + Pattern.quote(name)
        + ":\\n(.*?)(?=^  \\S|\\z)").matcher(yaml);
    assertTrue(block.find(), "no block " + name + ": in data/figures.yaml");
    Files.writeString(figures, yaml.stripTrailing() + "\n\n  " + id + ":\n" + block.group(1));
  }

  /** Turns Markdown links to the removed pages into plain text, as an editor would. */
  private static void unlink(Path source, String... pages) throws IOException {
    for (ContentFile f : org.upperback.check.ContentCheck.read(source)) {
      Path file = source.resolve(f.path);
      String text = Files.readString(file);
      String changed = text;
      for (String page : pages) {
        String name = page.substring(page.lastIndexOf('/') + 1).replace(".", "\\.");
        changed = changed.replaceAll("\\[([^\\]]*)\\]\\([^)]*" + name + "[^)]*\\)", "$1");
      }
      if (!changed.equals(text)) {
        Files.writeString(file, changed);
      }
    }
  }
}
