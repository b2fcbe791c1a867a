package org.upperback.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractor;

/**
 * {@code published_exercises}, {@code published_tips} (and the plural keys JBake would otherwise
 * register for them) and {@code published_all} in the site's order, queried once per bake. JBake's own extractor runs a fresh
 * query every time a template reads the variable. JBake makes a new instance of each extractor at
 * the start of every bake, so nothing is kept from one bake to the next.
 */
public class OrderedPublishedExtractor implements ModelExtractor<List<DocumentModel>> {
  /**
   * Every published document of every type, by URI in code-point order: the same on every machine
   * (FreeMarker's {@code ?sort_by} compares with the locale's collator, and ran 60,000 of those
   * comparisons at 5000 pages). For the sitemap; JBake's own {@code published_content} also
   * queries the database again for all of them.
   */
  static final String ALL = "published_all";
  private final Map<String, List<DocumentModel>> cache = new ConcurrentHashMap<>();

  public OrderedPublishedExtractor() {
    // JBake makes the extractors after opening the database and before the crawl: the one hook the
    // extension has there.
    CachedMarkdownEngine.install();
    Database.storeDocumentsAsRendered();
  }

  @Override
  public List<DocumentModel> get(ContentStore db, Map model, String key) {
    if (ALL.equals(key)) {
      List<DocumentModel> all = cache.get(key);
      if (all == null) { // not in computeIfAbsent: it fills the cache with each type's list
        all = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
          all.addAll(get(db, model, type + "s"));
        }
        all.sort(Comparator.comparing(d -> String.valueOf(d.getUri())));
        cache.put(key, all);
      }
      return all;
    }
    String plural = key.startsWith("published_") ? key.substring("published_".length()) : key;
    return cache.computeIfAbsent(plural, k -> {
      List<DocumentModel> list = Ordered.published(db, k.substring(0, k.length() - 1));
      // For search-index.json. Markdown documents have their words from the crawl (CachedMarkdownEngine);
      // others get them here, on all cores, each thread its own documents.
      list.parallelStream().filter(d -> !(d.get(CachedMarkdownEngine.SEARCH_WORDS) instanceof String))
          .forEach(d -> d.put(CachedMarkdownEngine.SEARCH_WORDS, Ordered.searchWords(d.getBody())));
      return list;
    });
  }
}
