package org.upperback.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.upperback.support.Browser;
import org.upperback.support.Site;
import org.upperback.support.Sources;

/**
 * The session log and the pain rule (assets/js/log.js, routine-page.js, progress-page.js), on a controlled
 * clock across several days: the browser's Date is fixed by a script the test injects before every page
 * (CDP Page.addScriptToEvaluateOnNewDocument), so the site ships no test hook. Thresholds come from
 * data/ui.yaml pain_rule.levels, words from its routine and progress keys, ranges and "Make it easier"
 * options from the exercise's own file.
 */
class ProgressTest extends BrowserTest {
  static final String EX = "row";
  private String clock;

  @BeforeEach
  void emptyStorage() {
    day("2026-03-02");
    browser.open(site.url("routine.html"));
    browser.js("localStorage.clear()");
  }

  @AfterEach
  void realClock() {
    if (clock != null) {
      browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clock));
      clock = null;
    }
    browser.media("", "light");
  }

  /** From the next page load on, the browser's clock says 9 in the morning of `iso`. */
  void day(String iso) {
    if (clock != null) {
      browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", clock));
    }
    String js = "(() => { const T = new Date('" + iso + "T09:00:00').getTime(); const D = Date;"
        + " class F extends D { constructor(...a) { super(...(a.length ? a : [T])); } static now() { return T; } }"
        + " window.Date = F; })();";
    clock = (String) browser.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", js)).get("identifier");
  }

  static String r(String key) {
    return InteractionTest.ui("routine", key);
  }

  static String p(String key) {
    return InteractionTest.ui("progress", key);
  }

  static String fill(String template, Object... pairs) {
    String out = template;
    for (int i = 0; i < pairs.length; i += 2) {
      out = out.replace("{" + pairs[i] + "}", String.valueOf(pairs[i + 1]));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> levels() {
    return (List<Map<String, Object>>) ((Map<String, Object>) InteractionTest.ui().get("pain_rule")).get("levels");
  }

  /** The lowest score of a band of the pain rule (low, acceptable, stop). */
  static int from(String band) {
    return levels().stream().filter(l -> band.equals(l.get("band"))).mapToInt(l -> (Integer) l.get("from")).findFirst()
        .orElseThrow(() -> new AssertionError("data/ui.yaml pain_rule.levels has no band " + band));
  }

  static int to(String band) {
    return levels().stream().filter(l -> band.equals(l.get("band"))).mapToInt(l -> (Integer) l.get("to")).findFirst().orElseThrow();
  }

  static Sources.Doc exercise(String id) {
    return Sources.published("exercise").stream().filter(d -> d.file().getFileName().toString().equals(id + ".md")).findFirst().orElseThrow();
  }

  static int[] range(String id, String key) {
    String[] parts = exercise(id).get(key).trim().split(" ");
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length - 1])};
  }

  static List<String> easier(String id) {
    List<String> out = new ArrayList<>();
    String body = exercise(id).body();
    String section = body.substring(body.indexOf("## Make it easier"));
    section = section.substring(section.indexOf('\n'));
    int next = section.indexOf("\n## ");
    for (String line : (next < 0 ? section : section.substring(0, next)).split("\n")) {
      if (line.startsWith("- ")) {
        out.add(line.substring(2).trim());
      }
    }
    return out;
  }

  static WebElement button(String text) {
    return browser.driver().findElement(By.xpath("//button[normalize-space()=" + xpath(text) + "]"));
  }

  static String xpath(String s) {
    return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
  }

  static void click(WebElement e) {
    RoutineTest.click(e);
  }

  void openRoutine() {
    browser.openPage(site.url("routine.html?e=" + EX + ":" + range(EX, "sets")[0] + "x" + range(EX, "reps")[0]));
    Browser.waitUntil(() -> Boolean.TRUE.equals(browser.js("return !document.querySelector('[data-ub-routine-app]').hidden")), "the routine app");
  }

  /** The log form, filled in and saved (it is open: after a session, or for one done away from the site). */
  void fillLog(int pain, boolean sharp, String feel, String note) {
    click(browser.driver().findElement(By.cssSelector("input[name=ub-pain][value='" + pain + "']")));
    click(browser.driver().findElement(By.cssSelector("input[name=ub-sharp][value='" + (sharp ? "yes" : "no") + "']")));
    click(browser.driver().findElement(By.cssSelector("input[name=ub-feel-0][value='" + feel + "']")));
    if (note != null) {
      browser.driver().findElement(By.cssSelector(".ub-log textarea")).sendKeys(note);
    }
    click(button(r("log_save")));
    assertEquals(r("log_saved"), browser.driver().findElement(By.cssSelector(".ub-routine__note")).getText());
  }

  /** A session in session mode on the routine page, ended and logged. */
  void session(int pain, boolean sharp, String feel) {
    openRoutine();
    click(button(r("start")));
    click(button(r("end")));
    // The log's code loads on first use (js/log.js), so the form can take a moment to open.
    Browser.waitUntil(() -> "ub-log-heading".equals(browser.js("return document.activeElement.id")), "focus moves to the log form");
    fillLog(pain, sharp, feel, null);
  }

  void morning(String answer) {
    openRoutine();
    WebElement box = browser.driver().findElement(By.cssSelector("form.ub-morning"));
    assertTrue(box.getText().contains(r("morning_heading")), box.getText());
    click(box.findElement(By.cssSelector("input[value='" + answer + "']")));
    click(button(r("morning_save")));
    assertEquals(r("morning_thanks"), browser.driver().findElement(By.cssSelector(".ub-morning__done")).getText());
  }

  String advice() {
    List<WebElement> s = browser.driver().findElements(By.cssSelector(".ub-routine__list .ub-suggest__text"));
    return s.isEmpty() ? null : s.get(0).getText();
  }

  boolean asksMorning() {
    return !browser.driver().findElements(By.cssSelector("form.ub-morning")).isEmpty();
  }

  @Test
  void twoLowEasySessionsAndAGoodMorningStepUpWithinThePagesRange() {
    int low = to("low");
    session(low, false, "easy");
    assertFalse(asksMorning(), "no morning question on the day of the session");
    assertEquals(r("suggest_keep") + " " + fill(r("why_once"), "score", low), advice(), "one easy session is not enough");
    day("2026-03-03");
    morning("same");
    browser.driver().navigate().refresh();
    assertFalse(asksMorning(), "the morning question is asked once");
    day("2026-03-04");
    session(from("low"), false, "easy");
    assertEquals(r("suggest_keep") + " " + fill(r("why_once"), "score", from("low")), advice(), "no step-up before the next morning");
    day("2026-03-05");
    morning("better");
    String expected = r("suggest_up") + " " + fill(r("why_up"), "a", low, "b", from("low"));
    assertEquals(expected, advice(), "the suggestion says why");
    int[] reps = range(EX, "reps");
    int[] sets = range(EX, "sets");
    int next = Math.min(reps[1], reps[0] + 2);
    assertTrue(browser.driver().findElement(By.cssSelector(".ub-suggest--up")).getText().contains(fill(r("up_to"), "sets", sets[0], "reps", next)));
    click(browser.driver().findElement(By.cssSelector(".ub-suggest--up button")));
    assertTrue(browser.driver().getCurrentUrl().contains("e=" + EX + ":" + sets[0] + "x" + next), browser.driver().getCurrentUrl());

    browser.openPage(site.url("progress.html"));
    List<String> plan = Browser.strings(browser.js("return [...document.querySelectorAll('.ub-progress__plan li')].map(e => e.textContent)"));
    assertEquals(1, plan.size());
    assertTrue(plan.get(0).startsWith(fill(p("plan_item"), "title", exercise(EX).title(), "sets", sets[0], "reps", next)), plan.get(0));
    List<String> scores = Browser.strings(browser.js("return [...document.querySelectorAll('table.ub-progress__table--pain tbody td:nth-child(2)')].map(e => e.textContent)"));
    assertEquals(List.of(String.valueOf(low), String.valueOf(from("low"))), scores, "the table has each session's score");
    assertEquals((Object) 2L, browser.js("return document.querySelectorAll('svg.ub-chart circle').length"), "a point per session");
    assertEquals("true", browser.js("return document.querySelector('svg.ub-chart').getAttribute('aria-hidden')"));
    assertEquals(fill(p("this_week"), "done", 2, "days", 2), browser.driver().findElement(By.cssSelector(".ub-progress__week")).getText(),
        "two sessions this week (Monday 2 to Thursday 5 March), against a plan of 2 days");
    axe("progress with a log");
    browser.viewport(320, 800);
    try {
      assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= innerWidth"),
          "no horizontal scroll at 320 px with a log (the tables scroll on their own)");
    } finally {
      browser.viewport(1280, 800);
    }
  }

  @Test
  void aScoreInTheStopBandOrAWorseMorningMeansGoEasierWithThePagesOptions() {
    day("2026-03-10");
    openRoutine();
    click(button(r("log_away")));
    Browser.waitUntil(() -> !browser.driver().findElements(By.cssSelector(".ub-log input[type=date]")).isEmpty(), "the log form opens");
    WebElement date = browser.driver().findElement(By.cssSelector(".ub-log input[type=date]"));
    assertEquals("2026-03-10", date.getAttribute("max"), "no session in the future");
    browser.js("arguments[0].value = '2026-03-08'", date);
    fillLog(from("stop"), false, "hard", "Felt it in my neck");
    assertEquals(r("suggest_easier") + " " + fill(r("why_high"), "score", from("stop")), advice());
    List<String> shown = Browser.strings(browser.js("return [...document.querySelectorAll('.ub-suggest__list li')].map(e => e.textContent)"));
    assertEquals(easier(EX).size(), shown.size(), "every 'Make it easier' option of the page: " + shown);
    for (int i = 0; i < shown.size(); i++) {
      assertEquals(easier(EX).get(i).replace("'", ""), shown.get(i).replace("\u2019", "").replace("'", ""));
    }
    assertFalse(asksMorning(), "not asked while logging");
    morning("same"); // the next visit asks about the morning after a session on an earlier day

    day("2026-03-12");
    session(to("acceptable"), false, "right");
    assertEquals(r("suggest_keep") + " " + fill(r("why_acceptable"), "score", to("acceptable")), advice());
    day("2026-03-13");
    morning("worse");
    assertEquals(r("suggest_easier") + " " + fill(r("why_worse"), "date", "2026-03-12"), advice(), "a worse morning means go easier");

    browser.openPage(site.url("progress.html"));
    String table = browser.driver().findElement(By.cssSelector("table.ub-progress__table--pain")).getText();
    assertTrue(table.contains("Felt it in my neck") && table.contains(p("away")) && table.contains(r("morning_worse")), table);
  }

  @Test
  void sharpPainMeansStopAndGetHelpAndNoStepUp() {
    session(from("low"), false, "easy");
    day("2026-03-03");
    morning("same");
    day("2026-03-04");
    session(from("low"), true, "easy");
    day("2026-03-05");
    morning("better");
    assertEquals(r("suggest_stop") + " " + fill(r("why_sharp"), "date", "2026-03-04"), advice(),
        "two low, easy sessions and a good morning, but sharp pain: stop");
    WebElement stop = browser.driver().findElement(By.cssSelector(".ub-suggest--stop a"));
    assertTrue(stop.getAttribute("href").endsWith("get-help.html"), stop.getAttribute("href"));
    assertTrue(browser.driver().findElements(By.cssSelector(".ub-suggest--up, .ub-suggest button")).isEmpty(), "no step-up offered");
  }

  @Test
  void skippingTheMorningQuestionAlsoAsksOnlyOnce() {
    session(from("low"), false, "right");
    day("2026-03-09");
    openRoutine();
    click(button(r("morning_skip")));
    assertEquals(r("morning_skipped"), browser.driver().findElement(By.cssSelector(".ub-morning__done")).getText());
    browser.openPage(site.url("progress.html"));
    assertFalse(asksMorning(), "not asked again, on the progress page either");
  }

  @Test
  void exportThenClearThenImportGivesTheSameLog() throws Exception {
    session(from("low"), false, "easy");
    day("2026-03-03");
    morning("better");
    day("2026-03-05");
    session(to("acceptable"), false, "right");
    browser.openPage(site.url("progress.html"));
    String before = browser.driver().findElement(By.cssSelector(".ub-progress__view")).getText();
    // The download: the test catches the link the page clicks, and reads the file it points to.
    // (The page's CSP lets no script fetch a blob: address, so the test keeps the Blob as it is made.)
    browser.js("window.__got = null; HTMLAnchorElement.prototype.click = function () { window.__got = {name: this.download, href: this.href}; };"
        + " const make = URL.createObjectURL; URL.createObjectURL = function (b) { window.__blob = b; return make(b); };");
    click(button(p("export")));
    assertEquals(p("export_name"), browser.js("return window.__got.name"));
    String file = (String) browser.driver().executeAsyncScript("var done = arguments[0]; window.__blob.text().then(done)");
    assertEquals(browser.js("return localStorage.getItem('upper-back-log')"), file.replaceAll("\\s", ""), "the file is the saved log");

    click(button(p("erase")));
    assertTrue(browser.driver().findElement(By.cssSelector(".ub-progress__confirm")).isDisplayed(), "asks first");
    click(button(p("erase_no")));
    assertTrue(browser.js("return localStorage.getItem('upper-back-log')") != null, "cancel keeps the log");
    click(button(p("erase")));
    click(button(p("erase_yes")));
    assertEquals(p("erased"), browser.driver().findElement(By.cssSelector(".ub-progress__status")).getText());
    assertNull(browser.js("return localStorage.getItem('upper-back-log') || localStorage.getItem('upper-back-routine') || localStorage.getItem('upper-back-handout')"),
        "nothing kept");
    assertTrue(browser.driver().findElement(By.cssSelector(".ub-progress__view")).getText().contains(p("none")));

    Path saved = Site.project().resolve("target/progress-test/" + p("export_name"));
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, file, StandardCharsets.UTF_8);
    browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(saved.toAbsolutePath().toString());
    Browser.waitUntil(() -> fill(p("imported"), "count", 2).equals(browser.driver().findElement(By.cssSelector(".ub-progress__status")).getText()), "the import");
    openRoutine();
    browser.openPage(site.url("progress.html"));
    assertEquals(before, browser.driver().findElement(By.cssSelector(".ub-progress__view")).getText(), "the same log after the round trip");

    Files.writeString(saved, "{\"version\": 1, \"sessions\": [{\"date\": \"yesterday\"}]}", StandardCharsets.UTF_8);
    browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(saved.toAbsolutePath().toString());
    Browser.waitUntil(() -> p("import_corrupt").equals(browser.driver().findElement(By.cssSelector(".ub-progress__status")).getText()), "a bad file is refused");
    assertEquals(before, browser.driver().findElement(By.cssSelector(".ub-progress__view")).getText(), "a bad file changes nothing");
  }

  @Test
  void aCorruptOrOldFormatSavedLogSaysSoAndBreaksNothing() {
    for (String[] bad : new String[][] {{"{not json", "log_problem_corrupt"}, {"{\"version\":0,\"sessions\":[]}", "log_problem_version"},
        {"[1,2]", "log_problem_corrupt"}, {"{\"version\":1,\"sessions\":[{\"date\":\"2026-01-01\",\"pain\":99}]}", "log_problem_corrupt"}}) {
      browser.js("localStorage.setItem('upper-back-log', arguments[0])", bad[0]);
      openRoutine();
      assertEquals(r(bad[1]), browser.driver().findElement(By.cssSelector(".ub-log-problem")).getText(), bad[0]);
      assertEquals(List.of(exercise(EX).title()), Browser.strings(browser.js("return [...document.querySelectorAll('.ub-routine__list .ub-routine__title')].map(e => e.textContent)")),
          "the routine still works: " + bad[0]);
      assertEquals(bad[0], browser.js("return localStorage.getItem('upper-back-log')"), "the saved log is left as it was");
      browser.openPage(site.url("progress.html"));
      assertEquals(r(bad[1]), browser.driver().findElement(By.cssSelector(".ub-log-problem")).getText());
      assertTrue(browser.driver().findElement(By.cssSelector(".ub-progress__view")).getText().contains(p("none")));
    }
    click(button(p("erase")));
    click(button(p("erase_yes")));
    assertTrue(browser.driver().findElements(By.cssSelector(".ub-log-problem")).isEmpty(), "cleared, the message goes");
  }

  @Test
  void theAppointmentSheetAndTheHandoutPrintOnOneA4SheetEach() throws Exception {
    session(from("low"), false, "easy");
    day("2026-03-04");
    morning("same");
    session(to("acceptable"), false, "right");
    browser.openPage(site.url("progress.html"));
    browser.media("print", "light");
    assertEquals(Boolean.TRUE, browser.js("return getComputedStyle(document.querySelector('.ub-progress__data')).display === 'none'"
        + " && getComputedStyle(document.querySelector('svg.ub-chart')).display !== 'none'"), "prints the log and chart, not the buttons");
    byte[] pdf = browser.printA4();
    Browser.write(Site.project().resolve("target/print/progress.pdf"), pdf);
    browser.screenshot(Site.project().resolve("target/print/progress.png"));
    assertEquals(1, Browser.pdfPages(pdf), "the appointment sheet fits one A4 sheet");
    browser.media("", "light");

    openRoutine();
    String name = "Sam Tester", notes = "Slow on the way down.\nStop if the shoulder clicks.";
    assertEquals(Boolean.FALSE, browser.js("return performance.getEntriesByType('resource').some(e => e.name.includes('qrcode'))"),
        "the QR library waits until the reader prints or shares");
    browser.driver().findElement(By.cssSelector("input[name=ub-handout-name]")).sendKeys(name);
    browser.driver().findElement(By.cssSelector("textarea[name=ub-handout-notes]")).sendKeys(notes);
    assertFalse(browser.driver().getCurrentUrl().contains("Sam") || browser.driver().getCurrentUrl().contains("Slow"), "never in the address");
    browser.js("window.print = function () { window.__printed = true; }");
    click(button(r("print")));
    Browser.waitUntil(() -> Boolean.TRUE.equals(browser.js("return window.__printed === true")), "print after the QR code is drawn");
    assertTrue((Long) browser.js("return document.querySelector('.ub-sheet__qr path').getAttribute('d').length") > 100, "a QR code on the sheet");
    browser.driver().navigate().refresh();
    Browser.waitUntil(() -> Boolean.TRUE.equals(browser.js("return !document.querySelector('[data-ub-routine-app]').hidden")), "the routine app");
    assertEquals(name, browser.driver().findElement(By.cssSelector("input[name=ub-handout-name]")).getAttribute("value"), "kept on the device");
    browser.media("print", "light");
    String sheet = (String) browser.js("return document.querySelector('.ub-routine__sheet').innerText");
    assertTrue(sheet.contains(fill(r("sheet_name"), "name", name)) && sheet.contains("Stop if the shoulder clicks."), sheet);
    pdf = browser.printA4();
    Browser.write(Site.project().resolve("target/print/routine-handout.pdf"), pdf);
    browser.screenshot(Site.project().resolve("target/print/routine-handout.png"));
    assertEquals(browser.driver().getCurrentUrl(), readQr(Site.project().resolve("target/print/routine-handout.png")),
        "the QR code opens this plan");
    assertEquals(1, Browser.pdfPages(pdf), "the handout fits one A4 sheet");
  }

  /** The text of the one QR code in a screenshot (ZXing). */
  static String readQr(Path png) throws Exception {
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    int w = image.getWidth(), h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(
        new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(w, h, pixels)));
    return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap,
        Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
  }

  private static void axe(String view) {
    for (String scheme : List.of("light", "dark")) {
      AccessibilityTest.assertNoViolations(browser, view, scheme);
    }
  }
}
