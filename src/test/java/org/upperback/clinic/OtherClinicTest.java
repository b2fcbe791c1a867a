package org.upperback.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.upperback.support.Bake;
import org.upperback.support.Pipeline;
import org.upperback.support.Site;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Another clinic in another country, made the way a fork would make it: the real project with
 * data/settings.yaml edited and its own logo in assets/ (the default logo removed, so nothing can
 * still point at it). It passes the build's checks and the same page tests as the real site, no
 * file of it names the default clinic, and its get-help page and stop cards name none of the
 * default region's numbers or services.
 *
 * The web app manifest, a static file, is edited too (its language and icon), as a fork must.
 *
 * The clinic is fictional: example.org addresses and +61 2 5550 9988, a number in Australia's
 * (02) 5550 range that the regulator (ACMA) sets aside for creative works. The region's numbers
 * and services are Australia's real public ones (triple zero, healthdirect 1800 022 222).
 */
class OtherClinicTest {
  static final String LOGO = "img/harbour-clinic.svg";
  /** The other clinic's brand colours (light, dark): text on them passes the settings check's contrast. */
  static final String BRAND = "#1d4e89";
  static final String BRAND_DARK = "#9cc3f0";
  /** Page tests that read only the site and its settings, run again on this site. */
  static final List<String> PAGE_TESTS = List.of(ClinicPagesTest.class.getName(), "org.upperback.site.PagesTest",
      "org.upperback.site.LinksTest", "org.upperback.site.HtmlValidityTest", "org.upperback.safety.PageSecurityTest");

  static Path source;
  static Path output;
  static Map<String, Object> defaults;

  @SuppressWarnings("unchecked")
  @BeforeAll
  static void bake() throws IOException {
    defaults = new Yaml().load(Site.read(Site.project().resolve("data/settings.yaml")));
    source = Bake.copyProject("other-clinic");
    Map<String, Object> settings = new Yaml().load(Site.read(source.resolve("data/settings.yaml")));
    Map<String, Object> clinic = (Map<String, Object>) settings.get("clinic");
    clinic.put("name", "Harbour Street Physio");
    clinic.put("description", "Help for sore backs, necks and shoulders, with exercises you can do at home.");
    clinic.put("phone", "+61 2 5550 9988");
    clinic.put("email", "hello@example.org");
    clinic.put("website", "https://example.org/");
    clinic.put("booking", "https://example.org/book");
    clinic.put("address", "1 Example Street, Sydney NSW 2000");
    clinic.put("hours", "Monday to Friday, 8am to 6pm");
    Map<String, Object> look = (Map<String, Object>) settings.get("look");
    look.put("logo", LOGO);
    look.put("colours", new LinkedHashMap<>(Map.of("brand", BRAND, "brand_dark", BRAND_DARK)));
    Map<String, Object> region = (Map<String, Object>) settings.get("region");
    region.put("language", "en-AU");
    region.put("emergency", new LinkedHashMap<>(Map.of("number", "000", "place", "the emergency department",
        "place_long", "the emergency department (the part of a hospital for emergencies)")));
    region.put("urgent", new LinkedHashMap<>(Map.of("service", "healthdirect", "service_long",
        "healthdirect (a free health advice line)", "how", "call 1800 022 222 or go to healthdirect.gov.au")));
    region.put("routine", new LinkedHashMap<>(Map.of("service", "family doctor", "service_long", "family doctor (general practitioner)")));
    DumperOptions block = new DumperOptions();
    block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Files.writeString(source.resolve("data/settings.yaml"), new Yaml(block).dump(settings));
    Files.delete(source.resolve("assets").resolve(text(defaults, "look.logo")));
    Files.writeString(source.resolve("assets").resolve(LOGO), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
        + "<circle cx=\"16\" cy=\"16\" r=\"14\" fill=\"#1d4e89\"/><path d=\"M8 20h16\" stroke=\"#fff\" stroke-width=\"3\"/></svg>\n");
    // The web app manifest is a static file: a fork changes its language and icon by hand (the settings check says so).
    Path manifest = source.resolve("assets/manifest.webmanifest");
    Files.writeString(manifest, Files.readString(manifest)
        .replaceAll("\"lang\"\\s*:\\s*\"[^\"]*\"", "\"lang\": \"en-AU\"")
        .replace("\"" + text(defaults, "look.logo") + "\"", "\"" + LOGO + "\""));
    output = source.resolveSibling("website");
    Pipeline.Outcome outcome = Pipeline.run(source, output, Map.of());
    assertFalse(outcome.failed(), "the other clinic's site must build and pass the checks:\n" + String.join("\n", outcome.lines()));
  }

  static String text(Map<String, Object> settings, String name) {
    Object v = settings;
    for (String k : name.split("\\.")) {
      v = v instanceof Map<?, ?> m ? m.get(k) : null;
    }
    return v instanceof String s ? s.trim() : "";
  }

  /** Every text setting of a block, by dotted name. */
  static Map<String, String> texts(Object node, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.putAll(texts(v, prefix + k + ".")));
    } else if (node instanceof String s && !s.isBlank()) {
      out.put(prefix.substring(0, prefix.length() - 1), s.trim());
    }
    return out;
  }

  @Test
  void everyClinicLookAndRegionSettingDiffersFromTheDefault() {
    Map<String, Object> mine = new Yaml().load(Site.read(source.resolve("data/settings.yaml")));
    for (String block : List.of("clinic", "look", "region")) {
      texts(defaults.get(block), block + ".").forEach((name, value) ->
          assertNotEquals(value, text(mine, name), name + " is still the default's value"));
    }
  }

  @Test
  void everyPageGetsTheOtherClinicsBrandColours() throws java.io.IOException {
    Map<String, String> expected = Map.of(ClinicPagesTest.BRAND_MODES.get("look.colours.brand"), "--color-brand: " + BRAND + ";",
        ClinicPagesTest.BRAND_MODES.get("look.colours.brand_dark"), "--color-brand: " + BRAND_DARK + ";");
    for (Path page : Site.files(output, ".html")) {
      assertEquals(expected, ClinicPagesTest.brandBlocks(ClinicPagesTest.brandCss(source, Site.parse(output, page))),
          page + ": the brand CSS of the other clinic's settings");
    }
  }

  @Test
  void samePageTestsPassOnTheOtherClinicsSite() {
    String project = System.getProperty("project.dir");
    String site = System.getProperty("site.dir");
    System.setProperty("project.dir", source.toString());
    System.setProperty("site.dir", output.toString());
    TestExecutionSummary summary;
    java.util.Set<String> ran = new java.util.TreeSet<>();
    try {
      LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
      PAGE_TESTS.forEach(c -> request.selectors(selectClass(c)));
      LauncherDiscoveryRequest built = request.build();
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(built, listener, new TestExecutionListener() {
        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
          id.getSource().filter(ClassSource.class::isInstance).map(c -> ((ClassSource) c).getClassName()).ifPresent(ran::add);
        }
      });
      summary = listener.getSummary();
    } finally {
      restore("project.dir", project);
      restore("site.dir", site);
    }
    List<String> failures = new ArrayList<>();
    summary.getFailures().forEach(f -> failures.add(f.getTestIdentifier().getDisplayName() + ": " + f.getException().getMessage()));
    assertEquals(new java.util.TreeSet<>(PAGE_TESTS), ran, "every page test class must run on the other clinic's site");
    assertTrue(summary.getTestsSucceededCount() > PAGE_TESTS.size(), "the page tests ran no tests");
    assertEquals(0, summary.getTotalFailureCount(), "page tests failing on the other clinic's site:\n" + String.join("\n", failures));
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void noFileNamesTheDefaultClinic() throws IOException {
    String name = text(defaults, "clinic.name");
    List<String> naming = new ArrayList<>();
    try (var files = Files.walk(output)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (!p.toString().endsWith(".svg") && Files.readString(p).contains(name)) {
          naming.add(output.relativize(p).toString());
        }
      }
    }
    assertTrue(naming.isEmpty(), "files of the other clinic's site naming " + name + ": " + naming);
  }

  /** The default region's numbers and services (data/settings.yaml region.*), as whole words. */
  static List<Pattern> defaultRegionWords() {
    List<Pattern> words = new ArrayList<>();
    texts(defaults.get("region"), "region.").forEach((name, value) -> {
      if (!name.equals("region.language")) {
        words.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])"));
      }
    });
    // The parts too: "NHS 111" is also "NHS" and "111"; "A&E" stays whole.
    texts(defaults.get("region"), "region.").forEach((name, value) -> {
      if (name.endsWith(".number") || name.endsWith(".service") || name.endsWith(".place")) {
        for (String part : value.split("\\s+")) {
          words.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])"));
        }
      }
    });
    return words;
  }

  @Test
  void getHelpAndStopCardsNameNoneOfTheDefaultRegionsNumbersOrServices() throws IOException {
    List<String> found = new ArrayList<>();
    Document help = Site.parse(output, Path.of("get-help.html"));
    help.select(".ub-sources").remove();
    check("get-help.html", help.selectFirst("main").text(), found);
    try (var files = Files.walk(output.resolve("exercises"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document doc = Site.parse(output, output.relativize(p));
        for (Element card : doc.select(".ub-care-card, .ub-clinic-line")) {
          check(output.relativize(p) + " stop card", card.text(), found);
        }
      }
    }
    assertTrue(found.isEmpty(), "the default region's numbers or services on the other clinic's site: " + found);
  }

  private static void check(String where, String text, List<String> found) {
    for (Pattern p : defaultRegionWords()) {
      if (p.matcher(text).find()) {
        found.add(where + ": " + p.pattern().replaceAll("\\(\\?<?!\\[\\\\p\\{L\\}\\\\p\\{N\\}\\]\\)", ""));
      }
    }
  }
}
