package org.upperback.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.Site;

/** Every page carries a strict Content-Security-Policy and nothing that would need it loosened. */
class PageSecurityTest {

  @TestFactory
  Stream<DynamicTest> strictPolicyAndNoInlineCode() {
    return Site.pages().stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
      Document doc = Site.parse(page);
      Element csp = doc.selectFirst("head meta[http-equiv=Content-Security-Policy]");
      assertTrue(csp != null, page + ": no Content-Security-Policy meta tag");
      String policy = csp.attr("content");
      assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), page + ": policy allows inline code: " + policy);
      assertTrue(policy.contains("default-src 'none'") || policy.contains("default-src 'self'"), page + ": no default-src");
      assertTrue(policy.contains("script-src 'self'"), page + ": scripts must come from the site itself");
      for (Element script : doc.select("script")) {
        boolean data = script.attr("type").equals("application/ld+json");
        assertTrue(data || script.hasAttr("src"), page + ": inline script");
      }
      // The page's own CSS is the one style element, before the policy (which governs only what
      // follows it) and after nothing but the charset; no other style element anywhere.
      assertEquals(List.of("meta", "style", "meta"), doc.head().children().stream().limit(3).map(Element::tagName).toList(),
          page + ": the head must start with the charset, the page's CSS and the policy");
      assertTrue(doc.head().child(0).hasAttr("charset") && doc.head().child(2) == csp, page + ": charset, CSS, then the policy");
      assertEquals(1, doc.select("style").size(), page + ": style elements besides the page's CSS");
      assertEquals(0, doc.select("[style]").size(), page + ": style attribute");
      for (Element el : doc.getAllElements()) {
        el.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase().startsWith("on"),
            page + ": inline event handler " + a.getKey() + " on <" + el.tagName() + ">"));
      }
      for (Element el : doc.select("[src], link[href]")) {
        String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
        assertFalse(url.startsWith("http:") && !el.tagName().equals("link"), page + ": mixed content " + url);
      }
      for (Element a : doc.select("a[href^=http]")) {
        if (!a.attr("href").startsWith(Site.baseUrl())) {
          assertTrue(a.attr("rel").contains("noopener"), page + ": external link without rel=noopener: " + a.attr("href"));
        }
      }
    }));
  }
}
