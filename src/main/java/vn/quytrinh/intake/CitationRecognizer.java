package vn.quytrinh.intake;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.text.Text;

/**
 * Finds legal citations written as Vietnamese prose: document numbers ("Nghị định số
 * 123/2015/NĐ-CP", "05/2010/TTLT/BTP-BNG-BCA"), laws by name ("Luật Hộ tịch", "theo Bộ luật dân
 * sự", "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025"), references to the text itself ("khoản 1
 * Điều 3 của Nghị định này", "khoản 2 Điều này"), and the articles, clauses and points in front of
 * them ("Điểm a Khoản 2 Điều 35", "khoản 1, 2 Điều 9", "khoản 3a", "từ Điều 19 đến Điều 50").
 *
 * <p>Matching runs on a folded copy (marks and case removed) that keeps one character per character
 * of the NFC text, and every position is mapped back to the caller's own string, also when that
 * string carries decomposed accents. A number is never invented: a law named without its number is
 * resolved only through the registry's titles (the law of that name passed in the year written, or
 * in force on the date of the citing text), its name ending where the registry's title ends. A list
 * of which one member cannot be read is reported as {@link Kind#UNREAD}, not returned half.
 */
public final class CitationRecognizer {

  /** The most text read at once; longer input is refused, not cut. */
  public static final int MAX_CHARS = 1_000_000;

  /** The registry's laws (and codes, ordinances) by title. */
  public interface Registry {
    /** The documents whose title, folded ({@link Text#fold}, blanks as one), is one of these. */
    List<Law> titled(Collection<String> foldedTitles);

    Registry NONE = titles -> List.of();
  }

  /** A registered document that may be named by its title. */
  public record Law(
      String number,
      String title,
      LocalDate signedOn,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil) {}

  public enum Kind {
    /** Another document, by number or by a name (number null when the registry cannot give it). */
    CITATION,
    /** The citing text itself: "Nghị định này", "Luật này", "khoản 2 Điều này". */
    SELF,
    /** A list one of whose members could not be read: nothing of it is returned. */
    UNREAD
  }

  public record Found(
      Kind kind,
      String number,
      String article,
      String clause,
      String point,
      String lawName,
      Integer year,
      int start,
      int end) {}

  /** Types of documents numbered without a year: administrative decisions, dispatches, plans. */
  private static final Set<String> NO_YEAR_TYPES =
      Set.of("qd", "nq", "ct", "kh", "tb", "bc", "hd", "ttr", "ubnd", "cv", "bkhcn", "btp", "vpcp");

  /**
   * Types a numbered legal or administrative document starts its symbol with (NĐ-CP, QĐ-UBND,
   * TT-BTP, QH13, …): "123/2024/BN" on a receipt is no citation.
   */
  private static final Set<String> DOCUMENT_TYPES =
      Set.of(
          "nd", "qd", "tt", "ttlt", "qh", "nq", "ct", "pl", "l", "ubnd", "hdnd", "ubtvqh", "kh",
          "tb", "bc", "hd", "ttr", "cv", "vbhn", "btp", "vpcp", "bkhcn", "nqlt");

  /** Words after "Luật" that make no law's name: "luật sư", "luật pháp". */
  private static final Set<String> GENERIC_AFTER_LAW =
      Set.of("su", "phap", "le", "gia", "hoc", "nay", "khac", "chung", "hien hanh", "moi");

  // segments of a symbol join with '-' (or '/', as in 05/2010/TTLT/BTP-BNG-BCA)
  private static final String SYMBOL = "[a-z][a-z0-9&]{0,9}(?:\\s?[-/]\\s?[a-z0-9&]{1,12}){0,4}";
  private static final Pattern WITH_YEAR =
      Pattern.compile(
          "(?<![0-9a-z/.])(\\d{1,6}) ?/ ?((?:19|20)\\d{2}) ?/ ?(" + SYMBOL + ")(?![a-z0-9/])");
  private static final Pattern NO_YEAR =
      Pattern.compile(
          "(?<![0-9a-z/.])(\\d{1,6}) ?/ ?([a-z]{2,5}) ?- ?([a-z0-9&]{2,12}(?: ?- ?[a-z0-9&]{2,12})?)(?![a-z0-9/])");

  /** A law named with its year, for when the registry does not know the name. */
  private static final Pattern LAW_NAME =
      Pattern.compile(
          "\\G(bo luat|luat) ([a-z][a-z ]{2,60}?)(?: so (?=\\d))?(?: nam)? ((?:19|20)\\d{2})\\b");

  /** Where a law's, code's or ordinance's name may start. */
  private static final Pattern NAME_START =
      Pattern.compile("(?<![a-z0-9])(bo luat|luat|phap lenh) ");

  /** The text itself: "Nghị định này", "khoản 2 Điều này" (what stands before is its place). */
  private static final Pattern SELF =
      Pattern.compile(
          "(?<![a-z])(?:(?:bo luat|luat|nghi dinh|thong tu lien tich|thong tu|quyet dinh|nghi quyet"
              + "|phap lenh|chi thi|lenh|van ban|quy che|quy dinh)|((?:diem ([a-z]) )?(?:khoan"
              + " (\\d{1,3}[a-z]?) )?)(?:dieu|khoan|diem|chuong|muc|phan|phu luc)) nay(?![a-z])");

  /** After a name: its year, alone or closing a date ("ngày 18 tháng 02 năm 2025"). */
  private static final Pattern YEAR_AFTER =
      Pattern.compile(
          "\\G,? ?(?:ngay (\\d{1,2}) ?(?:thang|/|-) ?(\\d{1,2}) ?(?:nam|/|-) ?|nam )?((?:19|20)\\d{2})(?![0-9/])");

  /** "pháp luật", "dự luật", "các luật": no law's name follows. */
  private static final Pattern NOT_A_NAME_BEFORE =
      Pattern.compile("(?<![a-z])(?:phap|du|cac|nhung|dao) $");

  /** After a name: its number ("Luật Bảo hiểm y tế số 25/2008/QH12"). */
  private static final Pattern NUMBER_AFTER = Pattern.compile("\\G,? ?(?:so:? ?)?(?=\\d)");

  // a comma, or "va" as a word of its own: "16 va0" is no list ("0" stuck to the word)
  private static final String AND = "(?: ?, ?| ?(?<![a-z])va(?![a-z0-9]) ?)";
  private static final String TO = " ?(?<![a-z])(?:den|toi)(?![a-z]) ?";
  // points "a, b" or "a va b", each a single letter; clauses "1, 2", "1 va 2", "3a", "1 den 3"
  private static final String POINT_LIST = "[a-z](?![a-z])(?:(?: ?, ?| va )[a-z](?![a-z]))*";
  private static final String CLAUSE = "\\d{1,3}[a-z]?(?![a-z0-9])";
  private static final String CLAUSE_LIST =
      CLAUSE + "(?:" + AND + CLAUSE + "|" + TO + "(?:khoan )?" + CLAUSE + ")*";
  private static final String POINTS_BEFORE = "diem " + POINT_LIST + "(?: ?, ?| )(?:tai )?";
  private static final String CLAUSE_ITEM =
      "(?:" + POINTS_BEFORE + ")?(?:tu )?(?:cac )?khoan " + CLAUSE_LIST;
  private static final String ARTICLE = "\\d{1,3}[a-z]?(?![a-z0-9])";

  /**
   * Clauses (each with its points) or points, then the articles: "diem a khoan 1 va khoan 2 dieu
   * 5", "tu dieu 19 den dieu 50"; group 2 is the articles.
   */
  private static final Pattern ARTICLE_GROUP =
      Pattern.compile(
          "((?:"
              + CLAUSE_ITEM
              + "(?:"
              + AND
              + CLAUSE_ITEM
              + ")* ?,? (?:tai |cua )?|"
              + POINTS_BEFORE
              + ")?)(?:tu )?(?:cac )?dieu ("
              + ARTICLE
              + "(?:(?:"
              + AND
              + "|"
              + TO
              + ")(?:dieu )?"
              + ARTICLE
              + ")*)");

  private static final Pattern SINGLE_LETTER = Pattern.compile("(?<![a-z])[a-z](?![a-z])");

  /** Inside what comes before "dieu": a clause list with its points, or points alone. */
  private static final Pattern ITEM =
      Pattern.compile(
          "(?:diem ("
              + POINT_LIST
              + ")(?: ?, ?| )(?:tai )?)?(?:tu )?(?:cac )?khoan ("
              + CLAUSE_LIST
              + ")|diem ("
              + POINT_LIST
              + ")");

  /** A member of a list that looks like a number but was read as none: "45/2019" alone. */
  private static final Pattern NUMBER_LIKE =
      Pattern.compile("(?<![0-9/])\\d{1,6} ?/ ?(?!\\d{1,2} ?/ ?\\d{2,4})[0-9a-z]");

  /**
   * After the last member of a list of documents, one more that is no number: ", 45/2019", "và số
   * 12/UB".
   */
  private static final Pattern STRAY_AFTER =
      Pattern.compile(
          "\\G ?(?:,|(?<![a-z])(?:va|hoac)(?![a-z])) ?(?:(?:nghi dinh|thong tu|quyet dinh|luat|so)"
              + " )*(?<![0-9/])\\d{1,6} ?/ ?(?!\\d{1,2} ?/ ?\\d{2,4})[0-9a-z][^\\s;,.)]*");

  /** The most articles or clauses a range may give ("từ Điều 1 đến Điều 300"). */
  private static final int MAX_RANGE = 300;

  /** The most words a name of a law may have ("Luật sửa đổi, bổ sung một số điều của …"). */
  private static final int MAX_NAME_WORDS = 60;

  public List<Found> find(String text) {
    return find(text, Registry.NONE, null);
  }

  /**
   * The citations of {@code text}, in its order, with positions in {@code text} itself. {@code on}
   * is the date of the citing text: a law named without a year is the one of that name in force on
   * it (none when it is absent and several laws bear the name).
   *
   * @throws ProblemException 413 when the text is longer than {@link #MAX_CHARS}
   */
  public List<Found> find(String text, Registry registry, LocalDate on) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    if (text.length() > MAX_CHARS) {
      throw new ProblemException(
          413, "problem.title.payloadTooLarge", "problem.citations.tooLong", MAX_CHARS);
    }
    Mapped mapped = Mapped.of(text);
    String original = lookAlikes(mapped.text);
    String folded = foldOneForOne(original);

    List<Mention> mentions = new ArrayList<>();
    Matcher m = WITH_YEAR.matcher(folded);
    while (m.find()) {
      if (!DOCUMENT_TYPES.contains(typeOf(m.group(3)))) {
        continue;
      }
      number(original, m.start(), m.end())
          .ifPresent(n -> mentions.add(Mention.of(m.start(), m.end(), n)));
    }
    Matcher n = NO_YEAR.matcher(folded);
    while (n.find()) {
      if (!NO_YEAR_TYPES.contains(n.group(2)) || overlaps(mentions, n.start(), n.end())) {
        continue;
      }
      number(original, n.start(), n.end())
          .ifPresent(x -> mentions.add(Mention.of(n.start(), n.end(), x)));
    }
    Matcher s = SELF.matcher(folded);
    while (s.find()) {
      if (overlaps(mentions, s.start(), s.end())) {
        continue;
      }
      // "khoản 2 Điều này" places itself; "Nghị định này" takes the articles written before it
      boolean place = s.group(1) != null;
      String clause = s.group(3);
      String point = s.group(2) == null ? null : letter(original, s.start(2));
      mentions.add(
          new Mention(
              Kind.SELF,
              s.start(),
              s.end(),
              null,
              null,
              null,
              place ? new String[] {null, clause, point} : null));
    }
    names(original, folded, registry, on, mentions);
    mentions.sort(Comparator.comparingInt(Mention::start));

    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int previousEnd = 0;
    List<Mention> run = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention mention = mentions.get(i);
      if (mention.start < previousEnd) {
        continue; // inside the one before (never expected: names stop at other mentions)
      }
      int from = Math.max(previousEnd, boundary(folded, mention.start));
      String before = folded.substring(from, mention.start);
      Parts parts = articleParts(before, original.substring(from, mention.start));
      previousEnd = mention.end;
      List<Found> of = new ArrayList<>();
      if (parts.unread) {
        of.add(unread(mention, from + parts.unreadFrom, mention.end, mention.number));
      } else if (mention.own != null) {
        of.add(found(mention, null, mention.own[1], mention.own[2], mention.start));
      } else if (parts.list.isEmpty()) {
        of.add(found(mention, null, null, null, mention.start));
      } else {
        for (String[] p : parts.list) {
          of.add(found(mention, p[0], p[1], p[2], from + Integer.parseInt(p[3])));
        }
      }
      // a list of documents: "Nghị định số 1/2020/NĐ-CP, 45/2019 và Thông tư …" has a member
      // that is no number; none of the list is returned
      boolean joined = !run.isEmpty() && joins(folded, run.get(run.size() - 1).end, mention.start);
      if (!joined) {
        flush(out, seen, run, folded);
        run.clear();
      }
      mention.found = of;
      run.add(mention);
    }
    flush(out, seen, run, folded);
    List<Found> mappedBack = new ArrayList<>(out.size());
    for (Found f : out) {
      mappedBack.add(
          new Found(
              f.kind,
              f.number,
              f.article,
              f.clause,
              f.point,
              f.lawName,
              f.year,
              mapped.start(f.start),
              mapped.end(f.end)));
    }
    return mappedBack;
  }

  /** Whether the text between two mentions only joins them as members of one list. */
  private static boolean joins(String folded, int from, int to) {
    if (to - from > 160) {
      return false;
    }
    String gap = folded.substring(from, to);
    return gap.matches("\\s*(?:,|(?<![a-z])(?:va|hoac)(?![a-z])).*") && gap.matches("[^;.:()\\n]*");
  }

  /**
   * Adds the mentions of one list, unless a member between or after them looks like a number that
   * none of them is: then the list is one {@link Kind#UNREAD}.
   */
  private static void flush(List<Found> out, Set<String> seen, List<Mention> run, String folded) {
    if (run.isEmpty()) {
      return;
    }
    boolean broken = false;
    for (int i = 1; i < run.size(); i++) {
      if (NUMBER_LIKE.matcher(folded.substring(run.get(i - 1).end, run.get(i).start)).find()) {
        broken = true;
      }
    }
    Mention last = run.get(run.size() - 1);
    int end = last.end;
    Matcher after = STRAY_AFTER.matcher(folded).region(last.end, folded.length());
    if (after.lookingAt()) {
      broken = true;
      end = after.end();
    }
    if (broken && run.stream().allMatch(x -> x.kind == Kind.CITATION)) {
      int start = run.get(0).found.stream().mapToInt(Found::start).min().orElse(run.get(0).start);
      add(out, seen, new Found(Kind.UNREAD, null, null, null, null, null, null, start, end));
      return;
    }
    for (Mention x : run) {
      x.found.forEach(f -> add(out, seen, f));
    }
  }

  private static Found found(Mention m, String article, String clause, String point, int start) {
    return new Found(m.kind, m.number, article, clause, point, m.lawName, m.year, start, m.end);
  }

  private static Found unread(Mention m, int start, int end, String number) {
    return new Found(Kind.UNREAD, number, null, null, null, m.lawName, m.year, start, end);
  }

  /**
   * Laws, codes and ordinances named in the text: the registry's longest title the words after
   * "Luật" start with, then a year or a date, or the number that follows. A name the registry does
   * not know is kept, unnumbered, only when a year follows it.
   */
  private static void names(
      String original, String folded, Registry registry, LocalDate on, List<Mention> mentions) {
    Matcher start = NAME_START.matcher(folded);
    int from = 0;
    while (from < folded.length() && start.find(from)) {
      int at = start.start();
      from = start.end();
      if (overlaps(mentions, at, at + 1)
          || NOT_A_NAME_BEFORE.matcher(folded).region(Math.max(0, at - 8), at).find()) {
        continue;
      }
      List<int[]> words = nameWords(folded, at);
      List<String> prefixes = new ArrayList<>();
      for (int[] w : words) {
        prefixes.add(blanksAsOne(folded.substring(at, w[1])));
      }
      Set<String> asked = new LinkedHashSet<>();
      for (String p : prefixes.subList(Math.min(1, prefixes.size()), prefixes.size())) {
        asked.add(p);
        asked.add(titleKey(p)); // the registry may write "," where the text has ";" or "và"
      }
      List<Law> laws = asked.isEmpty() ? List.of() : registry.titled(asked);
      int nameEnd = -1;
      List<Law> same = new ArrayList<>();
      for (int k = words.size() - 1; k >= 1 && nameEnd < 0; k--) {
        String p = titleKey(prefixes.get(k));
        for (Law law : laws) {
          if (law.title() != null && titleKey(Text.fold(law.title())).equals(p)) {
            same.add(law);
          }
        }
        if (!same.isEmpty()) {
          nameEnd = words.get(k)[1];
        }
      }
      if (nameEnd < 0 && folded.startsWith("luat sua doi", at) && words.size() > 1) {
        // "Luật sửa đổi, bổ sung … của Luật X" that the registry does not know: never Luật X
        nameEnd = words.get(words.size() - 1)[1];
      }
      if (nameEnd < 0) {
        unknownName(original, folded, at, mentions);
        continue;
      }
      Matcher number = NUMBER_AFTER.matcher(folded).region(nameEnd, folded.length());
      if (number.lookingAt()) {
        Optional<Mention> numbered =
            mentions.stream().filter(x -> x.start == number.end() && x.number != null).findFirst();
        if (numbered.isPresent() && !overlaps(mentions, at, number.end())) {
          // the number written wins; the name only widens its span
          numbered.get().start = at;
          from = numbered.get().end;
          continue;
        }
      }
      Integer year = yearAfter(folded, nameEnd);
      LocalDate passed = dateAfter(folded, nameEnd);
      List<Law> that =
          passed == null
              ? List.of()
              : same.stream().filter(l -> passed.equals(l.signedOn())).toList();
      // two laws of one name in one year (Luật Tổ chức chính quyền địa phương, 2025): the date
      Law law = that.size() == 1 ? that.get(0) : choose(same, year, on);
      mentions.add(
          new Mention(
              Kind.CITATION,
              at,
              yearEnd(folded, nameEnd),
              law == null ? null : number(law.number()).orElse(null),
              capitalised(original.substring(at, nameEnd)),
              year,
              null));
      from = yearEnd(folded, nameEnd);
    }
  }

  /** The words a name may hold from {@code at}: each as {start, end}, up to a stop. */
  private static List<int[]> nameWords(String folded, int at) {
    List<int[]> out = new ArrayList<>();
    int i = at;
    int limit = Math.min(folded.length(), at + 500);
    while (i < limit && out.size() < MAX_NAME_WORDS) {
      while (i < limit && folded.charAt(i) == ' ') {
        i++;
      }
      int s = i;
      while (i < limit && folded.charAt(i) > ' ' && ";.:()\"“”«»[]".indexOf(folded.charAt(i)) < 0) {
        i++;
      }
      if (i == s) {
        break;
      }
      String word = folded.substring(s, i);
      int end = word.endsWith(",") ? i - 1 : i;
      if (end == s || !Character.isLetter(folded.charAt(s))) {
        break; // a word of a name starts with a letter: "Luật , Hộ tịch", "Luật ,$" are none
      }
      int starts = folded.startsWith("bo luat", at) || folded.startsWith("phap lenh", at) ? 2 : 1;
      if (out.size() == starts && (word.equals("va") || word.equals("hoac"))) {
        break; // nor does a name start with "và": "Luật và luật …", "Pháp lệnh và …" name none
      }
      if (word.chars().anyMatch(Character::isDigit)) {
        break;
      }
      if (!out.isEmpty()
          && (((word.equals("ngay") || word.equals("so")) && nextIsDigit(folded, i))
              || (word.equals("nam") && nextIsYear(folded, i)))) {
        break; // "ngày 18", "số 25/2008", "năm 2014"; "Việt Nam" before "1." is the name's
      }
      out.add(new int[] {s, end});
      if (i < limit
          && folded.charAt(i) == ';'
          && folded.startsWith("luat sua doi", at)
          && folded.substring(i + 1, Math.min(limit, i + 12)).matches(" ?(bo )?luat .*")) {
        // "Luật sửa đổi, bổ sung … của Luật Đấu thầu; Luật Hải quan; …": one name
        i++;
        continue;
      }
      if (i < limit && ";.:()\"“”«»[]\n".indexOf(folded.charAt(i)) >= 0) {
        break;
      }
    }
    // "bo luat" and "phap lenh" are one word of the name's start
    if (out.size() > 1
        && (folded.startsWith("bo luat", at) || folded.startsWith("phap lenh", at))) {
      out.remove(0);
    }
    return out;
  }

  private static boolean nextIsYear(String folded, int i) {
    while (i < folded.length() && folded.charAt(i) == ' ') {
      i++;
    }
    return folded.startsWith("19", i) || folded.startsWith("20", i)
        ? i + 4 <= folded.length()
            && folded.substring(i, i + 4).chars().allMatch(Character::isDigit)
            && (i + 4 == folded.length() || !Character.isDigit(folded.charAt(i + 4)))
        : false;
  }

  private static boolean nextIsDigit(String folded, int i) {
    while (i < folded.length() && folded.charAt(i) == ' ') {
      i++;
    }
    return i < folded.length() && Character.isDigit(folded.charAt(i));
  }

  /** A name with its year the registry does not know: reported without a number. */
  private static Optional<Mention> unknownName(
      String original, String folded, int at, List<Mention> mentions) {
    Matcher l = LAW_NAME.matcher(folded).region(at, Math.min(folded.length(), at + 120));
    if (!l.lookingAt() || overlaps(mentions, l.start(), l.end()) || !lawName(original, l)) {
      return Optional.empty();
    }
    String name =
        original
            .substring(l.start(), l.start(3))
            .replaceAll("(?iu)\\s+(năm|nam|số|so)\\s*$", "")
            .strip();
    Mention x =
        new Mention(
            Kind.CITATION,
            l.start(),
            l.end(),
            null,
            capitalised(name),
            Integer.parseInt(l.group(3)),
            null);
    mentions.add(x);
    return Optional.of(x);
  }

  private static Integer yearAfter(String folded, int at) {
    Matcher y = YEAR_AFTER.matcher(folded).region(at, Math.min(folded.length(), at + 40));
    return y.lookingAt() ? Integer.valueOf(y.group(3)) : null;
  }

  /** The whole date after a name ("ngày 16 tháng 6 năm 2025"), when one is written. */
  private static LocalDate dateAfter(String folded, int at) {
    Matcher y = YEAR_AFTER.matcher(folded).region(at, Math.min(folded.length(), at + 40));
    if (!y.lookingAt() || y.group(1) == null) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(y.group(3)), Integer.parseInt(y.group(2)), Integer.parseInt(y.group(1)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int yearEnd(String folded, int at) {
    Matcher y = YEAR_AFTER.matcher(folded).region(at, Math.min(folded.length(), at + 40));
    return y.lookingAt() ? y.end() : at;
  }

  /**
   * Of the laws bearing one title, the one meant: passed in the year written (by its number's year
   * or its signature), else the one in force on the citing text's date, the latest to take effect
   * when an older one was not closed in the registry.
   */
  static Law choose(List<Law> same, Integer year, LocalDate on) {
    if (same.isEmpty()) {
      return null;
    }
    if (year != null) {
      List<Law> ofYear =
          same.stream()
              .filter(
                  l ->
                      year.equals(yearOf(l.number()))
                          || (l.signedOn() != null && l.signedOn().getYear() == year))
              .toList();
      return ofYear.size() == 1 ? ofYear.get(0) : null;
    }
    if (same.size() == 1 && on == null) {
      return same.get(0);
    }
    if (on == null) {
      return null;
    }
    List<Law> inForce =
        same.stream()
            .filter(
                l ->
                    (l.effectiveFrom() == null
                            ? l.signedOn() != null && !l.signedOn().isAfter(on)
                            : !l.effectiveFrom().isAfter(on))
                        && (l.effectiveUntil() == null || on.isBefore(l.effectiveUntil())))
            .sorted(
                Comparator.comparing(
                    (Law l) -> l.effectiveFrom() != null ? l.effectiveFrom() : l.signedOn()))
            .toList();
    if (inForce.isEmpty()) {
      // none in force yet: the newest passed by then, when one alone is (a law awaiting its date)
      List<Law> passed =
          same.stream()
              .filter(l -> l.signedOn() != null && !l.signedOn().isAfter(on))
              .filter(l -> l.effectiveUntil() == null || on.isBefore(l.effectiveUntil()))
              .filter(l -> l.effectiveFrom() == null || l.effectiveFrom().isAfter(on))
              .toList();
      return passed.size() == 1 ? passed.get(0) : null;
    }
    Law latest = inForce.get(inForce.size() - 1);
    LocalDate latestFrom =
        latest.effectiveFrom() != null ? latest.effectiveFrom() : latest.signedOn();
    long tied =
        inForce.stream()
            .filter(
                l ->
                    latestFrom.equals(l.effectiveFrom() != null ? l.effectiveFrom() : l.signedOn()))
            .count();
    return tied == 1 ? latest : null;
  }

  private static Integer yearOf(String number) {
    try {
      return LegalDocumentNumber.parse(number).year();
    } catch (ProblemException | IllegalArgumentException e) {
      return null;
    }
  }

  private static String capitalised(String name) {
    String s = name.strip().replaceAll("\\s+", " ");
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A folded title as compared: blanks as one, and the laws an amending law lists joined by ", "
   * however written ("…của Luật Đấu thầu; Luật Hải quan", "…của Luật A và Luật B").
   */
  static String titleKey(String folded) {
    // blanks as one again after: ", và Luật" becomes ", , luat", which is ",, luat" with them
    return blanksAsOne(
        blanksAsOne(folded).replaceAll(" ?; ?", ", ").replaceAll(" va (?=(?:bo )?luat )", ", "));
  }

  static String blanksAsOne(String s) {
    return s.strip().replaceAll("\\s+", " ").replaceAll(" ?, ?", ", ");
  }

  /**
   * The characters that stand in for others in pasted text, one for one so spans stay: dashes and
   * the minus sign as '-', Ð (eth) and Ɖ as Đ.
   */
  static String lookAlikes(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(
          switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00D0', '\u0189' -> '\u0110';
            case '\u00F0', '\u0256' -> '\u0111';
            default -> c;
          });
    }
    return b.toString();
  }

  /**
   * The text folded (marks and case removed, đ as d) one character for one, so that a position in
   * the folded text is the same position in the original. Folding the whole text at once does not
   * keep them: a Hangul syllable decomposes into three letters while a combining mark with no
   * letter to sit on folds to nothing, and the two can even out to the same length with every
   * position between them shifted. A character that folds to nothing is a blank here, one that
   * folds to several letters keeps the first; line breaks and tabs are blanks.
   */
  static String foldOneForOne(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b.append(c == '\n' || c == '\t' ? ' ' : Character.toLowerCase(c));
      } else {
        String f = Text.fold(String.valueOf(c));
        b.append(f.isEmpty() ? ' ' : f.charAt(0));
      }
    }
    return b.toString();
  }

  /**
   * The caller's text in NFC with control and invisible characters as blanks, and for each of its
   * characters where it came from: a letter with decomposed marks ("e" U+0302 U+0301) is one
   * character here and its whole run there.
   */
  record Mapped(String text, int[] from, int[] to, int length) {

    static Mapped of(String s) {
      StringBuilder b = new StringBuilder(s.length());
      int[] from = new int[s.length() + 1];
      int[] to = new int[s.length() + 1];
      int i = 0;
      while (i < s.length()) {
        int start = i;
        i += Character.charCount(s.codePointAt(i));
        while (i < s.length() && isMark(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
        String cluster = s.substring(start, i);
        String nfc;
        if (cluster.length() == 1) {
          char c = cluster.charAt(0);
          nfc = (Character.isISOControl(c) && c != '\n') || Text.isInvisible(c) ? " " : cluster;
        } else {
          nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        }
        for (int k = 0; k < nfc.length(); k++) {
          if (b.length() >= from.length - 1) {
            break; // NFC never grows a cluster past its own length
          }
          from[b.length()] = start;
          to[b.length()] = i;
          b.append(nfc.charAt(k));
        }
      }
      return new Mapped(b.toString(), from, to, s.length());
    }

    private static boolean isMark(int cp) {
      int t = Character.getType(cp);
      return t == Character.NON_SPACING_MARK
          || t == Character.COMBINING_SPACING_MARK
          || t == Character.ENCLOSING_MARK;
    }

    int start(int at) {
      return at >= text.length() ? length : from[at];
    }

    int end(int at) {
      return at <= 0 ? 0 : to[at - 1];
    }
  }

  /** The type a folded symbol starts with: "nd" for "nd-cp", "qh" for "qh13". */
  private static String typeOf(String symbol) {
    return symbol.split("\\s?[-/]", 2)[0].replaceFirst("\\d+$", "");
  }

  /**
   * A law's name after "Luật" starts with a capital letter and is no generic word: "Luật Hộ tịch",
   * not "luật sư" or "luật pháp".
   */
  private static boolean lawName(String original, Matcher l) {
    String name = l.group(2).strip() + " ";
    return Character.isUpperCase(original.charAt(l.start(2)))
        && GENERIC_AFTER_LAW.stream().noneMatch(g -> name.startsWith(g + " "));
  }

  private static final class Mention {
    final Kind kind;
    int start;
    final int end;
    final String number;
    final String lawName;
    final Integer year;

    /** The place a self-reference gives itself ("khoản 2 Điều này"): {article, clause, point}. */
    final String[] own;

    List<Found> found = List.of();

    Mention(
        Kind kind, int start, int end, String number, String lawName, Integer year, String[] own) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.number = number;
      this.lawName = lawName;
      this.year = year;
      this.own = own;
    }

    static Mention of(int start, int end, String number) {
      return new Mention(Kind.CITATION, start, end, number, null, null, null);
    }

    int start() {
      return start;
    }
  }

  private static Optional<String> number(String original, int start, int end) {
    return number(original.substring(start, end));
  }

  /** A number in its compact form; a symbol's segments joined by '/' are joined by '-'. */
  private static Optional<String> number(String raw) {
    try {
      String[] p = raw.split("\\s*/\\s*", 3);
      String s =
          p.length == 3 && p[1].strip().matches("\\d{4}")
              ? p[0] + "/" + p[1] + "/" + p[2].replaceAll("\\s*/\\s*", "-")
              : raw;
      return Optional.of(LegalDocumentNumber.parse(s).value());
    } catch (ProblemException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean overlaps(List<Mention> ms, int start, int end) {
    return ms.stream().anyMatch(x -> start < x.end && x.start < end);
  }

  /** Where the list item or sentence holding the mention begins. */
  private static int boundary(String folded, int at) {
    int from = Math.max(0, at - 200);
    int b = from;
    for (int i = at - 1; i >= from; i--) {
      char c = folded.charAt(i);
      if (c == ';'
          || c == '('
          || c == ')'
          || (c == '.' && i + 1 < folded.length() && folded.charAt(i + 1) == ' ')) {
        b = i + 1;
        break;
      }
    }
    return b;
  }

  /** The article groups before a mention, or the list they make that cannot be read. */
  private static final class Parts {
    final List<String[]> list = new ArrayList<>();
    boolean unread;
    int unreadFrom;
  }

  /**
   * The article groups just before a mention: each as {article, clause, point, offset}. Only groups
   * whose tail reaches the mention through a few connecting words count. Two groups joined by
   * something that is no connector ("Điều 16 và0 Điều 17") are a list that cannot be read.
   */
  private static Parts articleParts(String before, String original) {
    Parts out = new Parts();
    Matcher g = ARTICLE_GROUP.matcher(before);
    List<int[]> spans = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    while (g.find()) {
      spans.add(new int[] {g.start(), g.end()});
      groups.add(g.group(2));
    }
    if (groups.isEmpty()) {
      return out;
    }
    String tail = before.substring(spans.get(spans.size() - 1)[1]).strip();
    if (tail.length() > 60 || !tail.matches("[a-z ,]*")) {
      return out;
    }
    for (int i = 0; i < groups.size(); i++) {
      if (i > 0) {
        String gap = before.substring(spans.get(i - 1)[1], spans.get(i)[0]).strip();
        if (!gap.matches("(,|va|;)?\\s*(va)?")) {
          if (gap.length() <= 12 && (gap.matches(".*\\d.*") || gap.matches("(,|va)\\S.*"))) {
            // a member of the list that is no article: the whole list is unread
            out.list.clear();
            out.unread = true;
            out.unreadFrom = spans.get(0)[0];
            return out;
          }
          out.list.clear();
        }
      }
      List<String> articles = split(groups.get(i).replace("dieu", " "));
      if (articles == null) {
        out.list.clear();
        out.unread = true;
        out.unreadFrom = spans.get(i)[0];
        return out;
      }
      String offset = Integer.toString(spans.get(i)[0]);
      if (articles.size() > 1) {
        // "khoản 1 Điều 5, 6": which clause of which article is not said
        articles.forEach(a -> out.list.add(new String[] {a, null, null, offset}));
        continue;
      }
      String article = articles.get(0);
      List<String[]> parts = new ArrayList<>();
      Matcher item = ITEM.matcher(before).region(spans.get(i)[0], spans.get(i)[1]);
      while (item.find()) {
        List<String> clauses =
            split(item.group(2) == null ? null : item.group(2).replace("khoan", " "));
        if (clauses == null) {
          out.list.clear();
          out.unread = true;
          out.unreadFrom = spans.get(i)[0];
          return out;
        }
        int pointGroup = item.group(1) != null ? 1 : 3;
        List<String> points =
            points(before, original, item.start(pointGroup), item.end(pointGroup));
        if (clauses.size() > 1) {
          // "điểm a khoản 1, 2": the point belongs to one of them, which is not said
          clauses.forEach(c -> parts.add(new String[] {article, c, null, offset}));
        } else {
          String clause = clauses.isEmpty() ? null : clauses.get(0);
          if (points.isEmpty()) {
            parts.add(new String[] {article, clause, null, offset});
          }
          points.forEach(p -> parts.add(new String[] {article, clause, p, offset}));
        }
      }
      if (parts.isEmpty()) {
        parts.add(new String[] {article, null, null, offset});
      }
      out.list.addAll(parts);
    }
    return out;
  }

  /** The point letter written at {@code at}, as written (đ is not d). */
  private static String letter(String original, int at) {
    return original.substring(at, at + 1).toLowerCase(Locale.ROOT);
  }

  /** The letters of a list of points as written: "a, b", "c và đ" (đ is not d). */
  private static List<String> points(String folded, String original, int start, int end) {
    List<String> out = new ArrayList<>();
    if (start < 0) {
      return out;
    }
    Matcher letter = SINGLE_LETTER.matcher(folded).region(start, end);
    while (letter.find()) {
      out.add(original.substring(letter.start(), letter.end()).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The members of a list of articles or clauses, a range "19 den 50" given member by member; null
   * when a range cannot be given (its ends lettered, reversed or too far apart).
   */
  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (String p : list.split("\\s*(,|\\bva\\b)\\s*")) {
      String s = p.strip().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        continue;
      }
      String[] range = s.split("\\s*\\b(?:den|toi)\\b\\s*");
      if (range.length == 2) {
        if (!range[0].matches("\\d+") || !range[1].matches("\\d+")) {
          return null;
        }
        int lo = Integer.parseInt(range[0]);
        int hi = Integer.parseInt(range[1]);
        if (hi <= lo || hi - lo > MAX_RANGE) {
          return null;
        }
        for (int k = lo; k <= hi; k++) {
          out.add(Integer.toString(k));
        }
      } else if (range.length == 1) {
        out.add(s.replaceFirst("^0+(?=\\d)", ""));
      } else {
        return null;
      }
    }
    return out;
  }

  private static void add(List<Found> out, Set<String> seen, Found f) {
    String key =
        f.kind + "|" + f.number + "|" + f.lawName + "|" + f.year + "|" + f.article + "|" + f.clause
            + "|" + f.point + "|" + f.start;
    if (seen.add(key)) {
      out.add(f);
    }
  }
}
