package org.upperback.bake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.model.DocumentModel;

/**
 * Related pages: the others of a list that share the most values of one header field (for
 * exercises, muscles), ties in list order, at most {@code limit}.
 *
 * <p>Documents with the same set of values score the same, so they are grouped once: a page is
 * scored against the groups (a few dozen at most), not against every other page, which made the
 * build quadratic (about 3 s of 5000 pages' build).
 */
final class Related {
  private final List<DocumentModel> ordered;
  private final String field;
  private final int limit;
  private final List<Set<String>> groupValues = new ArrayList<>();
  /** For each group, the positions of its documents in the list, ascending. */
  private final List<List<Integer>> groupMembers = new ArrayList<>();

  Related(List<DocumentModel> ordered, String field, int limit) {
    this.ordered = ordered;
    this.field = field;
    this.limit = limit;
    Map<Set<String>, Integer> groups = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      Set<String> values = values(ordered.get(i));
      Integer g = groups.get(values);
      if (g == null) {
        g = groupValues.size();
        groups.put(values, g);
        groupValues.add(values);
        groupMembers.add(new ArrayList<>());
      }
      groupMembers.get(g).add(i);
    }
  }

  /** Related pages of the list's own document at {@code position}. */
  List<DocumentModel> of(int position) {
    return best(values(ordered.get(position)), position);
  }

  /** Related pages of a document that is not in the list (a draft). */
  List<DocumentModel> of(DocumentModel doc) {
    return best(values(doc), -1);
  }

  private List<DocumentModel> best(Set<String> mine, int self) {
    // Each group can only contribute its first `limit` members (one group, one score, list order).
    List<long[]> candidates = new ArrayList<>(); // {score, position}
    for (int g = 0; g < groupValues.size(); g++) {
      int score = 0;
      for (String v : groupValues.get(g)) {
        score += mine.contains(v) ? 1 : 0;
      }
      if (score == 0) {
        continue;
      }
      int taken = 0;
      for (int position : groupMembers.get(g)) {
        if (position == self) {
          continue;
        }
        candidates.add(new long[] {score, position});
        if (++taken == limit) {
          break;
        }
      }
    }
    candidates.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0]) : Long.compare(a[1], b[1]));
    List<DocumentModel> out = new ArrayList<>(limit);
    for (int k = 0; k < Math.min(limit, candidates.size()); k++) {
      out.add(ordered.get((int) candidates.get(k)[1]));
    }
    return out;
  }

  private Set<String> values(DocumentModel doc) {
    return new HashSet<>(SiteData.split(doc.get(field)));
  }
}
