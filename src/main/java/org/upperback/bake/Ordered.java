package org.upperback.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

/** The site's one ordering of documents within a type: the numeric `order` header, then title. */
final class Ordered {
  private Ordered() {}

  static final Comparator<DocumentModel> BY_ORDER = Comparator
      .comparingLong((DocumentModel d) -> number(d.get("order")))
      .thenComparing(d -> String.valueOf(d.getTitle()));

  static List<DocumentModel> published(ContentStore db, String type) {
    List<DocumentModel> list = new ArrayList<>(db.getPublishedContent(type));
    list.sort(BY_ORDER);
    return list;
  }

  private static long number(Object value) {
    try {
      return Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE; // unordered documents go last; the content check requires `order` where it matters
    }
  }
}
