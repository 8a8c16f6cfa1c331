package vn.quytrinh.legal.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.legal.text.LegalText.Article;
import vn.quytrinh.legal.text.LegalText.Clause;
import vn.quytrinh.legal.text.LegalText.Division;
import vn.quytrinh.legal.text.LegalText.Level;
import vn.quytrinh.legal.text.LegalText.Point;
import vn.quytrinh.legal.text.ParseIssue.Kind;
import vn.quytrinh.platform.problem.PayloadTooLarge;

/**
 * Reads a legal text, line by line (a paragraph of a Word file is a line), into its structure:
 * divisions (Phần, Chương, Mục), articles ("Điều 35a. Title"), clauses ("3a.") and points ("đ)",
 * "đ1)", "b.2)"). A line whose numbering does not fit where it stands (a clause numbered below the
 * one before it, a point before any clause) is kept as text where it stands and named in the
 * report: nothing is guessed silently. Quoted text (the new wording an amending document carries,
 * which has articles and clauses of its own) stays text of the clause or point that quotes it.
 *
 * <p>Input is bounded: a text over {@link #MAX_CHARS} characters is refused (413), never cut.
 */
public final class LegalTextParser {

  /**
   * About three times the longest code in force (Bộ luật Dân sự 2015: about 600,000 characters).
   */
  public static final int MAX_CHARS = 2_000_000;

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");

  /** The lines of a text, ended by CR, LF, CRLF or a Unicode line or paragraph separator. */
  static List<String> lines(String text) {
    return List.of(LINE_BREAK.split(text, -1));
  }

  /** Reads plain text; lines end with CR, LF or CRLF. */
  public LegalText parse(String text) {
    checkSize(text.length());
    return parse(lines(text));
  }

  /** Reads lines (or the paragraphs of a Word document), in order. */
  public LegalText parse(List<String> lines) {
    long total = 0;
    for (String l : lines) {
      total += l.length() + 1;
      checkSize(total - 1);
    }
    Run run = new Run();
    for (int i = 0; i < lines.size(); i++) {
      String line = LawWords.WEB_COPY_PREFIX.matcher(LawWords.clean(lines.get(i))).replaceFirst("");
      if (!line.isEmpty()) {
        run.read(line, i + 1);
      }
    }
    return run.finish();
  }

  private static void checkSize(long chars) {
    if (chars > MAX_CHARS) {
      throw new PayloadTooLarge("problem.legalText.tooLarge", MAX_CHARS);
    }
  }

  /** The state of one reading. */
  private static final class Run {
    final List<String> preamble = new ArrayList<>();
    final List<Division> divisions = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    final List<String> closing = new ArrayList<>();
    final List<ParseIssue> report = new ArrayList<>();
    final Set<String> numbers = new HashSet<>();

    Division part;
    Division chapter;
    Division section;
    Division untitled; // a division whose title is on the next lines
    StringBuilder untitledTitle;

    ArticleDraft article;
    boolean ended;
    int quoteDepth;
    int quoteStart;

    void read(String line, int no) {
      if (ended) {
        closing.add(line);
        return;
      }
      if (quoteDepth > 0) {
        text(line);
        quote(line, no);
        return;
      }
      if (untitled != null && !structural(line)) {
        if (untitledTitle.isEmpty() || LawWords.capitals(line)) {
          untitledTitle.append(untitledTitle.isEmpty() ? "" : " ").append(line);
          if (LawWords.capitals(line)) {
            return;
          }
          closeUntitled();
          return;
        }
      }
      closeUntitled();
      Matcher m;
      if ((m = LawWords.ARTICLE_HEADING.matcher(line)).matches()) {
        article(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2), line, no);
      } else if ((m = LawWords.PART_HEADING.matcher(line)).matches()) {
        division(Level.PART, m.group(1), m.group(2), no);
      } else if ((m = LawWords.CHAPTER_HEADING.matcher(line)).matches()) {
        division(Level.CHAPTER, m.group(1), m.group(2), no);
      } else if ((m = LawWords.SECTION_HEADING.matcher(line)).matches()) {
        division(Level.SECTION, m.group(1), m.group(2), no);
      } else if (article != null && LawWords.CLOSING.matcher(line).matches()) {
        ended = true;
        closing.add(line);
      } else if ((m = LawWords.CLAUSE_LINE.matcher(line)).matches()) {
        clause(m.group(1), m.group(2), line, no);
      } else if ((m = LawWords.POINT_LINE.matcher(line)).matches()) {
        String label = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        point(label, m.group(3), line, no);
      } else {
        text(line);
      }
      quote(line, no);
      if (article != null && quoteDepth == 0 && LawWords.END_MARK.matcher(line).find()) {
        ended = true;
      }
    }

    private static boolean structural(String line) {
      return LawWords.ARTICLE_HEADING.matcher(line).matches()
          || LawWords.CHAPTER_HEADING.matcher(line).matches()
          || LawWords.SECTION_HEADING.matcher(line).matches()
          || LawWords.PART_HEADING.matcher(line).matches()
          || LawWords.CLAUSE_LINE.matcher(line).matches()
          || LawWords.POINT_LINE.matcher(line).matches();
    }

    private void quote(String line, int no) {
      int before = quoteDepth;
      quoteDepth = Math.max(0, quoteDepth + LawWords.quoteBalance(line));
      if (before == 0 && quoteDepth > 0) {
        quoteStart = no;
      }
    }

    private void article(String number, String title, String line, int no) {
      if (numbers.contains(number)) {
        report.add(ParseIssue.of(no, Kind.DUPLICATE_ARTICLE, line));
        text(line);
        return;
      }
      if (article != null && LawWords.clauseRank(number) < LawWords.clauseRank(article.number)) {
        report.add(ParseIssue.of(no, Kind.ARTICLE_OUT_OF_ORDER, line));
      }
      flushArticle();
      numbers.add(number);
      List<Division> within = new ArrayList<>();
      for (Division d : new Division[] {part, chapter, section}) {
        if (d != null) {
          within.add(d);
        }
      }
      article = new ArticleDraft(number, title, within, no);
    }

    private void division(Level level, String number, String title, int no) {
      flushArticle();
      Division d = new Division(level, number, title, no);
      if (title.isEmpty()) {
        untitled = d;
        untitledTitle = new StringBuilder();
      } else {
        place(d);
      }
    }

    private void closeUntitled() {
      if (untitled != null) {
        Division d =
            new Division(
                untitled.level(), untitled.number(), untitledTitle.toString(), untitled.line());
        untitled = null;
        place(d);
      }
    }

    private void place(Division d) {
      divisions.add(d);
      switch (d.level()) {
        case PART -> {
          part = d;
          chapter = null;
          section = null;
        }
        case CHAPTER -> {
          chapter = d;
          section = null;
        }
        case SECTION -> section = d;
      }
    }

    private void clause(String number, String rest, String line, int no) {
      if (article == null) {
        report.add(ParseIssue.of(no, Kind.BEFORE_FIRST_ARTICLE, line));
        preamble.add(line);
        return;
      }
      ClauseDraft last = article.lastClause();
      if (last != null && LawWords.clauseRank(number) <= LawWords.clauseRank(last.number)) {
        report.add(ParseIssue.of(no, Kind.CLAUSE_OUT_OF_ORDER, line));
        text(line);
        return;
      }
      article.clauses.add(new ClauseDraft(number, rest, no));
    }

    private void point(String label, String rest, String line, int no) {
      if (article == null) {
        report.add(ParseIssue.of(no, Kind.BEFORE_FIRST_ARTICLE, line));
        preamble.add(line);
        return;
      }
      ClauseDraft clause = article.lastClause();
      if (clause == null) {
        report.add(ParseIssue.of(no, Kind.POINT_WITHOUT_CLAUSE, line));
        text(line);
        return;
      }
      PointDraft last = clause.lastPoint();
      if (last != null && LawWords.pointRank(label) <= LawWords.pointRank(last.label)) {
        report.add(ParseIssue.of(no, Kind.POINT_OUT_OF_ORDER, line));
        text(line);
        return;
      }
      clause.points.add(new PointDraft(label, rest, no));
    }

    /** A line of running text: it continues the deepest element open. */
    private void text(String line) {
      if (article == null) {
        preamble.add(line);
        return;
      }
      ClauseDraft c = article.lastClause();
      if (c == null) {
        append(article.intro, line);
      } else if (c.lastPoint() != null) {
        append(c.lastPoint().text, line);
      } else {
        append(c.text, line);
      }
    }

    private static void append(StringBuilder b, String line) {
      if (!b.isEmpty()) {
        b.append('\n');
      }
      b.append(line);
    }

    private void flushArticle() {
      if (article != null) {
        articles.add(article.build());
        article = null;
      }
    }

    LegalText finish() {
      closeUntitled();
      if (quoteDepth > 0) {
        report.add(ParseIssue.of(quoteStart, Kind.UNCLOSED_QUOTE, ""));
      }
      flushArticle();
      report.sort(java.util.Comparator.comparingInt(ParseIssue::line));
      return new LegalText(preamble, divisions, articles, closing, report);
    }
  }

  private static final class ArticleDraft {
    final String number;
    final String title;
    final List<Division> within;
    final int line;
    final StringBuilder intro = new StringBuilder();
    final List<ClauseDraft> clauses = new ArrayList<>();

    ArticleDraft(String number, String title, List<Division> within, int line) {
      this.number = number;
      this.title = title;
      this.within = within;
      this.line = line;
    }

    ClauseDraft lastClause() {
      return clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
    }

    Article build() {
      return new Article(
          number,
          title,
          intro.toString(),
          clauses.stream().map(ClauseDraft::build).toList(),
          within,
          line);
    }
  }

  private static final class ClauseDraft {
    final String number;
    final StringBuilder text;
    final int line;
    final List<PointDraft> points = new ArrayList<>();

    ClauseDraft(String number, String text, int line) {
      this.number = number;
      this.text = new StringBuilder(text);
      this.line = line;
    }

    PointDraft lastPoint() {
      return points.isEmpty() ? null : points.get(points.size() - 1);
    }

    Clause build() {
      return new Clause(
          number,
          text.toString(),
          points.stream().map(p -> new Point(p.label, p.text.toString(), p.line)).toList(),
          line);
    }
  }

  private static final class PointDraft {
    final String label;
    final StringBuilder text;
    final int line;

    PointDraft(String label, String text, int line) {
      this.label = label;
      this.text = new StringBuilder(text);
      this.line = line;
    }
  }
}
