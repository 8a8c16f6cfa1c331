package vn.quytrinh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web interface's own texts ({@code vn/quytrinh/web/ui_vi/en.properties}, the {@code ui} bundle
 * of faces-config.xml) and the pages agree, as {@code MessageBundlesTest} checks for the shared
 * bundles: every key a page or the web code names is in both bundles, every key of a bundle is
 * named (literally, or under a prefix a page completes at run time, {@code
 * ui['status.'.concat(s)]}), both hold the same keys, UTF-8 in NFC.
 */
class UiBundleTest {

  static final Path WEBAPP = Path.of("src/main/webapp");
  static final Path WEB_CODE = Path.of("src/main/java/vn/quytrinh/web");

  /** {@code ui['signin.title']} */
  static final Pattern LITERAL = Pattern.compile("ui\\['([A-Za-z0-9_.]+)'\\]");

  /** {@code ui['status.'.concat(…)]} */
  static final Pattern PREFIX = Pattern.compile("ui\\['([A-Za-z0-9_.]+\\.)'\\s*\\.concat\\(");

  /** A key the Java code of the web layer names: {@code "error."} prefixes and whole keys. */
  static final Pattern JAVA_LITERAL =
      Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]*)+)\"");

  static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        UiBundleTest.class
            .getClassLoader()
            .getResourceAsStream("vn/quytrinh/web/ui_" + lang + ".properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static String pages() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> s = Files.walk(WEBAPP)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        all.append(Files.readString(p)).append('\n');
      }
    }
    return all.toString();
  }

  static String code() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> s = Files.walk(WEB_CODE)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(p)).append('\n');
      }
    }
    return all.toString();
  }

  static Set<String> literalKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    Matcher m = LITERAL.matcher(pages());
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  static Set<String> prefixes() throws IOException {
    Set<String> prefixes = new TreeSet<>();
    Matcher m = PREFIX.matcher(pages());
    while (m.find()) {
      prefixes.add(m.group(1));
    }
    Matcher j = JAVA_LITERAL.matcher(code());
    while (j.find()) {
      if (j.group(1).endsWith(".")) {
        prefixes.add(j.group(1));
      }
    }
    return prefixes;
  }

  static Set<String> javaKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    Matcher j = JAVA_LITERAL.matcher(code());
    while (j.find()) {
      keys.add(j.group(1));
    }
    return keys;
  }

  @Test
  void everyKeyThePagesNameIsInBothBundles() throws IOException {
    Set<String> used = literalKeys();
    assertTrue(used.size() > 50, "the scan finds the keys: " + used.size());
    for (String lang : List.of("vi", "en")) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(bundle(lang).stringPropertyNames());
      assertEquals(Set.of(), missing, "keys missing in ui_" + lang);
    }
  }

  @Test
  void everyKeyOfTheBundlesIsNamedByAPageOrCompletesAPrefix() throws IOException {
    Set<String> used = literalKeys();
    used.addAll(javaKeys());
    Set<String> prefixes = prefixes();
    for (String lang : List.of("vi", "en")) {
      Set<String> unused = new TreeSet<>(bundle(lang).stringPropertyNames());
      unused.removeAll(used);
      unused.removeIf(k -> prefixes.stream().anyMatch(k::startsWith));
      assertEquals(Set.of(), unused, "keys no page uses in ui_" + lang);
    }
    for (String prefix : prefixes) {
      if (prefix.startsWith("error.") || used.stream().anyMatch(u -> u.startsWith(prefix))) {
        continue;
      }
      assertTrue(
          bundle("vi").stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix)),
          "a page completes the prefix " + prefix + " but no key has it");
    }
  }

  @Test
  void bothBundlesHoldTheSameKeys() throws IOException {
    assertEquals(
        new TreeSet<>(bundle("vi").stringPropertyNames()),
        new TreeSet<>(bundle("en").stringPropertyNames()));
  }

  @Test
  void bundlesAreUtf8InNfcAndNotEmpty() throws IOException {
    for (String lang : List.of("vi", "en")) {
      Path f = Path.of("src/main/resources/vn/quytrinh/web/ui_" + lang + ".properties");
      byte[] bytes = Files.readAllBytes(f);
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        throw new AssertionError(f + " is not UTF-8", e);
      }
      assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), f + " is not NFC");
      for (String k : bundle(lang).stringPropertyNames()) {
        assertFalse(bundle(lang).getProperty(k).isBlank(), lang + ": " + k + " is empty");
      }
    }
  }
}
