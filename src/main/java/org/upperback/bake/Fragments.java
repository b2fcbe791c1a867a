package org.upperback.bake;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A FreeMarker directive that renders its body once per key and bake, and writes the stored markup
 * wherever the same key comes again: {@code <@fragments key="...">markup</@fragments>}. Templates reach
 * it through {@code lib.fragment}. The key must name everything the markup depends on (the document,
 * the root prefix, any argument); the bake test renders the site with and without this cache and
 * compares every byte.
 *
 * <p>Why: at 5000 exercises an exercise's card appears on up to a dozen pages (its browse pages,
 * the lists, three "related" sections), and rendering cards was about 40 % of all render time.
 *
 * <p>Thread-safe: pages render on several threads. Two threads may render the same key at once;
 * both get the same markup, and the first stored is kept.
 */
final class Fragments implements TemplateDirectiveModel {
  /** Set to false to render every fragment every time (the bake test compares both). */
  static final String ENABLED = "upperback.bake.fragments";

  private final Map<String, String> done = new ConcurrentHashMap<>();

  static boolean enabled() {
    return !"false".equals(System.getProperty(ENABLED));
  }

  @Override
  public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    if (body == null || params.size() != 1 || !(params.get("key") instanceof TemplateScalarModel key)) {
      throw new TemplateModelException("fragments: needs one parameter, key (a string), and a body");
    }
    String k = key.getAsString();
    String markup = done.get(k);
    if (markup == null) {
      StringWriter out = new StringWriter();
      body.render(out);
      markup = out.toString();
      String first = done.putIfAbsent(k, markup);
      markup = first == null ? markup : first;
    }
    env.getOut().write(markup);
  }

  int size() {
    return done.size();
  }
}
