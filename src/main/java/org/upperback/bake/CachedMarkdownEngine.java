package org.upperback.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;
import org.jbake.parser.ParserEngine;

/**
 * JBake's Markdown engine, with the same output, only faster, and with each body's search words:
 * <ul>
 *   <li>flexmark's parser and renderer are built once per set of {@code markdown.extensions}, not
 *       once per file (building them cost more than parsing a page), and only when a body is not
 *       in the {@link MarkdownCache} of bodies converted by earlier builds;
 *   <li>the crawl reads files one at a time on one thread, so {@link Prefetch} parses the next
 *       files on the other cores meanwhile, from the moment the bake is set up ({@link EarlyStart}).
 * </ul>
 *
 * <p>JBake lets the last-registered engine for an extension win and reads this jar's descriptor
 * before its own, so a descriptor file would lose to JBake's engine. {@link #install()} puts this
 * engine in place instead; it runs when JBake loads the model extractors, at the start of every bake
 * and before the crawl.
 */
public class CachedMarkdownEngine extends MarkdownEngine {
  /** The document field with the body's words for the search index (see {@link Ordered#searchWords}). */
  static final String SEARCH_WORDS = "search_words";
  record Flexmark(Parser parser, HtmlRenderer renderer) {
    String html(String markdown) {
      return renderer.render(parser.parse(markdown));
    }
  }

  // flexmark's Parser and HtmlRenderer are immutable once built and safe to share between threads.
  private static final Map<List<String>, Flexmark> BUILT = new ConcurrentHashMap<>();
  /** The current bake's prefetch, started by the first file of the crawl. */
  private static Prefetch prefetch;

  /** Makes this the engine for .md files (once per JVM: the registry is a JBake singleton). */
  static void install() {
    if (Engines.get("md") instanceof CachedMarkdownEngine) {
      return;
    }
    try {
      // Engines.register would log a warning for replacing an engine on every build; the map does not.
      Field instance = Engines.class.getDeclaredField("INSTANCE");
      Field parsers = Engines.class.getDeclaredField("parsers");
      instance.setAccessible(true);
      parsers.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<String, ParserEngine> map = (Map<String, ParserEngine>) parsers.get(instance.get(null));
      map.put("md", new CachedMarkdownEngine());
    } catch (ReflectiveOperationException | RuntimeException e) {
      Engines.register("md", new CachedMarkdownEngine()); // same effect, with JBake's warning
    }
  }

  /** The document parsed ahead by {@link Prefetch} if there is one, else parsed here by JBake's code. */
  @Override
  public DocumentModel parse(JBakeConfiguration config, File file) {
    Prefetch p = prefetch(config);
    Prefetch.Parsed ahead = p.take(file);
    DocumentModel model = ahead != null ? ahead.model() : super.parse(config, file);
    if (model != null) {
      p.keep(model);
    }
    return model;
  }

  /**
   * The documents of {@code type} this bake's crawl parsed, as JBake stored them (the crawl finishes
   * each one before storing it), or null before the first bake.
   */
  static List<DocumentModel> parsed(String type) {
    Prefetch p;
    synchronized (CachedMarkdownEngine.class) {
      p = prefetch;
    }
    return p == null ? null : p.kept(type);
  }

  @Override
  public void processBody(ParserContext context) {
    prefetch(context.getConfig()).convertBody(context);
  }

  /** The bake's prefetch (each bake has its own configuration object); a new bake drops the last one's. */
  static synchronized Prefetch prefetch(JBakeConfiguration config) {
    if (prefetch == null || !prefetch.isFor(config)) {
      if (prefetch != null) {
        prefetch.cancel();
      }
      List<String> extensions = config.getMarkdownExtensions();
      Object folder = config.get(MarkdownCache.FOLDER);
      MarkdownCache cache = new MarkdownCache(folder == null || String.valueOf(folder).isBlank() ? null
          : Path.of(String.valueOf(folder)), version(extensions));
      prefetch = Prefetch.start(config, () -> flexmark(extensions), cache);
    }
    return prefetch;
  }

  /** Writes the current bake's Markdown cache (see {@link MarkdownCache#save}). */
  static void saveCache() throws IOException {
    MarkdownCache cache = currentCache();
    if (cache != null) {
      cache.save();
    }
  }

  /** The Markdown cache of the latest bake, or null before the first. */
  static synchronized MarkdownCache currentCache() {
    return prefetch == null ? null : prefetch.cache();
  }

  /**
   * Everything besides the body that the HTML and words depend on, for the Markdown cache: the
   * flexmark jar (its file name carries its version), the extensions, how {@link #build} turns them
   * into options and the rule of {@link Ordered#searchWords} (bump a number when one changes).
   */
  static String version(List<String> extensions) {
    String jar;
    try {
      jar = Path.of(Parser.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    } catch (URISyntaxException | RuntimeException e) {
      jar = "flexmark (unknown jar)"; // still a stable value within one set-up
    }
    return jar + " options 1 words 1 " + String.join(",", extensions);
  }

  static Flexmark flexmark(List<String> extensions) {
    return BUILT.computeIfAbsent(List.copyOf(extensions), CachedMarkdownEngine::build);
  }

  /** The options exactly as JBake 2.7's MarkdownEngine makes them: "-NAME" removes, "+NAME" or "NAME" adds. */
  static Flexmark build(List<String> names) {
    int extensions = PegdownExtensions.NONE;
    for (String name : names) {
      if (name.startsWith("-")) {
        extensions &= ~extension(name.substring(1));
      } else {
        extensions |= extension(name.startsWith("+") ? name.substring(1) : name);
      }
    }
    DataHolder options = PegdownOptionsAdapter.flexmarkOptions(extensions);
    return new Flexmark(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
  }

  private static int extension(String name) {
    try {
      return PegdownExtensions.class.getDeclaredField(name).getInt(null);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      return PegdownExtensions.NONE; // as JBake: an unknown name adds nothing
    }
  }
}
