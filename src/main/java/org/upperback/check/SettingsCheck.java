package org.upperback.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks data/settings.yaml, the one file a clinic edits: each clinic detail has the shape its link
 * needs (a phone number a tel: link can dial, an email address, https addresses), the logo is an SVG
 * file under assets/, the language is a BCP 47 tag, and each brand colour keeps the text on it at
 * WCAG AA contrast in its mode. Every problem names the file, the line and the setting.
 */
public final class SettingsCheck {
  public static final String FILE = "data/settings.yaml";
  /** The site's stylesheet: its tokens give the text colour on the brand colour in each mode. */
  static final String CSS = "templates/css/site.css";
  static final String MANIFEST = "assets/manifest.webmanifest";
  /** WCAG 2.2 AA, 1.4.3: normal-size text. */
  static final double AA_TEXT = 4.5;
  static final List<String> CLINIC = List.of("name", "description", "phone", "email", "website", "booking", "address", "hours");

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]*[0-9]");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private final Path project;
  private final List<Problem> problems = new ArrayList<>();
  /** Every scalar setting by dotted name, with the line (1-based) it is on. */
  private final Map<String, ScalarNode> values = new LinkedHashMap<>();

  private SettingsCheck(Path project) {
    this.project = project;
  }

  /** Every problem in the project's data/settings.yaml; empty when all is well. */
  public static List<Problem> check(Path project) {
    SettingsCheck c = new SettingsCheck(project);
    c.run();
    return c.problems;
  }

  private void run() {
    Node root;
    try {
      root = new Yaml().compose(new StringReader(Files.readString(project.resolve(FILE))));
    } catch (YAMLException e) {
      problems.add(new Problem(FILE, 0, "file", "is not valid YAML: " + e.getMessage().replace('\n', ' ')));
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(root instanceof MappingNode map)) {
      problems.add(new Problem(FILE, 0, "file", "must be a map with the blocks clinic, reviewer, look and region"));
      return;
    }
    collect("", map);
    for (String block : List.of("clinic", "look", "region")) {
      if (values.keySet().stream().noneMatch(k -> k.startsWith(block + "."))) {
        problems.add(new Problem(FILE, 0, block, "missing block; the site needs its " + block + " settings"));
      }
    }
    values.forEach((name, node) -> {
      if (name.startsWith("clinic.") && !CLINIC.contains(name.substring("clinic.".length()))) {
        problems.add(problem(name, "unknown clinic setting; allowed: " + String.join(", ", CLINIC)));
      }
    });
    phone();
    text("clinic.email", EMAIL, "an email address such as name@example.org");
    https("clinic.website");
    https("clinic.booking");
    logo();
    language();
    manifest();
    colour("look.colours.brand", ":root", "light");
    colour("look.colours.brand_dark", "@media (prefers-color-scheme: dark)", "dark");
  }

  /** Walks the mapping; a value that is not text (a number, a list) where text is expected is a problem. */
  private void collect(String prefix, MappingNode map) {
    for (NodeTuple t : map.getValue()) {
      String key = prefix + ((ScalarNode) t.getKeyNode()).getValue();
      Node v = t.getValueNode();
      if (v instanceof MappingNode m) {
        collect(key + ".", m);
      } else if (v instanceof ScalarNode s) {
        if (!s.getTag().equals(Tag.STR) && !s.getTag().equals(Tag.NULL)) {
          problems.add(new Problem(FILE, line(s), key, "found " + Visible.quote(s.getValue())
              + ", which YAML reads as a " + s.getTag().getValue().replace("tag:yaml.org,2002:", "")
              + "; put it in quotes (\"" + s.getValue() + "\") so it stays text"));
        }
        values.put(key, s);
      } else {
        problems.add(new Problem(FILE, v.getStartMark().getLine() + 1, key, "must be one line of text, not a list"));
      }
    }
  }

  private String value(String name) {
    ScalarNode n = values.get(name);
    return n == null || n.getTag().equals(Tag.NULL) ? "" : n.getValue().trim();
  }

  private static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  private Problem problem(String name, String message) {
    ScalarNode n = values.get(name);
    return new Problem(FILE, n == null ? 0 : line(n), name, message);
  }

  private void phone() {
    String v = value("clinic.phone");
    long digits = v.chars().filter(Character::isDigit).count();
    if (!v.isEmpty() && (!PHONE.matcher(v).matches() || v.indexOf('+', 1) > 0 || digits < 6 || digits > 15)) {
      problems.add(problem("clinic.phone", "found " + Visible.quote(v)
          + "; expected a phone number of 6 to 15 digits, with spaces, brackets or hyphens between them and"
          + " at most one leading + (such as \"+44 20 7946 0000\"), so that a tel: link can dial it"));
    }
  }

  private void text(String name, Pattern shape, String expected) {
    String v = value(name);
    if (!v.isEmpty() && !shape.matcher(v).matches()) {
      problems.add(problem(name, "found " + Visible.quote(v) + "; expected " + expected));
    }
  }

  private void https(String name) {
    String v = value(name);
    if (v.isEmpty()) {
      return;
    }
    boolean ok;
    try {
      URI u = new URI(v);
      ok = "https".equals(u.getScheme()) && u.getHost() != null && u.getHost().contains(".");
    } catch (URISyntaxException e) {
      ok = false;
    }
    if (!ok) {
      problems.add(problem(name, "found " + Visible.quote(v) + "; expected a full https:// address such as https://example.org/"));
    }
  }

  private void logo() {
    String v = value("look.logo");
    if (v.isEmpty() || !v.endsWith(".svg") || v.startsWith("/") || v.contains("..") || v.contains("\\")) {
      problems.add(problem("look.logo", "found " + Visible.quote(v) + "; expected the path of an SVG file under assets/, such as img/logo.svg"));
    } else if (!Files.isRegularFile(project.resolve("assets").resolve(v))) {
      problems.add(problem("look.logo", "assets/" + v + " does not exist; add the SVG file there or fix the path"));
    }
  }

  private void language() {
    String v = value("region.language");
    Locale l = Locale.forLanguageTag(v);
    // A two- or three-letter language, then optional subtags (region, script); Java's parser agrees.
    if (!v.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") || !l.toLanguageTag().equalsIgnoreCase(v)) {
      problems.add(problem("region.language", "found " + Visible.quote(v) + "; expected a BCP 47 language tag such as en-GB, en-AU or en-IE"));
    }
  }

  /**
   * The web app manifest is a static file (JBake renders no template to it), so it cannot read the
   * settings: its language must be region.language, and each icon must exist.
   */
  private void manifest() {
    Path file = project.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String language = value("region.language");
    for (int i = 0; i < lines.size(); i++) {
      Matcher lang = Pattern.compile("\"lang\"\\s*:\\s*\"([^\"]*)\"").matcher(lines.get(i));
      if (lang.find() && !lang.group(1).equals(language)) {
        problems.add(new Problem(MANIFEST, i + 1, "lang", "found " + Visible.quote(lang.group(1)) + ", but region.language in "
            + FILE + " is " + Visible.quote(language) + "; this static file cannot read the settings, so change it here too"));
      }
      Matcher src = Pattern.compile("\"src\"\\s*:\\s*\"([^\"]*)\"").matcher(lines.get(i));
      while (src.find()) {
        if (!Files.isRegularFile(project.resolve("assets").resolve(src.group(1)))) {
          problems.add(new Problem(MANIFEST, i + 1, "icons", "assets/" + src.group(1) + " does not exist; use the logo of "
              + FILE + " (look.logo: " + Visible.quote(value("look.logo")) + ") or another file under assets/"));
        }
      }
    }
  }

  /** A brand colour is the background of text in the on-brand colour of its mode (site.css tokens). */
  private void colour(String name, String block, String mode) {
    String v = value(name);
    if (v.isEmpty()) {
      return;
    }
    if (!COLOUR.matcher(v).matches()) {
      problems.add(problem(name, "found " + Visible.quote(v) + "; expected a colour as #rrggbb, such as #0b5d57"));
      return;
    }
    String on = token(block, "--color-on-brand");
    double ratio = contrast(v, on);
    if (ratio < AA_TEXT) {
      problems.add(problem(name, String.format(Locale.ROOT,
          "%s in %s mode gives the text on it (%s, --color-on-brand in %s) a contrast of %.2f:1; WCAG AA needs %.1f:1. Use a %s colour",
          v, mode, on, CSS, ratio, AA_TEXT, "light".equals(mode) ? "darker" : "lighter")));
    }
  }

  /** A colour token's value in the first rule block of site.css that starts with {@code block}. */
  private String token(String block, String token) {
    String css;
    try {
      css = Files.readString(project.resolve(CSS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = css.indexOf(block);
    Matcher m = Pattern.compile(Pattern.quote(token) + "\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(css);
    if (at < 0 || !m.find(at)) {
      throw new IllegalStateException(CSS + " has no " + token + " (#rrggbb) in " + block + "; the brand colour check needs it");
    }
    return m.group(1);
  }

  /** WCAG 2.2 contrast ratio of two #rrggbb colours. */
  public static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(String hex) {
    double l = 0;
    double[] weight = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      l += weight[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return l;
  }
}
