package org.upperback.bake;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Converts the crawl's Markdown files to HTML ahead of it, on the cores the crawl leaves idle
 * (through the bake's {@link MarkdownCache}, so unchanged bodies are only looked up). The
 * crawl asks for each file's HTML with the body JBake read; a result is used only if it was made
 * from exactly that body, so a file this class reads differently is simply converted again.
 *
 * <p>Files are taken in the crawl's order (each folder sorted, depth first), at most
 * {@link #AHEAD} ahead of it, so the results waiting stay under 10 MB (a head start of 512 files
 * covers the database start-up; 64 left this thread blocked for 0.7 s of it at 5000 pages). Files the crawl
 * passes over (JBake skips a file without type or status) are dropped when it moves past them.
 * With {@code upperback.bake.threads=1} nothing is converted ahead.
 */
final class Prefetch {
  static final int AHEAD = 512;
  private static final CompletableFuture<Result> CLAIMED = CompletableFuture.completedFuture(null);

  private record Result(String body, MarkdownCache.Converted converted) {}

  private final JBakeConfiguration config;
  private final Supplier<CachedMarkdownEngine.Flexmark> flexmark;
  private final MarkdownCache cache;
  private final List<File> files;
  private final Map<String, Integer> positions = new ConcurrentHashMap<>();
  private int passed; // files before this position the crawl has moved past (crawl thread only)
  private volatile int asked = -1; // position of the file the crawl asked for last
  private final AtomicInteger next = new AtomicInteger();
  private final Map<String, CompletableFuture<Result>> results = new ConcurrentHashMap<>();
  private final Semaphore room = new Semaphore(AHEAD);
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicInteger used = new AtomicInteger();
  private volatile boolean cancelled;

  private Prefetch(JBakeConfiguration config, Supplier<CachedMarkdownEngine.Flexmark> flexmark, MarkdownCache cache,
      List<File> files) {
    this.config = config;
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
    // The crawl has one thread; the others convert ahead of it.
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

  /** The HTML and words of {@code file} if they were made here from {@code body}; otherwise null. */
  MarkdownCache.Converted take(File file, String body) {
    Integer at = positions.get(key(file));
    if (at != null) {
      asked = at;
    }
    for (; at != null && passed < at; passed++) {
      release(results.put(key(files.get(passed)), CLAIMED)); // passed over: never asked for
    }
    CompletableFuture<Result> r = results.putIfAbsent(key(file), CLAIMED);
    if (r == null || r == CLAIMED) {
      return null; // not started: the crawl converts it, and the workers skip it
    }
    try {
      Result done = r.join();
      if (done != null && done.body().equals(body)) {
        used.incrementAndGet();
        return done.converted();
      }
      return null;
    } catch (RuntimeException e) {
      return null; // the crawl converts it again and reports any error the usual way
    } finally {
      release(results.put(key(file), CLAIMED)); // frees the memory of the result
    }
  }

  private void release(CompletableFuture<Result> taken) {
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
    int i;
    while (!cancelled && (i = next.getAndIncrement()) < files.size()) {
      File file = files.get(i);
      if (asked >= 0 && i <= asked + 2) {
        // The crawl has caught up and needs this file next or next but one: starting it now would
        // make the crawl wait, so the crawl converts it itself while this thread goes further on.
        // (Two, not one: a file costs the crawl about half what converting one costs, so it can
        // take about a third of the conversions; measured at 5000 pages, crawl 5.9 s to 4.9 s.)
        continue;
      }
      try {
        room.acquire();
      } catch (InterruptedException e) {
        return;
      }
      CompletableFuture<Result> mine = new CompletableFuture<>();
      if (results.putIfAbsent(key(file), mine) != null) {
        room.release(); // the crawl got there first
        continue;
      }
      try {
        String body = body(file);
        mine.complete(new Result(body, convert(body)));
      } catch (IOException | RuntimeException e) {
        mine.completeExceptionally(e);
      }
    }
  }

  /** The body as JBake's MarkupEngine makes it: the lines after the header separator, or all lines. */
  private String body(File file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Files.newInputStream(file.toPath()), Charset.forName(config.getRenderEncoding())))) {
      for (String line; (line = in.readLine()) != null; ) {
        lines.add(line);
      }
    }
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).replace("\uFEFF", ""));
    }
    StringBuilder body = new StringBuilder();
    boolean inBody = false;
    for (String line : lines) {
      if (inBody) {
        body.append(line).append('\n');
      }
      inBody |= line.equals(config.getHeaderSeparator());
    }
    if (body.length() == 0) {
      lines.forEach(line -> body.append(line).append('\n'));
    }
    return body.toString();
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
}
