package org.upperback.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * Parses the crawl's Markdown files ahead of it, on the cores the crawl leaves idle: JBake's own
 * parser (header, then body), with the body's HTML and search words from the bake's
 * {@link MarkdownCache} or flexmark. The crawl's thread is left with what only it can do (hashing
 * each file, storing it in the database). A document parsed here is handed to the crawl only if the
 * file still has the size and modification time it had before and after it was read; otherwise the
 * crawl parses the file itself, as it would without this class.
 *
 * <p>Files are taken in the crawl's order (each folder sorted, depth first), at most
 * {@link #AHEAD} ahead of it, so the results waiting stay under 10 MB (a head start of 512 files
 * covers the database start-up; 64 left this thread blocked for 0.7 s of it at 5000 pages). Files the crawl
 * passes over (JBake skips a file without type or status) are dropped when it moves past them.
 * With {@code upperback.bake.threads=1} nothing is parsed ahead.
 */
final class Prefetch {
  static final int AHEAD = 512;
  private static final CompletableFuture<Parsed> CLAIMED = CompletableFuture.completedFuture(null);

  /** What JBake's parser made of a file (null: the file is not a valid document), and the file's state. */
  record Parsed(DocumentModel model, long length, long modified) {}

  private final JBakeConfiguration config;
  private final JBakeConfiguration frozen;
  private final Supplier<CachedMarkdownEngine.Flexmark> flexmark;
  private final MarkdownCache cache;
  private final List<File> files;
  private final Map<String, Integer> positions = new ConcurrentHashMap<>();
  private int passed; // files before this position the crawl has moved past (crawl thread only)
  private volatile int asked = -1; // position of the file the crawl asked for last
  private final AtomicInteger next = new AtomicInteger();
  private final Map<String, CompletableFuture<Parsed>> results = new ConcurrentHashMap<>();
  private final Semaphore room = new Semaphore(AHEAD);
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicInteger used = new AtomicInteger();
  private final List<DocumentModel> kept = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean cancelled;

  private Prefetch(JBakeConfiguration config, Supplier<CachedMarkdownEngine.Flexmark> flexmark, MarkdownCache cache,
      List<File> files) {
    this.config = config;
    this.frozen = FrozenConfiguration.of(config);
    this.flexmark = flexmark;
    this.cache = cache;
    this.files = files;
  }

  /** flexmark is asked for only when a body is not in the cache (building it loads many classes). */
  static Prefetch start(JBakeConfiguration config, Supplier<CachedMarkdownEngine.Flexmark> flexmark, MarkdownCache cache) {
    List<File> files = new ArrayList<>();
    list(config.getContentFolder(), config, files);
    Prefetch p = new Prefetch(config, flexmark, cache, files);
    for (int i = 0; i < files.size(); i++) {
      p.positions.put(key(files.get(i)), i);
    }
    // The crawl has one thread; the others parse ahead of it.
    int threads = OrderedDocumentsRenderer.threads() - 1;
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(p::work, "upper-back-markdown");
      t.setDaemon(true);
      p.workers.add(t);
      t.start();
    }
    return p;
  }

  boolean isFor(JBakeConfiguration c) {
    return c == config;
  }

  /** The HTML and search words of a body: from the Markdown cache, or made on the calling thread. */
  MarkdownCache.Converted convert(String body) {
    return cache.get(body, b -> flexmark.get().html(b));
  }

  MarkdownCache cache() {
    return cache;
  }

  /** How many files the crawl took from here (for tests). */
  int used() {
    return used.get();
  }

  /**
   * The document parsed here from {@code file} if the file has not changed since; otherwise null,
   * and the crawl parses the file itself.
   */
  Parsed take(File file) {
    Integer at = positions.get(key(file));
    if (at != null) {
      asked = at;
    }
    for (; at != null && passed < at; passed++) {
      release(results.put(key(files.get(passed)), CLAIMED)); // passed over: never asked for
    }
    CompletableFuture<Parsed> r = results.putIfAbsent(key(file), CLAIMED);
    if (r == null || r == CLAIMED) {
      return null; // not started: the crawl parses it, and the workers skip it
    }
    try {
      Parsed done = r.join();
      if (done != null && file.length() == done.length() && file.lastModified() == done.modified()) {
        used.incrementAndGet();
        return done;
      }
      return null;
    } catch (RuntimeException e) {
      return null; // the crawl parses it again and reports any error the usual way
    } finally {
      release(results.put(key(file), CLAIMED)); // frees the memory of the result
    }
  }

  /** Keeps a document the crawl parsed (see {@link Ordered#published}). */
  void keep(DocumentModel model) {
    kept.add(model);
  }

  /** The documents of {@code type} the crawl parsed, in its order. */
  List<DocumentModel> kept(String type) {
    synchronized (kept) {
      return kept.stream().filter(d -> type.equals(d.getType())).collect(Collectors.toCollection(ArrayList::new));
    }
  }

  /** Sets the context's body to its HTML and adds its search words (for the crawl and the workers). */
  void convertBody(ParserContext context) {
    MarkdownCache.Converted c = convert(context.getBody());
    context.setBody(c.html());
    context.getDocumentModel().put(CachedMarkdownEngine.SEARCH_WORDS, c.words());
  }

  private void release(CompletableFuture<Parsed> taken) {
    if (taken != null && taken != CLAIMED) {
      room.release();
    }
  }

  /** Waits until the workers have converted every file they will (for tests: at most AHEAD files). */
  void awaitWorkers() throws InterruptedException {
    for (Thread t : workers) {
      t.join();
    }
  }

  void cancel() {
    cancelled = true;
    workers.forEach(Thread::interrupt);
  }

  private void work() {
    Worker parser = new Worker(this); // JBake's MarkupEngine keeps the configuration in a field: one each
    int i;
    while (!cancelled && (i = next.getAndIncrement()) < files.size()) {
      File file = files.get(i);
      if (asked >= 0 && i <= asked + 2) {
        // The crawl has caught up and needs this file next or next but one: starting it now would
        // make the crawl wait, so the crawl parses it itself while this thread goes further on.
        // (Two, not one: a file costs the crawl about half what parsing one costs, so it can
        // take about a third of them; measured at 5000 pages, crawl 5.9 s to 4.9 s.)
        continue;
      }
      try {
        room.acquire();
      } catch (InterruptedException e) {
        return;
      }
      CompletableFuture<Parsed> mine = new CompletableFuture<>();
      if (results.putIfAbsent(key(file), mine) != null) {
        room.release(); // the crawl got there first
        continue;
      }
      try {
        long length = file.length();
        long modified = file.lastModified();
        DocumentModel model = parser.parse(frozen, file);
        boolean unchanged = file.length() == length && file.lastModified() == modified;
        mine.complete(unchanged ? new Parsed(model, length, modified) : null);
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
      }
    }
  }

  /** The crawl's order: each folder's entries sorted, folders entered where they sort. */
  private static void list(File folder, JBakeConfiguration config, List<File> out) {
    File[] entries = folder.listFiles(FileUtil.getFileFilter(config));
    if (entries == null) {
      return;
    }
    Arrays.sort(entries);
    for (File f : entries) {
      if (f.isFile() && "md".equals(FileUtil.fileExt(f))) {
        out.add(f);
      } else if (f.isDirectory()) {
        list(f, config, out);
      }
    }
  }

  private static String key(File file) {
    return file.getAbsolutePath();
  }

  /** JBake's Markdown parsing, with the body converted through the prefetch's cache. */
  private static final class Worker extends MarkdownEngine {
    private final Prefetch prefetch;

    Worker(Prefetch prefetch) {
      this.prefetch = prefetch;
    }

    @Override
    public void processBody(ParserContext context) {
      prefetch.convertBody(context);
    }
  }
}
