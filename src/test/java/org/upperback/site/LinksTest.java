package org.upperback.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upperback.check.OutputCheck;
import org.upperback.support.Bake;
import org.upperback.support.Site;

/** No broken internal link, image, stylesheet, script or #fragment: at a domain root and under a sub-path. */
class LinksTest {

  @Test
  void everyReferenceResolvesAtTheDomainRoot() {
    var problems = OutputCheck.check(Site.project(), Site.dir(), Site.baseUrl());
    assertTrue(problems.isEmpty(), "broken references:\n" + String.join("\n", problems.stream().map(Object::toString).toList()));
  }

  @Test
  void everyReferenceResolvesUnderAProjectSubPath() {
    String url = "https://example.github.io/upper-back/";
    Bake.Result result = Bake.site(Site.project().resolve("content"), "subpath", Map.of("site.url", url));
    assertTrue(result.errors().isEmpty(), "bake errors: " + result.errors());
    var problems = OutputCheck.check(result.source(), result.output(), url);
    assertTrue(problems.isEmpty(), "broken references under /upper-back/:\n"
        + String.join("\n", problems.stream().map(Object::toString).toList()));
    String notFound = Site.read(result.output().resolve("404.html"));
    assertTrue(notFound.contains("src=\"/upper-back/js/boot.js\""), "404.html must load its scripts from the sub-path");
  }
}
