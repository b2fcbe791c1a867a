package org.upperback.bake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * {@code published_exercises}, {@code published_tips} (and the plural keys JBake would otherwise
 * register for them) in the site's order, queried once per bake. JBake's own extractor runs a fresh
 * query every time a template reads the variable. JBake makes a new instance of each extractor at
 * the start of every bake, so nothing is kept from one bake to the next.
 */
public class OrderedPublishedExtractor implements ModelExtractor<List<DocumentModel>> {
  private final Map<String, List<DocumentModel>> cache = new ConcurrentHashMap<>();

  public OrderedPublishedExtractor() {
    // JBake makes the extractors after opening the database and before the crawl: the one hook the
    // extension has there.
    CachedMarkdownEngine.install();
    Database.storeDocumentsAsRendered();
  }

  @Override
  public List<DocumentModel> get(ContentStore db, Map model, String key) {
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
