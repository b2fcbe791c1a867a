package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
