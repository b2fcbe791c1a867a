package org.upperback.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks the sources before baking: every content file against data/schema.yaml and the
 * vocabularies, and the files against each other (duplicate titles and orders, missing browse pages).
 */
public final class ContentCheck {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final Rules rules;
  private final List<Problem> problems = new ArrayList<>();

  private ContentCheck(Rules rules) {
    this.rules = rules;
  }

  /** All problems in the project's content/ folder, sorted by file and line; empty when all is well. */
  public static List<Problem> check(Path project) {
    return check(project, contentBytes(project));
  }

  /**
   * All problems in the given content files (path relative to the project, such as
   * content/tips/x.md, to the file's bytes), checked with the project's rules and against each other.
   */
  public static List<Problem> check(Path project, Map<String, byte[]> content) {
    return check(Rules.read(project), content, TrustCheck.today());
  }

  /** As {@link #check(Path, Map)}, with rules read once (to check many versions of the content) and a given today. */
  public static List<Problem> check(Rules rules, Map<String, byte[]> content, LocalDate today) {
    ContentCheck c = new ContentCheck(rules);
    List<ContentFile> files = new ArrayList<>();
    new TreeMap<>(content).forEach((path, bytes) -> files.add(ContentFile.parse(path, bytes).withExtensions(rules.extensions)));
    c.run(files);
    // Review dates and sources: a class of their own (TrustCheck).
    c.problems.addAll(TrustCheck.check(rules, files, today).problems());
    return c.problems.stream().sorted().toList();
  }

  /** Every problem in the project's content/ folder as on disk, with a given today. */
  public static List<Problem> check(Path project, LocalDate today) {
    return check(Rules.read(project), contentBytes(project), today);
  }

  /** Parses every file under content/ (the same list the output check uses). */
  public static List<ContentFile> read(Path project) {
    List<ContentFile> files = new ArrayList<>();
    Map<String, String> extensions = Rules.extensions(Rules.jbake(project));
    contentBytes(project).forEach((path, bytes) -> files.add(ContentFile.parse(path, bytes).withExtensions(extensions)));
    return files;
  }

  /** Every file under content/, by path relative to the project, sorted. */
  private static Map<String, byte[]> contentBytes(Path project) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(project.resolve("content"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(project.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private void run(List<ContentFile> files) {
    for (String type : rules.types().keySet()) {
      if (!rules.templatedTypes.contains(type)) {
        problems.add(new Problem("jbake.properties", 0, "template." + type + ".file",
            "type \"" + type + "\" is in data/schema.yaml but has no template; JBake would drop its pages"));
      }
    }
    for (ContentFile f : files) {
      if (!f.path.endsWith(".md")) {
        problems.add(new Problem(f.path, 0, "file", "only Markdown (.md) content files are supported"));
        continue;
      }
      String name = f.path.substring(f.path.lastIndexOf('/') + 1);
      if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*\\.md")) {
        problems.add(new Problem(f.path, 0, "file name",
            Visible.quote(name) + " becomes part of the page address; use lower-case letters, digits and single hyphens"
                + Visible.hint(name)));
      }
      problems.addAll(f.problems);
      if (f.fields.isEmpty() && !f.problems.isEmpty()) {
        continue;
      }
      checkFields(f);
      // A draft is work in progress: its header must be sound, its sections may wait.
      if (!"draft".equals(f.get("status"))) {
        checkBody(f);
      }
    }
    checkAcrossFiles(files);
    problems.addAll(FigureCheck.check(files, rules));
    problems.addAll(SettingsCheck.check(rules.project));
  }

  private void checkFields(ContentFile f) {
    List<String> required = new ArrayList<>(rules.commonRequired());
    String type = f.get("type");
    boolean knownType = rules.types().containsKey(type);
    if (!type.isEmpty() && !knownType) {
      problems.add(new Problem(f.path, f.line("type"), "type",
          "unknown value " + Visible.quote(type) + "; allowed: " + String.join(", ", rules.types().keySet())
              + Visible.hint(type)));
    }
    Map<String, Object> t = rules.type(type);
    required.addAll(rules.strings(t, "required"));
    for (String field : required) {
      if (f.get(field).isEmpty() && !f.misspelt.contains(field)) {
        problems.add(new Problem(f.path, 0, field, "missing; every " + (knownType ? type : "content") + " file needs "
            + field + "=" + rules.example(field) + " (" + rules.hint(field) + ")"));
      }
    }
    Set<String> allowed = new LinkedHashSet<>(required);
    allowed.addAll(rules.strings(t, "optional"));
    for (Map.Entry<String, String> e : f.fields.entrySet()) {
      String field = e.getKey();
      if (knownType && !allowed.contains(field)) {
        problems.add(new Problem(f.path, f.line(field), field,
            "unknown field for type " + type + "; allowed: " + String.join(", ", allowed)));
        continue;
      }
      if (!e.getValue().isEmpty()) {
        checkValue(f, field, e.getValue());
      }
    }
  }

  private void checkValue(ContentFile f, String field, String value) {
    Map<String, Object> rule = rules.field(field);
    int line = f.line(field);
    List<String> oneOf = rules.strings(rule, "oneOf");
    if (!oneOf.isEmpty() && !oneOf.contains(value)) {
      problems.add(new Problem(f.path, line, field, "found " + Visible.quote(value) + "; allowed: " + String.join(", ", oneOf)
          + Visible.hint(value)));
    }
    Object max = rule.get("maxLength");
    if (max instanceof Integer m && value.length() > m) {
      problems.add(new Problem(f.path, line, field,
          "is " + value.length() + " characters long; expected " + rules.hint(field)));
    }
    Object format = rule.get("format");
    if ("date".equals(format)) {
      try {
        LocalDate.parse(value, DATE);
      } catch (DateTimeParseException e) {
        problems.add(new Problem(f.path, line, field,
            "found " + Visible.quote(value) + "; expected " + expected(field) + Visible.hint(value)));
      }
    } else if ("integer".equals(format) && !value.matches("[1-9][0-9]{0,5}")) {
      problems.add(new Problem(f.path, line, field, "found " + Visible.quote(value) + "; expected " + expected(field)
          + Visible.hint(value)));
    } else if ("range".equals(format) && !value.matches("[1-9][0-9]{0,2}( to [1-9][0-9]{0,2})?")) {
      problems.add(new Problem(f.path, line, field, "found " + Visible.quote(value)
          + "; expected " + expected(field) + Visible.hint(value)));
    }
    Object vocabulary = rule.get("vocabulary");
    if (vocabulary != null) {
      List<String> terms = rules.terms(String.valueOf(vocabulary));
      List<String> values = Boolean.TRUE.equals(rule.get("many")) ? List.of(value.split(",")) : List.of(value);
      Set<String> seen = new LinkedHashSet<>();
      for (String v : values) {
        // Trimmed as the templates trim (FreeMarker's ?trim is String.trim()): a no-break space stays.
        String term = v.trim();
        if (!terms.contains(term)) {
          problems.add(new Problem(f.path, line, field, "unknown value " + Visible.quote(term)
              + "; allowed (" + Rules.termsFile(String.valueOf(vocabulary)) + "): " + String.join(", ", terms) + Visible.hint(term)));
        } else if (!seen.add(term)) {
          problems.add(new Problem(f.path, line, field, Visible.quote(term) + " is listed twice"));
        }
      }
    }
  }

  /** The schema's hint and example for a field: "a whole number from 1, such as 3". */
  private String expected(String field) {
    return rules.hint(field) + ", such as " + rules.example(field);
  }

  private void checkBody(ContentFile f) {
    Map<String, Object> t = rules.type(f.get("type"));
    List<String> sections = rules.sections(t);
    Map<String, Integer> found = new HashMap<>();
    Map<String, List<String>> subsFound = new HashMap<>();
    String current = null;
    for (int i = 0; i < f.body.size(); i++) {
      String line = f.body.get(i);
      checkSettingNames(f, f.bodyStart + i, line);
      if (line.startsWith("# ")) {
        problems.add(new Problem(f.path, f.bodyStart + i, "body",
            "found a level-1 heading; the title field is the page's only h1, start sections with ##"));
      } else if (line.startsWith("## ")) {
        current = line.substring(3).strip();
        found.putIfAbsent(current, f.bodyStart + i);
      } else if (line.startsWith("### ") && current != null) {
        subsFound.computeIfAbsent(current, k -> new ArrayList<>()).add(line.substring(4).strip());
      }
    }
    int last = 0;
    for (String s : sections) {
      Integer at = found.get(s);
      if (at == null) {
        int near = lookAlike(f, "## " + s);
        problems.add(near > 0
            ? new Problem(f.path, near, "body", "found " + Visible.quote(f.body.get(near - f.bodyStart))
                + "; it looks like the section \"## " + s + "\" but is not written the same" + lookAlikeHint(f, near))
            : new Problem(f.path, 0, "body", "missing section \"## " + s + "\"; a " + f.get("type")
                + " needs these sections in this order: " + String.join(", ", sections)));
      } else if (at < last) {
        problems.add(new Problem(f.path, at, "body", "section \"## " + s + "\" is out of order; expected order: "
            + String.join(", ", sections)));
      } else {
        last = at;
      }
    }
    rules.map(t, "subsections").forEach((section, subs) -> {
      for (Object sub : (List<?>) subs) {
        if (found.containsKey(section) && !subsFound.getOrDefault(section, List.of()).contains(String.valueOf(sub))) {
          int near = lookAlike(f, "### " + sub);
          problems.add(near > 0
              ? new Problem(f.path, near, "body", "found " + Visible.quote(f.body.get(near - f.bodyStart))
                  + "; it looks like the sub-section \"### " + sub + "\" but is not written the same" + lookAlikeHint(f, near))
              : new Problem(f.path, found.get(section), "body",
                  "section \"" + section + "\" needs a sub-section \"### " + sub + "\""));
        }
      }
    });
    Object numbered = t.get("numberedList");
    if (numbered != null && found.containsKey(String.valueOf(numbered))) {
      int from = found.get(String.valueOf(numbered)) - f.bodyStart + 1;
      boolean hasSteps = false;
      for (int i = from; i < f.body.size() && !f.body.get(i).startsWith("## "); i++) {
        hasSteps |= f.body.get(i).matches("\\d+\\. .*");
      }
      if (!hasSteps) {
        problems.add(new Problem(f.path, from + f.bodyStart - 1, "body",
            "section \"" + numbered + "\" needs numbered steps (1. 2. 3.)"));
      }
    }
  }

  private void checkAcrossFiles(List<ContentFile> files) {
    Map<String, String> titles = new HashMap<>();
    Map<String, String> orders = new HashMap<>();
    Map<String, String> facetPages = new HashMap<>();
    for (ContentFile f : files) {
      if (f.fields.isEmpty()) {
        continue;
      }
      // Titles that differ only in case or in characters nobody sees look the same to a reader.
      String title = Visible.plain(f.get("title")).toLowerCase(Locale.ROOT);
      if (!title.isEmpty()) {
        String other = titles.putIfAbsent(title, f.path);
        if (other != null) {
          problems.add(new Problem(f.path, f.line("title"), "title",
              Visible.quoteText(f.get("title")) + " is also the title of " + Visible.show(other)
                  + "; every page needs its own title"));
        }
      }
      if (!f.get("order").isEmpty() && f.published()) {
        String key = f.get("type") + "#" + f.get("order");
        String other = orders.putIfAbsent(key, f.path);
        if (other != null) {
          problems.add(new Problem(f.path, f.line("order"), "order",
              Visible.show(f.get("order")) + " is also used by " + Visible.show(other) + "; each "
                  + Visible.show(f.get("type")) + " needs its own place"));
        }
      }
      if ("facet".equals(f.get("type"))) {
        String facet = f.get("facet");
        String term = f.get("term");
        List<String> terms = rules.vocabulary.get(facet);
        if (terms != null && !terms.contains(term)) {
          problems.add(new Problem(f.path, f.line("term"), "term", "unknown value " + Visible.quote(term) + " for facet "
              + facet + "; allowed (data/vocabulary.yaml): " + String.join(", ", terms) + Visible.hint(term)));
        }
        String expected = "content/" + facet + "/" + term + ".md";
        if (terms != null && terms.contains(term) && !f.path.equals(expected)) {
          problems.add(new Problem(f.path, 0, "file name", "a browse page for " + facet + " \"" + term
              + "\" must be " + expected + " (pages link to it there)"));
        }
        facetPages.put(facet + "/" + term, f.path);
      }
    }
    if (!new java.util.HashSet<>(rules.facetOrder).equals(rules.vocabulary.keySet())) {
      problems.add(new Problem("data/vocabulary.yaml", 0, Rules.FACETS,
          "lists " + rules.facetOrder + ", but the vocabularies in the file are " + rules.vocabulary.keySet()
              + "; list each vocabulary once, in the order pages show them"));
    }
    rules.vocabulary.forEach((facet, terms) -> {
      for (String term : terms) {
        if (!facetPages.containsKey(facet + "/" + term)) {
          problems.add(new Problem("content/" + facet + "/" + term + ".md", 0, "file",
              "missing: data/vocabulary.yaml lists " + facet + " \"" + term
                  + "\", so it needs a browse page (type=facet, facet=" + facet + ", term=" + term + ")"));
        }
      }
    });
  }

  /**
   * The line of a body line that reads like {@code heading} once look-alike characters are made
   * plain and spaces evened out ("##How to do it", "### Don’t", a no-break space), or 0.
   */
  private static int lookAlike(ContentFile f, String heading) {
    for (int i = 0; i < f.body.size(); i++) {
      String plain = Visible.plain(f.body.get(i)).trim().replaceAll("^(#+) *", "$1 ").replaceAll(" +", " ");
      if (plain.equals(heading)) {
        return f.bodyStart + i;
      }
    }
    return 0;
  }

  private static String lookAlikeHint(ContentFile f, int line) {
    String hint = Visible.hint(f.body.get(line - f.bodyStart));
    return hint.isEmpty() ? "; a heading is #s, one space, then the words exactly as listed" : hint;
  }

  private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile("\\{\\{([^}]*)}}");

  /** {{region.emergency.number}} in a body is filled in from data/settings.yaml; a name it lacks would print nothing. */
  private void checkSettingNames(ContentFile f, int line, String text) {
    java.util.regex.Matcher m = SETTING.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (rules.setting(name) == null) {
        problems.add(new Problem(f.path, line, "body", "found " + Visible.quote(m.group()) + "; data/settings.yaml has no text setting "
            + Visible.quote(name) + " (write a dotted name such as {{region.emergency.number}})" + Visible.hint(name)));
      }
    }
  }
}
