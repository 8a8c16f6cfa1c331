package vn.quytrinh.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The main Java sources, read as text: their string and character literals, comments left out. */
final class Sources {

  static final Path MAIN = Path.of("src/main/java");

  record Literal(Path file, int line, String text) {}

  private Sources() {}

  static List<Path> files() {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The path under {@code src/main/java} with forward slashes, e.g. {@code vn/quytrinh/x/Y.java}.
   */
  static String name(Path p) {
    return MAIN.relativize(p).toString().replace('\\', '/');
  }

  /** Every string, text block and character literal of a source, without its quotes. */
  static List<Literal> literals(Path file) {
    String s = read(file);
    List<Literal> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        int j = s.indexOf('\n', i);
        i = j < 0 ? n : j;
      } else if (s.startsWith("/*", i)) {
        int j = s.indexOf("*/", i + 2);
        line += count(s, i, j);
        i = j + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        int j = s.indexOf("\"\"\"", i + 3);
        out.add(new Literal(file, line, s.substring(i + 3, j)));
        line += count(s, i, j);
        i = j + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(new Literal(file, line, s.substring(i + 1, j)));
        i = j + 1;
      } else {
        if (c == '\n') {
          line++;
        }
        i++;
      }
    }
    return out;
  }

  private static int count(String s, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        k++;
      }
    }
    return k;
  }
}
