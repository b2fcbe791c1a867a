package org.upperback.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The project's rules, read once from data/schema.yaml, data/vocabulary.yaml, data/ui.yaml (the
 * sources list), data/figures.yaml and jbake.properties; any number of content checks can use them.
 */
public final class Rules {
  final Map<String, Object> schema;
  final Map<String, List<String>> vocabulary = new LinkedHashMap<>();
  /** The caution ids of data/cautions.yaml: a vocabulary of header values, but no browse facet. */
  final List<String> cautionVocabulary = new ArrayList<>();
  /** data/settings.yaml: the clinic's and region's settings, which page bodies may name as {{dotted.name}}. */
  final Map<String, Object> settings;
  static final String CAUTIONS = "cautions";
  /** The key of data/vocabulary.yaml that lists the facets in order (for templates); not a vocabulary. */
  static final String FACETS = "facets";
  final List<String> facetOrder = new ArrayList<>();
  /** Content types that have a template in jbake.properties. */
  final List<String> templatedTypes = new ArrayList<>();
  /** Output extensions of types that do not write HTML pages (template.TYPE.extension in jbake.properties). */
  final Map<String, String> extensions;
  /** The ids of the sources pages may cite (data/ui.yaml). */
  final Set<String> sourceIds = new LinkedHashSet<>();
  /** data/figures.yaml with line numbers, or null with {@link #figuresProblem} saying why. */
  final Node figures;
  final Problem figuresProblem;
  /** The project folder (data/settings.yaml is read again, with its line numbers, by SettingsCheck). */
  final Path project;

  static Properties jbake(Path project) {
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(project.resolve("jbake.properties"))) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  /** Type to output extension, for the types jbake.properties gives one (template.data.extension=.json). */
  static Map<String, String> extensions(Properties props) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("template.") && key.endsWith(".extension")) {
        out.put(key.substring("template.".length(), key.length() - ".extension".length()), props.getProperty(key).strip());
      }
    }
    return out;
  }

  /** Reads the rules of the project at {@code project} (the folder holding data/ and jbake.properties). */
  public static Rules read(Path project) {
    return new Rules(project);
  }

  private Rules(Path project) {
    this.project = project;
    schema = yaml(project.resolve("data/schema.yaml"));
    settings = yaml(project.resolve("data/settings.yaml"));
    Map<String, Object> vocab = yaml(project.resolve("data/vocabulary.yaml"));
    vocab.forEach((facet, terms) -> {
      if (facet.equals(FACETS)) {
        return;
      }
      List<String> ids = new ArrayList<>();
      for (Object t : (List<?>) terms) {
        ids.add(String.valueOf(((Map<?, ?>) t).get("id")));
      }
      vocabulary.put(facet, ids);
    });
    // Cautions are a vocabulary of header values, not a browse facet: they have a file of their own.
    for (Object t : (List<?>) yaml(project.resolve("data/cautions.yaml")).get(CAUTIONS)) {
      cautionVocabulary.add(String.valueOf(((Map<?, ?>) t).get("id")));
    }
    if (vocab.get(FACETS) instanceof List<?> order) {
      order.forEach(o -> facetOrder.add(String.valueOf(o)));
    }
    Properties props = jbake(project);
    extensions = extensions(props);
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith("template.") && key.endsWith(".file")) {
        templatedTypes.add(key.substring("template.".length(), key.length() - ".file".length()));
      }
    }
    if (yaml(project.resolve("data/ui.yaml")).get("sources") instanceof List<?> list) {
      for (Object source : list) {
        if (source instanceof Map<?, ?> m) {
          sourceIds.add(String.valueOf(m.get("id")));
        }
      }
    }
    Node root = null;
    Problem problem = null;
    Path file = project.resolve(FigureCheck.FILE);
    if (!Files.isRegularFile(file)) {
      problem = new Problem(FigureCheck.FILE, 0, "file", "missing; it holds the pictures of every exercise");
    } else {
      try {
        root = new Yaml().compose(new StringReader(Files.readString(file)));
      } catch (YAMLException e) {
        problem = new Problem(FigureCheck.FILE, 0, "file", "is not valid YAML: " + e.getMessage().replace('\n', ' '));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    figures = root;
    figuresProblem = problem;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Object o = new Yaml().load(in);
      return o instanceof Map ? (Map<String, Object>) o : Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    return v instanceof Map ? (Map<String, Object>) v : Map.of();
  }

  @SuppressWarnings("unchecked")
  List<String> strings(Map<String, Object> m, String key) {
    Object v = m == null ? null : m.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof List) {
      for (Object o : (List<Object>) v) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  Map<String, Object> types() {
    return map(schema, "types");
  }

  Map<String, Object> type(String type) {
    return map(types(), type);
  }

  Map<String, Object> field(String name) {
    return map(map(schema, "fields"), name);
  }

  /** What an editor is told when {@code field} is missing or wrong (data/schema.yaml, fields.*.hint). */
  String hint(String field) {
    return String.valueOf(field(field).getOrDefault("hint", "..."));
  }

  /** A value of {@code field} that passes (data/schema.yaml, fields.*.example). */
  String example(String field) {
    return String.valueOf(field(field).getOrDefault("example", "..."));
  }

  /** The body section headings a type needs, in order (data/schema.yaml, types.*.sections[].heading). */
  List<String> sections(Map<String, Object> type) {
    List<String> out = new ArrayList<>();
    if (type != null && type.get("sections") instanceof List<?> list) {
      for (Object s : list) {
        out.add(String.valueOf(s instanceof Map<?, ?> m ? m.get("heading") : s));
      }
    }
    return out;
  }

  /** A limit of the review block of data/schema.yaml; the schema is the only place that sets it. */
  int reviewLimit(String key) {
    if (map(schema, "review").get(key) instanceof Integer i) {
      return i;
    }
    throw new IllegalStateException("data/schema.yaml: review." + key + " is missing or not a whole number;"
        + " the review and sources rules need it");
  }

  /** A text value of data/settings.yaml by its dotted name, or null when there is none. */
  public String setting(String name) {
    Object v = settings;
    for (String k : name.split("\\.", -1)) {
      if (!(v instanceof Map<?, ?> m) || !m.containsKey(k)) {
        return null;
      }
      v = m.get(k);
    }
    return v instanceof String || v instanceof Number ? String.valueOf(v) : null;
  }

  /** The allowed values of a vocabulary field, and the file that lists them. */
  List<String> terms(String name) {
    return CAUTIONS.equals(name) ? cautionVocabulary : vocabulary.getOrDefault(name, List.of());
  }

  static String termsFile(String name) {
    return CAUTIONS.equals(name) ? "data/cautions.yaml" : "data/vocabulary.yaml";
  }

  List<String> commonRequired() {
    return strings(map(schema, "common"), "required");
  }
}
