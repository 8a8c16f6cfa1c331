package vn.quytrinh.legal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.legal.text.Amendment.Kind;
import vn.quytrinh.legal.text.Amendment.Place;
import vn.quytrinh.platform.problem.PayloadTooLarge;
import vn.quytrinh.platform.problem.ProblemException;

/**
 * Reads the amending instructions of an amending document ("Sửa đổi, bổ sung khoản 2 Điều 5 như
 * sau: …", "Bổ sung Điều 35a vào sau Điều 35 như sau: …", "Bãi bỏ điểm c khoản 1 Điều 7", "Thay thế
 * cụm từ “…” bằng cụm từ “…” tại …") into {@link Amendment}s: proposals, never records. A person
 * confirms or corrects each before it is recorded.
 *
 * <p>The document changed is the one the instruction names, else the one its heading names ("1. Bổ
 * sung cụm từ … tại Nghị định số …:", "Điều 2. Sửa đổi, bổ sung một số điều của Thông tư số …"),
 * else the one the title names. An instruction whose lettered items are instructions themselves
 * ("5. Sửa đổi, bổ sung điểm c khoản 1 và khoản 2 Điều 6 như sau: a) Sửa đổi … b) …") proposes
 * through its items, which take its article when they name none. Editorial notes in square
 * brackets, which the web copies add, are not read as part of an instruction.
 */
public final class AmendmentReader {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "1. ", "3a. ", "a) ", "đ1) ", "b.2) " in front of an instruction. */
  private static final Pattern LABEL =
      Pattern.compile("^(?:(\\d{1,3}[a-zđ]?)\\.(?![\\d/])|([a-zđ](?:\\.?\\d{1,2})?)\\))\\s*");

  private static final Pattern VERB =
      Pattern.compile(
          "^(sửa đổi,? bổ sung|sửa đổi|bổ sung|bãi bỏ|thay thế|thay|bỏ|sửa|ngưng hiệu lực(?:"
              + " thi hành)?)(?![\\p{L}])[,:]?\\s*",
          FLAGS);

  /** "Điểm b, khoản 4, Điều 4 được sửa đổi, bổ sung như sau:". */
  private static final Pattern PASSIVE =
      Pattern.compile(
          "^(.*?(?:điều|khoản|điểm|mục|phụ lục)\\s+\\S+.*?)\\s+(?:được|bị)\\s+(sửa đổi,? bổ"
              + " sung|sửa đổi|bổ sung|bãi bỏ|thay thế)(?![\\p{L}])(.*)$",
          FLAGS);

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d/])(\\d{1,4})\\s?/\\s?((?:19|20)\\d{2})\\s?/\\s?(\\p{Lu}[\\p{Lu}\\d&]*(?:-[\\p{Lu}\\d&]+)*)");

  private static final Pattern DOCUMENT_WORD =
      Pattern.compile(
          "(?:^|\\s|,)(?:của\\s+|tại\\s+)?(?:nghị định|thông tư liên tịch|thông tư|quyết định|nghị"
              + " quyết|luật|bộ luật|pháp lệnh)(?![\\p{L}])",
          FLAGS);

  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]*)[”\"]");
  private static final Pattern EDITORIAL = Pattern.compile("\\[[^\\]]*\\]");

  private static final Pattern REPLACE_PAIR =
      Pattern.compile(
          "[“\"]([^”\"]+)[”\"]\\s*(?:(?:tại|ở)\\s+([^“”\";]+?)\\s+)?(?:được\\s+)?(?:bằng|thành)\\s*(?:cụm"
              + " từ\\s*|từ\\s*)?[“\"]([^”\"]*)[”\"]",
          FLAGS);
  private static final Pattern ADD_PHRASE =
      Pattern.compile(
          "[“\"]([^”\"]+)[”\"]\\s*(?:vào\\s*(?:sau|trước|cuối|đầu)?|sau|trước)\\s*(?:cụm từ|từ)?\\s*[“\"]([^”\"]+)[”\"]",
          FLAGS);

  /** Between two quoted phrases: "tại khoản 2 Điều 25, cụm từ" (group 1: where). */
  private static final Pattern SAID_AT =
      Pattern.compile(
          "\\s*(?:tại|ở|trong)\\s+(.+?)\\s*(?:,\\s*(?:các\\s+)?(?:cụm\\s+)?từ|(?:được\\s+)?(?:bằng|thành)"
              + "\\s*(?:cụm\\s+)?(?:từ)?)?\\s*",
          FLAGS);

  /** An annex named without a number: "Phụ lục mẫu lời chứng …", the text's one annex. */
  private static final Pattern UNNUMBERED_ANNEX =
      Pattern.compile("phụ lục(?!\\s+(?:số\\s+)?[\\dIVXLC]+(?![\\p{L}]))", FLAGS);

  private static final Pattern AT = Pattern.compile("\\s(?:tại|ở|trong)\\s", FLAGS);
  private static final Pattern AS_FOLLOWS_END = Pattern.compile("như sau\\s*$", FLAGS);
  private static final Pattern AT_ONLY = Pattern.compile("\\stại\\s", FLAGS);

  /** Where the places of a structural instruction end. */
  private static final Pattern PLACES_END =
      Pattern.compile(
          "\\s*(?:như sau|thành\\s*:|thành$|vào\\s|:|\\.(?:\\s|$)|\\.$|;)|\\s(?:thành|bằng)\\s"
              + "|\\s(?:sau|trước)\\s+(?=(?:khoản|điểm|điều|mục|chương)\\s)",
          FLAGS);

  /**
   * Where a new place goes: "vào sau khoản 4", "vào Điều 11", and "sau khoản 1" without "vào" (NĐ
   * 07/2025: "Bổ sung khoản 1a sau khoản 1 Điều 18").
   */
  private static final Pattern ANCHOR =
      Pattern.compile(
          "\\s(?:vào\\s+(?:(sau|trước)\\s+)?|(sau|trước)\\s+(?=(?:khoản|điểm|điều|mục|chương)\\s))",
          FLAGS);

  private static final Pattern PLACE_TOKEN =
      Pattern.compile(
          "(phụ lục|điểm|khoản|điều|mục|tiết)\\s+([\\dIVXLC]{1,4}[a-zđ]?(?:\\.\\d{1,2})?|[a-zđ](?:\\.?\\d{1,2})?)(?![\\p{L}\\d])"
              + "|(,|;|\\svà\\s|\\shoặc\\s)\\s*([\\dIVXLC]{1,4}[a-zđ]?|[a-zđ](?:\\.?\\d{1,2})?)(?![\\p{L}\\d])",
          FLAGS);

  /** What follows "Bỏ" or "Sửa" when they start an instruction: "Bỏ cụm từ …", "Bỏ, sửa cụm từ". */
  private static final Pattern BARE_VERB_OBJECT =
      Pattern.compile("(?:cụm từ|từ|một số|các|,|khoản|điểm|điều|sửa|bổ sung)", FLAGS);

  /**
   * "… bãi bỏ các quy định sau:", "Ngưng hiệu lực thi hành đối với các quy định sau đây tại …": a
   * list of repeals or suspensions follows, one item a line.
   */
  private static final Pattern LIST =
      Pattern.compile(
          "(bãi bỏ|ngưng hiệu lực)(?: thi hành)?(?: đối với)? (?:các|những|một số)"
              + " [\\p{L} ,]{0,40}sau(?: đây)?",
          FLAGS);

  /** A closing quotation mark with an article heading right after it on the same line. */
  private static final Pattern GLUED_HEADING =
      Pattern.compile("(?<=[”\"][.;]?)\\s*(?=(?:Điều|ĐIỀU) \\d{1,4}[a-zđ]?\\.)");

  /** An article's heading that names the document it changes on the lines after it. */
  private static final Pattern AMENDING_HEADING =
      Pattern.compile("^(?:sửa đổi|bổ sung|bãi bỏ|thay thế|ngưng hiệu lực)", FLAGS);

  /** "Điều 5" in an umbrella instruction: the article its items belong to. */
  private static final Pattern ARTICLE_WORD =
      Pattern.compile("(?<![\\p{L}])điều\\s+(\\d{1,4}[a-zđ]?)(?![\\p{L}\\d])", FLAGS);

  /** "Nghị định này thay thế Nghị định số …": the documents named end whole. */
  private static final Pattern REPLACES_WHOLE =
      Pattern.compile(
          "(?:nghị định|thông tư liên tịch|thông tư|quyết định|nghị quyết|luật)\\s+này\\s+thay"
              + "\\s+thế\\s",
          FLAGS);

  /** "Thông tư liên tịch số 85/2016/… hết hiệu lực …": a whole document ends. */
  private static final Pattern ENDS =
      Pattern.compile(
          "^(?:nghị định|thông tư liên tịch|thông tư|quyết định|nghị quyết)(?:\\s+số)?\\s+\\d[^;:]*?"
              + "\\shết hiệu lực",
          FLAGS);

  /** "… gồm: cụm từ “…” tại khoản 2 Điều 11; cụm từ “…” tại …": phrases removed, one by one. */
  private static final Pattern PHRASE_AT =
      Pattern.compile("cụm từ\\s*[“\"]([^”\"]+)[”\"]\\s*(?:tại|ở)\\s+([^;]+)", FLAGS);

  /** How far after a closed wording a stray closing mark is looked for, in lines. */
  private static final int STRAY_LOOKAHEAD = 40;

  private static final Pattern AS_FOLLOWS = Pattern.compile("(?:như sau|thành)\\s*:?\\s*", FLAGS);

  /**
   * The places a list names, as "article.clause.point": "khoản 2 và khoản 3 Điều 16" → 16.2, 16.3.
   */
  static List<String> placesOf(String text) {
    return Run.placesIn(text).stream().map(Place::toString).toList();
  }

  /** Reads plain text; lines end with CR, LF or CRLF. */
  public List<Amendment> read(String text) {
    if (text.length() > LegalTextParser.MAX_CHARS) {
      throw new PayloadTooLarge("problem.legalText.tooLarge", LegalTextParser.MAX_CHARS);
    }
    return read(List.of(text.split("\\r\\n|\\r|\\n", -1)));
  }

  /** Reads lines (or the paragraphs of a Word document), in order. */
  public List<Amendment> read(List<String> raw) {
    long total = 0;
    List<String> lines = new ArrayList<>(raw.size());
    // the line of the text each line read comes from: a glued heading makes two of one
    List<Integer> origin = new ArrayList<>(raw.size());
    for (String l : raw) {
      total += l.length();
      if (total > LegalTextParser.MAX_CHARS) {
        throw new PayloadTooLarge("problem.legalText.tooLarge", LegalTextParser.MAX_CHARS);
      }
      int from = origin.isEmpty() ? 1 : origin.get(origin.size() - 1) + 1;
      String c = LawWords.WEB_COPY_PREFIX.matcher(LawWords.clean(l)).replaceFirst("");
      // "… chấp thuận)."Điều 3.": an article heading glued to the quotation that ends before it
      Matcher glued = GLUED_HEADING.matcher(c);
      if (glued.find()) {
        lines.add(c.substring(0, glued.start()).strip());
        origin.add(from);
        c = c.substring(glued.start()).strip();
      }
      lines.add(c);
      origin.add(from);
    }
    List<Amendment> out = new ArrayList<>();
    for (Amendment a : new Run(lines).read()) {
      int line = a.line() >= 1 && a.line() <= origin.size() ? origin.get(a.line() - 1) : a.line();
      out.add(
          new Amendment(
              a.target(),
              a.kind(),
              a.places(),
              a.wording(),
              a.oldPhrase(),
              a.newPhrase(),
              a.quoted(),
              a.instruction(),
              line));
    }
    return out;
  }

  /** An instruction line taken apart. */
  private record Instruction(
      String label, boolean lettered, String verb, String body, String full, boolean passive) {}

  /** What items of an instruction inherit from it. */
  private record Context(String target, String article) {}

  private static final class Run {
    final List<String> lines;
    final List<Amendment> out = new ArrayList<>();
    String titleTarget;
    String articleTarget;
    Context umbrella;
    boolean inArticles;
    Kind list; // the items that follow are repealed (REPEAL) or suspended (SUSPEND), else null
    boolean listOfLetters; // the list's items are "a)", "b)", …; a numbered line ends it

    Run(List<String> lines) {
      this.lines = lines;
    }

    List<Amendment> read() {
      int depth = 0;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          continue;
        }
        if (depth > 0) {
          depth = Math.max(0, depth + LawWords.quoteBalance(line));
          if (depth == 0 || !isInstruction(line)) {
            continue;
          }
          depth = 0; // a quotation never closed: an instruction line ends it
        }
        Matcher heading = LawWords.ARTICLE_HEADING.matcher(line);
        if (heading.matches()) {
          inArticles = true;
          list = null;
          umbrella = null;
          String title = EDITORIAL.matcher(heading.group(2)).replaceAll(" ").strip();
          int last = i;
          if (title.isEmpty() || AMENDING_HEADING.matcher(title).lookingAt()) {
            // a heading that goes on over the next lines: "… của Thông tư số 32/2016/TT-" /
            // "BLĐTBXH …"
            for (int j = i + 1; j < lines.size() && !title.endsWith(":"); j++) {
              String next = lines.get(j);
              if (next.isEmpty() || startsItemOrQuote(next)) {
                break;
              }
              title = join(title, next);
              last = j;
            }
          }
          articleTarget = target(withoutQuotes(title));
          if (LIST.matcher(title).find()) {
            list = listKind(title);
            listOfLetters = false;
            i = last;
            continue;
          }
          Instruction ins = parse(title, true);
          if (ins != null && !places(ins).isEmpty()) {
            i = propose(ins, last);
          } else {
            i = last;
          }
          continue;
        }
        if (!inArticles) {
          if (titleTarget == null && VERB.matcher(line).lookingAt()) {
            titleTarget = target(line);
          }
          continue;
        }
        boolean item = list != null && isListItem(line);
        Instruction ins = item ? null : parse(line, false);
        if (ins == null) {
          String body =
              LABEL.matcher(EDITORIAL.matcher(line).replaceAll(" ").strip()).replaceFirst("");
          if (item) {
            int last = i;
            for (int j = i + 1; j < lines.size(); j++) {
              String next = lines.get(j);
              if (next.isEmpty()
                  || startsItemOrQuote(next)
                  || LawWords.CLOSING.matcher(next).matches()) {
                break;
              }
              body = join(body, next);
              last = j;
            }
            listItem(body, i);
            i = last;
            continue;
          }
          list = LIST.matcher(body).find() ? listKind(body) : null;
          // "1. … bãi bỏ các quy định sau:" lists lettered items; a heading's list numbered ones
          listOfLetters = list != null && LABEL.matcher(line).lookingAt();
          if (ENDS.matcher(body).find() && target(body) != null) {
            out.add(
                new Amendment(
                    target(body), Kind.REPEAL, List.of(), null, null, null, true, line, i + 1));
          } else if (REPLACES_WHOLE.matcher(body).lookingAt()) {
            // "Nghị định này thay thế Nghị định số 01/2021/NĐ-CP … và Nghị định số 122/2020/…":
            // each document named ends whole (NĐ 168/2025)
            for (String n : targets(body)) {
              out.add(
                  new Amendment(n, Kind.REPEAL, List.of(), null, null, null, true, line, i + 1));
            }
          }
          depth = Math.max(0, LawWords.quoteBalance(line));
          continue;
        }
        list = null;
        if (!ins.lettered()) {
          umbrella = null;
        }
        // an instruction that goes on over the next lines: "3. Sửa đổi điểm a, b, c khoản 3;" /
        // "bổ sung điểm đ, e, g vào khoản 3 Điều 5 như sau:", or a phrase in quotes over lines
        int last = i;
        String whole = line;
        for (int j = i + 1; j < lines.size(); j++) {
          String next = lines.get(j);
          boolean open = LawWords.quoteBalance(whole) > 0;
          boolean continues =
              !next.isEmpty()
                  && !startsItemOrQuote(next)
                  && !LawWords.ARTICLE_HEADING.matcher(next).matches()
                  && (open || unfinished(whole, next));
          if (!continues) {
            break;
          }
          whole = join(whole, next);
          last = j;
        }
        if (last > i) {
          ins = parse(whole, false);
          if (ins == null) {
            continue;
          }
        }
        i = Math.max(last, propose(ins, i, last));
      }
      return out;
    }

    /**
     * Whether an instruction goes on on the next line: its sentence has not ended ("… khoản 3;" /
     * "bổ sung …", or a line of the Gazette cut in the middle of a sentence).
     */
    private static boolean unfinished(String text, String next) {
      if (text.endsWith(".") || text.endsWith(":") || AS_FOLLOWS_END.matcher(text).find()) {
        return false;
      }
      return Character.isLowerCase(next.codePointAt(0))
          || !(text.endsWith(";") || text.endsWith(",") || text.endsWith("”"));
    }

    private boolean isListItem(String line) {
      Matcher l = LABEL.matcher(line);
      if (!l.lookingAt()) {
        return false;
      }
      if (listOfLetters && l.group(2) == null) {
        list = null; // the next numbered item of the enclosing list
        return false;
      }
      return true;
    }

    /** A line that starts a numbered or lettered item, a quotation or an article. */
    private static boolean startsItemOrQuote(String line) {
      return LABEL.matcher(line).lookingAt()
          || line.startsWith("“")
          || line.startsWith("\"")
          || LawWords.ARTICLE_HEADING.matcher(line).matches();
    }

    /** Two lines of one sentence: a word cut at a hyphen joins without a blank. */
    private static String join(String a, String b) {
      return a.endsWith("-") ? a + b : a + " " + b;
    }

    private static Kind listKind(String text) {
      Matcher m = LIST.matcher(text);
      m.find();
      return m.group(1).toLowerCase(Locale.ROOT).startsWith("ngưng") ? Kind.SUSPEND : Kind.REPEAL;
    }

    private boolean isInstruction(String line) {
      Instruction ins = parse(line, false);
      return ins != null && (!places(ins).isEmpty() || ins.body().contains("cụm từ"));
    }

    /** The instruction in a line, or null when the line is not one. */
    private static Instruction parse(String line, boolean heading) {
      String s = EDITORIAL.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip();
      String label = null;
      boolean lettered = false;
      if (!heading) {
        Matcher l = LABEL.matcher(s);
        if (l.lookingAt()) {
          label = l.group(1) != null ? l.group(1) : l.group(2);
          lettered = l.group(2) != null;
          s = s.substring(l.end());
        }
      }
      if (s.startsWith("“") || s.startsWith("\"")) {
        return null;
      }
      Matcher v = VERB.matcher(s);
      if (v.lookingAt()) {
        String verb = v.group(1).toLowerCase(Locale.ROOT);
        String rest = s.substring(v.end());
        if ((verb.equals("bỏ") || verb.equals("sửa"))
            && !BARE_VERB_OBJECT.matcher(rest).lookingAt()) {
          return null; // "Bỏ phiếu …", "Sửa chữa …": prose, not an instruction
        }
        return new Instruction(label, lettered, verb, s.substring(v.end()), s, false);
      }
      Matcher p = PASSIVE.matcher(s);
      if (p.matches() && (label != null || heading) && p.group(1).length() < 200) {
        String verb = p.group(2).toLowerCase(Locale.ROOT);
        return new Instruction(label, lettered, verb, p.group(1) + " " + p.group(3), s, true);
      }
      return null;
    }

    /** Proposes what an instruction says; answers the last line it read. */
    private int propose(Instruction ins, int i) {
      return propose(ins, i, i);
    }

    /**
     * Proposes what an instruction on lines {@code i} to {@code last} says; answers the last line
     * it read.
     */
    private int propose(Instruction ins, int i, int last) {
      String body = ins.body();
      String lower = body.toLowerCase(Locale.ROOT);
      boolean phrase =
          lower.contains("cụm từ")
              || lower.startsWith("từ ")
              || (lower.startsWith("nội dung") && QUOTED.matcher(body).find());
      String named = target(withoutQuotes(body));
      Context inherited = ins.lettered() ? umbrella : null;
      String target =
          named != null
              ? named
              : inherited != null && inherited.target() != null
                  ? inherited.target()
                  : articleTarget != null ? articleTarget : titleTarget;
      String article = inherited == null ? null : inherited.article();
      if (phrase) {
        if (!QUOTED.matcher(body).find()) {
          umbrella = new Context(target, null); // "1. Bổ sung cụm từ … tại Nghị định số …:"
          return i;
        }
        phrases(ins, target, article, i);
        return i;
      }
      List<Place> places = places(ins);
      if (places.isEmpty()) {
        Kind k = kind(ins);
        if ((k == Kind.REPEAL || k == Kind.REPLACE || k == Kind.SUSPEND)
            && named != null
            && !lower.contains("một số")) {
          out.add(new Amendment(named, k, List.of(), null, null, null, true, ins.full(), i + 1));
        } else if (named != null) {
          umbrella = new Context(named, null);
        }
        return i;
      }
      places = inherit(places, article);
      int next = nextContentLine(last);
      if (next >= 0 && isItem(lines.get(next)) && ins.full().endsWith(":")) {
        String art = sameArticle(places);
        if (art == null) {
          art = onlyArticle(ins.body());
        }
        umbrella = new Context(named != null ? named : inherited == null ? null : target, art);
        if (named == null && inherited == null) {
          umbrella = new Context(null, art);
        }
        return i;
      }
      Kind kind = kind(ins);
      if (kind == Kind.AMEND || kind == Kind.ADD || kind == Kind.RENAME || kind == Kind.REPLACE) {
        return withWording(ins, kind, target, places, i, last);
      }
      out.add(new Amendment(target, kind, places, null, null, null, true, ins.full(), i + 1));
      return i;
    }

    private boolean isItem(String line) {
      Instruction ins = parse(line, false);
      return ins != null && ins.label() != null;
    }

    private int nextContentLine(int i) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (!lines.get(j).isEmpty()) {
          return j;
        }
      }
      return -1;
    }

    private static Kind kind(Instruction ins) {
      String v = ins.verb();
      String rest = ins.passive() ? "" : ins.body().toLowerCase(Locale.ROOT);
      if (v.startsWith("ngưng")) {
        return Kind.SUSPEND;
      }
      if (v.equals("bãi bỏ") || v.equals("bỏ")) {
        return Kind.REPEAL;
      }
      if (v.startsWith("thay")) {
        return Kind.REPLACE;
      }
      if (rest.startsWith("tên ")) {
        return Kind.RENAME;
      }
      if (v.equals("bổ sung")) {
        return Kind.ADD;
      }
      return Kind.AMEND;
    }

    private int withWording(
        Instruction ins, Kind kind, String target, List<Place> places, int i, int from0) {
      String line = ins.full();
      // "như sau:" before the quotation: a "thành" inside the new wording ("thành viên") is none
      int quote = firstQuote(line);
      Matcher as = AS_FOLLOWS.matcher(line).region(0, quote < 0 ? line.length() : quote);
      int from = -1;
      while (as.find()) {
        from = as.end();
      }
      if (from < 0 && quote >= 0) {
        for (Matcher all = AS_FOLLOWS.matcher(line); all.find(); ) {
          from = all.end(); // "như sau" only after a quoted word ("tên “…” như sau:")
        }
      }
      StringBuilder text = new StringBuilder();
      int depth = 0;
      int last = from0;
      if (from >= 0 && from < line.length()) {
        text.append(line.substring(from));
        depth = LawWords.quoteBalance(text);
      }
      boolean sameLine = !text.isEmpty();
      // "Sửa đổi khoản 1, khoản 4 Điều 15 như sau:" then one quotation a place (NĐ 07/2025)
      List<Integer> blockStarts = new ArrayList<>();
      if (text.isEmpty() || depth > 0) {
        for (int j = from0 + 1; j < lines.size(); j++) {
          String l = lines.get(j);
          if (l.isEmpty()) {
            continue;
          }
          boolean opened = !text.isEmpty() && depth > 0;
          boolean opens = l.startsWith("“") || l.startsWith("\"");
          boolean another =
              !opened && !text.isEmpty() && opens && blockStarts.size() < places.size();
          if ((!opened && !text.isEmpty() && !another)
              || (!opened && !opens)
              || (opened && isInstruction(l))) {
            break;
          }
          if (!text.isEmpty()) {
            text.append('\n');
          }
          if (!opened) {
            blockStarts.add(text.length());
          }
          text.append(l);
          depth += LawWords.quoteBalance(l);
          last = j;
        }
      }
      if (text.isEmpty()) {
        return unquoted(ins, kind, target, places, i, from0);
      }
      int stray = strayClose(last);
      String wording;
      if (stray > last) {
        // a closing mark with no opening one further on: the first closing mark was a slip, the
        // wording runs to this one
        for (int j = last + 1; j <= stray; j++) {
          text.append('\n').append(lines.get(j));
        }
        wording = outer(text.toString());
        last = stray;
      } else if (blockStarts.size() > 1) {
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < blockStarts.size(); k++) {
          int end = k + 1 < blockStarts.size() ? blockStarts.get(k + 1) : text.length();
          w.append(k == 0 ? "" : "\n").append(inner(text.substring(blockStarts.get(k), end)));
        }
        wording = w.toString();
      } else {
        wording = inner(text.toString());
        if (sameLine && kind == Kind.RENAME && text.indexOf("“") < 0 && text.indexOf("\"") < 0) {
          // a new title given unquoted after "như sau:": the full stop ends the instruction
          wording = wording.replaceFirst("\\.$", "");
        }
      }
      out.add(new Amendment(target, kind, places, wording, null, null, true, ins.full(), i + 1));
      return last;
    }

    /**
     * The line after {@code last} and before the next instruction, article or signature that closes
     * a quotation it never opened, or -1.
     */
    private int strayClose(int last) {
      for (int j = last + 1; j < lines.size() && j <= last + STRAY_LOOKAHEAD; j++) {
        String l = lines.get(j);
        if (l.isEmpty()) {
          continue;
        }
        if (parse(l, false) != null
            || LawWords.ARTICLE_HEADING.matcher(l).matches()
            || LawWords.CLOSING.matcher(l).matches()
            || l.startsWith("“")
            || l.startsWith("\"")) {
          return -1;
        }
        if (LawWords.quoteBalance(l) < 0) {
          return j;
        }
      }
      return -1;
    }

    /** The text between the first opening and the last closing quotation mark. */
    static String outer(String text) {
      int start = -1;
      int end = -1;
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (start < 0 && (c == '“' || c == '"')) {
          start = k;
        } else if (start >= 0
            && (c == '”' || (c == '"' && !LawWords.opensStraightQuote(text, k)))) {
          end = k;
        }
      }
      return start < 0 || end < 0 ? text.strip() : text.substring(start + 1, end).strip();
    }

    /** A new wording without quotation marks: the lines up to the next instruction or article. */
    private int unquoted(
        Instruction ins, Kind kind, String target, List<Place> places, int i, int from0) {
      StringBuilder text = new StringBuilder();
      int last = from0;
      for (int j = from0 + 1; j < lines.size(); j++) {
        String l = lines.get(j);
        if (l.isEmpty()) {
          continue;
        }
        if (parse(l, false) != null
            || LawWords.ARTICLE_HEADING.matcher(l).matches()
            || LawWords.CLOSING.matcher(l).matches()) {
          break;
        }
        if (!text.isEmpty()) {
          text.append('\n');
        }
        text.append(l);
        last = j;
      }
      String wording = text.isEmpty() ? null : text.toString();
      out.add(new Amendment(target, kind, places, wording, null, null, false, ins.full(), i + 1));
      return last;
    }

    /**
     * An item of a list of repeals or suspensions: "a) Khoản 3 Điều 3 Thông tư số 26/2016/…", "c)
     * Thông tư số 31/2016/…", "b) Điều 24 … tại Thông tư số 27/2016/…, gồm: cụm từ “…” tại khoản 2
     * Điều 11; …", "1. Quy định về … tại điểm d khoản 1 Điều 8 Nghị định số 153/2020/… được sửa đổi
     * tại …".
     */
    private void listItem(String item, int i) {
      int gom = item.toLowerCase(Locale.ROOT).indexOf("gồm:");
      String head = gom < 0 ? item : item.substring(0, gom);
      Matcher at = AT_ONLY.matcher(head);
      if (at.find()
          && !NUMBER.matcher(head.substring(0, at.start())).find()
          && placesIn(head.substring(0, at.start())).isEmpty()) {
        head = head.substring(at.end()); // "Quy định về … tại điểm d khoản 1 Điều 8 Nghị định …"
      }
      String named = target(withoutQuotes(head));
      String target = named != null ? named : articleTarget != null ? articleTarget : titleTarget;
      List<Place> places = placesBeforeDocument(head);
      if (!places.isEmpty() || (named != null && gom < 0)) {
        out.add(new Amendment(target, list, places, null, null, null, true, item, i + 1));
      }
      if (gom >= 0) {
        Matcher m = PHRASE_AT.matcher(item.substring(gom));
        while (m.find()) {
          out.add(
              new Amendment(
                  target,
                  Kind.REMOVE_PHRASE,
                  placesIn(m.group(2)),
                  null,
                  m.group(1),
                  null,
                  true,
                  item,
                  i + 1));
        }
      }
    }

    /** The places a text names before the first document it names. */
    private static List<Place> placesBeforeDocument(String text) {
      Matcher doc = DOCUMENT_WORD.matcher(text);
      return placesIn(doc.find() ? text.substring(0, doc.start()) : text);
    }

    private void phrases(Instruction ins, String target, String article, int i) {
      String body = ins.body();
      String verb = ins.verb();
      Kind kind =
          verb.startsWith("thay") || verb.startsWith("sửa")
              ? Kind.REPLACE_PHRASE
              : verb.equals("bổ sung") ? Kind.ADD_PHRASE : Kind.REMOVE_PHRASE;
      int lastQuote = Math.max(body.lastIndexOf('”'), body.lastIndexOf('"'));
      List<Place> places = placesAfter(body.substring(lastQuote + 1), article);
      String before = body.substring(0, lastQuote + 1);
      List<String[]> pairs = new ArrayList<>(); // old, new, places of this pair or null
      Matcher r = REPLACE_PAIR.matcher(before);
      while (kind != Kind.REMOVE_PHRASE && r.find()) {
        pairs.add(new String[] {r.group(1), r.group(3), r.group(2)});
      }
      int quotes = 0;
      for (Matcher q = QUOTED.matcher(before); q.find(); ) {
        quotes++;
      }
      if (kind == Kind.ADD_PHRASE && !pairs.isEmpty()) {
        // "Bổ sung cụm từ “hành chính” tại các cụm từ “vi phạm nhiều lần” thành “vi phạm hành
        // chính nhiều lần”": what the text becomes is the replacement it spells out
        kind = Kind.REPLACE_PHRASE;
      } else if (kind == Kind.REPLACE_PHRASE && pairs.size() * 2 < quotes) {
        // "Thay thế cụm từ “A” tại …, các cụm từ “A” hoặc “B” trong … bằng cụm từ “C”"
        // each old phrase at the places said right after it, when said there (NĐ 07/2025:
        // "cụm từ “A” tại khoản 2 Điều 25, cụm từ “B” tại Phụ lục mẫu lời chứng … bằng cụm từ “C”")
        pairs.clear();
        List<String> olds = new ArrayList<>();
        List<String> heres = new ArrayList<>();
        String last = null;
        int lastEnd = -1;
        for (Matcher q = QUOTED.matcher(before); q.find(); ) {
          if (last != null && !olds.contains(last)) {
            olds.add(last);
            heres.add(placeSaid(before.substring(lastEnd, q.start())));
          }
          last = q.group(1);
          lastEnd = q.end();
        }
        for (int k = 0; k < olds.size(); k++) {
          pairs.add(new String[] {olds.get(k), last, heres.get(k)});
        }
      } else if (kind == Kind.ADD_PHRASE) {
        Matcher a = ADD_PHRASE.matcher(before);
        while (a.find()) {
          pairs.add(new String[] {a.group(2), a.group(1), null});
        }
      } else if (kind == Kind.REMOVE_PHRASE) {
        for (Matcher q = QUOTED.matcher(before); q.find(); ) {
          pairs.add(new String[] {q.group(1), null, null});
        }
      }
      for (String[] p : pairs) {
        List<Place> at = p[2] == null ? places : inherit(placesBeforeDocument(p[2]), article);
        if (at.isEmpty() && p[2] != null && UNNUMBERED_ANNEX.matcher(p[2]).lookingAt()) {
          at = List.of(new Place(null, null, null, "Phụ lục")); // the text's one annex
        }
        out.add(new Amendment(target, kind, at, null, p[0], p[1], true, ins.full(), i + 1));
      }
    }

    /**
     * The place said between one quoted phrase and the next ("tại khoản 2 Điều 25, cụm từ"), as the
     * words after "tại"; null when none is said.
     */
    private static String placeSaid(String between) {
      Matcher m = SAID_AT.matcher(between);
      return m.matches() ? m.group(1) : null;
    }

    /** The places after "tại" in what follows the last phrase: "… tại khoản 2 Điều 21." */
    private static List<Place> placesAfter(String after, String article) {
      Matcher at = AT.matcher(" " + after);
      if (!at.find()) {
        return List.of();
      }
      return inherit(placesBeforeDocument(after.substring(Math.max(0, at.end() - 1))), article);
    }

    private static List<Place> places(Instruction ins) {
      String body = ins.body();
      String lower = body.toLowerCase(Locale.ROOT);
      if (lower.contains("cụm từ")) {
        return List.of();
      }
      if (lower.startsWith("tên của ")) {
        body = body.substring("tên của ".length());
      } else if (lower.startsWith("tên ")) {
        body = body.substring("tên ".length());
      }
      String placesText = body;
      Matcher end = PLACES_END.matcher(placesText);
      if (end.find()) {
        placesText = placesText.substring(0, end.start());
      }
      Matcher doc = DOCUMENT_WORD.matcher(placesText);
      if (doc.find()) {
        placesText = placesText.substring(0, doc.start());
      }
      List<Place> places = placesIn(placesText);
      Matcher anchor = ANCHOR.matcher(body);
      if (!places.isEmpty() && anchor.find()) {
        String rest = body.substring(anchor.end());
        Matcher stop = PLACES_END.matcher(rest);
        if (stop.find()) {
          rest = rest.substring(0, stop.start());
        }
        List<Place> parent = placesIn(rest);
        if (!parent.isEmpty()) {
          Place a = parent.get(0);
          // "vào Điều 11": the parent itself
          boolean into = anchor.group(1) == null && anchor.group(2) == null;
          List<Place> filled = new ArrayList<>();
          for (Place p : places) {
            filled.add(fill(p, a, into));
          }
          places = filled;
        }
      }
      return places;
    }

    /**
     * Gives a place the levels above it that the anchor names ("khoản 5 vào sau khoản 4 Điều 4").
     */
    private static Place fill(Place p, Place anchor, boolean into) {
      if (p.other() != null || anchor.other() != null) {
        return p;
      }
      String article = p.article() != null ? p.article() : anchor.article();
      String clause = p.clause();
      if (p.point() != null && clause == null) {
        clause = anchor.clause();
      }
      if (into && p.point() == null && p.clause() != null) {
        clause = p.clause();
      }
      return new Place(article, clause, p.point(), null);
    }

    private static List<Place> inherit(List<Place> places, String article) {
      if (article == null) {
        return places;
      }
      List<Place> out = new ArrayList<>();
      for (Place p : places) {
        out.add(
            p.article() == null && p.other() == null
                ? new Place(article, p.clause(), p.point(), null)
                : p);
      }
      return out;
    }

    /**
     * The one article an instruction names before its document ("… vào khoản 3 Điều 5"), or null.
     */
    private static String onlyArticle(String body) {
      Matcher end = AS_FOLLOWS.matcher(body);
      String text = end.find() ? body.substring(0, end.start()) : body;
      Matcher doc = DOCUMENT_WORD.matcher(text);
      if (doc.find()) {
        text = text.substring(0, doc.start());
      }
      String article = null;
      for (Matcher m = ARTICLE_WORD.matcher(text); m.find(); ) {
        if (article != null && !article.equals(m.group(1))) {
          return null;
        }
        article = m.group(1);
      }
      return article;
    }

    private static String sameArticle(List<Place> places) {
      String a = null;
      for (Place p : places) {
        if (p.article() == null || (a != null && !a.equals(p.article()))) {
          return null;
        }
        a = p.article();
      }
      return a;
    }

    /** The places a list names: "điểm b khoản 2 và điểm b khoản 3 Điều 18; khoản 4 Điều 17". */
    static List<Place> placesIn(String text) {
      List<String[]> refs = new ArrayList<>(); // point, clause, article, other
      String level = null;
      Matcher m = PLACE_TOKEN.matcher(text);
      int closedUpTo = 0;
      int expected = 0;
      while (m.find()) {
        if (m.start() > expected && m.group(1) == null) {
          // a bare value not right after the list it continues
          String between = text.substring(expected, m.start()).strip();
          if (!between.isEmpty()) {
            continue;
          }
        }
        String value;
        if (m.group(1) != null) {
          level = m.group(1).toLowerCase(Locale.ROOT);
          value = m.group(2);
          if (m.start() > expected) {
            String between = text.substring(expected, m.start());
            if (between.contains(";")) {
              closedUpTo = refs.size();
            }
          }
        } else {
          if (level == null) {
            continue;
          }
          if (m.group(3).contains(";")) {
            closedUpTo = refs.size();
          }
          value = m.group(4);
        }
        expected = m.end();
        if (!fits(level, value)) {
          continue;
        }
        apply(refs, level, value, closedUpTo);
      }
      List<Place> places = new ArrayList<>();
      for (String[] r : refs) {
        places.add(new Place(r[2], r[1], r[0], r[3]));
      }
      return places;
    }

    private static boolean fits(String level, String value) {
      return switch (level) {
        case "điều", "khoản" -> value.matches("\\d{1,4}[a-zđ]?");
        case "điểm", "tiết" -> value.matches("[a-zđ](?:\\.?\\d{1,2})?");
        default -> true;
      };
    }

    private static void apply(List<String[]> refs, String level, String value, int closedUpTo) {
      switch (level) {
        case "điểm", "tiết" -> refs.add(new String[] {value.replace(".", ""), null, null, null});
        case "khoản" -> {
          int from = refs.size();
          while (from > closedUpTo
              && refs.get(from - 1)[0] != null
              && refs.get(from - 1)[1] == null
              && refs.get(from - 1)[2] == null) {
            from--;
          }
          if (from == refs.size()) {
            refs.add(new String[] {null, value, null, null});
          } else {
            for (int k = from; k < refs.size(); k++) {
              refs.get(k)[1] = value;
            }
          }
        }
        case "điều" -> {
          int from = refs.size();
          while (from > closedUpTo
              && refs.get(from - 1)[2] == null
              && refs.get(from - 1)[3] == null) {
            from--;
          }
          if (from == refs.size()) {
            refs.add(new String[] {null, null, value, null});
          } else {
            for (int k = from; k < refs.size(); k++) {
              refs.get(k)[2] = value;
            }
          }
        }
        case "mục" -> refs.add(new String[] {null, null, null, "Mục " + value});
        default -> {
          String[] last = refs.size() > closedUpTo ? refs.get(refs.size() - 1) : null;
          if (last != null && last[3] != null && last[3].startsWith("Mục ")) {
            // "mục III Phụ lục II": a division of the annex
            last[3] = "Phụ lục " + value + " mục " + last[3].substring("Mục ".length());
          } else {
            refs.add(new String[] {null, null, null, "Phụ lục " + value});
          }
        }
      }
    }

    private static String withoutQuotes(String s) {
      return QUOTED.matcher(s).replaceAll(" ");
    }

    /** The number of the first document a text names, in its compact form. */
    private static int firstQuote(String line) {
      int a = line.indexOf('“');
      int b = line.indexOf('"');
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** Every document number named in the text, in order, each once. */
    static List<String> targets(String text) {
      java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
      Matcher m = NUMBER.matcher(text);
      while (m.find()) {
        try {
          out.add(LegalDocumentNumber.parse(m.group()).value());
        } catch (ProblemException | IllegalArgumentException e) {
          // not a number after all; look further
        }
      }
      return List.copyOf(out);
    }

    static String target(String text) {
      Matcher m = NUMBER.matcher(text);
      while (m.find()) {
        try {
          return LegalDocumentNumber.parse(m.group()).value();
        } catch (ProblemException | IllegalArgumentException e) {
          // not a number after all; look further
        }
      }
      return null;
    }

    /** The text inside the first quotation, or up to the end when it never closes. */
    static String inner(String text) {
      int start = -1;
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c == '“' || c == '"') {
          start = k;
          break;
        }
      }
      if (start < 0) {
        return text.strip();
      }
      int depth = 0;
      for (int k = start; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c == '“') {
          depth++;
        } else if (c == '”') {
          depth--;
        } else if (c == '"') {
          depth += k == start || LawWords.opensStraightQuote(text, k) ? 1 : -1;
        }
        if (depth == 0) {
          return text.substring(start + 1, k).strip();
        }
      }
      return text.substring(start + 1).strip();
    }
  }
}
