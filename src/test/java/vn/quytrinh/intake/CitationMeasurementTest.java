package vn.quytrinh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.platform.text.Text;

/**
 * The measurement of issue 13, point 7: the share of the outside documents cited in real legal
 * prose that {@link CitationRecognizer} finds (the right document, by number or by name through the
 * registry), and that it returns no wrong one. The answers ({@code citations/<text>.tsv}: line, the
 * words as written, the document meant) were written by hand by people reading each text, before
 * the recogniser ran on them; the register of the laws the texts name ({@code
 * citations/laws-*.tsv}) likewise. The texts are those of {@code legal/text/texts}. The figures go
 * to {@code docs/legal-text.md}; this test prints them and fails under the floor or on any wrong
 * document.
 */
class CitationMeasurementTest {

  /** Issue 13: at least 95 % found. */
  static final double FLOOR = 0.95;

  static final List<String> TEXTS =
      List.of(
          "nd74_2025",
          "tt06_2024",
          "nd102_2021",
          "tt62_2019",
          "nd104_2024",
          "tt101_2018",
          "nd08_2023",
          "tt12_2024",
          "nd167_2025",
          "nd247_2025",
          "nd291_2025",
          "nd310_2025",
          "tt38_2018",
          "nd07_2025",
          "nd168_2025");

  /** One row of an answer: where, the words, and the number meant ("SELF", "?"). */
  record Row(int line, String words, String meant, int start, int end) {
    boolean self() {
      return meant.equals("SELF") || Text.fold(words).matches(".*(?<![a-z])nay");
    }

    boolean unidentified() {
      return meant.equals("?");
    }
  }

  record Result(
      String text,
      int outside,
      int found,
      int self,
      int selfFound,
      List<String> misses,
      List<String> wrong,
      List<String> unverified) {}

  @Test
  void theRecogniserFindsAtLeastTheFloorOfTheOutsideDocumentsAndNoWrongOne() throws IOException {
    CitationRecognizer.Registry registry = register();
    List<Result> results = new ArrayList<>();
    for (String t : TEXTS) {
      results.add(measure(t, registry));
    }
    int outside = results.stream().mapToInt(Result::outside).sum();
    int found = results.stream().mapToInt(Result::found).sum();
    int self = results.stream().mapToInt(Result::self).sum();
    int selfFound = results.stream().mapToInt(Result::selfFound).sum();
    StringBuilder report = new StringBuilder();
    report.append(
        "| text | outside documents cited | found right | share | wrong | references to itself"
            + " | returned as such |\n");
    report.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      report.append(
          String.format(
              "| %s | %d | %d | %.1f %% | %d | %d | %d |%n",
              r.text(),
              r.outside(),
              r.found(),
              100.0 * r.found() / Math.max(1, r.outside()),
              r.wrong().size(),
              r.self(),
              r.selfFound()));
    }
    int wrong = results.stream().mapToInt(r -> r.wrong().size()).sum();
    report.append(
        String.format(
            "| **all** | **%d** | **%d** | **%.1f %%** | **%d** | **%d** | **%d** |%n",
            outside, found, 100.0 * found / outside, wrong, self, selfFound));
    report.append("\nMissed:\n");
    results.forEach(r -> r.misses().forEach(m -> report.append("- ").append(m).append('\n')));
    report.append("\nWrong:\n");
    results.forEach(r -> r.wrong().forEach(m -> report.append("- ").append(m).append('\n')));
    report.append("\nNumbers given where the answer says the words name no one document:\n");
    results.forEach(r -> r.unverified().forEach(m -> report.append("- ").append(m).append('\n')));
    System.out.println(report);
    Path out = Path.of("target", "citation-measurement.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    assertEquals(0, wrong, "no wrong document is returned:\n" + report);
    assertTrue(
        (double) found / outside >= FLOOR,
        String.format("%.1f %% found, under the floor:%n%s", 100.0 * found / outside, report));
  }

  static Result measure(String name, CitationRecognizer.Registry registry) {
    String text = resource("/vn/quytrinh/legal/text/texts/" + name + ".txt");
    List<String> answer =
        resource("/vn/quytrinh/intake/citations/" + name + ".tsv").lines().toList();
    LocalDate date = LocalDate.parse(answer.get(0).split("\t")[1].strip());
    List<Integer> lineStarts = new ArrayList<>();
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
    List<Row> rows = rows(answer, text, lineStarts, name);
    List<CitationRecognizer.Found> found = new CitationRecognizer().find(text, registry, date);
    String own = ownNumber(text);

    int outside = 0;
    int right = 0;
    int self = 0;
    int selfRight = 0;
    List<String> misses = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<String> unverified = new ArrayList<>();
    for (Row row : rows) {
      List<CitationRecognizer.Found> over =
          found.stream().filter(f -> f.start() < row.end() && row.start() < f.end()).toList();
      String where = name + ":" + row.line() + " «" + row.words() + "»";
      if (row.self()) {
        self++;
        if (over.stream().anyMatch(f -> f.kind() == CitationRecognizer.Kind.SELF)) {
          selfRight++;
        } else {
          misses.add(where + " (the text itself) not returned as such");
        }
        over.stream()
            .filter(f -> f.number() != null && !same(f.number(), own))
            .forEach(f -> wrong.add(where + " (the text itself) given " + f.number()));
        continue;
      }
      if (row.unidentified()) {
        over.stream()
            .filter(f -> f.number() != null)
            .forEach(f -> unverified.add(where + " given " + f.number()));
        continue;
      }
      outside++;
      boolean ok =
          over.stream()
              .anyMatch(
                  f ->
                      f.kind() == CitationRecognizer.Kind.CITATION
                          && f.number() != null
                          && same(f.number(), row.meant()));
      if (ok) {
        right++;
      } else {
        misses.add(
            where
                + " meant "
                + row.meant()
                + (over.isEmpty()
                    ? ""
                    : " read "
                        + over.stream()
                            .map(f -> f.kind() + " " + f.number() + " " + f.lawName())
                            .distinct()
                            .toList()));
      }
      over.stream()
          .filter(f -> f.number() != null && !same(f.number(), row.meant()))
          .forEach(f -> wrong.add(where + " meant " + row.meant() + ", given " + f.number()));
    }
    for (CitationRecognizer.Found f : found) {
      boolean covered = rows.stream().anyMatch(r -> f.start() < r.end() && r.start() < f.end());
      if (!covered && f.number() != null && !same(f.number(), own)) {
        int line = lineOf(lineStarts, f.start());
        wrong.add(
            name
                + ":"
                + line
                + " «"
                + text.substring(f.start(), f.end())
                + "» given "
                + f.number()
                + ", no document there");
      }
    }
    return new Result(name, outside, right, self, selfRight, misses, wrong, unverified);
  }

  /** The rows of an answer, each placed in the text: its words found on its line, in order. */
  static List<Row> rows(List<String> answer, String text, List<Integer> lineStarts, String name) {
    List<Row> rows = new ArrayList<>();
    int previousLine = -1;
    int previousStart = -1;
    int previousEnd = 0;
    for (String l : answer.subList(1, answer.size())) {
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] c = l.split("\t");
      int line = Integer.parseInt(c[0].strip());
      String words = c[1];
      String meant = c[2].strip();
      int from = lineStarts.get(line - 1);
      int to = line < lineStarts.size() ? lineStarts.get(line) : text.length();
      String lineText = text.substring(from, to);
      if (line != previousLine) {
        previousStart = -1;
        previousEnd = 0;
      }
      int at = lineText.indexOf(words, previousEnd);
      if (at < 0) {
        at = lineText.indexOf(words, previousStart + 1);
      }
      if (at < 0) {
        at = lineText.indexOf(words);
      }
      assertTrue(at >= 0, name + ":" + line + " the answer's words are not on the line: " + words);
      int end = from + at + words.length();
      if (lineText.substring(at + words.length()).isBlank() && to < text.length()) {
        // a mention broken over two lines is written on the line where it starts, with the
        // words of that line only ("Thông tư số" / "32/2016/TT-BLĐTBXH"): it ends on the next
        Matcher next =
            Pattern.compile("\\s*(?:\\S+ ){0,3}?\\S*\\d/\\S+|\\s*\\S+")
                .matcher(text)
                .region(to, Math.min(text.length(), to + 60));
        end = next.lookingAt() ? next.end() : end;
      }
      rows.add(new Row(line, words, meant, from + at, end));
      previousLine = line;
      previousStart = at;
      previousEnd = at + words.length();
    }
    return rows;
  }

  private static int lineOf(List<Integer> lineStarts, int at) {
    int line = 0;
    while (line < lineStarts.size() && lineStarts.get(line) <= at) {
      line++;
    }
    return line;
  }

  /** The text's own number, from its header ("Số: 74/2025/NĐ-CP"). */
  static String ownNumber(String text) {
    Matcher m = Pattern.compile("Số:\\s*(\\d+/\\d{4}/\\S+)").matcher(text);
    return m.find() ? m.group(1) : "";
  }

  static boolean same(String a, String b) {
    try {
      return LegalDocumentNumber.parse(a).key().equals(LegalDocumentNumber.parse(b).key());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The register: every law the texts name by name, with the others of the same titles, merged from
   * the answer's files (a field one file leaves empty is taken from another).
   */
  static CitationRecognizer.Registry register() {
    Map<String, String[]> byNumber = new LinkedHashMap<>();
    for (String f :
        List.of(
            "laws-A.tsv", "laws-B.tsv", "laws-C.tsv", "laws-D.tsv", "laws-E.tsv", "laws-F.tsv")) {
      for (String l : resource("/vn/quytrinh/intake/citations/" + f).lines().skip(1).toList()) {
        String[] c = (l + "\t\t\t\t").split("\t", -1);
        if (l.isBlank() || c[0].strip().equals("?")) {
          continue;
        }
        String[] had = byNumber.putIfAbsent(c[0].strip(), c);
        if (had != null) {
          for (int i = 0; i < 5; i++) {
            if (had[i].isBlank()) {
              had[i] = c[i];
            }
          }
        }
      }
    }
    List<CitationRecognizer.Law> laws = new ArrayList<>();
    for (String[] c : byNumber.values()) {
      laws.add(
          new CitationRecognizer.Law(
              c[0].strip(), c[1].strip(), date(c[2]), date(c[3]), date(c[4])));
    }
    return titles ->
        laws.stream()
            .filter(l -> titles.contains(CitationRecognizer.blanksAsOne(Text.fold(l.title()))))
            .toList();
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
  }

  static String resource(String path) {
    try (InputStream in = CitationMeasurementTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
