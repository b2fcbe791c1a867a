package org.upperback.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.upperback.check.ContentCheck;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;

/**
 * The real content meets the schema; data/schema.yaml describes every field and section it names,
 * its examples pass the check, and the editor's field table in docs/editing.md is the schema's.
 */
class ContentSchemaTest {
  @SuppressWarnings("unchecked")
  private static final Map<String, Object> SCHEMA = new Yaml().load(Site.read(Site.project().resolve("data/schema.yaml")));

  @Test
  void realContentHasNoProblems() {
    var problems = ContentCheck.check(Site.project());
    assertTrue(problems.isEmpty(), String.join("\n", problems.stream().map(Object::toString).toList()));
  }

  /** The clinic's article has six exercises and five tips: the site keeps at least that many, each complete. */
  @Test
  void everyExerciseCarriesItsFactsInHeaderFields() {
    List<ContentFile> exercises = Content.published("exercise");
    assertTrue(exercises.size() >= 6, "at least the six exercises of the clinic's article, found " + exercises.size());
    for (ContentFile f : exercises) {
      for (String field : required("exercise")) {
        assertTrue(!f.get(field).isEmpty(), f.path + " lacks " + field);
      }
    }
    assertTrue(Content.published("tip").size() >= 5, "at least the five tips of the clinic's article");
  }

  /** Every field a type names is described, with an example and a hint; every section has its role. */
  @Test
  void theSchemaDescribesEveryFieldAndSection() {
    Map<String, Object> fields = map(SCHEMA, "fields");
    for (String type : map(SCHEMA, "types").keySet()) {
      List<String> named = new ArrayList<>(required(type));
      named.addAll(strings(map(map(SCHEMA, "types"), type), "optional"));
      for (String field : named) {
        for (String key : List.of("description", "example", "hint")) {
          assertTrue(map(fields, field).get(key) instanceof String text && !text.isBlank(),
              "data/schema.yaml: fields." + field + "." + key + " is missing (type " + type + " uses the field)");
        }
      }
      Object sections = map(map(SCHEMA, "types"), type).get("sections");
      for (Object section : sections instanceof List<?> list ? list : List.of()) {
        assertTrue(section instanceof Map<?, ?> m && m.get("heading") instanceof String && m.get("role") instanceof String,
            "data/schema.yaml: types." + type + ".sections: each needs a heading and a role, found " + section);
      }
    }
    assertEquals(Set.of(), Set.copyOf(fields.keySet()).stream().filter(f -> map(SCHEMA, "types").keySet().stream()
        .noneMatch(t -> required(t).contains(f) || strings(map(map(SCHEMA, "types"), t), "optional").contains(f)))
        .collect(java.util.stream.Collectors.toSet()), "fields in data/schema.yaml that no type uses");
  }

  /** The schema's examples are values the check accepts: a real exercise with every field set to its example passes. */
  @Test
  void everyExampleInTheSchemaPasses() {
    Map<String, byte[]> content = new TreeMap<>();
    for (ContentFile f : Content.all()) {
      content.put(f.path, Site.read(Site.project().resolve(f.path)).getBytes(StandardCharsets.UTF_8));
    }
    String row = "content/exercises/row.md";
    List<String> lines = new ArrayList<>(Site.read(Site.project().resolve(row)).lines().toList());
    for (int i = 0; i < lines.indexOf("~~~~~~"); i++) {
      String field = lines.get(i).substring(0, lines.get(i).indexOf('='));
      // The title and order must stay unique, so those two keep row's own values.
      if (!List.of("title", "order").contains(field)) {
        lines.set(i, field + "=" + map(map(SCHEMA, "fields"), field).get("example"));
      }
    }
    content.put(row, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    var problems = ContentCheck.check(Site.project(), content);
    assertTrue(problems.isEmpty(), "the schema's examples, in " + row + ", fail the check:\n"
        + String.join("\n", problems.stream().map(Object::toString).toList()));
  }

  /** The editor's field table is the schema's: a field added to data/schema.yaml shows up in docs/editing.md. */
  @Test
  void theEditorsFieldTableIsTheSchemas() {
    List<String> common = strings(map(SCHEMA, "common"), "required");
    Map<String, Object> types = map(SCHEMA, "types");
    StringBuilder table = new StringBuilder("| Field | Types | What it is for | Allowed | Example |\n| --- | --- | --- | --- | --- |\n");
    map(SCHEMA, "fields").forEach((field, rule) -> {
      List<String> uses = new ArrayList<>();
      types.keySet().stream().filter(t -> required(t).contains(field)).forEach(uses::add);
      types.keySet().stream().filter(t -> strings(map(types, t), "optional").contains(field)).forEach(t -> uses.add(t + " (optional)"));
      Map<String, Object> r = map(map(SCHEMA, "fields"), field);
      table.append("| `").append(field).append("` | ").append(common.contains(field) ? "all" : String.join(", ", uses))
          .append(" | ").append(r.get("description")).append(" | ").append(r.get("hint"))
          .append(" | `").append(r.get("example")).append("` |\n");
    });
    String docs = Site.read(Site.project().resolve("docs/editing.md"));
    assertTrue(docs.contains(table), "docs/editing.md: the field table under \"Header fields\" differs from data/schema.yaml;"
        + " replace it with:\n" + table);
  }

  private static List<String> required(String type) {
    List<String> out = new ArrayList<>(strings(map(SCHEMA, "common"), "required"));
    out.addAll(strings(map(map(SCHEMA, "types"), type), "required"));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return m.get(key) instanceof Map<?, ?> v ? (Map<String, Object>) v : Map.of();
  }

  private static List<String> strings(Map<String, Object> m, String key) {
    return m.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }

  /** The pages are written in the project's own words: the source article's best-known lines never appear. */
  @Test
  void noSentenceOfTheSourceArticleIsCopied() {
    String article = "Strengthen Your Upper Back & Banish Pain With These Exercises. "
        + "The upper back is a critical area of the body that often gets neglected in our daily exercise routines.";
    int checked = 0;
    for (String sentence : article.split("(?<=[.!?])\\s+|\\n")) {
      String s = sentence.strip().replaceAll("\\s+", " ");
      if (s.split(" ").length < 6) {
        continue;
      }
      checked++;
      for (ContentFile f : Content.all()) {
        String body = String.join(" ", f.body).replaceAll("\\s+", " ") + " " + String.join(" ", f.fields.values());
        assertTrue(!body.contains(s), f.path + " copies a sentence of the source article: " + s);
      }
    }
    assertTrue(checked >= 2, "no sentences to compare");
  }
}
