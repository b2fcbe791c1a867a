package org.upperback.support;

import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** data/settings.yaml of the project under test (Site.project()): what pages must show, never a copy of one clinic's values. */
public final class Settings {
  private Settings() {}

  public static Map<String, Object> all() {
    Map<String, Object> m = new Yaml().load(Site.read(Site.project().resolve("data/settings.yaml")));
    return m == null ? Map.of() : m;
  }

  /** A text setting by dotted name ("clinic.phone"), trimmed; "" when unset. */
  public static String text(String name) {
    Object v = all();
    for (String k : name.split("\\.")) {
      if (!(v instanceof Map<?, ?> m) || !m.containsKey(k)) {
        return "";
      }
      v = m.get(k);
    }
    return v instanceof String s ? s.trim() : "";
  }

  /** Whether any way to reach the clinic is set. */
  public static boolean reachable() {
    return CONTACT.stream().anyMatch(k -> !text("clinic." + k).isEmpty());
  }

  public static final java.util.List<String> CONTACT = java.util.List.of("phone", "email", "booking", "website", "address", "hours");
}
