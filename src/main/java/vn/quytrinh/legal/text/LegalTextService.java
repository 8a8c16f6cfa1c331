package vn.quytrinh.legal.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.TimeSource;

/**
 * A legal document's text: imported (a Word file or plain text), read into its structure and shown
 * back for checking (a dry run stores nothing), stored with the original file; read as in force on
 * any date, article by article; and given new wordings by the amendments a person confirmed. Kept
 * by the roles that keep the legal registry; read by everyone signed in.
 */
@ApplicationScoped
@Transactional
public class LegalTextService {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String PLAIN = "text/plain";
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final Jsonb JSONB = JsonbBuilder.create();

  private LegalService legal;
  private LegalTextRepository repo;
  private WordParagraphs word;
  private TimeSource time;
  private AuditTrail audit;

  @Inject
  public LegalTextService(
      LegalService legal,
      LegalTextRepository repo,
      WordParagraphs word,
      TimeSource time,
      AuditTrail audit) {
    this.legal = legal;
    this.repo = repo;
    this.word = word;
    this.time = time;
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected LegalTextService() {}

  /** A file as uploaded: its bytes, declared media type and name (may be null). */
  public record Upload(byte[] bytes, String mediaType, String fileName) {}

  /**
   * What an import read: the text's structure with its report, the amending instructions it
   * proposes (empty for a text that amends nothing), and whether it was stored (not on a dry run)
   * in place of an earlier import; {@code read} is the file's lines as read, before any correction
   * by hand (what a person corrects from).
   */
  public record Imported(
      LegalDocument document,
      LegalText text,
      List<Amendment> proposals,
      boolean stored,
      boolean replaced,
      List<String> read) {}

  public Imported importText(Caller c, long documentId, Upload u, boolean dryRun) {
    return importText(c, documentId, u, null, dryRun);
  }

  /** The most lines a text corrected by hand may have. */
  public static final int MAX_CORRECTED_LINES = 20_000;

  /**
   * Imports a text as {@link #importText(Caller, long, Upload, boolean)}, its lines as the person
   * corrected them where the parse went wrong ({@code corrected}; null: as read from the file). The
   * original file is kept as uploaded either way; the lines stored and parsed are the corrected
   * ones, and the audit event says how many lines were corrected.
   */
  public Imported importText(
      Caller c, long documentId, Upload u, List<String> corrected, boolean dryRun) {
    LegalService.requireKeeper(c);
    LegalDocument doc = legal.get(documentId);
    List<String> read = lines(u);
    List<String> lines = corrected == null ? read : correctedLines(corrected);
    LegalText text = new LegalTextParser().parse(lines);
    List<Amendment> proposals = new AmendmentReader().read(lines);
    if (dryRun) {
      return new Imported(doc, text, proposals, false, false, read);
    }
    if (text.articles().isEmpty()) {
      throw new InvalidInput("file", "problem.legalText.noArticles");
    }
    Optional<StoredText> existing = repo.textOf(documentId);
    if (existing.isPresent() && repo.amendedByOthers(documentId)) {
      throw new Conflict("problem.legalText.amendedSinceImport", doc.number());
    }
    StoredText.Source source =
        new StoredText.Source(
            clip(u.fileName(), 300),
            mediaTypeOf(u),
            u.bytes(),
            sha256(u.bytes()),
            String.join("\n", lines),
            String.join("\n", text.preamble()),
            String.join("\n", text.closing()),
            JSONB.toJson(text.divisions()),
            JSONB.toJson(text.report()));
    if (existing.isPresent()) {
      repo.removeArticles(documentId);
      existing.get().replace(source, c.username(), time.now());
    } else {
      repo.add(new StoredText(documentId, source, c.username(), time.now()));
    }
    List<LegalText.Division> divisions = text.divisions();
    List<LegalArticle> stored = new ArrayList<>();
    for (LegalText.Article a : text.articles()) {
      stored.add(
          article(c, documentId, a.number(), a.within().stream().map(divisions::indexOf).toList()));
    }
    // the articles first: their wordings refer to them, and nothing tells JPA the order
    repo.flush();
    for (int i = 0; i < stored.size(); i++) {
      wording(c, stored.get(i), documentId, null, false, ArticleBody.of(text.articles().get(i)));
    }
    repo.flush();
    audit.record(
        c.username(),
        existing.isPresent() ? "TEXT_REPLACED" : "TEXT_IMPORTED",
        "LEGAL_DOCUMENT",
        documentId,
        null,
        Messages.vi(
                "audit.legalText.imported",
                doc.number(),
                text.articles().size(),
                text.report().size(),
                u.bytes().length)
            + (corrected == null
                ? ""
                : " " + Messages.vi("audit.legalText.corrected", changedLines(read, lines))));
    return new Imported(doc, text, proposals, true, existing.isPresent(), read);
  }

  /**
   * Corrects by hand the parse of the stored text: {@code lines} replace the lines read from its
   * file, which is kept; the text is parsed again from them. Refused, like a new import, once
   * another document has set wordings in it.
   */
  public Imported correctText(Caller c, long documentId, List<String> lines, boolean dryRun) {
    LegalService.requireKeeper(c);
    StoredText t =
        repo.textOf(documentId)
            .orElseThrow(
                () -> new NotFound("problem.legalText.none", legal.get(documentId).number()));
    return importText(
        c,
        documentId,
        new Upload(t.original(), t.mediaType(), t.fileName()),
        lines == null ? List.of() : lines,
        dryRun);
  }

  /** The lines of the stored text (as read from its file, or as corrected since). */
  public List<String> storedLines(long documentId) {
    return repo.linesOf(documentId)
        .map(LegalTextParser::lines)
        .orElseThrow(() -> new NotFound("problem.legalText.none", legal.get(documentId).number()));
  }

  /** Lines typed by a person, checked: a bounded number of them, none null, NFC and clean. */
  static List<String> correctedLines(List<String> typed) {
    if (typed.size() > MAX_CORRECTED_LINES) {
      throw new InvalidInput("lines", "problem.legalText.tooManyLines", MAX_CORRECTED_LINES);
    }
    List<String> out = new ArrayList<>();
    int chars = 0;
    for (String l : typed) {
      if (l == null) {
        throw new InvalidInput("lines", "problem.legalText.nullLine");
      }
      for (String one : LegalTextParser.lines(l)) {
        String clean = java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFC);
        chars += clean.length() + 1;
        out.add(clean);
      }
    }
    if (chars > LegalTextParser.MAX_CHARS) {
      throw new vn.quytrinh.platform.problem.PayloadTooLarge(
          "problem.legalText.tooLarge", LegalTextParser.MAX_CHARS);
    }
    return out;
  }

  /** How many lines differ between what the file gave and what was stored. */
  static int changedLines(List<String> read, List<String> stored) {
    int n = Math.abs(read.size() - stored.size());
    for (int i = 0; i < Math.min(read.size(), stored.size()); i++) {
      if (!read.get(i).equals(stored.get(i))) {
        n++;
      }
    }
    return n;
  }

  /** A document and the amending instructions read from its text. */
  public record Proposed(LegalDocument document, List<Amendment> proposals) {}

  /** The amending instructions read from a document's stored text, to be confirmed by a person. */
  public Proposed proposals(long documentId) {
    LegalDocument doc = legal.get(documentId);
    String lines =
        repo.linesOf(documentId)
            .orElseThrow(() -> new NotFound("problem.legalText.none", doc.number()));
    return new Proposed(doc, new AmendmentReader().read(List.of(lines.split("\n", -1))));
  }

  /** The stored text with its original file (where the file is served). */
  public Optional<StoredText> text(long documentId) {
    return repo.textOf(documentId);
  }

  /** Whether the document has a stored text, read without the text. */
  public boolean hasText(long documentId) {
    return repo.hasText(documentId);
  }

  /** The stored text with its original file, or 404 saying the document has none. */
  public StoredText stored(long documentId) {
    LegalDocument doc = legal.get(documentId);
    return repo.textOf(documentId)
        .orElseThrow(() -> new NotFound("problem.legalText.none", doc.number()));
  }

  /** An article as in force on a day: its wording, who set it and from when. */
  public record ArticleInForce(
      String number,
      List<LegalText.Division> within,
      ArticleBody body,
      boolean repealed,
      long setById,
      String setByNumber,
      LocalDate appliesFrom) {}

  /** A document's text as in force on a day, article by article. */
  public record Consolidated(
      LegalDocument document,
      LocalDate asOf,
      LegalStatus status,
      TextHead text,
      List<LegalText.Division> divisions,
      List<ArticleInForce> articles) {}

  public Consolidated consolidated(long documentId, LocalDate asOf) {
    LegalDocument doc = legal.get(documentId);
    TextHead t =
        repo.headOf(documentId)
            .orElseThrow(() -> new NotFound("problem.legalText.none", doc.number()));
    List<LegalText.Division> divisions = divisions(t.divisionsJson());
    Map<Long, List<ArticleHistory.Entry<ArticleWording>>> history = history(documentId);
    Map<Long, String> numbers = new HashMap<>();
    numbers.put(doc.id(), doc.number());
    List<ArticleInForce> out = new ArrayList<>();
    for (LegalArticle a : repo.articlesOf(documentId)) {
      Optional<ArticleHistory.Entry<ArticleWording>> w =
          ArticleHistory.inForce(history.getOrDefault(a.id(), List.of()), asOf);
      if (w.isEmpty()) {
        continue;
      }
      ArticleWording wording = w.get().wording();
      String setBy =
          numbers.computeIfAbsent(
              wording.setById(),
              id -> legal.find(id).map(LegalDocument::number).orElse(String.valueOf(id)));
      out.add(
          new ArticleInForce(
              a.number(),
              a.divisions().stream()
                  .filter(i -> i >= 0 && i < divisions.size())
                  .map(divisions::get)
                  .toList(),
              wording.body(),
              wording.repealed(),
              wording.setById(),
              setBy,
              wording.appliesFrom()));
    }
    return new Consolidated(doc, asOf, legal.status(doc, asOf), t, divisions, out);
  }

  /**
   * An article's wording the day before a change and the one the changing document set from that
   * day, as far as the stored texts know them.
   *
   * @param textKnown whether the document changed has a stored text
   */
  public record Around(
      boolean textKnown, Optional<ArticleInForce> before, Optional<ArticleInForce> after) {}

  public Around around(long documentId, String article, LocalDate from, long changedBy) {
    return around(documentId, List.of(article), from, changedBy).get(article);
  }

  /**
   * {@link Around} for each of the articles, in their order, from one reading of the document's
   * articles and wordings (the text itself is not read: whether there is one is).
   */
  public Map<String, Around> around(
      long documentId, List<String> articles, LocalDate from, long changedBy) {
    Map<String, Around> out = new LinkedHashMap<>();
    if (!repo.hasText(documentId)) {
      articles.forEach(a -> out.put(a, new Around(false, Optional.empty(), Optional.empty())));
      return out;
    }
    Map<String, LegalArticle> stored = new HashMap<>();
    repo.articlesOf(documentId).forEach(a -> stored.putIfAbsent(a.number(), a));
    Map<Long, List<ArticleHistory.Entry<ArticleWording>>> history = history(documentId);
    Map<Long, String> numbers = new HashMap<>();
    for (String article : articles) {
      LegalArticle a = stored.get(article);
      if (a == null) {
        out.put(article, new Around(true, Optional.empty(), Optional.empty()));
        continue;
      }
      List<ArticleHistory.Entry<ArticleWording>> h = history.getOrDefault(a.id(), List.of());
      java.util.function.Function<ArticleHistory.Entry<ArticleWording>, ArticleInForce> view =
          e ->
              new ArticleInForce(
                  article,
                  List.of(),
                  e.wording().body(),
                  e.repealed(),
                  e.setBy(),
                  numbers.computeIfAbsent(
                      e.setBy(),
                      id -> legal.find(id).map(LegalDocument::number).orElse(String.valueOf(id))),
                  e.appliesFrom());
      out.put(
          article,
          new Around(
              true,
              ArticleHistory.inForce(h, from.minusDays(1)).map(view),
              ArticleHistory.inForce(h, from).filter(e -> e.setBy() == changedBy).map(view)));
    }
    return out;
  }

  /** One confirmed amendment of a target's text, applying from a day. */
  public record Change(Amendment amendment, LocalDate from) {}

  /** What became of a confirmed amendment's places in the target's text. */
  public record Applied(Change change, List<AmendmentApplier.Outcome> outcomes) {}

  /**
   * Records the new wordings that confirmed amendments of one acting document give the articles of
   * one target, in the order of the days they apply from: per day, each article changed gets one
   * new wording set by the acting document. A target without a stored text gets none, and each
   * change says so ({@code textKnown} false).
   */
  public List<Applied> recordWordings(
      Caller c, LegalDocument acting, LegalDocument target, List<Change> changes) {
    LegalService.requireKeeper(c);
    if (!repo.hasText(target.id())) {
      return changes.stream().map(ch -> new Applied(ch, List.of())).toList();
    }
    Map<LocalDate, List<Change>> byDay =
        changes.stream()
            .collect(
                Collectors.groupingBy(Change::from, java.util.TreeMap::new, Collectors.toList()));
    Map<Change, List<AmendmentApplier.Outcome>> outcomes = new java.util.IdentityHashMap<>();
    List<String> recorded = new ArrayList<>();
    for (Map.Entry<LocalDate, List<Change>> day : byDay.entrySet()) {
      LocalDate from = day.getKey();
      Map<String, LegalArticle> articles = new LinkedHashMap<>();
      repo.articlesOf(target.id()).forEach(a -> articles.put(a.number(), a));
      Map<Long, List<ArticleHistory.Entry<ArticleWording>>> history = history(target.id());
      Map<String, ArticleBody> inForce = new LinkedHashMap<>();
      Set<String> repealed = new java.util.HashSet<>();
      Set<String> later = new java.util.HashSet<>();
      for (LegalArticle a : articles.values()) {
        List<ArticleHistory.Entry<ArticleWording>> h = history.getOrDefault(a.id(), List.of());
        ArticleHistory.inForce(h, from)
            .ifPresent(
                w -> {
                  inForce.put(a.number(), w.wording().body());
                  if (w.repealed()) {
                    repealed.add(a.number());
                  }
                });
        if (ArticleHistory.laterWordingBy(h, from, acting.id())) {
          later.add(a.number());
        }
      }
      AmendmentApplier applier = new AmendmentApplier(inForce, repealed);
      for (Change ch : day.getValue()) {
        List<AmendmentApplier.Outcome> o = new ArrayList<>();
        for (AmendmentApplier.Outcome x : applier.apply(ch.amendment())) {
          o.add(
              x.applied() && x.at() != null && later.contains(x.at().article())
                  ? x.because(AmendmentApplier.Skip.LATER_WORDING)
                  : x);
        }
        outcomes.put(ch, o);
      }
      for (Map.Entry<String, ArticleBody> e : applier.changed().entrySet()) {
        String number = e.getKey();
        boolean repeal = applier.repealed().contains(number);
        if (later.contains(number)
            || (e.getValue().equals(inForce.get(number)) && repeal == repealed.contains(number))) {
          continue; // a later wording of another document, or no change (confirmed again)
        }
        LegalArticle article = articles.get(number);
        if (article == null) {
          LegalArticle before = before(articles, number);
          article =
              article(c, target.id(), number, before == null ? List.of() : before.divisions());
          repo.flush(); // before its wording, which refers to it
        }
        wording(c, article, acting.id(), from, repeal, e.getValue());
        recorded.add(Messages.vi("audit.legalText.wording", number, from));
      }
      repo.flush();
    }
    if (!recorded.isEmpty()) {
      audit.record(
          c.username(),
          "WORDINGS_RECORDED",
          "LEGAL_DOCUMENT",
          target.id(),
          null,
          Messages.vi(
              "audit.legalText.wordings",
              acting.number(),
              target.number(),
              String.join("; ", recorded)));
    }
    return changes.stream().map(ch -> new Applied(ch, outcomes.get(ch))).toList();
  }

  /** A new article (its id is given on persist: the sequence hands ids out in advance). */
  private LegalArticle article(Caller c, long documentId, String number, List<Integer> within) {
    LegalArticle a = new LegalArticle(documentId, number, within, c.username(), time.now());
    repo.add(a);
    return a;
  }

  private void wording(
      Caller c, LegalArticle a, long setBy, LocalDate from, boolean repealed, ArticleBody body) {
    repo.add(new ArticleWording(a.id(), setBy, from, repealed, body, c.username(), time.now()));
  }

  /** The article an inserted one follows (35 for 35a): the last of a lower rank. */
  private static LegalArticle before(Map<String, LegalArticle> articles, String number) {
    int rank = LegalArticle.rank(number);
    LegalArticle best = null;
    for (LegalArticle a : articles.values()) {
      if (a.sortRank() < rank && (best == null || a.sortRank() > best.sortRank())) {
        best = a;
      }
    }
    return best;
  }

  /**
   * The structure over time of each of these documents that has a stored text, to check citations
   * against (the others are absent): two queries for each such document, none for the rest.
   */
  public Map<Long, TextStructure> structures(java.util.Collection<Long> documentIds) {
    Map<Long, TextStructure> out = new HashMap<>();
    if (documentIds.isEmpty()) {
      return out;
    }
    for (Long id : repo.withText(documentIds)) {
      Map<Long, List<ArticleHistory.Entry<ArticleWording>>> history = history(id);
      Map<String, List<ArticleHistory.Entry<ArticleBody>>> byNumber =
          new java.util.LinkedHashMap<>();
      for (LegalArticle a : repo.articlesOf(id)) {
        byNumber.put(
            a.number(),
            history.getOrDefault(a.id(), List.of()).stream()
                .map(
                    e ->
                        new ArticleHistory.Entry<>(
                            e.appliesFrom(),
                            e.recorded(),
                            e.seq(),
                            e.setBy(),
                            e.repealed(),
                            e.wording().body()))
                .toList());
      }
      out.put(id, new TextStructure(byNumber));
    }
    return out;
  }

  /**
   * The words the search index holds of each of these documents that has a stored text: its
   * articles as in force on {@code on} ("Điều 5. Title" and the body), then any wording set to
   * apply later, so that a change already recorded is found before its day. Repealed articles are
   * left out. None for the others.
   */
  public Map<Long, String> searchTexts(java.util.Collection<Long> documentIds, LocalDate on) {
    Map<Long, String> out = new HashMap<>();
    if (documentIds.isEmpty()) {
      return out;
    }
    for (Long id : repo.withText(documentIds)) {
      StringBuilder b = new StringBuilder();
      Map<Long, List<ArticleHistory.Entry<ArticleWording>>> history = history(id);
      for (LegalArticle a : repo.articlesOf(id)) {
        List<ArticleHistory.Entry<ArticleWording>> h = history.getOrDefault(a.id(), List.of());
        Optional<ArticleHistory.Entry<ArticleWording>> now = ArticleHistory.inForce(h, on);
        now.filter(w -> !w.repealed()).ifPresent(w -> words(b, a.number(), w.wording().body()));
        h.stream()
            .filter(w -> w.appliesFrom() != null && w.appliesFrom().isAfter(on) && !w.repealed())
            .forEach(w -> words(b, a.number(), w.wording().body()));
      }
      out.put(id, b.toString());
    }
    return out;
  }

  private static void words(StringBuilder b, String number, ArticleBody body) {
    b.append(
            Messages.vi(
                    "text.article.heading",
                    number,
                    body.title() == null ? "" : body.title().strip())
                .strip())
        .append('\n');
    body.lines("").forEach(l -> b.append(l).append('\n'));
  }

  private Map<Long, List<ArticleHistory.Entry<ArticleWording>>> history(long documentId) {
    return repo.wordingsOf(documentId).stream()
        .collect(
            Collectors.groupingBy(
                ArticleWording::articleId,
                Collectors.mapping(ArticleWording::entry, Collectors.toList())));
  }

  @SuppressWarnings("unchecked")
  static List<LegalText.Division> divisions(String divisionsJson) {
    return JSONB.fromJson(
        divisionsJson, new ArrayList<LegalText.Division>() {}.getClass().getGenericSuperclass());
  }

  /** The lines of an uploaded text: a Word file's paragraphs, or plain UTF-8 text. */
  List<String> lines(Upload u) {
    byte[] b = u.bytes();
    String type = u.mediaType() == null ? "" : u.mediaType().toLowerCase(Locale.ROOT);
    if (startsWith(b, OLE2) || type.startsWith("application/msword")) {
      throw new ProblemException(
          415, "problem.title.unsupportedFile", "problem.legalText.legacyWord");
    }
    if (startsWith(b, ZIP) || type.startsWith(DOCX)) {
      return word.paragraphs(b);
    }
    if (b.length == 0) {
      throw new InvalidInput("file", "problem.legalText.empty");
    }
    String s =
        Text.strictUtf8(b).orElseThrow(() -> new InvalidInput("file", "problem.legalText.notUtf8"));
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    if (s.length() > LegalTextParser.MAX_CHARS) {
      throw new vn.quytrinh.platform.problem.PayloadTooLarge(
          "problem.legalText.tooLarge", LegalTextParser.MAX_CHARS);
    }
    return LegalTextParser.lines(s);
  }

  private static String mediaTypeOf(Upload u) {
    return startsWith(u.bytes(), ZIP) ? DOCX : PLAIN + "; charset=UTF-8";
  }

  private static boolean startsWith(byte[] b, byte[] magic) {
    return b.length >= magic.length
        && java.util.Arrays.equals(b, 0, magic.length, magic, 0, magic.length);
  }

  private static String clip(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
