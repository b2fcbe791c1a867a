package org.upperback.check;

import java.nio.file.Path;
import java.util.List;

/**
 * Command line of the content check, run by Maven before baking ({@code sources PROJECT}) and after
 * it ({@code output PROJECT SITE [SITE_URL]}). Prints one line per problem and fails the build if
 * there are any: JBake on its own only warns and drops the page.
 */
public final class Check {
  private Check() {}

  public static void main(String[] args) {
    if (args.length < 2 || !(args[0].equals("sources") || args[0].equals("output") && args.length >= 3)) {
      throw new IllegalArgumentException("usage: Check sources PROJECT | Check output PROJECT SITE [SITE_URL]");
    }
    Path project = Path.of(args[1]).toAbsolutePath().normalize();
    if (args[0].equals("sources")) {
      // Pages due for review: printed, and the build goes on (it fails once the grace period ends).
      TrustCheck.check(project, TrustCheck.today()).warnings()
          .forEach(w -> System.out.println("[upper-back] warning: " + w));
    }
    List<Problem> problems = args[0].equals("sources")
        ? ContentCheck.check(project)
        : OutputCheck.check(project, Path.of(args[2]), args.length > 3 ? args[3] : "/");
    String what = args[0].equals("sources") ? "content check" : "output check";
    if (problems.isEmpty()) {
      System.out.println("[upper-back] " + what + ": no problems");
      return;
    }
    problems.forEach(p -> System.err.println("[upper-back] " + p));
    throw new IllegalStateException(what + " failed with " + problems.size() + " problem"
        + (problems.size() == 1 ? "" : "s") + " (one per line above)");
  }
}
