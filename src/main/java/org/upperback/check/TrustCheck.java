package org.upperback.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that let readers trust a page, kept apart from the schema check: review dates (a page
 * past its {@code review-by} date warns, then fails the build after a grace period) and sources
 * (ids from the list in data/ui.yaml). Limits come from the {@code review} block of
 * data/schema.yaml. "Today" is a parameter so tests can move it; the build reads it from
 * {@link #today()}.
 */
public final class TrustCheck {
  /** System property that sets "today" for the review-date rule, yyyy-MM-dd (tests, or a dry run). */
  public static final String TODAY = "upperback.today";

  /** What the check found: problems fail the build, warnings are printed only. */
  public record Findings(List<Problem> problems, List<Problem> warnings) {}

  private final Rules rules;
  private final Set<String> sourceIds = new LinkedHashSet<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  private TrustCheck(Rules rules) {
    this.rules = rules;
    sourceIds.addAll(rules.sourceIds);
  }

  /** The date the review rule compares with: the {@value #TODAY} property if set, else the clock. */
  public static LocalDate today() {
    return today(System.getProperty(TODAY, ""));
  }

  /** The date a {@value #TODAY} setting names, or the clock's date when the setting is empty. */
  public static LocalDate today(String setting) {
    String set = setting.strip();
    if (set.isEmpty()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(set);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("-D" + TODAY + "=" + set + ": expected a date written yyyy-MM-dd", e);
    }
  }

  /** Findings for the project's content/ folder as it is on disk. */
  public static Findings check(Path project, LocalDate today) {
    return check(project, ContentCheck.read(project), today);
  }

  /** Findings for the given parsed content files, with the project's rules. */
  public static Findings check(Path project, List<ContentFile> files, LocalDate today) {
    return check(Rules.read(project), files, today);
  }

  static Findings check(Rules rules, List<ContentFile> files, LocalDate today) {
    TrustCheck c = new TrustCheck(rules);
    for (ContentFile f : files) {
      if (f.path.endsWith(".md") && !f.fields.isEmpty()) {
        c.checkReview(f, today);
        c.checkSources(f);
      }
    }
    return new Findings(c.problems.stream().sorted().toList(), c.warnings.stream().sorted().toList());
  }

  private void checkReview(ContentFile f, LocalDate today) {
    LocalDate reviewed = date(f.get("reviewed"));
    LocalDate due = date(f.get("review-by"));
    if (due == null) {
      return; // missing or malformed: the schema check reports it
    }
    int line = f.line("review-by");
    if (reviewed != null) {
      int months = rules.reviewLimit("maxMonths");
      if (!due.isAfter(reviewed)) {
        problems.add(new Problem(f.path, line, "review-by",
            "found " + due + ", which is not after reviewed=" + reviewed + "; expected a later date"));
      } else if (due.isAfter(reviewed.plusMonths(months))) {
        problems.add(new Problem(f.path, line, "review-by", "found " + due + ", more than " + months
            + " months after reviewed=" + reviewed + "; expected at most " + reviewed.plusMonths(months)
            + " (data/schema.yaml, review.maxMonths)"));
      }
    }
    if (!f.published() || !today.isAfter(due)) {
      return;
    }
    LocalDate last = due.plusDays(rules.reviewLimit("graceDays"));
    String what = "the page was due for review on " + due + "; check it against its sources, then set reviewed"
        + " to the day you checked it and review-by to the next date";
    if (today.isAfter(last)) {
      problems.add(new Problem(f.path, line, "review-by", what + " (overdue since " + due
          + ", past the grace period that ended on " + last + ")"));
    } else {
      warnings.add(new Problem(f.path, line, "review-by", what + " (the build fails after " + last + ")"));
    }
  }

  private void checkSources(ContentFile f) {
    String value = f.get("sources");
    if (value.isEmpty()) {
      return; // required where the schema says so: the schema check reports a missing field
    }
    int line = f.line("sources");
    Set<String> seen = new LinkedHashSet<>();
    for (String raw : value.split(",")) {
      String id = raw.strip();
      if (id.isEmpty()) {
        continue;
      }
      if (!sourceIds.contains(id)) {
        problems.add(new Problem(f.path, line, "sources", "unknown source " + Visible.quote(id)
            + "; allowed (the sources list in data/ui.yaml): " + String.join(", ", sourceIds) + Visible.hint(id)));
      } else if (!seen.add(id)) {
        problems.add(new Problem(f.path, line, "sources", Visible.quote(id) + " is listed twice"));
      }
    }
    int min = rules.reviewLimit("minSources");
    int max = rules.reviewLimit("maxSources");
    if (seen.size() < min || seen.size() > max) {
      problems.add(new Problem(f.path, line, "sources", "lists " + seen.size() + " known sources; expected "
          + min + " to " + max + " (data/schema.yaml, review.minSources and review.maxSources)"));
    }
  }

  private static LocalDate date(String value) {
    try {
      return value.isEmpty() ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
