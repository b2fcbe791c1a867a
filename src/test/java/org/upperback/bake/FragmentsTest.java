package org.upperback.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fragment cache renders a body once per key, and only the key decides. */
class FragmentsTest {
  private static String render(String source, Fragments fragments) throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_31);
    Template t = new Template("t", new StringReader(source), cfg);
    StringWriter out = new StringWriter();
    t.process(Map.of("f", fragments), out);
    return out.toString();
  }

  @Test
  void aKeySeenBeforeGivesTheFirstMarkup() throws Exception {
    Fragments f = new Fragments();
    assertEquals("<b>1</b><b>1</b><b>1</b>", render("<#list 1..3 as i><@f key=\"k\"><b>${i}</b></@f></#list>", f));
    assertEquals(1, f.size());
  }

  @Test
  void differentKeysRenderSeparately() throws Exception {
    Fragments f = new Fragments();
    assertEquals("123", render("<#list 1..3 as i><@f key=\"k\" + i>${i}</@f></#list>", f));
    assertEquals(3, f.size());
  }

  @Test
  void theCacheLastsAsLongAsItsObject() throws Exception {
    Fragments f = new Fragments();
    render("<@f key=\"k\">first</@f>", f);
    assertEquals("first", render("<@f key=\"k\">second</@f>", f));
    assertEquals("second", render("<@f key=\"k\">second</@f>", new Fragments()));
  }

  @Test
  void withoutAKeyTheTemplateFails() {
    TemplateException e = assertThrows(TemplateException.class, () -> render("<@f>x</@f>", new Fragments()));
    assertTrue(e.getMessage().contains("key"), e.getMessage());
  }
}
