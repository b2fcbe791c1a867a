package org.upperback.bake;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleDate;
import freemarker.template.SimpleSequence;
import freemarker.template.Template;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.ModelAttributes;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The template engine for content pages: JBake's FreeMarker set-up, without three per-page costs.
 * <ul>
 *   <li>JBake's DelegatingTemplateEngine copies the whole configuration for every page and looks for
 *       the template file on disk; here the configuration map is made once per bake.
 *   <li>JBake's data model ({@code FreemarkerTemplateEngine.LazyLoadingModel}) deep-copies the page's
 *       whole model, and throws and catches an exception, every time a template reads a top-level
 *       variable such as {@code content}; and FreeMarker then copies the document into a new hash.
 *       {@link PageModel} looks each variable up once per page.
 * </ul>
 * FreeMarker is configured exactly as JBake 2.7 configures it (the same incompatible-improvements
 * level, encodings, time zone and template folder), so a template gives the same output here as in
 * the feed, sitemap and search index, which JBake renders; the bake tests compare every byte.
 *
 * <p>No database: pages render on several threads, and an OrientDB session must stay on one. The
 * lists templates read were made before rendering; a template that asks for anything else from the
 * database ({@code db}, {@code data}, JBake's own lists) fails its page with an error naming it.
 */
final class PageEngine extends DelegatingTemplateEngine {
  static final String SITE_DATA = "site_data";
  private final Map<String, Object> configuration;
  private final String version;
  private final Configuration freemarker;
  private final Map<String, Object> siteData;

  /** {@code siteData}: given to documents that have none (the feed, sitemap, search index, archive). */
  PageEngine(ContentStore db, JBakeConfiguration config, Map<String, Object> siteData) {
    super(db, config);
    this.siteData = siteData;
    this.configuration = config.asHashMap(); // read-only from here on: shared by the render threads
    this.version = config.getVersion();
    // As org.jbake.template.FreemarkerTemplateEngine (JBake 2.7) sets it up.
    freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
    freemarker.setDefaultEncoding(config.getRenderEncoding());
    freemarker.setOutputEncoding(config.getOutputEncoding());
    if (config.getFreemarkerTimeZone() != null) {
      freemarker.setTimeZone(config.getFreemarkerTimeZone());
      freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
    }
    try {
      freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the template folder " + config.getTemplateFolder(), e);
    }
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
    model.setVersion(version);
    model.setConfig(configuration);
    if (model.getContent() != null && !model.getContent().containsKey(SITE_DATA)) {
      model.getContent().put(SITE_DATA, siteData);
    }
    try {
      Template template = freemarker.getTemplate(templateName);
      // JBake hands over an unbuffered OutputStreamWriter: every one of FreeMarker's many small
      // writes would go through the character encoder on its own.
      Writer buffered = new BufferedWriter(writer, 1 << 15);
      template.process(new PageModel(freemarker.getObjectWrapper(), model), buffered);
      buffered.flush();
    } catch (IOException | TemplateException e) {
      throw new RenderingException(e);
    }
  }

  /**
   * A page's top-level variables, each wrapped once per page: the model JBake's renderer made
   * ({@code content}, {@code config}...), and the lists of the model extractors, wrapped as JBake's
   * engine wraps them.
   */
  static final class PageModel implements TemplateHashModel {
    private final ObjectWrapper wrapper;
    private final Map<String, Object> model;
    private final Map<String, freemarker.template.TemplateModel> seen = new HashMap<>();

    PageModel(ObjectWrapper wrapper, Map<String, Object> model) {
      this.wrapper = wrapper;
      this.model = model;
    }

    @Override
    public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
      if (seen.containsKey(key)) {
        return seen.get(key);
      }
      freemarker.template.TemplateModel value = lookUp(key);
      seen.put(key, value);
      return value;
    }

    private freemarker.template.TemplateModel lookUp(String key) throws TemplateModelException {
      if (key.equals(ModelAttributes.DB) || key.equals(ModelAttributes.DATA)) {
        throw new TemplateModelException("`" + key + "` reads the database, which page templates cannot use: pages"
            + " render on several threads (use content.site_data; see README, Build speed)");
      }
      if (!ModelExtractors.getInstance().containsKey(key)) {
        return wrapper.wrap(model.get(key));
      }
      try {
        return ModelExtractors.getInstance().extractAndTransform(null, key, model, (k, v) -> {
          // as JBake's LazyLoadingModel
          if (k.equals(ModelAttributes.ALLTAGS)) {
            return new SimpleCollection((Collection<?>) v, wrapper);
          } else if (k.equals(ModelAttributes.PUBLISHED_DATE)) {
            return new SimpleDate((Date) v, TemplateDateModel.UNKNOWN);
          }
          return new SimpleSequence((Collection<?>) v, wrapper);
        });
      } catch (NoModelExtractorException e) {
        return wrapper.wrap(model.get(key));
      } catch (RuntimeException e) {
        // JBake's own extractors query the database, which is null here.
        throw new TemplateModelException("`" + key + "` reads the database, which page templates cannot use: pages"
            + " render on several threads (use content.site_data or published_exercises / published_tips;"
            + " see README, Build speed)", e);
      }
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }
}
