package org.upperback.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentCheck;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;

/** The real content meets the schema, and the schema holds the fields the editor's guide promises. */
class ContentSchemaTest {

  @Test
  void realContentHasNoProblems() {
    var problems = ContentCheck.check(Site.project());
    assertTrue(problems.isEmpty(), String.join("\n", problems.stream().map(Object::toString).toList()));
  }

  /** The clinic's article has six exercises and five tips: the site keeps at least that many, each complete. */
  @Test
  void everyExerciseCarriesItsFactsInHeaderFields() {
    List<ContentFile> exercises = Content.published("exercise");
    assertTrue(exercises.size() >= 6, "at least the six exercises of the clinic's article, found " + exercises.size());
    for (ContentFile f : exercises) {
      for (String field : List.of("title", "summary", "muscles", "equipment", "difficulty", "sets", "reps", "frequency",
          "order", "reviewed", "date", "status")) {
        assertTrue(!f.get(field).isEmpty(), f.path + " lacks " + field);
      }
    }
    assertTrue(Content.published("tip").size() >= 5, "at least the five tips of the clinic's article");
  }

  /** The pages are written in the project's own words: the source article's best-known lines never appear. */
  @Test
  void noSentenceOfTheSourceArticleIsCopied() {
    String article = "Strengthen Your Upper Back & Banish Pain With These Exercises. "
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
