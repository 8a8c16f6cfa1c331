package vn.quytrinh.legal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.intake.LegalTextDocxReader;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * A text stored and read over time on a real database (the Flyway schema through {@link
 * JpaHarness}): Thông tư 38/2018/TT-BTC as issued, amended by Thông tư 62/2019/TT-BTC from
 * 21/10/2019; the consolidated text before and after that day.
 */
class LegalTextStoreTest {

  static final Caller COORDINATOR =
      new Caller("tk", "tk", null, "XA", Set.of(Role.COORDINATOR), Set.of("XA"), false);
  static final Caller READER =
      new Caller("cb", "cb", null, "XA", Set.of(Role.READER), Set.of("XA"), false);
  static final LocalDate TT62_FROM = LocalDate.of(2019, 10, 21);

  JpaHarness db;
  long tt38;
  long tt62;

  @BeforeEach
  void open() {
    db = new JpaHarness();
    tt38 = run((l, t) -> register(l, "38/2018/TT-BTC", LocalDate.of(2018, 6, 5)));
    tt62 = run((l, t) -> register(l, "62/2019/TT-BTC", TT62_FROM));
  }

  @AfterEach
  void close() {
    db.close();
  }

  static long register(LegalService l, String number, LocalDate from) {
    return l.register(
            COORDINATOR,
            new LegalService.Registration(
                number,
                LegalDocumentType.THONG_TU,
                "Bộ Tài chính",
                "Thông tư",
                from.minusMonths(2),
                from,
                null))
        .id();
  }

  interface Work<T> {
    T apply(LegalService legal, LegalTextService texts);
  }

  <T> T run(Work<T> work) {
    return db.inTransaction(
        em -> {
          Wiring w = new Wiring(em, new TimeSource(Clock.systemUTC()));
          LegalTextService texts =
              new LegalTextService(
                  w.legal, new LegalTextRepository(em), new LegalTextDocxReader(), w.time, w.audit);
          return work.apply(w.legal, texts);
        });
  }

  static byte[] utf8(String resource) {
    return AmendmentMeasurementTest.read(resource).getBytes(StandardCharsets.UTF_8);
  }

  LegalTextService.Imported importText(long id, byte[] bytes, String type, boolean dryRun) {
    return run(
        (l, t) ->
            t.importText(
                COORDINATOR, id, new LegalTextService.Upload(bytes, type, "tt.txt"), dryRun));
  }

  List<LegalTextService.Applied> confirmTt62() {
    return run(
        (l, t) -> {
          LegalDocument acting = l.get(tt62);
          LegalDocument target = l.get(tt38);
          List<LegalTextService.Change> changes =
              t.proposals(tt62).proposals().stream()
                  .map(a -> new LegalTextService.Change(a, TT62_FROM))
                  .toList();
          return t.recordWordings(COORDINATOR, acting, target, changes);
        });
  }

  int wordings(long document) {
    return db.inTransaction(em -> new LegalTextRepository(em).wordingsOf(document).size());
  }

  static String point(LegalTextService.Consolidated c, String article, String clause, String p) {
    return c.articles().stream()
        .filter(a -> a.number().equals(article))
        .findFirst()
        .orElseThrow()
        .body()
        .clause(clause)
        .orElseThrow()
        .point(p)
        .orElseThrow()
        .text();
  }

  static List<String> numbers(LegalTextService.Consolidated c) {
    return c.articles().stream().map(LegalTextService.ArticleInForce::number).toList();
  }

  @Test
  void aDryRunShowsTheStructureAndStoresNothing() {
    LegalTextService.Imported dry =
        importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", true);
    assertFalse(dry.stored());
    assertEquals(7, dry.text().articles().size());
    assertEquals(2, dry.text().divisions().size());
    assertTrue(run((l, t) -> t.text(tt38)).isEmpty(), "nothing stored");
    assertEquals(
        "problem.legalText.none",
        assertThrows(ProblemException.class, () -> run((l, t) -> t.consolidated(tt38, TT62_FROM)))
            .key());
  }

  /**
   * Issue 13, point 1: a parse gone wrong is corrected by hand, line by line; the file is kept as
   * uploaded, the text parsed again from the corrected lines.
   */
  @Test
  void aParseGoneWrongIsCorrectedByHandAndTheFileIsKeptAsUploaded() {
    String good = new String(utf8("texts/tt38_2018.txt"), StandardCharsets.UTF_8);
    // a copy whose "Điều 5." ran onto the line before it, as a PDF conversion does
    byte[] broken = good.replaceFirst("\nĐiều 5\\.", " Điều 5.").getBytes(StandardCharsets.UTF_8);
    assertEquals(6, importText(tt38, broken, "text/plain", false).text().articles().size());

    List<String> lines = new ArrayList<>(run((l, t) -> t.storedLines(tt38)));
    int glued = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(" Điều 5.")) {
        glued = i;
      }
    }
    String line = lines.get(glued);
    int at = line.indexOf(" Điều 5.");
    lines.set(glued, line.substring(0, at));
    lines.add(glued + 1, line.substring(at + 1));

    LegalTextService.Imported dry = run((l, t) -> t.correctText(COORDINATOR, tt38, lines, true));
    assertEquals(7, dry.text().articles().size(), "the dry run reads the corrected lines");
    assertEquals(6, run((l, t) -> t.consolidated(tt38, TT62_FROM)).articles().size());

    LegalTextService.Imported fixed = run((l, t) -> t.correctText(COORDINATOR, tt38, lines, false));
    assertTrue(fixed.stored());
    assertEquals(7, run((l, t) -> t.consolidated(tt38, TT62_FROM)).articles().size());
    StoredText kept = run((l, t) -> t.text(tt38)).orElseThrow();
    assertArrayEquals(broken, kept.original(), "the file kept as uploaded");
    assertEquals(lines, run((l, t) -> t.storedLines(tt38)), "the lines as corrected");
    assertEquals(
        "problem.legalText.tooManyLines",
        assertThrows(
                InvalidInput.class,
                () ->
                    run(
                        (l, t) ->
                            t.correctText(
                                COORDINATOR,
                                tt38,
                                java.util.Collections.nCopies(
                                    LegalTextService.MAX_CORRECTED_LINES + 1, "x"),
                                false)))
            .key());
    assertEquals(
        "problem.legalText.none",
        assertThrows(
                ProblemException.class,
                () -> run((l, t) -> t.correctText(COORDINATOR, tt62, lines, true)))
            .key());
  }

  /** Issue 13, point 1: the articles' words go to the search index with the document. */
  @Test
  void theArticlesWordsAreWhatTheSearchIndexHoldsOfTheDocument() {
    assertEquals(
        java.util.Map.of(),
        run((l, t) -> t.searchTexts(List.of(tt38), TT62_FROM)),
        "no text, no words");
    importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", false);
    String words = run((l, t) -> t.searchTexts(List.of(tt38, tt38 + 1_000), TT62_FROM)).get(tt38);
    assertTrue(words.contains("Điều 3. Hồ sơ đề nghị xác định trước xuất xứ hàng hóa"), words);
    assertTrue(words.contains("d) Catalogue hoặc hình ảnh hàng hóa: 01 bản chụp."), words);
    assertEquals(
        1,
        run((l, t) -> t.searchTexts(List.of(tt38, tt38 + 1_000), TT62_FROM)).size(),
        "only the documents with a text");
  }

  @Test
  void theTextAsImportedIsKeptWithItsOriginalFileAndReadsAsIssued() {
    byte[] file = utf8("texts/tt38_2018.txt");
    LegalTextService.Imported imported = importText(tt38, file, "text/plain", false);
    assertTrue(imported.stored());
    assertFalse(imported.replaced());
    StoredText kept = run((l, t) -> t.text(tt38)).orElseThrow();
    assertArrayEquals(file, kept.original());
    assertEquals(file.length, kept.originalBytes());
    assertEquals(LegalTextService.sha256(file), kept.originalSha256());
    assertTrue(kept.preamble().startsWith("Thông tư 38/2018/TT-BTC"));

    LegalTextService.Consolidated asIssued =
        run((l, t) -> t.consolidated(tt38, LocalDate.of(2019, 1, 1)));
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), numbers(asIssued));
    assertTrue(asIssued.articles().stream().allMatch(a -> a.setById() == tt38));
    assertEquals("Chương II", "Chương " + asIssued.articles().get(2).within().get(0).number());
    assertEquals("Phạm vi điều chỉnh", asIssued.articles().get(0).body().title());
  }

  @Test
  void theConsolidatedTextBeforeAndAfterTheAmendmentShowsTheOldAndTheNewWording() {
    importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", false);
    importText(tt62, utf8("texts/tt62_2019.txt"), "text/plain", false);
    List<LegalTextService.Applied> applied = confirmTt62();
    assertEquals(5, applied.size());
    assertTrue(applied.get(0).outcomes().get(0).applied(), "4.4.b");
    assertEquals(AmendmentApplier.Skip.NO_ARTICLE, applied.get(1).outcomes().get(0).skip());

    LegalTextService.Consolidated before =
        run((l, t) -> t.consolidated(tt38, TT62_FROM.minusDays(1)));
    LegalTextService.Consolidated after = run((l, t) -> t.consolidated(tt38, TT62_FROM));
    assertTrue(
        point(before, "4", "4", "b").contains("thì cơ quan hải quan thực hiện thông quan"),
        "the wording as issued the day before");
    assertEquals(
        "Trường hợp người khai hải quan không nộp chứng từ chứng nhận xuất xứ hàng hóa theo quy"
            + " định tại điểm b, điểm c, khoản 1 và khoản 2 Điều này thì hàng hóa không được thông"
            + " quan và bị xử lý theo quy định của pháp luật.",
        point(after, "4", "4", "b"));
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), numbers(before));
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "7a"), numbers(after));
    LegalTextService.ArticleInForce four = after.articles().get(3);
    assertEquals(tt62, four.setById());
    assertEquals("62/2019/TT-BTC", four.setByNumber());
    assertEquals(TT62_FROM, four.appliesFrom());
    assertEquals(tt38, after.articles().get(4).setById(), "Điều 5 untouched");
    LegalTextService.ArticleInForce sevenA = after.articles().get(7);
    assertEquals(tt62, sevenA.setById());
    assertEquals(
        before.articles().get(6).within(), sevenA.within(), "7a stands where 7 stands: Chương II");

    assertEquals(
        List.of(
            "62/2019/TT-BTC sửa đổi lời văn của 38/2018/TT-BTC: Điều 4 từ 21/10/2019; Điều 7a từ"
                + " 21/10/2019"),
        db.inTransaction(
            em ->
                em.createNativeQuery(
                        "SELECT summary FROM audit_event WHERE action = 'WORDINGS_RECORDED'")
                    .getResultList()),
        "the audit line in Vietnamese, dates as dd/MM/yyyy");
    int rows = wordings(tt38);
    assertEquals(9, rows, "7 as issued, 4 and 7a from 21/10/2019");
    confirmTt62();
    assertEquals(rows, wordings(tt38), "the same amendments confirmed again add no wording");
  }

  @Test
  void theWordingsAroundAChangeAreTheOneInForceTheDayBeforeAndTheOneTheChangingDocumentSet() {
    assertFalse(run((l, t) -> t.around(tt38, "4", TT62_FROM, tt62)).textKnown());
    importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", false);
    LegalTextService.Around unconfirmed = run((l, t) -> t.around(tt38, "4", TT62_FROM, tt62));
    assertTrue(unconfirmed.textKnown());
    assertEquals(tt38, unconfirmed.before().orElseThrow().setById());
    assertTrue(unconfirmed.after().isEmpty(), "62/2019 has set no wording yet");

    importText(tt62, utf8("texts/tt62_2019.txt"), "text/plain", false);
    confirmTt62();
    LegalTextService.Around four = run((l, t) -> t.around(tt38, "4", TT62_FROM, tt62));
    assertTrue(
        four.before()
            .orElseThrow()
            .body()
            .clause("4")
            .orElseThrow()
            .point("b")
            .orElseThrow()
            .text()
            .contains("thì cơ quan hải quan thực hiện thông quan"));
    assertEquals("62/2019/TT-BTC", four.after().orElseThrow().setByNumber());
    LegalTextService.Around sevenA = run((l, t) -> t.around(tt38, "7a", TT62_FROM, tt62));
    assertTrue(sevenA.before().isEmpty(), "an inserted article has no wording before");
    assertTrue(sevenA.after().isPresent());
    LegalTextService.Around fifteen = run((l, t) -> t.around(tt38, "15", TT62_FROM, tt62));
    assertTrue(fifteen.before().isEmpty() && fifteen.after().isEmpty(), "not in the stored text");
  }

  @Test
  void aTextAmendedByAnotherDocumentIsNotImportedAgainButOneUnamendedIsReplaced() {
    importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", false);
    LegalTextService.Imported again =
        importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", false);
    assertTrue(again.replaced());
    importText(tt62, utf8("texts/tt62_2019.txt"), "text/plain", false);
    confirmTt62();
    assertThrows(
        Conflict.class, () -> importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", false));
  }

  @Test
  void aWordFileIsReadByItsParagraphsAndAnOldDocIsRefusedWithHowToConvertIt() throws IOException {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : AmendmentMeasurementTest.read("texts/tt38_2018.txt").split("\n")) {
        d.createParagraph().createRun().setText(line);
      }
      d.write(out);
      docx = out.toByteArray();
    }
    LegalTextService.Imported fromWord = importText(tt38, docx, "application/octet-stream", false);
    assertEquals(7, fromWord.text().articles().size());
    assertEquals(LegalTextService.DOCX, run((l, t) -> t.text(tt38)).orElseThrow().mediaType());

    byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A};
    ProblemException legacy =
        assertThrows(
            ProblemException.class, () -> importText(tt62, doc, "application/msword", false));
    assertEquals(415, legacy.status());
    assertTrue(
        legacy.detail().contains("libreoffice --headless --convert-to docx"), legacy.detail());
    assertEquals(
        "problem.legalText.notUtf8",
        assertThrows(
                InvalidInput.class,
                () -> importText(tt62, new byte[] {'a', (byte) 0xC3, 0x28}, "text/plain", false))
            .key());
    assertEquals(
        "problem.legalText.noArticles",
        assertThrows(
                InvalidInput.class,
                () ->
                    importText(
                        tt62,
                        "Không có điều nào".getBytes(StandardCharsets.UTF_8),
                        "text/plain",
                        false))
            .key());
    assertThrows(
        Forbidden.class,
        () ->
            run(
                (l, t) ->
                    t.importText(
                        READER,
                        tt38,
                        new LegalTextService.Upload(docx, LegalTextService.DOCX, null),
                        false)));
  }

  @Test
  void aPlaceAnotherDocumentRewordedFromALaterDayIsNotAppliedAndSaysWhere() {
    importText(tt38, utf8("texts/tt38_2018.txt"), "text/plain", false);
    importText(tt62, utf8("texts/tt62_2019.txt"), "text/plain", false);
    LocalDate later = LocalDate.of(2020, 1, 1);
    long tt99 = run((l, t) -> register(l, "99/2019/TT-BTC", later));
    run(
        (l, t) ->
            t.recordWordings(
                COORDINATOR,
                l.get(tt99),
                l.get(tt38),
                List.of(
                    new LegalTextService.Change(
                        new Amendment(
                            "38/2018/TT-BTC",
                            Amendment.Kind.RENAME,
                            List.of(Amendment.Place.parse("4")),
                            "Chứng từ chứng nhận xuất xứ",
                            null,
                            null,
                            true,
                            null,
                            0),
                        later))));
    AmendmentApplier.Outcome first = confirmTt62().get(0).outcomes().get(0);
    assertEquals(AmendmentApplier.Skip.LATER_WORDING, first.skip());
    assertEquals(Amendment.Place.parse("4.4.b"), first.at());
    assertEquals("4.4.b", first.place());
  }
}
