package org.upperback.bake;

import com.orientechnologies.orient.core.db.document.ODatabaseDocument;
import com.orientechnologies.orient.core.hook.ORecordHook;
import com.orientechnologies.orient.core.record.ORecord;
import com.orientechnologies.orient.core.record.impl.ODocument;
import java.lang.reflect.Field;
import org.jbake.app.ContentStore;
import org.jbake.app.DBUtil;

/**
 * Stores every content document as already rendered. JBake's own DocumentsRenderer renders every
 * document stored with {@code rendered=false}, and runs after the extension's renderer, which has
 * rendered them all; marking them afterwards took one UPDATE of every record (about 2 s at 5000
 * pages). Setting the flag as each record is created costs nothing. JBake 2.7 has no public access
 * to its database session, hence the reflection; a JBake upgrade that breaks it fails the build
 * with the message below.
 */
final class Database {
  private Database() {}

  private static final String DOCUMENTS = "Documents";
  private static final String RENDERED = "rendered";

  /** Called before the crawl; does nothing before JBake has opened the bake's database. */
  static void storeDocumentsAsRendered() {
    ODatabaseDocument session = session(field(DBUtil.class, "contentStore", null));
    if (session != null && !storesAsRendered(session)) {
      session.registerHook(new StoreAsRendered());
    }
  }

  /** Whether {@link #storeDocumentsAsRendered()} took effect for this bake's database. */
  static boolean storesDocumentsAsRendered(ContentStore db) {
    ODatabaseDocument session = session(db);
    return session != null && storesAsRendered(session);
  }

  private static boolean storesAsRendered(ODatabaseDocument session) {
    return session.getHooks().keySet().stream().anyMatch(h -> h instanceof StoreAsRendered);
  }

  private static ODatabaseDocument session(Object contentStore) {
    if (contentStore == null) {
      return null;
    }
    ODatabaseDocument session = (ODatabaseDocument) field(ContentStore.class, "db", contentStore);
    return session == null || session.isClosed() ? null : session;
  }

  private static Object field(Class<?> type, String name, Object owner) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("upper-back JBake extension: cannot read " + type.getName() + "." + name
          + " (" + e + "); JBake is not the version the extension was written for (see pom.xml)", e);
    }
  }

  private static final class StoreAsRendered implements ORecordHook {
    @Override
    public RESULT onTrigger(TYPE type, ORecord record) {
      if (type == TYPE.BEFORE_CREATE && record instanceof ODocument doc && DOCUMENTS.equals(doc.getClassName())) {
        doc.setProperty(RENDERED, true);
        return RESULT.RECORD_CHANGED;
      }
      return RESULT.RECORD_NOT_CHANGED;
    }

    @Override
    public DISTRIBUTED_EXECUTION_MODE getDistributedExecutionMode() {
      return DISTRIBUTED_EXECUTION_MODE.TARGET_NODE;
    }

    @Override
    public void onUnregister() {}
  }
}
