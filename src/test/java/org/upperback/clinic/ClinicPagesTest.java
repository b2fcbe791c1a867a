package org.upperback.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.upperback.check.ContentFile;
import org.upperback.support.Content;
import org.upperback.support.Settings;
import org.upperback.support.Site;
import org.yaml.snakeyaml.Yaml;

/**
 * The clinic on the site comes from data/settings.yaml alone: its name only with a way to reach it
 * (when one is set), a contact card with exactly the details that are set, the clinic line after
 * every stop card, MedicalClinic structured data, and the region's language everywhere. Every
 * expectation is read from the settings of the project under test, so another clinic's site
 * (OtherClinicTest) passes the same tests.
 */
public class ClinicPagesTest {
  static final List<String> CARD_PAGES = List.of("get-help.html", "about.html");

  private static String name() {
    return Settings.text("clinic.name");
  }

  @Test
  void noContentFileNamesTheClinic() {
    String name = name();
    List<String> naming = new ArrayList<>();
    for (ContentFile f : org.upperback.check.ContentCheck.read(Site.project())) {
      if (!name.isEmpty() && Site.read(Site.project().resolve(f.path)).contains(name)) {
        naming.add(f.path);
      }
    }
    assertTrue(naming.isEmpty(), "content files that type the clinic's name (data/settings.yaml clinic.name) instead of"
        + " leaving it to the clinic components: " + naming);
  }

  /** A page that names the clinic links to its contact card or shows it, whenever a way to reach it is set. */
  @TestFactory
  Stream<DynamicTest> pagesNameTheClinicOnlyWithAWayToReachIt() {
    return Site.pages().stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
      Document doc = Site.parse(page);
      String name = name();
      if (name.isEmpty() || !doc.body().text().contains(name) || !Settings.reachable()) {
        return;
      }
      boolean card = doc.selectFirst(".ub-contact") != null;
      boolean link = !doc.select("a[href$=get-help.html#contact]").isEmpty();
      assertTrue(card || link, page + " names " + name + " but neither shows its contact card nor links to it");
    }));
  }

  @Test
  void contactCardShowsExactlyTheDetailsThatAreSet() {
    for (String page : CARD_PAGES) {
      Document doc = Site.parse(Path.of(page));
      Element card = doc.selectFirst("section.ub-contact");
      if (name().isEmpty() || !Settings.reachable()) {
        assertNull(card, page + ": a contact card although data/settings.yaml sets no way to reach the clinic");
        continue;
      }
      assertNotNull(card, page + ": no contact card, though data/settings.yaml sets a way to reach the clinic");
      assertEquals("contact", card.selectFirst("h2").id(), page + ": the card's heading is the target of the clinic line's link");
      assertTrue(card.selectFirst("h2").text().contains(name()), page + ": the card's heading names the clinic");
      for (Element dd : card.select("dd")) {
        assertFalse(dd.text().isBlank(), page + ": an empty detail in the contact card");
      }
      String phone = Settings.text("clinic.phone");
      Element tel = card.selectFirst("a[href^=tel:]");
      if (phone.isEmpty()) {
        assertNull(tel, page + ": a tel: link without clinic.phone");
      } else {
        assertNotNull(tel, page + ": no tel: link for clinic.phone");
        assertEquals("tel:" + phone.replaceAll("[^0-9+]", ""), tel.attr("href"), page + ": tel: link dials clinic.phone");
        assertEquals(phone, tel.text());
      }
      String email = Settings.text("clinic.email");
      Element mail = card.selectFirst("a[href^=mailto:]");
      assertEquals(email.isEmpty() ? null : "mailto:" + email, mail == null ? null : mail.attr("href"), page + ": mailto: link of clinic.email");
      for (String key : List.of("booking", "website")) {
        String url = Settings.text("clinic." + key);
        if (!url.isEmpty()) {
          Element a = card.select("a").stream().filter(e -> e.attr("href").equals(url)).findFirst().orElse(null);
          assertNotNull(a, page + ": no link to clinic." + key + " " + url);
          assertEquals("noopener external", a.attr("rel"), page + ": clinic." + key + " is another site");
        }
      }
      for (String key : List.of("address", "hours")) {
        String text = Settings.text("clinic." + key);
        assertEquals(!text.isEmpty(), !text.isEmpty() && card.text().contains(text), page + ": clinic." + key + " shown when set");
      }
      int set = (int) Settings.CONTACT.stream().filter(k -> !Settings.text("clinic." + k).isEmpty()).count();
      assertEquals(set, card.select("dd").size(), page + ": one detail per contact setting that is set");
    }
  }

  @Test
  void getHelpSaysWhatTheClinicCanHelpWithFromItsDescription() {
    Document doc = Site.parse(Path.of("get-help.html"));
    Element section = doc.selectFirst("section.ub-clinic");
    String description = Settings.text("clinic.description");
    if (name().isEmpty() || description.isEmpty()) {
      assertNull(section, "get-help.html: a clinic section without clinic.name and clinic.description");
      return;
    }
    assertNotNull(section, "get-help.html: no section on what the clinic can help with (clinic.description)");
    assertTrue(section.selectFirst("h2").text().contains(name()), "get-help.html: the section's heading names the clinic");
    assertEquals(description, section.selectFirst("p").text(), "get-help.html: the section shows clinic.description");
  }

  /** Right after every exercise's stop card: the clinic line, linking to the contact card when there is one. */
  @TestFactory
  Stream<DynamicTest> clinicLineFollowsEveryStopCard() {
    return Content.published("exercise").stream().map(f -> DynamicTest.dynamicTest(f.path, () -> {
      Document doc = Site.parse(Path.of(f.outputPath()));
      Element card = doc.selectFirst(".ub-care-card");
      assertNotNull(card, f.outputPath() + ": no stop card");
      Element next = card.nextElementSibling();
      boolean shown = !name().isEmpty() && (!Settings.text("clinic.description").isEmpty() || Settings.reachable());
      if (!shown) {
        assertTrue(next == null || !next.hasClass("ub-clinic-line"), f.outputPath() + ": a clinic line with nothing to say");
        return;
      }
      assertNotNull(next, f.outputPath() + ": nothing after the stop card");
      assertTrue(next.hasClass("ub-clinic-line"), f.outputPath() + ": the clinic line must follow the stop card, found " + next.tagName() + "." + next.className());
      assertTrue(next.text().contains(name()), f.outputPath() + ": the clinic line names the clinic");
      Element link = next.selectFirst("a");
      if (Settings.reachable()) {
        assertNotNull(link, f.outputPath() + ": the clinic line must link to the contact card");
        String target = Path.of(f.outputPath()).resolveSibling(link.attr("href")).normalize().toString().replace('\\', '/');
        assertEquals("get-help.html#contact", target, f.outputPath() + ": the clinic line's link");
        assertNotNull(Site.parse(Path.of("get-help.html")).getElementById("contact"), "get-help.html has no #contact");
      } else {
        assertNull(link, f.outputPath() + ": the clinic line links to a contact card that is not there");
      }
    }));
  }

  @Test
  void medicalClinicStructuredDataHasTheDetailsThatAreSet() {
    for (String page : CARD_PAGES) {
      Map<String, Object> clinic = null;
      for (Element script : Site.parse(Path.of(page)).select("script[type=application/ld+json]")) {
        Map<String, Object> data = new Yaml().load(script.data());
        if ("MedicalClinic".equals(data.get("@type"))) {
          assertNull(clinic, page + ": two MedicalClinic blocks");
          clinic = data;
        }
      }
      if (name().isEmpty() || !Settings.reachable()) {
        assertNull(clinic, page + ": MedicalClinic structured data without a way to reach the clinic");
        continue;
      }
      assertNotNull(clinic, page + ": no MedicalClinic structured data");
      assertEquals("https://schema.org", clinic.get("@context"));
      assertEquals(name(), clinic.get("name"));
      Map<String, String> properties = Map.of("telephone", "phone", "email", "email", "url", "website",
          "address", "address", "description", "description");
      Map<String, Object> found = clinic;
      properties.forEach((property, key) -> {
        String value = Settings.text("clinic." + key);
        assertEquals(value.isEmpty() ? null : value, found.get(property), page + ": MedicalClinic " + property + " is clinic." + key);
      });
      String booking = Settings.text("clinic.booking");
      Object action = clinic.get("potentialAction");
      assertEquals(booking.isEmpty() ? null : Map.of("@type", "ReserveAction", "target", booking), action, page + ": booking link as a ReserveAction");
    }
  }

  @TestFactory
  Stream<DynamicTest> pagesAndFeedUseTheRegionsLanguage() {
    String language = Settings.text("region.language");
    Stream<DynamicTest> pages = Site.pages().stream().filter(p -> !p.toString().equals("404.html")).map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
      Document doc = Site.parse(page);
      assertEquals(language, doc.selectFirst("html").attr("lang"), page + ": lang");
      assertEquals(language.replace('-', '_'), doc.select("meta[property=og:locale]").attr("content"), page + ": og:locale");
      for (Element script : doc.select("script[type=application/ld+json]")) {
        Map<String, Object> data = new Yaml().load(script.data());
        if (data.containsKey("inLanguage")) {
          assertEquals(language, data.get("inLanguage"), page + ": structured data inLanguage");
        }
      }
    }));
    return Stream.concat(pages, Stream.of(DynamicTest.dynamicTest("feed.xml", () -> {
      Document feed = org.jsoup.Jsoup.parse(Site.read(Site.dir().resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
      assertEquals(language, feed.selectFirst("feed").attr("xml:lang"), "feed.xml: xml:lang is region.language");
    })));
  }

  @Test
  void headerAndIconShowTheLogoOfTheSettings() {
    String logo = Settings.text("look.logo");
    Document home = Site.parse(Path.of("index.html"));
    assertEquals(logo, home.selectFirst(".ub-header__mark").attr("src"), "index.html: header logo is look.logo");
    assertEquals(logo, home.selectFirst("link[rel=icon]").attr("href"), "index.html: icon is look.logo");
    assertTrue(java.nio.file.Files.isRegularFile(Site.dir().resolve(logo)), logo + " is not in the site");
    for (String[] mode : new String[][] {{"brand", "light"}, {"brand_dark", "dark"}}) {
      String colour = Settings.text("look.colours." + mode[0]);
      Element meta = home.selectFirst("meta[name=theme-color][media=(prefers-color-scheme: " + mode[1] + ")]");
      assertEquals(colour.isEmpty() ? null : colour, meta == null ? null : meta.attr("content"),
          "index.html: theme-color in " + mode[1] + " mode is look.colours." + mode[0]);
    }
  }

  /** The media query of each mode's brand block: that mode only, on screen only (print keeps black on white). */
  static final Map<String, String> BRAND_MODES = Map.of(
      "look.colours.brand", "screen and (prefers-color-scheme: light)",
      "look.colours.brand_dark", "screen and (prefers-color-scheme: dark)");

  /**
   * The brand part of a page's CSS: its style element holds templates/css/site.css, then the page's own
   * files of templates/css, then the brand blocks (templates/components/brand-colours.ftl).
   */
  static String brandCss(Path project, Document page) throws java.io.IOException {
    Element style = page.selectFirst("head > style");
    assertNotNull(style, "no style element in the page's head");
    Path dir = project.resolve("templates/css");
    String rest = style.data();
    String site = Files.readString(dir.resolve("site.css"));
    assertTrue(rest.startsWith(site), "the page's CSS does not start with templates/css/site.css");
    rest = rest.substring(site.length());
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String css = Files.readString(f);
        if (!f.endsWith("site.css") && rest.startsWith(css)) {
          rest = rest.substring(css.length());
        }
      }
    }
    return rest;
  }

  /**
   * The brand CSS as media query to its declarations; fails on anything else in it (but comments), so
   * the page's CSS holds nothing after its files but the brand tokens.
   */
  static Map<String, String> brandBlocks(String css) {
    String rest = css.replaceAll("(?s)/\\*.*?\\*/", "");
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher m = Pattern.compile("@media ([^{}]+)\\{\\s*:root\\s*\\{([^{}]*)}\\s*}").matcher(rest);
    while (m.find()) {
      assertNull(blocks.put(m.group(1).strip(), m.group(2).strip()), "brand CSS: two blocks for " + m.group(1));
    }
    assertTrue(m.reset().replaceAll("").isBlank(), "the page's CSS holds more than its files and the brand blocks: " + css);
    return blocks;
  }

  /**
   * The brand colours of the settings reach every page's CSS, after site.css: --color-brand in each
   * mode is exactly the colour of the settings, and an empty one sets nothing, so site.css's own stands.
   */
  @Test
  void everyPagesCssCarriesExactlyTheBrandColoursAfterTheSiteCss() throws java.io.IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    BRAND_MODES.forEach((name, query) -> {
      if (!Settings.text(name).isEmpty()) {
        expected.put(query, "--color-brand: " + Settings.text(name) + ";");
      }
    });
    for (Path page : Site.pages()) {
      assertEquals(expected, brandBlocks(brandCss(Site.project(), Site.parse(page))),
          page + ": the brand CSS against look.colours of data/settings.yaml");
    }
  }
}
