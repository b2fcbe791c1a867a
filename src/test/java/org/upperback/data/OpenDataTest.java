package org.upperback.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Site;

/** exercises.json: every published exercise as open data, valid against exercises.schema.json beside it. */
class OpenDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(String name) throws IOException {
    return JSON.readTree(Files.readString(Site.dir().resolve(name)));
  }

  @Test
  void theFileIsValidAgainstItsSchema() throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(read("exercises.schema.json"), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    Set<ValidationMessage> errors = schema.validate(read("exercises.json"));
    assertTrue(errors.isEmpty(), "exercises.json does not match exercises.schema.json: " + errors);
  }

  @Test
  void everyPublishedExerciseIsThereWithItsHeaders() throws IOException {
    JsonNode data = read("exercises.json");
    List<ContentFile> published = Content.published("exercise");
    assertEquals(published.size(), data.get("exercises").size(), "one entry per published exercise");
    for (ContentFile f : published) {
      String id = f.path.substring(f.path.lastIndexOf('/') + 1).replace(".md", "");
      JsonNode e = null;
      for (JsonNode x : data.get("exercises")) {
        if (x.get("id").asText().equals(id)) {
          e = x;
        }
      }
      assertTrue(e != null, "exercises.json lacks " + id);
      assertEquals(f.get("title"), e.get("name").asText(), id + ": name");
      assertEquals(f.get("kind"), e.get("category").asText(), id + ": category");
      assertEquals(f.get("difficulty"), e.get("level").asText(), id + ": level");
      assertEquals(Integer.parseInt(f.get("rest")), e.get("restSeconds").asInt(), id + ": rest");
      List<String> muscles = new ArrayList<>();
      e.get("primaryMuscles").forEach(m -> muscles.add(m.asText()));
      e.get("secondaryMuscles").forEach(m -> muscles.add(m.asText()));
      assertEquals(Content.values(f, "muscles"), muscles, id + ": muscles, main one first");
      assertEquals(Content.values(f, "aliases"), texts(e.get("aliases")), id + ": aliases");
      assertEquals(Content.values(f, "position"), texts(e.get("position")), id + ": position");
      assertEquals(Content.values(f, "equipment"), texts(e.get("equipment")), id + ": equipment");
      assertEquals(Content.values(f, "sources"), sourceIds(e), id + ": sources");
      long steps = f.body.stream().dropWhile(l -> !l.startsWith("## How to do it")).skip(1)
          .takeWhile(l -> !l.startsWith("## ")).filter(l -> l.matches("\\d+\\. .*")).count();
      assertEquals(steps, e.get("instructions").size(), id + ": one instruction per numbered step");
      assertTrue(e.get("url").asText().endsWith(Content.url(f)), id + ": url " + e.get("url"));
      assertEquals(f.get("reviewed"), e.get("lastUpdated").asText(), id + ": last updated");
    }
  }

  @Test
  void theLicenceIsStatedInTheFileTheReadmeAndTheAboutPage() throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> open = (Map<String, Object>) Content.ui("open_data");
    String licence = String.valueOf(open.get("licence"));
    assertEquals(licence, read("exercises.json").get("licence").asText());
    assertTrue(Files.readString(Site.project().resolve("README.md")).contains(licence), "README states the licence");
    assertTrue(Site.parse(java.nio.file.Path.of("about.html")).text().contains(licence), "the about page states the licence");
    assertFalse(Site.parse(java.nio.file.Path.of("about.html")).select("a[href$=exercises.json]").isEmpty(),
        "the about page links to exercises.json");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> sourceIds(JsonNode e) {
    List<String> out = new ArrayList<>();
    e.get("sources").forEach(s -> out.add(s.get("id").asText()));
    return out;
  }
}
