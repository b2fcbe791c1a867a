package org.upperback.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;
import org.jbake.parser.ParserEngine;

/**
 * JBake's Markdown engine, with the same output, only faster:
 * <ul>
 *   <li>flexmark's parser and renderer are built once per set of {@code markdown.extensions}, not
 *       once per file (building them cost more than parsing a page);
 *   <li>the crawl reads files one at a time on one thread, so {@link Prefetch} converts the next
 *       files on the other cores meanwhile, from the moment the bake is set up ({@link EarlyStart}).
 * </ul>
 *
 * <p>JBake lets the last-registered engine for an extension win and reads this jar's descriptor
 * before its own, so a descriptor file would lose to JBake's engine. {@link #install()} puts this
 * engine in place instead; it runs when JBake loads the model extractors, at the start of every bake
 * and before the crawl.
 */
public class CachedMarkdownEngine extends MarkdownEngine {
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

  @Override
  public void processBody(ParserContext context) {
    JBakeConfiguration config = context.getConfig();
    String html = prefetch(config).take(context.getFile(), context.getBody());
    context.setBody(html != null ? html : flexmark(config.getMarkdownExtensions()).html(context.getBody()));
  }

  /** The bake's prefetch (each bake has its own configuration object); a new bake drops the last one's. */
  static synchronized Prefetch prefetch(JBakeConfiguration config) {
    if (prefetch == null || !prefetch.isFor(config)) {
      if (prefetch != null) {
        prefetch.cancel();
      }
      prefetch = Prefetch.start(config, flexmark(config.getMarkdownExtensions()));
    }
    return prefetch;
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
