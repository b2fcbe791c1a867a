package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.orientechnologies.orient.core.db.document.ODatabaseDocument;
import java.lang.reflect.Field;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.jbake.app.ContentStore;
import org.jbake.app.DBUtil;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Documents are stored already rendered once the hook is on the bake's database, so JBake's own
 * DocumentsRenderer finds nothing left to render; the hook is registered once per database.
 */
class DatabaseTest {
  private ContentStore store;

  @BeforeEach
  void openStore() {
    DBUtil.closeDataStore(); // createDataStore would hand back a store another test left behind
    store = DBUtil.createDataStore("memory", "database-test-" + UUID.randomUUID());
    store.startup();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close(); // also clears DBUtil's static, so no later bake sees this store
    }
  }

  /** A document with the attributes JBake's Crawler sets (the schema requires the not-null ones). */
  private static DocumentModel crawled(String name) {
    DocumentModel d = DocumentModel.createDefaultDocumentModel(); // cached=true, rendered=false
    d.setTitle(name);
    d.setType("exercise");
    d.setStatus("published");
    d.setDate(new Date(0));
    d.setBody("<p>" + name + "</p>");
    d.setSha1("sha1-" + name);
    d.setRendered(false);
    d.setFile("/src/content/exercises/" + name + ".md");
    d.setSourceUri("exercises/" + name + ".html");
    d.setUri("exercises/" + name + ".html");
    d.setRootPath("../");
    d.setCached(true);
    return d;
  }

  private List<String> unrendered() {
    return store.getUnrenderedContent().stream().map(DocumentModel::getSourceuri).toList();
  }

  @Test
  void withoutTheHookDocumentsAreStoredUnrendered() {
    // the control: shows the assertions below can fail
    store.addDocument(crawled("before"));
    assertEquals(List.of("exercises/before.html"), unrendered());
    assertFalse(Database.storesDocumentsAsRendered(store));
  }

  @Test
  void withTheHookDocumentsAreStoredRendered() {
    Database.storeDocumentsAsRendered();
    assertTrue(Database.storesDocumentsAsRendered(store));
    store.addDocument(crawled("one"));
    store.addDocument(crawled("two"));
    assertEquals(List.of(), unrendered());
    assertEquals(2, store.getDocumentCount("exercise"));
  }

  @Test
  void registersOneHookOnly() throws Exception {
    Database.storeDocumentsAsRendered();
    int hooks = session().getHooks().size();
    Database.storeDocumentsAsRendered(); // JBake makes the extractor (which calls this) once per bake, maybe more
    assertEquals(hooks, session().getHooks().size());
    assertEquals(1, session().getHooks().keySet().stream()
        .filter(h -> h.getClass().getName().equals(Database.class.getName() + "$StoreAsRendered")).count());
  }

  @Test
  void doesNothingBeforeJBakeOpensTheDatabase() {
    store.close();
    store = null;
    Database.storeDocumentsAsRendered(); // must not throw: JBake may make the extractors with no bake running
  }

  private ODatabaseDocument session() throws ReflectiveOperationException {
    Field db = ContentStore.class.getDeclaredField("db");
    db.setAccessible(true);
    return (ODatabaseDocument) db.get(store);
  }
}
