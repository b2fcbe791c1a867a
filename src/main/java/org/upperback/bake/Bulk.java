package org.upperback.bake;

import java.lang.reflect.Field;
import org.jbake.app.ContentStore;

/** Marks every document rendered with one statement (JBake 2.7 has no public method for it). */
final class Bulk {
  private Bulk() {}

  static void markAllRendered(ContentStore db) throws org.jbake.template.RenderingException {
    try {
      Field field = ContentStore.class.getDeclaredField("db");
      field.setAccessible(true);
      Object session = field.get(db);
      Class<?> type = Class.forName("com.orientechnologies.orient.core.db.ODatabaseSession", true,
          session.getClass().getClassLoader());
      type.getMethod("activateOnCurrentThread").invoke(session);
      Object result = type.getMethod("command", String.class, Object[].class)
          .invoke(session, "update Documents set rendered=true where rendered=false", new Object[0]);
      ((AutoCloseable) result).close();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new org.jbake.template.RenderingException("cannot mark documents as rendered: " + e, e);
    } catch (Exception e) {
      throw new org.jbake.template.RenderingException("cannot close the update result: " + e, e);
    }
  }
}
