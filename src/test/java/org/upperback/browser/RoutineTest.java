package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.upperback.support.Browser;
import org.upperback.support.Sources;

/**
 * My routine (assets/js/routine.js): built from exercise pages, kept across reloads, shared as a link,
 * safe against a hostile address, usable with a keyboard, accessible in light and dark, printable on one
 * A4 sheet. Exercise ids and titles come from the content sources; labels from data/ui.yaml.
 */
class RoutineTest extends BrowserTest {
  static final String ITEMS = ".ub-routine__list .ub-routine__title";

  @BeforeEach
  void emptyStorage() {
    browser.open(site.url("routine.html"));
    browser.js("localStorage.clear()");
  }

  @AfterEach
  void screen() {
    browser.media("", "light");
  }

  /** A real click, once the element is in view: the site scrolls smoothly, and a click during the
   * scroll lands on whatever is passing under the pointer. */
  static void click(WebElement element) {
    browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
  }

  static String ui(String key) {
    return InteractionTest.ui("routine", key);
  }

  /** Title of each published exercise by id (its file name). */
  static Map<String, String> titles() {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Sources.Doc d : Sources.published("exercise")) {
      String file = d.file().getFileName().toString();
      out.put(file.substring(0, file.length() - 3), d.title());
    }
    return out;
  }

  List<String> routine(Browser b) {
    new WebDriverWait(b.driver(), Duration.ofSeconds(5)).until(d -> b.js("return !document.querySelector('[data-ub-routine-app]').hidden"));
    return Browser.strings(b.js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", ITEMS));
  }

  void add(String id) {
    browser.openPage(site.url("exercises/" + id + ".html"));
    WebElement button = browser.driver().findElement(By.cssSelector("button.ub-routine-add"));
    assertEquals("false", button.getAttribute("aria-pressed"), id + ": not in the routine yet");
    assertTrue(button.getText().startsWith(ui("add")), id + ": the button says " + button.getText());
    click(button);
    assertEquals("true", button.getAttribute("aria-pressed"), id + ": pressed once added");
    assertTrue(button.getText().startsWith(ui("added")), id + ": the button says it is in: " + button.getText());
  }

  @Test
  void addTwoReorderReloadAndShareTheSameRoutine() {
    Map<String, String> titles = titles();
    add("row");
    add("superman");
    browser.openPage(site.url("routine.html"));
    assertEquals(List.of(titles.get("row"), titles.get("superman")), routine(browser));
    click(browser.driver().findElement(By.cssSelector("[data-act=up][data-i='1']")));
    List<String> expected = List.of(titles.get("superman"), titles.get("row"));
    assertEquals(expected, routine(browser), "Move up reorders");
    assertEquals("0", browser.js("return document.activeElement.getAttribute('data-i')"), "focus follows the moved exercise");
    browser.driver().navigate().refresh();
    assertEquals(expected, routine(browser), "the same routine after a reload");
    browser.openPage(site.url("routine.html"));
    assertEquals(expected, routine(browser), "the same routine from storage, without the address");
    String link = browser.driver().getCurrentUrl();
    assertTrue(link.contains("e=superman,row"), "the address is the plan: " + link);

    browser.openPage(site.url("exercises/row.html"));
    assertEquals("true", browser.driver().findElement(By.cssSelector("button.ub-routine-add")).getAttribute("aria-pressed"),
        "an exercise page says it is in the routine");

    try (Browser fresh = Browser.start()) {
      fresh.openPage(link);
      assertEquals(expected, routine(fresh), "the link gives the same routine in a fresh profile");
    }
  }

  @Test
  void editsStayWithinBoundsAndReachTheLink() {
    browser.openPage(site.url("routine.html?e=row"));
    WebElement sets = browser.driver().findElement(By.cssSelector(".ub-routine__list input[max='5']"));
    sets.clear();
    sets.sendKeys("9", Keys.TAB);
    assertEquals("5", sets.getAttribute("value"), "sets are capped at 5");
    assertTrue(browser.driver().getCurrentUrl().contains("e=row:5x"), browser.driver().getCurrentUrl());
    click(browser.driver().findElement(By.cssSelector("input[name=ub-days][value='3']")));
    assertTrue(browser.driver().getCurrentUrl().contains("d=3"), browser.driver().getCurrentUrl());
    click(browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("clear_all") + "']")));
    assertEquals(List.of(), routine(browser));
  }

  @Test
  void aHostileAddressChangesNothingButTheNote() {
    browser.openPage(site.url("routine.html?e=row"));
    String clean = (String) browser.js("return document.querySelector('main').innerHTML");
    Object scripts = browser.js("return document.scripts.length");
    String hostile = "row,%3Cscript%3Ealert(1)%3C/script%3E,row,row,%3Cimg%20src=x%20onerror=alert(1)%3E,"
        + "x".repeat(5000) + "," + "superman,".repeat(300) + "row:99x99";
    browser.open(site.url("routine.html?e=" + hostile));
    assertEquals(List.of(titles().get("row"), titles().get("superman")), routine(browser),
        "well-formed known entries are kept once each, the rest skipped");
    String note = browser.driver().findElement(By.cssSelector(".ub-routine__note[role=status]")).getText();
    assertFalse(note.isBlank(), "a polite note says entries were skipped");
    assertEquals((Object) 0L, browser.js("return document.querySelectorAll('main img, main script, [onerror]').length"));
    assertEquals(scripts, browser.js("return document.scripts.length"), "no script added");
    String stored = (String) browser.js("return localStorage.getItem('upper-back-routine')");
    assertFalse(stored.contains("<") || stored.length() > 200, "only the clean routine is stored: " + stored);
    browser.openPage(site.url("routine.html?e=row"));
    assertEquals(clean, browser.js("return document.querySelector('main').innerHTML"), "the same page as a clean address");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theRoutinePrintsOnOneA4Sheet() {
    // A routine holds at most 12 exercises (MAX in js/routine.js): the fullest sheet there can be.
    Map<String, String> twelve = titles().entrySet().stream().limit(12)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    String all = String.join(",", twelve.keySet());
    browser.openPage(site.url("routine.html?e=" + all + "&d=3"));
    browser.media("print", "light");
    assertEquals(Boolean.TRUE, browser.js("return getComputedStyle(document.querySelector('.ub-routine__sheet')).display !== 'none'"
        + " && getComputedStyle(document.querySelector('.ub-routine__editor')).display === 'none'"
        + " && getComputedStyle(document.querySelector('.ub-routine__samples')).display === 'none'"), "prints the sheet only");
    String sheet = (String) browser.js("return document.querySelector('.ub-routine__sheet').textContent");
    for (String title : twelve.values()) {
      assertTrue(sheet.contains(title), "the sheet lists " + title);
    }
    // The one pain rule of data/ui.yaml: every level and the rule for lingering pain.
    Map<String, Object> rule = (Map<String, Object>) InteractionTest.ui().get("pain_rule");
    for (Object level : (List<Object>) rule.get("levels")) {
      assertTrue(sheet.contains(String.valueOf(((Map<String, Object>) level).get("short"))), "the sheet has the pain rule level " + level);
    }
    assertTrue(sheet.contains((String) rule.get("lingering")), "the sheet has the pain rule");
    assertEquals((Object) 4L, browser.js("return document.querySelectorAll('.ub-sheet__grid tr:first-of-type th').length"), "a column per session");
    byte[] pdf = browser.printA4();
    Browser.write(org.upperback.support.Site.project().resolve("target/print/routine.pdf"), pdf);
    assertTrue(Browser.pdfPages(pdf) <= 2, "the fullest routine (12 exercises) prints on at most two A4 sheets");
    // The site advises 3 to 4 exercises a session: a routine of twice that is still one sheet to hand over.
    browser.media("screen", "light");
    browser.openPage(site.url("routine.html?e=" + String.join(",", titles().keySet().stream().limit(8).toList()) + "&d=3"));
    browser.media("print", "light");
    assertEquals(1, Browser.pdfPages(browser.printA4()), "a routine of 8 exercises fits one A4 sheet");
  }

  @Test
  void theSessionWalksThroughSetsWithAKeyboard() {
    browser.openPage(site.url("routine.html?e=row:2x10,superman&r=10"));
    WebElement start = browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("start") + "']"));
    start.sendKeys(Keys.ENTER);
    assertEquals("ub-session-heading", browser.js("return document.activeElement.id"), "focus moves to the session");
    String progress = "return document.querySelector('.ub-session__progress').textContent";
    assertEquals("polite", browser.js("return document.querySelector('.ub-session__progress').getAttribute('aria-live')"));
    assertTrue(((String) browser.js(progress)).contains("1"), "set 1");
    WebElement done = browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("done_set") + "']"));
    done.sendKeys(Keys.ENTER);
    assertFalse(((String) browser.js("return document.querySelector('.ub-session__timer').textContent")).isEmpty(), "a rest timer runs");
    browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("skip_rest") + "']")).sendKeys(Keys.ENTER);
    assertTrue(((String) browser.js(progress)).contains(ui("rest_over").replace("{n}.", "").trim()), "rest over: " + browser.js(progress));
    assertTrue(((String) browser.js("return document.querySelector('.ub-session').textContent")).contains(ui("stop_now")), "the session reminds when to stop");
    browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("next") + "']")).sendKeys(Keys.ENTER);
    assertTrue(((String) browser.js("return document.activeElement.textContent")).contains(titles().get("superman")));
    for (String scheme : List.of("light", "dark")) {
      axe("session", scheme);
    }
    browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("end") + "']")).sendKeys(Keys.ENTER);
    for (String scheme : List.of("light", "dark")) {
      axe("routine", scheme);
    }
    browser.openPage(site.url("exercises/"));
    axe("exercise cards with add buttons", "dark");
  }

  /** Each exercise rests as long as its `rest` header says; r= in the address overrides that for all. */
  @Test
  void theRestTimerUsesEachExercisesRestUnlessTheAddressSetsOne() {
    for (Sources.Doc d : Sources.published("exercise")) {
      String file = d.file().getFileName().toString();
      String id = file.substring(0, file.length() - 3);
      String rest = d.get("rest").trim();
      for (String address : List.of("routine.html?e=" + id + ":2x5", "routine.html?e=" + id + ":2x5&r=17")) {
        browser.openPage(site.url(address));
        browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("start") + "']")).sendKeys(Keys.ENTER);
        browser.driver().findElement(By.xpath("//button[normalize-space()='" + ui("done_set") + "']")).sendKeys(Keys.ENTER);
        String expected = address.endsWith("r=17") ? "17 s" : rest + " s";
        assertEquals(expected, browser.js("return document.querySelector('.ub-session__timer').textContent"), address);
      }
    }
  }

  private static void axe(String view, String scheme) {
    AccessibilityTest.assertNoViolations(browser, view, scheme);
  }
}
