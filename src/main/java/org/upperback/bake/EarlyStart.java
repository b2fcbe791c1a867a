package org.upperback.bake;

import java.io.Writer;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.model.TemplateModel;
import org.jbake.template.AbstractTemplateEngine;

/**
 * Not a template engine: JBake makes one of each engine listed in
 * META-INF/org.jbake.parser.TemplateEngines.properties when a bake is set up, before it starts its
 * database, and that is the earliest moment the extension gets. It starts parsing the Markdown
 * files then ({@link Prefetch}), so the parsing overlaps the database start-up instead of waiting
 * for the crawl. It also switches back on the site files a previous bake with the same
 * configuration switched off (see OrderedDocumentsRenderer). Registered for a file extension no
 * template has.
 */
public class EarlyStart extends AbstractTemplateEngine {
  public EarlyStart(JBakeConfiguration config, ContentStore db) {
    super(config, db);
    OrderedDocumentsRenderer.switchSiteFilesBackOn(config);
    CachedMarkdownEngine.prefetch(config);
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer) {
    throw new UnsupportedOperationException("EarlyStart renders nothing; no template uses its extension");
  }
}
