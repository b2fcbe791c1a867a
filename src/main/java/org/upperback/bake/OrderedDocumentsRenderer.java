package org.upperback.bake;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.PropertyList;
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
 * renderer, passed in, is not used), and so do the feed, search index, sitemap and archive (see
 * {@link #siteFiles}). The database is only used here, on the calling thread, before anything is
 * handed out: templates read the lists this class and {@link OrderedPublishedExtractor} made; the
 * page engine has no database (OrientDB sessions must not be shared between threads). The system
 * property {@code upperback.bake.threads} sets the number of threads (1: one page at a time, and
 * no file parsed ahead).
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
    shared = SiteData.with(shared, "figures", data.get("figures.yaml"));
    templateList(db, OrderedPublishedExtractor.ALL); // for the sitemap, which renders with the pages

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
    Renderer pageRenderer = new Renderer(db, config, new PageEngine(db, config, shared));
    List<Task> tasks = siteFiles(pageRenderer, config); // first: each is as long as hundreds of pages
    for (DocumentModel page : pages) {
      tasks.add(new Task(page.getSourceuri(), () -> pageRenderer.render(page)));
    }
    // The crawl is over, so the Markdown cache is complete: written while the pages render.
    Thread save = new Thread(OrderedDocumentsRenderer::saveMarkdownCache, "upper-back-markdown-cache");
    save.start();
    List<String> errors = renderAll(tasks);
    try {
      save.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!errors.isEmpty()) {
      throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
    }
    return tasks.size();
  }

  /** Something to render, and the name an error message gives it. */
  record Task(String name, Step step) {}

  interface Step {
    void run() throws Exception;
  }

  /**
   * JBake's files made from the whole site (feed, search index, sitemap, archive), when they are
   * switched on: rendered here, on the same threads as the pages, and switched off for the rest of
   * this bake, so JBake's own renderers do not render them again one after another once the pages
   * are done (0.7 s at 5000 pages). They read the lists prepared above; a paginated index reads the
   * database, so it is left to JBake.
   */
  private static List<Task> siteFiles(Renderer renderer, JBakeConfiguration config) {
    List<Task> out = new ArrayList<>();
    List<String> off = new ArrayList<>();
    if (config.getRenderFeed()) {
      String file = config.getFeedFileName();
      out.add(new Task(file, () -> renderer.renderFeed(file)));
      off.add(PropertyList.RENDER_FEED.getKey());
    }
    if (config.getRenderIndex() && !config.getPaginateIndex()) {
      String file = config.getIndexFileName();
      out.add(new Task(file, () -> renderer.renderIndex(file)));
      off.add(PropertyList.RENDER_INDEX.getKey());
    }
    if (config.getRenderSiteMap()) {
      String file = config.getSiteMapFileName();
      out.add(new Task(file, () -> renderer.renderSitemap(file)));
      off.add(PropertyList.RENDER_SITEMAP.getKey());
    }
    if (config.getRenderArchive()) {
      String file = config.getArchiveFileName();
      out.add(new Task(file, () -> renderer.renderArchive(file)));
      off.add(PropertyList.RENDER_ARCHIVE.getKey());
    }
    off.forEach(key -> config.setProperty(key, false));
    SWITCHED_OFF.put(config, off);
    return out;
  }

  /** Settings {@link #siteFiles} switched off, per configuration, until its next bake starts. */
  private static final Map<JBakeConfiguration, List<String>> SWITCHED_OFF = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * Switches back on what the last bake with this configuration switched off. The Maven plugin makes
   * a configuration per bake, but JBake's own watch mode bakes again with the same one; called when
   * a bake is set up ({@link EarlyStart}).
   */
  static void switchSiteFilesBackOn(JBakeConfiguration config) {
    List<String> off = SWITCHED_OFF.remove(config);
    if (off != null) {
      off.forEach(key -> config.setProperty(key, true));
    }
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

  /** Runs the tasks on worker threads; returns one message per failed task, in task order. */
  static List<String> renderAll(List<Task> tasks) throws RenderingException {
    int threads = Math.max(1, Math.min(tasks.size(), threads()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "upper-back-render");
      t.setDaemon(true);
      return t;
    });
    List<String> errors = new ArrayList<>();
    try {
      List<Future<?>> done = new ArrayList<>(tasks.size());
      for (Task task : tasks) {
        done.add(pool.submit(() -> {
          task.step().run();
          return null;
        }));
      }
      for (int k = 0; k < tasks.size(); k++) {
        try {
          done.get(k).get();
        } catch (ExecutionException e) {
          errors.add(tasks.get(k).name() + ": " + message(e.getCause()));
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

  /** The failure and, when JBake wrapped it ("Failed to render feed"), what caused it. */
  private static String message(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == failure ? String.valueOf(failure.getMessage())
        : failure.getMessage() + ": " + root.getMessage();
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
