package org.upperback.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.jbake.util.DataFileUtil;

/**
 * Renders every content page, in place of JBake 2.7's DocumentsRenderer (which runs after this one
 * and then finds nothing left to do). JBake's renderer queries and sorts the whole type once per page
 * to find the previous and next page, and marks pages rendered one statement at a time: quadratic,
 * about 4 minutes for 5000 exercises. This one reads each type once, so a build grows linearly.
 *
 * <p>It also gives each page what would otherwise cost a scan of all pages in the template:
 * {@code previousContent} and {@code nextContent} in the site's order (the `order` header, not the
 * date), for exercises {@code related}: up to three others that share the most muscles, and
 * {@code site_data}: data/ui.yaml and data/vocabulary.yaml, read once per bake.
 */
public class OrderedDocumentsRenderer implements RenderingTool {
  static final String RELATED_TYPE = "exercise";
  static final String RELATED_FIELD = "muscles";
  static final int RELATED_LIMIT = 3;

  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
    Map<String, List<DocumentModel>> byType = new HashMap<>();
    Map<String, Map<String, Integer>> positions = new HashMap<>();
    Map<String, List<Set<String>>> relatedSets = new HashMap<>();
    List<String> errors = new ArrayList<>();
    int count = 0;
    // Every page reads these two data files; one query each per bake instead of per page (~1 ms each).
    DataFileUtil data = new DataFileUtil(db, config.getDataFileDocType());
    Map<String, Object> shared = Map.of("ui", data.get("ui.yaml"), "vocabulary", data.get("vocabulary.yaml"));
    for (DocumentModel doc : db.getUnrenderedContent()) {
      String type = doc.getType();
      List<DocumentModel> list = byType.computeIfAbsent(type, t -> Ordered.published(db, t));
      Map<String, Integer> at = positions.computeIfAbsent(type, t -> index(list));
      Integer i = at.get(doc.getSourceuri());
      doc.setPreviousContent(i != null && i > 0 ? list.get(i - 1) : null);
      doc.setNextContent(i != null && i < list.size() - 1 ? list.get(i + 1) : null);
      if (RELATED_TYPE.equals(type)) {
        List<Set<String>> sets = relatedSets.computeIfAbsent(type, t -> list.stream().map(OrderedDocumentsRenderer::values).toList());
        doc.put("related", related(doc, i == null ? -1 : i, list, sets));
      }
      doc.put("site_data", shared);
      try {
        renderer.render(doc);
        count++;
      } catch (Exception e) {
        errors.add(doc.getSourceuri() + ": " + e.getMessage());
      }
    }
    Bulk.markAllRendered(db);
    if (!errors.isEmpty()) {
      throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
    }
    return count;
  }

  @Override
  public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
      throws RenderingException {
    throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
  }

  private static Map<String, Integer> index(List<DocumentModel> list) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      at.put(list.get(i).getSourceuri(), i);
    }
    return at;
  }

  /** Others of the same type sharing values of RELATED_FIELD: most shared first, then site order. */
  static List<DocumentModel> related(DocumentModel doc, List<DocumentModel> ordered) {
    List<Set<String>> sets = new ArrayList<>(ordered.size());
    for (DocumentModel d : ordered) {
      sets.add(values(d));
    }
    return related(doc, ordered.indexOf(doc), ordered, sets);
  }

  /**
   * One pass over the type, keeping the best RELATED_LIMIT by index: linear per page. (Documents are
   * HashMaps, so they are never used as keys: hashing one hashes its whole body.)
   */
  static List<DocumentModel> related(DocumentModel doc, int self, List<DocumentModel> ordered, List<Set<String>> sets) {
    Set<String> mine = values(doc);
    int[] best = new int[RELATED_LIMIT];
    int[] score = new int[RELATED_LIMIT];
    int kept = 0;
    for (int i = 0; i < ordered.size(); i++) {
      if (i == self) {
        continue;
      }
      int n = 0;
      for (String v : sets.get(i)) {
        n += mine.contains(v) ? 1 : 0;
      }
      if (n == 0 || kept == RELATED_LIMIT && n <= score[kept - 1]) {
        continue; // ties keep the earlier document: site order breaks them
      }
      int at = kept < RELATED_LIMIT ? kept++ : kept - 1;
      while (at > 0 && score[at - 1] < n) {
        best[at] = best[at - 1];
        score[at] = score[at - 1];
        at--;
      }
      best[at] = i;
      score[at] = n;
    }
    List<DocumentModel> out = new ArrayList<>(kept);
    for (int k = 0; k < kept; k++) {
      out.add(ordered.get(best[k]));
    }
    return out;
  }

  private static Set<String> values(DocumentModel doc) {
    Set<String> out = new HashSet<>();
    Arrays.stream(String.valueOf(doc.getOrDefault(RELATED_FIELD, "")).split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }
}
