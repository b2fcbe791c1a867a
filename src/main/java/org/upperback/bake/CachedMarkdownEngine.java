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
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine, with the same output, but building flexmark's parser and renderer once per
 * set of {@code markdown.extensions} instead of once per file: building them (extension loading,
 * option maps) cost more than parsing a page.
 *
 * <p>JBake lets the last-registered engine for an extension win and reads this jar's descriptor
 * before its own, so a descriptor file would lose to JBake's engine. {@link #install()} puts this
 * engine in place instead; it runs when JBake loads the model extractors, at the start of every bake
 * and before the crawl.
 */
public class CachedMarkdownEngine extends MarkdownEngine {
  private record Flexmark(Parser parser, HtmlRenderer renderer) {}

  // flexmark's Parser and HtmlRenderer are immutable once built and safe to share between threads.
  private static final Map<List<String>, Flexmark> BUILT = new ConcurrentHashMap<>();

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
    Flexmark f = BUILT.computeIfAbsent(List.copyOf(context.getConfig().getMarkdownExtensions()),
        CachedMarkdownEngine::build);
    context.setBody(f.renderer().render(f.parser().parse(context.getBody())));
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
