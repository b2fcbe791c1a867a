package org.upperback.bake;

import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The template engine for content pages: JBake's, except that the configuration map every page
 * gets is made once per bake. JBake's DelegatingTemplateEngine copies the whole configuration for
 * every page (about a tenth of the render time at 5000 pages) and looks for the template file on
 * disk each time. The site's templates are all FreeMarker, so pages go straight to it; a missing
 * template still fails the page, with FreeMarker's message.
 */
final class PageEngine extends DelegatingTemplateEngine {
  private final Map<String, Object> configuration;
  private final String version;
  private final FreemarkerTemplateEngine freemarker;

  PageEngine(ContentStore db, JBakeConfiguration config) {
    super(db, config);
    this.configuration = config.asHashMap(); // read-only from here on: shared by the render threads
    this.version = config.getVersion();
    // No database: pages render on several threads, and an OrientDB session must stay on one. The
    // lists templates read were made before rendering; a template that asks for anything else from
    // the database (`db`, `data`, JBake's own lists) fails its page with an error naming it.
    this.freemarker = new FreemarkerTemplateEngine(config, null);
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
    model.setVersion(version);
    model.setConfig(configuration);
    freemarker.renderDocument(model, templateName, writer);
  }
}
