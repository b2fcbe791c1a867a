package org.upperback.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentFile;
import org.upperback.support.Readability;
import org.upperback.support.Content;
import org.upperback.support.Site;

/** Every page reads at a 12-year-old's level: Flesch-Kincaid grade 7 or below (body text and summary). */
class ReadingLevelTest {
  static final double MAX_GRADE = 7.0;

  @Test
  void everyContentPageReadsAtGradeSevenOrBelow() {
    List<String> tooHard = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (ContentFile f : Content.all()) {
      if (!f.path.endsWith(".md") || f.fields.isEmpty()) {
        continue;
      }
      Readability.Score s = Readability.ofMarkdown(f.body, f.get("summary"));
      all.append(String.format("%n  %-45s grade %.1f (%d words)", f.path, s.grade(), s.words()));
      if (s.grade() > MAX_GRADE) {
        tooHard.add(String.format("%s: grade %.1f (%d words in %d sentences, %d syllables); at most %.0f: use shorter"
            + " sentences and everyday words", f.path, s.grade(), s.words(), s.sentences(), s.syllables(), MAX_GRADE));
      }
    }
    System.out.println("Reading grades:" + all);
    assertTrue(tooHard.isEmpty(), String.join("\n", tooHard));
  }

  @Test
  void theSyllableCounterAgreesWithADictionaryOnCommonWords() {
    String[][] words = {{"back", "1"}, {"muscle", "2"}, {"muscles", "2"}, {"shoulder", "2"}, {"exercise", "3"},
        {"simple", "2"}, {"make", "1"}, {"makes", "1"}, {"lifted", "2"}, {"pulled", "1"}, {"exercises", "4"},
        {"easy", "2"}, {"slowly", "2"}, {"12", "1"}, {"upper-back", "3"}};
    for (String[] w : words) {
      assertEquals(Integer.parseInt(w[1]), Readability.syllables(w[0]), w[0]);
    }
  }

  @Test
  void longWordsInLongSentencesScoreHigherThanShortPlainOnes() {
    double hard = Readability.ofMarkdown(List.of("Physiotherapists recommend progressive musculoskeletal"
        + " conditioning incorporating scapular stabilisation methodologies for individuals experiencing discomfort."))
        .grade();
    double easy = Readability.ofMarkdown(List.of("Lie down. Lift your arms. Hold for two seconds.")).grade();
    assertTrue(hard > MAX_GRADE && easy < MAX_GRADE, "hard " + hard + ", easy " + easy);
  }
}
