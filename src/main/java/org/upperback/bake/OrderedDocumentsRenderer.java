package org.upperback.bake;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.util.DataFileUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every content page, in place of JBake 2.7's DocumentsRenderer (which runs after this one
 * and finds nothing to do: {@link Database} stores every document as rendered). JBake's renderer
 * queries and sorts the whole type once per page to find the previous and next page, and marks pages
 * rendered one statement at a time: quadratic, about 4 minutes for 5000 exercises. This one reads
 * each type once, so a build grows linearly.
 *
 * <p>It also gives each page what would otherwise cost a scan of all pages in the template:
 * {@code previousContent} and {@code nextContent} in the site's order (the `order` header, not the
 * date), for exercises {@code related}: up to three others that share the most muscles, and
 * {@code site_data} (see {@link SiteData}).
 *
 * <p>Pages render on all cores, through JBake's Renderer with a {@link PageEngine} (JBake's own
 * renderer, passed in, is not used). The database is only used here, on the calling thread, before
 * the pages are handed out: templates read the lists this class and
 * {@link OrderedPublishedExtractor} made; the page engine has no database (OrientDB sessions must
 * not be shared between threads). The system property {@code upperback.bake.threads} sets the
 * number of threads (1: one page at a time, and no Markdown converted ahead).
 */
public class OrderedDocumentsRenderer implements RenderingTool {
  private static final Logger LOG = LoggerFactory.getLogger(OrderedDocumentsRenderer.class);
  static final String RELATED_TYPE = "exercise";
  static final String RELATED_FIELD = "muscles";
  static final int RELATED_LIMIT = 3;
  /** The published lists the templates read, fetched (and so cached) before rendering starts. */
  static final List<String> TEMPLATE_LISTS = List.of("published_exercises", "published_tips");

  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
    // Every page reads these two data files; one query each per bake instead of per page.
    DataFileUtil data = new DataFileUtil(db, config.getDataFileDocType());
    Map<String, Object> vocabulary = data.get("vocabulary.yaml");
    Set<String> facets = SiteData.facets(vocabulary);
    Map<String, List<DocumentModel>> byType = new HashMap<>();
    for (String key : TEMPLATE_LISTS) {
      String type = key.substring("published_".length(), key.length() - 1);
      byType.put(type, SiteData.withTerms(templateList(db, key), facets));
    }
    Map<String, Object> shared = SiteData.of(data.get("ui.yaml"), vocabulary, byType.get(RELATED_TYPE));

    if (!Database.storesDocumentsAsRendered(db)) {
      // JBake's DocumentsRenderer would then render every page a second time, one query per page.
      throw new RenderingException("upper-back JBake extension: documents were stored before the extension"
          + " could mark them rendered (OrderedPublishedExtractor was not created after the database opened)");
    }
    List<DocumentModel> pages = new ArrayList<>();
    for (String type : DocumentTypes.getDocumentTypes()) {
      if (type.equals(config.getDataFileDocType())) {
        continue;
      }
      List<DocumentModel> list = byType.computeIfAbsent(type, t -> SiteData.withTerms(Ordered.published(db, t), facets));
      Related related = RELATED_TYPE.equals(type) ? new Related(list, RELATED_FIELD, RELATED_LIMIT) : null;
      for (int i = 0; i < list.size(); i++) {
        DocumentModel page = list.get(i);
        page.setPreviousContent(i > 0 ? list.get(i - 1) : null);
        page.setNextContent(i < list.size() - 1 ? list.get(i + 1) : null);
        if (related != null) {
          page.put("related", related.of(i));
        }
        page.put("site_data", shared);
        pages.add(page);
      }
      // Drafts (and pages with a future date) are not in the published list; JBake renders them too.
      if (db.getDocumentCount(type) > list.size()) {
        Set<String> published = new HashSet<>();
        list.forEach(d -> published.add(d.getSourceuri()));
        for (DocumentModel doc : db.getAllContent(type)) {
          if (!published.contains(doc.getSourceuri())) {
            SiteData.withTerms(doc, facets).put("site_data", shared);
            if (related != null) {
              doc.put("related", related.of(doc));
            }
            pages.add(doc);
          }
        }
      }
    }
    // JBake's Renderer (paths, drafts, writing) with the page engine above in place of JBake's.
    Renderer pageRenderer = new Renderer(db, config, new PageEngine(db, config));
    // The crawl is over, so the Markdown cache is complete: written while the pages render.
    Thread save = new Thread(OrderedDocumentsRenderer::saveMarkdownCache, "upper-back-markdown-cache");
    save.start();
    List<String> errors = renderAll(pageRenderer, pages);
    try {
      save.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!errors.isEmpty()) {
      throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
    }
    return pages.size();
  }

  private static void saveMarkdownCache() {
    try {
      CachedMarkdownEngine.saveCache();
    } catch (IOException | RuntimeException e) {
      // Not worth failing a build for: the next bake converts every body again.
      LOG.warn("upper-back: could not write the Markdown cache: {}", e.toString());
    }
  }

  /** Threads a bake uses: {@code upperback.bake.threads}, or one per core. */
  static int threads() {
    return Math.max(1, Integer.getInteger("upperback.bake.threads", Runtime.getRuntime().availableProcessors()));
  }

  /** Renders the pages on worker threads; returns one message per failed page, in page order. */
  static List<String> renderAll(Renderer renderer, List<DocumentModel> pages) throws RenderingException {
    int threads = Math.max(1, Math.min(pages.size(), threads()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "upper-back-render");
      t.setDaemon(true);
      return t;
    });
    List<String> errors = new ArrayList<>();
    try {
      List<Future<?>> done = new ArrayList<>(pages.size());
      for (DocumentModel page : pages) {
        done.add(pool.submit(() -> {
          renderer.render(page);
          return null;
        }));
      }
      for (int k = 0; k < pages.size(); k++) {
        try {
          done.get(k).get();
        } catch (ExecutionException e) {
          errors.add(pages.get(k).getSourceuri() + ": " + e.getCause().getMessage());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderingException("interrupted while rendering pages");
    } finally {
      pool.shutdownNow();
    }
    return errors;
  }

  @SuppressWarnings("unchecked")
  private static List<DocumentModel> templateList(ContentStore db, String key) throws RenderingException {
    try {
      return (List<DocumentModel>) ModelExtractors.getInstance().extractAndTransform(db, key, new HashMap<>(), (k, v) -> v);
    } catch (NoModelExtractorException e) {
      throw new RenderingException("the extension's model extractor for " + key + " is not registered: " + e.getMessage());
    }
  }

  @Override
  public int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config)
      throws RenderingException {
    throw new UnsupportedOperationException("JBake 2.7 calls render(Renderer, ContentStore, JBakeConfiguration)");
  }

}
