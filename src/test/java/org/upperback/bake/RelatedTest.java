package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/** Related exercises: most shared muscles first, then site order; never the page itself; at most three. */
class RelatedTest {

  private static DocumentModel doc(String name, String muscles) {
    DocumentModel d = new DocumentModel();
    d.setSourceUri(name + ".md");
    d.setTitle(name);
    d.put("muscles", muscles);
    return d;
  }

  @Test
  void ranksBySharedMusclesThenOrder() {
    DocumentModel self = doc("self", "a,b,c");
    DocumentModel one = doc("one", "a");
    DocumentModel none = doc("none", "x,y");
    DocumentModel three = doc("three", "c, b ,a");
    DocumentModel twoEarly = doc("twoEarly", "a,b");
    DocumentModel twoLate = doc("twoLate", "b,c");
    List<DocumentModel> ordered = List.of(one, self, none, twoEarly, three, twoLate);
    assertEquals(List.of(three, twoEarly, twoLate), new Related(ordered, "muscles", 3).of(ordered.indexOf(self)));
  }

  @Test
  void nothingSharedGivesNothing() {
    DocumentModel self = doc("self", "a");
    assertEquals(List.of(), new Related(List.of(self, doc("other", "b")), "muscles", 3).of(0));
  }

  @Test
  void matchesBruteForceOnRandomLists() {
    Random random = new Random(20260101L); // fixed seed: a failure is reproducible
    for (int round = 0; round < 300; round++) {
      List<DocumentModel> list = new ArrayList<>();
      int size = 1 + random.nextInt(40);
      int pool = 2 + random.nextInt(5); // few muscles: many documents share a set, more than three at times
      for (int i = 0; i < size; i++) {
        list.add(randomDoc(random, "d" + i, pool));
      }
      Related related = new Related(list, "muscles", 3);
      for (int i = 0; i < size; i++) {
        assertEquals(bruteForce(list, list.get(i), i), related.of(i), "round " + round + ", position " + i);
      }
      // A draft is not in the list: scored against every document of it, none excluded.
      DocumentModel draft = randomDoc(random, "draft", pool);
      assertEquals(bruteForce(list, draft, -1), related.of(draft), "round " + round + ", draft");
    }
  }

  /** Some of muscles m0..m(pool-1), in random order and spacing; sometimes no header, or an empty one. */
  private static DocumentModel randomDoc(Random random, String name, int pool) {
    int kind = random.nextInt(10);
    if (kind < 2) {
      DocumentModel d = doc(name, "");
      if (kind == 0) {
        d.remove("muscles"); // no header at all, as on a page without the field
      }
      return d;
    }
    List<String> muscles = new ArrayList<>();
    for (int m = 0; m < pool; m++) {
      if (random.nextInt(3) == 0) {
        muscles.add((random.nextBoolean() ? " " : "") + "m" + m);
      }
    }
    Collections.shuffle(muscles, random);
    return doc(name, String.join(",", muscles));
  }

  /** The requirement, plainly: score every other document, drop zeros, best score then list order, three. */
  private static List<DocumentModel> bruteForce(List<DocumentModel> list, DocumentModel self, int selfPosition) {
    Set<String> mine = muscles(self);
    List<int[]> scored = new ArrayList<>(); // {score, position}
    for (int j = 0; j < list.size(); j++) {
      if (j == selfPosition) {
        continue;
      }
      Set<String> shared = muscles(list.get(j));
      shared.retainAll(mine);
      if (!shared.isEmpty()) {
        scored.add(new int[] {shared.size(), j});
      }
    }
    scored.sort(Comparator.<int[]>comparingInt(s -> -s[0]).thenComparingInt(s -> s[1]));
    return scored.stream().limit(3).map(s -> list.get(s[1])).toList();
  }

  private static Set<String> muscles(DocumentModel d) {
    Set<String> out = new HashSet<>();
    Object value = d.get("muscles");
    if (value != null) {
      for (String m : value.toString().split(",")) {
        if (!m.isBlank()) {
          out.add(m.strip());
        }
      }
    }
    return out;
  }
}
