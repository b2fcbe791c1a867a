package org.upperback.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.upperback.check.ContentCheck;
import org.upperback.check.Problem;
import org.upperback.check.OutputCheck;
import org.upperback.check.CacheVersion;
import org.upperback.check.RemoveDrafts;
import org.upperback.check.TrustCheck;

/** The build as `mvn verify` runs it (content check, bake, drafts removed, cache version, output check), on any source folder. */
public final class Pipeline {
  private Pipeline() {}

  public record Outcome(Bake.Result bake, List<Problem> problems) {
    public boolean failed() {
      return !problems.isEmpty() || !bake.errors().isEmpty();
    }

    /** Every line the build would print: the checks' problems and JBake's own errors. */
    public List<String> lines() {
      List<String> out = new ArrayList<>();
      problems.forEach(p -> out.add(p.toString()));
      bake.errors().forEach(e -> out.add("jbake: " + e));
      return out;
    }

    /** As {@link #lines()}, with each of JBake's errors on one line (its first: the rest names folders). */
    public List<String> messages() {
      List<String> out = new ArrayList<>();
      problems.forEach(p -> out.add(p.toString()));
      bake.errors().forEach(e -> out.add("jbake: " + e.toString().lines().findFirst().orElse("")));
      return out;
    }
  }

  /** Like `mvn verify`: a content problem stops the build before JBake runs (nothing is baked). */
  public static Outcome run(Path source, Path output, Map<String, String> settings) {
    return run(source, output, settings, TrustCheck.today());
  }

  /** As {@link #run(Path, Path, Map)}, with the review dates checked against {@code today}. */
  public static Outcome run(Path source, Path output, Map<String, String> settings, LocalDate today) {
    List<Problem> problems = new ArrayList<>(ContentCheck.check(source, today));
    if (!problems.isEmpty()) {
      return new Outcome(new Bake.Result(source, output, List.of()), problems);
    }
    Bake.Result bake = Bake.bake(source, output, settings);
    RemoveDrafts.remove(source, output);
    // Named again, as in the build: the drafts are gone now.
    if (java.nio.file.Files.isRegularFile(output.resolve("sw.js"))) {
      CacheVersion.stamp(output);
    }
    problems.addAll(OutputCheck.check(source, output, settings.getOrDefault("site.url", Site.baseUrl())));
    return new Outcome(bake, problems);
  }
}
