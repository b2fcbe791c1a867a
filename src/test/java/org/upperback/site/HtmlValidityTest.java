package org.upperback.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.upperback.support.Site;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Zero errors from the Nu Html Checker (the W3C validator's engine) on every generated page. */
class HtmlValidityTest {
  private static SimpleDocumentValidator validator;
  private static final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void setUp() throws Exception {
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add("line " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
    validator.setUpValidatorAndParsers(handler, false, false);
  }

  @TestFactory
  Stream<DynamicTest> everyPageIsValidHtml() {
    return Site.pages().stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
      errors.clear();
      validator.checkHtmlFile(Site.dir().resolve(page).toFile(), true);
      assertTrue(errors.isEmpty(), page + ": Nu Html Checker errors:\n" + String.join("\n", errors));
    }));
  }
}
