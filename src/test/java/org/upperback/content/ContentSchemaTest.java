package org.upperback.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentCheck;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;

/** The real content meets the schema, and the schema holds the fields DESIGN.md promises. */
class ContentSchemaTest {

  @Test
  void realContentHasNoProblems() {
    var problems = ContentCheck.check(Site.project());
    assertTrue(problems.isEmpty(), String.join("\n", problems.stream().map(Object::toString).toList()));
  }

  @Test
  void everyExerciseCarriesItsFactsInHeaderFields() {
    List<ContentFile> exercises = Content.published("exercise");
    List<String> names = exercises.stream().map(f -> f.path.replaceAll(".*/|\\.md$", "")).toList();
    assertTrue(names.containsAll(List.of("lat-pulldown", "prone-y-t", "pull-up-chin-up", "reverse-fly", "row", "superman")),
        "the six exercises of the clinic's article: " + names);
    for (ContentFile f : exercises) {
      for (String field : List.of("title", "summary", "kind", "muscles", "equipment", "difficulty", "start-sets", "sets",
          "reps", "frequency", "order", "reviewed", "review-by", "sources", "date", "status")) {
        assertTrue(!f.get(field).isEmpty(), f.path + " lacks " + field);
      }
      assertTrue(f.get("frequency").contains("2 to 3"), f.path + ": the advice is 2 to 3 times a week");
    }
    assertTrue(Content.published("tip").stream().map(f -> f.path.replaceAll(".*/|\\.md$", "")).toList().containsAll(
        List.of("be-consistent", "focus-on-form", "include-variety", "listen-to-your-body", "start-slow")), "the five tips");
  }

  /** The source article sits in ../shared/seed beside a checkout of this project (not in the repository). */
  @Test
  void noSentenceOfTheSourceArticleIsCopied() {
    java.nio.file.Path source = Site.project().resolveSibling("shared/seed/upper-back-article.txt");
    // Without the article (e.g. on GitHub's runners) its two best-known lines still may not appear.
    String article = java.nio.file.Files.isRegularFile(source) ? Site.read(source)
        : "Strengthen Your Upper Back & Banish Pain With These Exercises. "
            + "The upper back is a critical area of the body that often gets neglected in our daily exercise routines.";
    int checked = 0;
    for (String sentence : article.split("(?<=[.!?])\\s+|\\n")) {
      String s = sentence.strip().replaceAll("\\s+", " ");
      if (s.split(" ").length < 6) {
        continue;
      }
      checked++;
      for (ContentFile f : ContentCheck.read(Site.project())) {
        String body = String.join(" ", f.body).replaceAll("\\s+", " ") + " " + String.join(" ", f.fields.values());
        assertTrue(!body.contains(s), f.path + " copies a sentence of the source article: " + s);
      }
    }
    assertTrue(checked >= 2, "no sentences to compare");
  }
}
