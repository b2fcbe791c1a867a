package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.upperback.support.Browser;
import org.upperback.support.ServedSite;
import org.upperback.support.Site;
import org.upperback.support.Sources;
import org.upperback.support.Sources.Doc;
import org.yaml.snakeyaml.Yaml;

/**
 * The search page (js/search.js with MiniSearch over search-index.json) finds what readers type. Every
 * expectation comes from the content: a page's title or a muscle's name finds that page in the first three
 * results, also misspelt and with words joined or split; a word finds the page that talks about it most.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
  static final int TOP = 3;
  /** Page types the index leaves out (see SearchIndexTest). */

  private ServedSite site;
  private Browser browser;

  record Hit(String page, String title, String summary, String where, List<String> marked) {}

  @BeforeAll
  void start() {
    site = ServedSite.get();
    browser = Browser.start();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(String file) {
    return (Map<String, Object>) new Yaml().load(Site.read(Site.project().resolve(file)));
  }

  @SuppressWarnings("unchecked")
  static String ui(String key) {
    return (String) ((Map<String, Object>) yaml("data/ui.yaml").get("search")).get(key);
  }

  /** Vocabulary terms: name -> browse page ("Rhomboids" -> "muscles/rhomboids.html"). */
  @SuppressWarnings("unchecked")
  static Map<String, String> terms() {
    Map<String, Object> v = yaml("data/vocabulary.yaml");
    Map<String, String> out = new LinkedHashMap<>();
    for (String facet : (List<String>) v.get("facets")) {
      for (Map<String, Object> t : (List<Map<String, Object>>) v.get(facet)) {
        out.put(String.valueOf(t.get("name")), facet + "/" + t.get("id") + ".html");
      }
    }
    return out;
  }

  /** The pages the index holds, chosen as the index test chooses them (published HTML pages, not error or search). */
  static List<Doc> indexable() {
    java.util.Set<String> indexed = org.upperback.search.SearchIndexTest.indexable().stream().map(f -> f.path)
        .collect(java.util.stream.Collectors.toSet());
    return Sources.all().stream().filter(d -> indexed.contains(Site.slashed(Site.project().relativize(d.file())))).toList();
  }

  /** The page file of a source ("content/exercises/index.md" -> "exercises/index.html"). */
  static String page(Doc d) {
    String rel = Site.slashed(Site.project().resolve("content").relativize(d.file()));
    return rel.substring(0, rel.length() - 3) + ".html";
  }

  // ---- Driving the page ----

  private WebElement openSearch() {
    browser.openPage(site.pageUrl("search.html"));
    return browser.driver().findElement(By.id("search-q"));
  }

  /** A search page whose library has loaded (focusing the box loads it, adding its script element). */
  private WebElement openSearchReady() {
    WebElement input = openSearch();
    input.click();
    Browser.waitUntil(() -> Boolean.TRUE.equals(browser.js("return typeof window.MiniSearch === 'function';")), "the search library");
    return input;
  }

  private String status() {
    return browser.driver().findElement(By.cssSelector("[data-ub-status]")).getText();
  }

  /** The status line a finished search for `query` shows, as a pattern. */
  static Pattern answered(String query) {
    String q = Pattern.quote(query.strip());
    String one = Pattern.quote(ui("one")).replace("{query}", "\\E" + q + "\\Q");
    String many = Pattern.quote(ui("results")).replace("{count}", "\\E\\d+\\Q").replace("{query}", "\\E" + q + "\\Q");
    return Pattern.compile(one + "|" + many + "|" + Pattern.quote(ui("none")));
  }

  /** Types `query` into a fresh search page and returns the results once the status answers it. */
  private List<Hit> search(String query) {
    WebElement input = openSearch();
    input.sendKeys(query);
    return results(query);
  }

  private List<Hit> results(String query) {
    Pattern done = answered(query);
    Browser.waitUntil(() -> done.matcher(status()).matches(), "the status to answer '" + query + "', got '" + status() + "'");
    List<Map<String, Object>> items = browser.js("""
        return [...document.querySelectorAll('[data-ub-results] > li')].map(li => ({
          href: li.querySelector('a').href, title: li.querySelector('a').textContent,
          summary: (li.querySelector('.ub-search__summary') || {}).textContent || '',
          where: (li.querySelector('.ub-search__where') || {}).textContent || '',
          marked: [...li.querySelectorAll('mark')].map(m => m.textContent.toLowerCase())}));""");
    List<Hit> hits = new ArrayList<>();
    for (Map<String, Object> i : items) {
      String href = String.valueOf(i.get("href"));
      assertTrue(href.startsWith(site.url()), "result link outside the site: " + href);
      String path = href.substring(site.url().length());
      String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
      hits.add(new Hit(file, (String) i.get("title"), (String) i.get("summary"), (String) i.get("where"), Browser.strings(i.get("marked"))));
    }
    return hits;
  }

  private void assertInTop(String query, String page) {
    List<Hit> hits = search(query);
    List<String> top = hits.stream().limit(TOP).map(Hit::page).toList();
    assertTrue(top.contains(page), "'" + query + "' must find " + page + " in its first " + TOP + " results; got " + top);
  }

  // ---- What readers type ----

  @TestFactory
  Stream<DynamicTest> aPageTitleFindsThePage() {
    return indexable().stream().map(d -> dynamicTest(d.title(), () -> assertInTop(d.title(), page(d))));
  }

  @TestFactory
  Stream<DynamicTest> aMuscleEquipmentOrLevelNameFindsItsBrowsePage() {
    return terms().entrySet().stream().map(t -> dynamicTest(t.getKey(), () -> assertInTop(t.getKey(), t.getValue())));
  }

  /** "Romboids" for "Rhomboids": one letter left out of a first word of six letters or more. */
  @TestFactory
  Stream<DynamicTest> aMisspeltNameStillFindsItsPage() {
    return terms().entrySet().stream().filter(t -> t.getKey().split(" ")[0].length() >= 6).map(t -> {
      String name = t.getKey();
      String typo = name.charAt(0) + name.substring(2);
      return dynamicTest(typo, () -> assertInTop(typo.toLowerCase(Locale.ROOT), t.getValue()));
    });
  }

  /**
   * A hyphenated word in a title ("Pull-ups") found as typed, split and joined: "pull-ups", "pull ups",
   * "pullups", and in the singular ("pull-up", "pull up", "pullup").
   */
  @TestFactory
  Stream<DynamicTest> hyphenatedTitleWordsFoundJoinedOrSplit() {
    Pattern hyphenated = Pattern.compile("([A-Za-z]+)-([A-Za-z]+)");
    List<DynamicTest> tests = new ArrayList<>();
    for (Doc d : indexable()) {
      Matcher m = hyphenated.matcher(d.title());
      while (m.find()) {
        String a = m.group(1).toLowerCase(Locale.ROOT);
        List<String> seconds = new ArrayList<>(List.of(m.group(2).toLowerCase(Locale.ROOT)));
        if (seconds.get(0).endsWith("s")) {
          seconds.add(seconds.get(0).substring(0, seconds.get(0).length() - 1));
        }
        for (String b : seconds) {
          for (String q : List.of(a + "-" + b, a + " " + b, a + b)) {
            tests.add(dynamicTest(q + " -> " + page(d), () -> assertInTop(q, page(d))));
          }
        }
      }
    }
    assertFalse(tests.isEmpty(), "no hyphenated title words to test");
    return tests.stream();
  }

  /**
   * Word forms: a query finds every page whose title has a word starting with it (or with it less a
   * plural s), and every page whose text holds the exact word.
   */
  @TestFactory
  Stream<DynamicTest> wordFormsFindThePagesThatUseThem() {
    return Stream.of("pull", "pulls", "pulling").map(q -> dynamicTest(q, () -> {
      String stem = q.endsWith("s") ? q.substring(0, q.length() - 1) : q;
      List<String> expected = indexable().stream().filter(d ->
          Sources.words(d.title()).stream().anyMatch(w -> w.startsWith(q) || w.startsWith(stem))
              || Sources.words(d.body()).contains(q)).map(SearchTest::page).sorted().toList();
      assertFalse(expected.isEmpty(), "no page uses '" + q + "'");
      List<String> found = search(q).stream().map(Hit::page).toList();
      List<String> missing = expected.stream().filter(p -> !found.contains(p)).toList();
      assertTrue(missing.isEmpty(), "'" + q + "' misses " + missing + "; found " + found);
    }));
  }

  /** "posture" (and other topic words) find the page that talks about them most, and say where. */
  @TestFactory
  Stream<DynamicTest> aTopicWordFindsThePageThatDiscussesItAndSaysWhere() {
    return Stream.of("posture", "appointment").map(word -> dynamicTest(word, () -> {
      Doc most = indexable().stream().max(java.util.Comparator.comparingLong(d -> Sources.words(
          d.title() + " " + d.get("summary") + " " + d.body()).stream().filter(word::equals).count())).orElseThrow();
      assertTrue(Sources.words(most.body()).contains(word), "no page discusses '" + word + "'");
      List<Hit> hits = search(word);
      assertTrue(hits.stream().limit(TOP).anyMatch(h -> h.page().equals(page(most))),
          "'" + word + "' must find " + page(most) + " in its first " + TOP + " results; got " + hits);
      Hit hit = hits.stream().filter(h -> h.page().equals(page(most))).findFirst().orElseThrow();
      assertEquals(most.title(), hit.title(), "result title");
      assertEquals(most.get("summary"), hit.summary(), "result summary");
      assertTrue(hit.marked().contains(word), "the matched word is marked in the result: " + hit);
      // A word in a heading is shown with that heading; one only in the body with the words found.
      String heading = most.body().lines().filter(l -> l.matches("#{2,3} .*") && Sources.words(l).contains(word))
          .map(l -> l.replaceFirst("^#+ ", "").strip()).findFirst().orElse(null);
      boolean inTitleOrSummary = Sources.words(most.title() + " " + most.get("summary")).contains(word);
      if (heading != null) {
        assertEquals(ui("in_heading").replace("{heading}", heading), hit.where(), "where '" + word + "' matched");
      } else if (!inTitleOrSummary) {
        assertTrue(hit.where().startsWith(ui("in_text").replace("{words}", "")) && hit.where().contains(word),
            "where '" + word + "' matched: " + hit.where());
      }
    }));
  }

  // ---- Names, other names, warning signs and facet words (data/search.yaml, the exercises' aliases) ----

  private void assertFirst(String query, String page) {
    List<String> found = search(query).stream().map(Hit::page).limit(TOP).toList();
    assertFalse(found.isEmpty(), "'" + query + "' finds nothing");
    assertEquals(page, found.get(0), "'" + query + "' must put " + page + " first; got " + found);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> searchData(String key) {
    return (List<Map<String, Object>>) yaml("data/search.yaml").get(key);
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Object list) {
    return ((List<Object>) list).stream().map(String::valueOf).toList();
  }

  /** Every other name an exercise lists (aliases) finds it in the first results. */
  @TestFactory
  Stream<DynamicTest> everyAliasFindsItsExercise() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Doc d : Sources.published("exercise")) {
      for (String alias : d.get("aliases").split(",")) {
        if (!alias.isBlank()) {
          tests.add(dynamicTest(alias.strip() + " -> " + page(d), () -> assertInTop(alias.strip(), page(d))));
        }
      }
    }
    assertFalse(tests.isEmpty(), "no aliases to test");
    return tests.stream();
  }

  /** A term's name, as typed, with one letter left out or a doubled letter typed once ("dumbell"), puts its page first. */
  @TestFactory
  Stream<DynamicTest> aFacetWordPutsItsPageFirst() {
    List<DynamicTest> tests = new ArrayList<>();
    terms().forEach((name, page) -> {
      String q = name.toLowerCase(Locale.ROOT);
      tests.add(dynamicTest(q, () -> assertFirst(q, page)));
      // The first word with a doubled letter, if it is long enough to allow a typing mistake (6 letters, as above).
      for (String w : q.split("[^a-z]+")) {
        if (w.matches(".*([a-z])\\1.*")) {
          if (w.length() >= 6) {
            String single = q.replaceFirst(w, w.replaceFirst("([a-z])\\1", "$1"));
            tests.add(dynamicTest(single, () -> assertFirst(single, page)));
          }
          break;
        }
      }
    });
    for (Map<String, Object> t : searchData("term_names")) {
      for (String n : strings(t.get("names"))) {
        tests.add(dynamicTest(n + " -> " + t.get("term"), () -> assertFirst(n, t.get("term") + ".html")));
      }
    }
    return tests.stream();
  }

  /** A warning-sign phrase, alone or in a sentence, puts its page (when to get help) first. */
  @TestFactory
  Stream<DynamicTest> aWarningSignPutsGetHelpFirst() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> f : searchData("first")) {
      String page = String.valueOf(f.get("page"));
      for (String phrase : strings(f.get("phrases"))) {
        tests.add(dynamicTest(phrase + " -> " + page, () -> assertFirst(phrase, page)));
      }
      String some = strings(f.get("phrases")).get(0);
      tests.add(dynamicTest("I have " + some + " in my arm -> " + page, () -> assertFirst("I have " + some + " in my arm", page)));
    }
    assertFalse(tests.isEmpty(), "no warning signs to test");
    return tests.stream();
  }

  /** The plain words readers type for what they feel or want find a page they were added to. */
  @TestFactory
  Stream<DynamicTest> symptomAndGoalWordsFindTheirPages() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map<String, Object> k : searchData("keywords")) {
      List<String> pages = new ArrayList<>(k.containsKey("pages") ? strings(k.get("pages")) : List.of());
      if (k.containsKey("term")) {
        String term = String.valueOf(k.get("term"));
        String facet = term.substring(0, term.indexOf('/'));
        String id = term.substring(term.indexOf('/') + 1);
        pages.add(term + ".html");
        Sources.published("exercise").stream()
            .filter(d -> List.of(d.get(facet).split(",")).stream().map(String::strip).anyMatch(id::equals))
            .forEach(d -> pages.add(page(d)));
      }
      for (String word : strings(k.get("words"))) {
        tests.add(dynamicTest(word, () -> {
          List<String> top = search(word).stream().limit(TOP).map(Hit::page).toList();
          assertTrue(top.stream().anyMatch(pages::contains), "'" + word + "' must find one of " + pages + " in its first "
              + TOP + " results; got " + top);
        }));
      }
    }
    return tests.stream();
  }

  /** A word that only looks like a warning sign ("towel", one letter from "bowel") does not put get-help first. */
  @Test
  void aNearMissOfAWarningSignIsNotOne() {
    assertFirst("towel", "equipment/towel.html");
  }

  /** The examples the search page itself suggests (the quoted words in content/search.md) find something. */
  @Test
  void theSearchPageExamplesFindSomething() {
    Doc searchPage = Sources.all().stream().filter(d -> d.get("type").equals("search")).findFirst().orElseThrow();
    List<String> examples = Pattern.compile("\"([^\"]+)\"").matcher(searchPage.body()).results().map(r -> r.group(1)).toList();
    assertFalse(examples.isEmpty(), "content/search.md suggests no examples");
    for (String q : examples) {
      assertFalse(search(q).isEmpty(), "the suggested example '" + q + "' finds nothing");
    }
  }

  @Test
  void aQueryThatMatchesNothingSaysSo() {
    List<Hit> hits = search("zqxvbnm");
    assertEquals(ui("none"), status());
    assertTrue(hits.isEmpty(), "results for nonsense: " + hits);
  }

  @Test
  void resultsAreAnnouncedPolitelyAndAreAListOfLinks() {
    List<Hit> hits = search("row");
    assertFalse(hits.isEmpty());
    WebElement status = browser.driver().findElement(By.cssSelector("[data-ub-status]"));
    assertEquals("status", status.getAttribute("role"), "the count is announced by a role=status region");
    assertEquals(hits.size(), browser.driver().findElements(By.cssSelector("ol[data-ub-results] > li > a[href]")).size(),
        "each result is a list item with a link");
    assertTrue(status().startsWith(hits.size() == 1 ? "1" : String.valueOf(hits.size())), "the count: " + status());
  }

  // ---- Hostile input ----

  static final String MARKUP = "<img src=x onerror=\"window.__pwned=1;alert(1)\"><script>window.__pwned=2</script>\"><b>row</b>";

  private long elementsOutsideResults() {
    Number n = browser.js("return document.querySelectorAll('*').length"
        + " - document.querySelectorAll('[data-ub-results] *, [data-ub-status] *').length;");
    return n.longValue();
  }

  private void assertNothingInjected(String what, long before) {
    assertEquals(before, elementsOutsideResults(), what + ": elements were added outside the results");
    assertEquals(Boolean.TRUE, browser.js("return window.__pwned === undefined;"), what + ": injected script ran");
    List<String> tags = Browser.strings(browser.js(
        "return [...document.querySelectorAll('[data-ub-results] *, [data-ub-status] *')].map(e => e.tagName.toLowerCase());"));
    assertTrue(tags.stream().allMatch(t -> List.of("li", "a", "p", "mark").contains(t)), what + ": unexpected elements " + tags);
  }

  @Test
  void markupInTheQueryIsOnlyText() {
    WebElement input = openSearchReady();
    long before = elementsOutsideResults();
    input.sendKeys(MARKUP);
    results(MARKUP);
    assertNothingInjected("typed markup", before);
    // The same through a shared link.
    browser.openPage(site.pageUrl("search.html") + "?q=" + java.net.URLEncoder.encode(MARKUP, java.nio.charset.StandardCharsets.UTF_8));
    results(MARKUP);
    assertEquals(MARKUP, browser.driver().findElement(By.id("search-q")).getAttribute("value"));
    assertNothingInjected("markup in the address", before);
    assertTrue(browser.driver().getCurrentUrl().contains("?q=%3Cimg"), "the query stays encoded in the address");
  }

  @Test
  void aVeryLongQueryIsCutAndChangesNothingElse() {
    WebElement input = openSearchReady();
    long before = elementsOutsideResults();
    int max = Integer.parseInt(input.getAttribute("maxlength"));
    String longQuery = "shoulder " + "x".repeat(20000) + MARKUP;
    // Set the value directly (as a script could): maxlength does not stop that, so search.js cuts it itself.
    browser.js("var i = document.getElementById('search-q'); i.value = arguments[0];"
        + "i.dispatchEvent(new Event('input', {bubbles: true}));", longQuery);
    results(longQuery.substring(0, max));
    assertNothingInjected("a long query", before);
    assertTrue(browser.driver().getCurrentUrl().length() < site.url().length() + 400, "the address holds the cut query only");
  }

  // ---- The address ----

  @Test
  void theQueryIsInTheAddressAndBackReturnsToTheLastSearch() {
    WebElement input = openSearch();
    input.sendKeys("band");
    results("band");
    assertTrue(browser.driver().getCurrentUrl().endsWith("search.html?q=band"), browser.driver().getCurrentUrl());
    input.sendKeys(Keys.ENTER);
    input.clear();
    input.sendKeys("row");
    List<Hit> rowHits = results("row");
    assertTrue(browser.driver().getCurrentUrl().endsWith("search.html?q=row"), browser.driver().getCurrentUrl());

    browser.driver().navigate().back();
    Browser.waitUntil(() -> browser.driver().getCurrentUrl().endsWith("search.html?q=band"), "back to the search for band");
    List<Hit> bandHits = results("band");
    assertEquals("band", browser.driver().findElement(By.id("search-q")).getAttribute("value"));
    assertFalse(bandHits.isEmpty());

    // A shared link opens with its results; a result, then Back, returns to them.
    browser.openPage(site.pageUrl("search.html") + "?q=row");
    assertEquals(rowHits, results("row"), "a shared link shows the same results");
    String title = rowHits.get(0).title();
    browser.driver().findElement(By.cssSelector("[data-ub-results] a")).click();
    Browser.waitUntil(() -> !browser.driver().getCurrentUrl().contains("search.html"), "the result page");
    assertEquals(title, browser.driver().findElement(By.tagName("h1")).getText());
    browser.driver().navigate().back();
    assertEquals(rowHits, results("row"), "Back shows the results again");
  }

  // ---- Speed (measured and printed, not asserted) ----

  /**
   * Keystroke to results with the CPU slowed four times (a mid-range phone): from each keydown to the
   * status line changing, once the library and index are loaded. Prints the figures for bench/RESULTS.md.
   */
  @Test
  void keystrokeToResultsOnASlowCpu() throws InterruptedException {
    WebElement input = openSearch();
    input.click();
    input.sendKeys("warm");
    results("warm");
    browser.js("var i = document.getElementById('search-q'); i.value = ''; i.dispatchEvent(new Event('input'));");
    browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
    try {
      browser.js("""
          window.__lat = []; window.__k = 0;
          document.getElementById('search-q').addEventListener('keydown', () => { window.__k = performance.now(); }, true);
          new MutationObserver(() => { if (window.__k) { window.__lat.push(performance.now() - window.__k); window.__k = 0; } })
            .observe(document.querySelector('[data-ub-status]'), {childList: true, characterData: true, subtree: true});""");
      for (String q : List.of("rhomboids", "pull up", "posture", "shoulder blades", "romboids", "get help")) {
        browser.js("var i = document.getElementById('search-q'); i.value = ''; i.dispatchEvent(new Event('input'));");
        Thread.sleep(150);
        for (char c : q.toCharArray()) {
          input.sendKeys(String.valueOf(c));
          Thread.sleep(200);
        }
      }
      List<Double> lat = Browser.strings(browser.js("return window.__lat;")).stream().map(Double::valueOf).sorted().toList();
      assertFalse(lat.isEmpty(), "no keystroke was answered");
      double median = lat.get(lat.size() / 2);
      double p90 = lat.get((int) Math.min(lat.size() - 1, Math.round(lat.size() * 0.9)));
      System.out.printf(Locale.ROOT, "search.keystroke_to_results_ms (CPU x4): median %.0f, p90 %.0f, max %.0f, n %d%n",
          median, p90, lat.get(lat.size() - 1), lat.size());
    } finally {
      browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
    }
  }

  static String joinPages(List<Hit> hits) {
    return hits.stream().map(Hit::page).collect(Collectors.joining(", "));
  }
}
