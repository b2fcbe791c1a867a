package org.upperback.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upperback.check.ContentCheck;
import org.upperback.check.Problem;
import org.upperback.check.SettingsCheck;
import org.upperback.support.Settings;
import org.upperback.support.Site;

/**
 * The settings check (run by the content check): a bad value in data/settings.yaml fails the build
 * with the file, the line and the setting, and what is expected; a brand colour fails when the text
 * on it (the site's --color-on-brand of its mode) falls below WCAG AA.
 */
class SettingsCheckTest {
  @TempDir
  Path project;

  /** A copy of what the check reads: the settings, the stylesheet and the logo. */
  private String copy() throws IOException {
    for (String part : List.of("data/settings.yaml", "templates/css/site.css", "assets/" + Settings.text("look.logo"))) {
      Files.createDirectories(project.resolve(part).getParent());
      Files.copy(Site.project().resolve(part), project.resolve(part), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return Files.readString(project.resolve("data/settings.yaml"));
  }

  /** The settings text with the value of a dotted setting replaced (raw YAML), and the line it is on. */
  private static int set(List<String> lines, String name, String yaml) {
    int at = -1;
    int indent = -1;
    for (String key : name.split("\\.")) {
      Pattern p = Pattern.compile("^( *)" + Pattern.quote(key) + ":(.*)$");
      for (int i = at + 1; i < lines.size(); i++) {
        Matcher m = p.matcher(lines.get(i));
        if (m.matches() && m.group(1).length() > indent) {
          at = i;
          indent = m.group(1).length();
          break;
        }
      }
    }
    lines.set(at, " ".repeat(indent) + name.substring(name.lastIndexOf('.') + 1) + ": " + yaml);
    return at + 1;
  }

  private List<Problem> checkWith(String name, String yaml) throws IOException {
    List<String> lines = new ArrayList<>(copy().lines().toList());
    int line = set(lines, name, yaml);
    Files.writeString(project.resolve("data/settings.yaml"), String.join("\n", lines) + "\n");
    List<Problem> problems = SettingsCheck.check(project);
    assertTrue(problems.stream().anyMatch(p -> p.file().equals("data/settings.yaml") && p.line() == line && p.field().equals(name)),
        name + " = " + yaml + ": expected a problem at data/settings.yaml:" + line + " naming " + name + ", got " + problems);
    assertEquals(1, problems.size(), "one problem for one bad value: " + problems);
    return problems;
  }

  @Test
  void theProjectsSettingsPass() throws IOException {
    copy();
    assertEquals(List.of(), SettingsCheck.check(project));
  }

  @Test
  void theContentCheckRunsTheSettingsCheck() throws IOException {
    Path whole = org.upperback.support.Bake.copyProject("settings-check");
    List<String> lines = new ArrayList<>(Files.readAllLines(whole.resolve("data/settings.yaml")));
    int line = set(lines, "clinic.email", "\"not an address\"");
    Files.writeString(whole.resolve("data/settings.yaml"), String.join("\n", lines) + "\n");
    List<Problem> problems = ContentCheck.check(whole);
    assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith("data/settings.yaml:" + line + ": clinic.email: ")),
        "the build's content check must report the bad email: " + problems);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "clinic.phone   | \"call us\"",
      "clinic.phone   | \"12\"",
      "clinic.phone   | \"+44 +20 7946\"",
      "clinic.phone   | 2079460000",
      "clinic.email   | \"hello@\"",
      "clinic.email   | \"hello at example.org\"",
      "clinic.website | \"http://example.org/\"",
      "clinic.booking | \"example.org/book\"",
      "clinic.hours   | [9, 5]",
      "look.logo      | \"img/logo.png\"",
      "look.logo      | \"img/no-such-logo.svg\"",
      "look.logo      | \"../logo.svg\"",
      "region.language | \"English\"",
      "region.language | \"\"",
      "look.colours.brand | \"teal\"",
      "look.colours.brand | \"#fff\"",
  })
  void aBadValueNamesItsFileLineAndSetting(String name, String yaml) throws IOException {
    checkWith(name.trim(), yaml.trim());
  }

  @Test
  void anUnknownClinicSettingIsAProblem() throws IOException {
    List<String> lines = new ArrayList<>(copy().lines().toList());
    int line = set(lines, "clinic.hours", "\"\"") + 1;
    lines.add(line - 1, "  fax: \"\"");
    Files.writeString(project.resolve("data/settings.yaml"), String.join("\n", lines) + "\n");
    List<Problem> problems = SettingsCheck.check(project);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(line, problems.get(0).line(), problems.toString());
    assertEquals("clinic.fax", problems.get(0).field());
  }

  /** The site's own tokens: the text colour on the brand colour, and the brand colour itself, in one mode. */
  private String token(String block, String token) throws IOException {
    String css = Files.readString(Site.project().resolve("templates/css/site.css"));
    Matcher m = Pattern.compile(Pattern.quote(token) + "\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(css);
    assertTrue(m.find(css.indexOf(block)), token + " in " + block);
    return m.group(1);
  }

  @Test
  void aBrandColourFailsWhenTheTextOnItFallsBelowAa() throws IOException {
    String light = ":root";
    String dark = "@media (prefers-color-scheme: dark)";
    // The text colour itself as the background: contrast 1:1, in each mode.
    List<Problem> problems = checkWith("look.colours.brand", "\"" + token(light, "--color-on-brand") + "\"");
    assertTrue(problems.get(0).message().contains("WCAG AA"), problems.toString());
    checkWith("look.colours.brand_dark", "\"" + token(dark, "--color-on-brand") + "\"");
    // Each mode's brand colour on the other mode's text fails too: the check knows the modes apart.
    checkWith("look.colours.brand", "\"" + token(dark, "--color-brand") + "\"");
    checkWith("look.colours.brand_dark", "\"" + token(light, "--color-brand") + "\"");
  }

  @Test
  void theSitesOwnBrandColoursPassAsSettings() throws IOException {
    List<String> lines = new ArrayList<>(copy().lines().toList());
    set(lines, "look.colours.brand", "\"" + token(":root", "--color-brand") + "\"");
    set(lines, "look.colours.brand_dark", "\"" + token("@media (prefers-color-scheme: dark)", "--color-brand") + "\"");
    Files.writeString(project.resolve("data/settings.yaml"), String.join("\n", lines) + "\n");
    assertEquals(List.of(), SettingsCheck.check(project));
  }

  @Test
  void theManifestMustFollowTheLanguageAndHaveItsIcons() throws IOException {
    String settings = copy();
    Path manifest = project.resolve("assets/manifest.webmanifest");
    Files.copy(Site.project().resolve("assets/manifest.webmanifest"), manifest);
    assertEquals(List.of(), SettingsCheck.check(project), "the project's manifest agrees with its settings");
    List<String> lines = new ArrayList<>(settings.lines().toList());
    set(lines, "region.language", "\"" + (Settings.text("region.language").equals("en-NZ") ? "en-IE" : "en-NZ") + "\"");
    Files.writeString(project.resolve("data/settings.yaml"), String.join("\n", lines) + "\n");
    Files.delete(project.resolve("assets/" + Settings.text("look.logo")));
    List<Problem> problems = SettingsCheck.check(project);
    List<String> manifestLines = Files.readAllLines(manifest);
    int lang = 0;
    for (int i = 0; i < manifestLines.size(); i++) {
      if (manifestLines.get(i).contains("\"lang\"")) {
        lang = i + 1;
      }
    }
    int langLine = lang;
    assertTrue(problems.stream().anyMatch(p -> p.file().equals("assets/manifest.webmanifest") && p.line() == langLine && p.field().equals("lang")),
        "a manifest lang that is not region.language: " + problems);
    assertTrue(problems.stream().anyMatch(p -> p.file().equals("assets/manifest.webmanifest") && p.field().equals("icons")),
        "a manifest icon that does not exist: " + problems);
  }

  @Test
  void contrastIsWcags() {
    assertEquals(21.0, SettingsCheck.contrast("#000000", "#ffffff"), 0.01);
    assertEquals(1.0, SettingsCheck.contrast("#767676", "#767676"), 0.001);
    // #767676 on white is the best-known grey that just passes AA.
    assertTrue(SettingsCheck.contrast("#767676", "#ffffff") >= 4.5);
    assertTrue(SettingsCheck.contrast("#777777", "#ffffff") < 4.5);
  }
}
