package vn.quytrinh.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class VisitorLanguageTest {

  @Test
  void theParameterChoosesElseVietnameseWithoutASession() {
    assertEquals(Locale.ENGLISH, VisitorLanguage.of("en", null));
    assertEquals(Locale.ENGLISH, VisitorLanguage.of(" EN ", null));
    assertEquals(Language.VIETNAMESE, VisitorLanguage.of("vi", null));
    assertEquals(Language.VIETNAMESE, VisitorLanguage.of(null, null));
    assertEquals(Language.VIETNAMESE, VisitorLanguage.of("fr", null), "not a language we speak");
  }
}
