package org.upperback.browser;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.upperback.support.Browser;
import org.upperback.support.ServedSite;
import org.upperback.support.Site;
import org.upperback.support.Sources;
import org.upperback.support.Sources.Doc;
import org.yaml.snakeyaml.Yaml;

/**
 * The optional JavaScript (assets/js/site.js; search has its own SearchTest) does what it promises, and every page still works without it.
 * Expected results come from the content sources (content/**.md) and data/ui.yaml, never from a fixed list.
 */
@Tag("browser")
class InteractionTest {
  static final List<String> FACETS = List.of("muscles", "equipment", "difficulty");
  static final String CARDS = "#results .ub-card";

  private static ServedSite site;

  @BeforeAll
  static void bake() {
    site = ServedSite.get();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> ui() {
    return (Map<String, Object>) new Yaml().load(Site.read(Site.project().resolve("data/ui.yaml")));
  }

  @SuppressWarnings("unchecked")
  static String ui(String group, String key) {
    return (String) ((Map<String, Object>) ui().get(group)).get(key);
  }

  static Set<String> titles(List<Doc> docs) {
    return docs.stream().map(Doc::title).collect(Collectors.toCollection(TreeSet::new));
  }

  /** With JavaScript: filters on the exercises index, search on search.html. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithJavaScript {
    private Browser browser;

    @BeforeAll
    void start() {
      browser = Browser.start();
    }

    @AfterAll
    void stop() {
      if (browser != null) {
        browser.close();
      }
    }

    private Set<String> visibleCardTitles() {
      return browser.driver().findElements(By.cssSelector(CARDS)).stream()
          .filter(WebElement::isDisplayed)
          .map(c -> c.findElement(By.cssSelector(".ub-card__title")).getText().trim())
          .collect(Collectors.toCollection(TreeSet::new));
    }

    private String filterStatus(int shown, int total) {
      return ui("filters", "status").replace("{shown}", String.valueOf(shown)).replace("{total}", String.valueOf(total));
    }

    private WebElement openFilters() {
      browser.openPage(site.pageUrl("exercises/index.html"));
      WebElement form = browser.driver().findElement(By.cssSelector("form[data-ub-filters]"));
      assertTrue(form.isDisplayed(), "the filter form must be shown when JavaScript runs");
      return form;
    }

    @TestFactory
    Stream<DynamicNode> eachFilterShowsExactlyTheMatchingExercises() {
      List<Doc> exercises = Sources.published("exercise");
      return FACETS.stream().map(facet -> dynamicContainer(facet, optionValues(facet).stream().map(value ->
          dynamicTest(value, () -> {
            WebElement form = openFilters();
            new Select(form.findElement(By.name(facet))).selectByValue(value);
            Set<String> expected = titles(exercises.stream().filter(d -> d.list(facet).contains(value)).toList());
            assertEquals(expected, visibleCardTitles(), facet + "=" + value + ": visible cards");
            assertEquals(filterStatus(expected.size(), exercises.size()),
                form.findElement(By.cssSelector(".ub-filters__status")).getText(), facet + "=" + value + ": status");
          }))));
    }

    /** The values offered by a filter, read from the baked page (the vocabulary in data/vocabulary.yaml). */
    private List<String> optionValues(String facet) {
      List<String> values = Site.parse(site.output(), java.nio.file.Path.of("exercises/index.html"))
          .select("select[name=" + facet + "] option").eachAttr("value").stream().filter(v -> !v.isEmpty()).toList();
      assertFalse(values.isEmpty(), facet + " filter has no options");
      return values;
    }

    @Test
    void filtersCombineAndResetShowsAll() {
      List<Doc> exercises = Sources.published("exercise");
      WebElement form = openFilters();
      assertEquals(titles(exercises), visibleCardTitles(), "before filtering every exercise is listed");
      assertEquals(filterStatus(exercises.size(), exercises.size()),
          form.findElement(By.cssSelector(".ub-filters__status")).getText());
      // The most common equipment with the most common level: a combination that leaves some cards.
      String equipment = mostCommon(exercises, "equipment");
      String difficulty = mostCommon(exercises, "difficulty");
      new Select(form.findElement(By.name("equipment"))).selectByValue(equipment);
      new Select(form.findElement(By.name("difficulty"))).selectByValue(difficulty);
      Set<String> expected = titles(exercises.stream()
          .filter(d -> d.list("equipment").contains(equipment) && d.list("difficulty").contains(difficulty)).toList());
      assertEquals(expected, visibleCardTitles(), "equipment=" + equipment + " and difficulty=" + difficulty);
      form.findElement(By.cssSelector("button[type=reset]")).click();
      Browser.waitUntil(() -> visibleCardTitles().equals(titles(exercises)), "reset shows every exercise again");
      assertEquals(filterStatus(exercises.size(), exercises.size()),
          form.findElement(By.cssSelector(".ub-filters__status")).getText());
    }

    private String mostCommon(List<Doc> docs, String facet) {
      return docs.stream().flatMap(d -> d.list(facet).stream())
          .collect(Collectors.groupingBy(v -> v, Collectors.counting()))
          .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
  }

  /** With JavaScript blocked: the site is still complete. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithoutJavaScript {
    private Browser browser;

    @BeforeAll
    void start() {
      browser = Browser.start(Browser.Options.defaults().withoutJavaScript());
    }

    @AfterAll
    void stop() {
      if (browser != null) {
        browser.close();
      }
    }

    @TestFactory
    Stream<DynamicNode> everyPageShowsItsHeadingContentAndLinks() {
      return site.pagesAndMissing().stream().map(page -> dynamicTest(page, () -> {
        browser.openPage(site.pageUrl(page));
        Map<String, Object> seen = browser.js("""
            var shown = e => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible';
            var h1 = document.querySelector('main h1'), main = document.getElementById('main-content');
            return {h1: shown(h1) ? h1.textContent.trim() : '', main: shown(main) ? main.innerText.trim().length : 0,
              nav: shown(document.querySelector('.ub-nav')),
              links: [...document.querySelectorAll('a[href]')].filter(shown).length};
            """);
        String h1 = (String) seen.get("h1");
        assertFalse(h1.isBlank(), page + ": h1 shown");
        assertTrue(((Number) seen.get("main")).intValue() > h1.length() + 40, page + ": main content shown " + seen);
        assertEquals(Boolean.TRUE, seen.get("nav"), page + ": main navigation shown");
        assertTrue(((Number) seen.get("links")).intValue() >= 5, page + ": links shown " + seen);
      }));
    }

    @Test
    void pageScriptsReallyAreOff() {
      browser.openPage(site.pageUrl("exercises/index.html"));
      // site.js would unhide the form and fill the status; with scripts off neither happens.
      assertEquals("", browser.driver().findElement(By.cssSelector(".ub-filters__status")).getAttribute("textContent"));
    }

    @Test
    void filtersStayHiddenAndEveryExerciseIsListed() {
      browser.openPage(site.pageUrl("exercises/index.html"));
      assertFalse(browser.driver().findElement(By.cssSelector("form[data-ub-filters]")).isDisplayed(),
          "the filter form needs JavaScript, so it stays hidden");
      List<WebElement> cards = browser.driver().findElements(By.cssSelector(CARDS));
      assertTrue(cards.stream().allMatch(WebElement::isDisplayed), "every card is shown");
      assertEquals(titles(Sources.published("exercise")), cards.stream()
          .map(c -> c.findElement(By.cssSelector(".ub-card__title")).getText().trim())
          .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The search form reloads the search page with the query, which then offers the browse pages. */
    @Test
    void searchFormStaysOnTheSearchPageAndOffersTheBrowsePages() {
      browser.openPage(site.pageUrl("search.html"));
      WebElement input = browser.driver().findElement(By.id("search-q"));
      input.sendKeys("band");
      input.submit();
      assertEquals(site.url("search.html?q=band"), browser.driver().getCurrentUrl());
      List<WebElement> links = browser.driver().findElements(By.cssSelector(".ub-search__noscript a[href]"));
      assertFalse(links.isEmpty(), "no browse links without JavaScript");
      for (WebElement link : links) {
        assertTrue(link.isDisplayed(), link.getText() + " is hidden");
        String href = link.getAttribute("href");
        assertTrue(href.startsWith(site.url()), href);
        String path = href.substring(site.url().length());
        assertTrue(site.pages().contains(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path), "browse link to a missing page: " + href);
      }
      for (String section : List.of("exercises/", "tips/", "muscles/")) {
        assertTrue(links.stream().anyMatch(l -> l.getAttribute("href").equals(site.url(section))), "no link to " + section);
      }
    }
  }
}
