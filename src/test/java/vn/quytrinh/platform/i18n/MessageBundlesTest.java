package vn.quytrinh.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundles and the code agree: every key the code names is in both bundles, every key of a
 * bundle is named by the code, and both bundles are well-formed UTF-8 in NFC whose patterns
 * MessageFormat reads.
 */
class MessageBundlesTest {

  /**
   * A key in a string literal: {@code "problem.document.notFound"}, or {@code "{validation.x}"}.
   */
  private static final Pattern KEY =
      Pattern.compile(
          "\\{?((?:problem|validation|flag|finding|form|text|audit)(?:\\.[A-Za-z0-9_]+)+)}?");

  /** An enum label's key: {@code VersionStatus.DRAFT}. */
  private static final Pattern LABEL = Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([A-Z][A-Z0-9_]*)");

  /** A standard constraint used without a message of ours is {@code validation.<Simple name>}. */
  private static final Pattern STANDARD_CONSTRAINT =
      Pattern.compile("@(NotNull|NotBlank|NotEmpty|Size|Pattern|Min|Max)\\b(?!\\([^)]*message)");

  static Set<String> keysInCode() {
    Set<String> keys = new TreeSet<>();
    for (Path f : Sources.files()) {
      for (Sources.Literal l : Sources.literals(f)) {
        Matcher m = KEY.matcher(l.text());
        if (m.matches()) {
          keys.add(m.group(1));
        }
      }
      Matcher c = STANDARD_CONSTRAINT.matcher(Sources.read(f));
      while (c.find()) {
        keys.add("validation." + c.group(1));
      }
    }
    return keys;
  }

  /** The labels of every constant of every enum that is {@link Labelled}. */
  static Set<String> labelKeys() throws ClassNotFoundException {
    Set<String> keys = new TreeSet<>();
    Pattern declared = Pattern.compile("enum\\s+(\\w+)\\s+implements[^{]*\\bLabelled\\b");
    for (Path f : Sources.files()) {
      Matcher m = declared.matcher(Sources.read(f));
      while (m.find()) {
        String pkg = Sources.name(f.getParent()).replace('/', '.');
        String outer = f.getFileName().toString().replace(".java", "");
        String name =
            outer.equals(m.group(1)) ? pkg + "." + outer : pkg + "." + outer + "$" + m.group(1);
        for (Object c : Class.forName(name).getEnumConstants()) {
          keys.add(((Labelled) c).labelKey());
        }
      }
    }
    return keys;
  }

  @Test
  void everyKeyTheCodeNamesIsInBothBundles() throws Exception {
    Set<String> used = keysInCode();
    used.addAll(labelKeys());
    assertTrue(used.size() > 50, "the scan finds the keys: " + used.size());
    for (var locale : List.of(Messages.VI, Messages.EN)) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(Messages.keys(locale));
      assertEquals(Set.of(), missing, "keys missing in the bundle for " + locale);
    }
  }

  @Test
  void everyKeyOfTheBundlesIsNamedByTheCode() throws Exception {
    Set<String> used = keysInCode();
    used.addAll(labelKeys());
    for (var locale : List.of(Messages.VI, Messages.EN)) {
      Set<String> unused = new TreeSet<>(Messages.keys(locale));
      unused.removeAll(used);
      assertEquals(Set.of(), unused, "keys no code uses in the bundle for " + locale);
    }
  }

  @Test
  void bothBundlesHoldTheSameKeys() {
    assertEquals(Messages.keys(Messages.VI), Messages.keys(Messages.EN));
  }

  @Test
  void bundlesAreUtf8InNfcAndEveryPatternIsReadable() throws IOException {
    for (String name : List.of("messages_vi.properties", "messages_en.properties")) {
      byte[] bytes;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
        bytes = in.readAllBytes();
      }
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        throw new AssertionError(name + " is not UTF-8", e);
      }
      assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), name + " is not NFC");
      List<String> bad = new ArrayList<>();
      var locale = name.contains("_en") ? Messages.EN : Messages.VI;
      for (String key : Messages.keys(locale)) {
        String pattern = Messages.get(locale, key, "0", "1", "2", "3", "4", "5", "6", "7");
        // a lone apostrophe swallows the text after it: MessageFormat needs it doubled
        if (pattern.contains("{")) {
          bad.add(key + " keeps a placeholder: " + pattern);
        }
      }
      assertEquals(List.of(), bad, name);
      assertTrue(Files.exists(Path.of("src/main/resources", name)));
    }
  }

  @Test
  void vietnameseUnlessEnglishIsAsked() {
    assertEquals(Messages.EN, Messages.ofHeader("en-US,en;q=0.9,vi;q=0.5"));
    assertEquals(Messages.VI, Messages.ofHeader("vi-VN,en;q=0.5"));
    assertEquals(Messages.VI, Messages.ofHeader("fr"));
    assertEquals(Messages.VI, Messages.ofHeader("*"));
    assertEquals(Messages.VI, Messages.ofHeader(null));
    assertEquals(Messages.VI, Messages.ofHeader("%%%"));
    assertEquals(
        "Không tìm thấy",
        Messages.get(java.util.Locale.forLanguageTag("fr"), "problem.title.notFound"));
    assertEquals("Not found", Messages.get(java.util.Locale.UK, "problem.title.notFound"));
  }

  @Test
  void argumentsAreShownPlainly() {
    assertEquals("Năm phải từ 1900 đến 2199.", Messages.vi("problem.param.year", 1900, 2199));
    assertEquals(
        "Too many working days (at most 3650).",
        Messages.get(
            Messages.EN, "validation.workingDays.tooLarge", new java.math.BigDecimal("3650.00")));
    assertEquals("no.such.key", Messages.vi("no.such.key"));
  }
}
