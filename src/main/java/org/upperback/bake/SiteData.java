package org.upperback.bake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.model.DocumentModel;

/**
 * What every page of a bake reads, made once per bake and handed to each page as
 * {@code content.site_data}, so no template loops over all pages or the vocabularies:
 * <ul>
 *   <li>{@code ui}, {@code vocabulary}, {@code figures}: data/ui.yaml, data/vocabulary.yaml, data/figures.yaml;
 *   <li>{@code term_names}: facet, then term id, to the term's name;
 *   <li>{@code by_term}: facet, then term id, to the published exercises with that term, in site order;
 *   <li>{@code fragments}: markup rendered once per bake and key (see {@link Fragments}; templates use
 *       {@code lib.fragment}).
 * </ul>
 * Each document also gets {@code terms}: facet to the term ids of its header field, as a list.
 * (FreeMarker compares strings with a locale collator, even for equality; looking terms up in
 * these maps instead took the browse pages from about a second each to milliseconds at 5000 pages.)
 */
final class SiteData {
  private SiteData() {}

  /** The vocabularies in data/vocabulary.yaml: its keys whose value is a list of terms. */
  static Set<String> facets(Map<String, Object> vocabulary) {
    Set<String> out = new LinkedHashSet<>();
    vocabulary.forEach((k, v) -> {
      if (v instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(t -> t instanceof Map<?, ?>)) {
        out.add(k);
      }
    });
    return out;
  }

  static Map<String, Object> of(Map<String, Object> ui, Map<String, Object> vocabulary, List<DocumentModel> exercises) {
    Map<String, Map<String, Object>> names = new HashMap<>();
    Map<String, Map<String, List<DocumentModel>>> byTerm = new HashMap<>();
    for (String facet : facets(vocabulary)) {
      Map<String, Object> n = new LinkedHashMap<>();
      Map<String, List<DocumentModel>> docs = new LinkedHashMap<>();
      for (Object term : (List<?>) vocabulary.get(facet)) {
        Map<?, ?> t = (Map<?, ?>) term;
        String id = String.valueOf(t.get("id"));
        n.put(id, t.get("name"));
        docs.put(id, new ArrayList<>());
      }
      for (DocumentModel d : exercises == null ? List.<DocumentModel>of() : exercises) {
        for (String id : split(d.get(facet))) {
          docs.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
        }
      }
      names.put(facet, n);
      byTerm.put(facet, docs);
    }
    Map<String, Object> out = new HashMap<>(Map.of("ui", ui, "vocabulary", vocabulary, "term_names", names, "by_term", byTerm));
    if (Fragments.enabled()) {
      out.put("fragments", new Fragments());
    }
    return Map.copyOf(out);
  }

  /** The same site data with one more entry. */
  static Map<String, Object> with(Map<String, Object> siteData, String key, Object value) {
    Map<String, Object> out = new HashMap<>(siteData);
    out.put(key, value);
    return Map.copyOf(out);
  }

  static List<DocumentModel> withTerms(List<DocumentModel> docs, Set<String> facets) {
    for (DocumentModel d : docs) {
      withTerms(d, facets);
    }
    return docs;
  }

  static DocumentModel withTerms(DocumentModel d, Set<String> facets) {
    Map<String, List<String>> terms = new HashMap<>();
    for (String facet : facets) {
      if (d.containsKey(facet)) {
        terms.put(facet, split(d.get(facet)));
      }
    }
    d.put("terms", terms);
    return d;
  }

  /** A header field as a list: "a, b ,c" gives [a, b, c] (JBake keeps header values as strings). */
  static List<String> split(Object value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(String.valueOf(value).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
