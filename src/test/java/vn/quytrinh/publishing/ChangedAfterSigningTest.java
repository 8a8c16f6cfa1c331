package vn.quytrinh.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.Drafts;
import vn.quytrinh.document.SignatureCheck;
import vn.quytrinh.document.rest.DocumentViews.SignaturesView;
import vn.quytrinh.org.Unit;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.JpaHarness;

/**
 * A signed procedure whose title is changed in the database behind the application's back: {@code
 * …/signatures} and every export run the same check ({@link SignatureCheck}), so the PDF and Word
 * prints say "NỘI DUNG ĐÃ THAY ĐỔI" across every page and a manual lists it on its cover.
 */
class ChangedAfterSigningTest {

  static final Instant T = Instant.parse("2026-01-05T02:00:00Z");
  static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
  static final String MARK = SignatureCheck.CHANGED;

  JpaHarness db;
  EntityManager em;
  long tampered;
  long intact;

  @BeforeEach
  void seed() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(new Unit("XA-TH", "Ủy ban nhân dân xã Tân Hòa", null, UnitLevel.XA));
          return null;
        });
    tampered = signedProcedure("QT-01/HT");
    intact = signedProcedure("QT-02/HT");
    db.inTransaction(
        em ->
            em.createNativeQuery(
                    "UPDATE controlled_document SET title = 'Quy trình đã bị sửa' WHERE code ="
                        + " 'QT-01/HT'")
                .executeUpdate());
    em = db.entityManager();
  }

  @AfterEach
  void close() {
    em.close();
    db.close();
  }

  long signedProcedure(String code) {
    return db.inTransaction(
        em -> {
          ControlledDocument d = Drafts.procedure(code, "XA-TH", T);
          DocumentVersion v = Drafts.approved(d, ISSUED, T);
          d.activate(v, ISSUED, Drafts.APPROVER, T);
          em.persist(d);
          em.flush();
          return v.id();
        });
  }

  ProcedureSheet sheet(long versionId) {
    DocumentVersion v = em.find(DocumentVersion.class, versionId);
    return SheetBuilder.sheet(
        "UBND xã Tân Hòa", v, k -> Optional.empty(), null, null, "Kiểm tra viên", T);
  }

  Manual manual() {
    return new Manual(
        "UBND xã Tân Hòa",
        "Ủy ban nhân dân xã Tân Hòa",
        ISSUED,
        "Kiểm tra viên",
        List.of(),
        List.of(sheet(tampered), sheet(intact)));
  }

  @Test
  void signaturesAndExportsAnswerTheSameCheck() {
    DocumentVersion v = em.find(DocumentVersion.class, tampered);
    SignaturesView view = SignaturesView.of(v);
    assertEquals(2, view.signatures().size());
    assertTrue(view.signatures().stream().noneMatch(s -> s.valid()), "/signatures: not valid");
    assertTrue(SignatureCheck.of(v).contentChanged());
    assertEquals(ProcedureSheet.Watermark.CHANGED, sheet(tampered).watermark());
    assertTrue(sheet(tampered).controlledCopyNote().startsWith(MARK));

    DocumentVersion ok = em.find(DocumentVersion.class, intact);
    assertTrue(SignaturesView.of(ok).signatures().stream().allMatch(s -> s.valid()));
    assertFalse(SignatureCheck.of(ok).contentChanged());
    assertEquals(ProcedureSheet.Watermark.NONE, sheet(intact).watermark());
  }

  @Test
  void thePdfOfTheChangedProcedureSaysSoOnEveryPage() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().procedure(sheet(tampered), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      List<String> pages = PdfRendererTest.pages(doc);
      assertTrue(pages.size() >= 2, "a procedure prints on several pages");
      for (int i = 0; i < pages.size(); i++) {
        assertTrue(pages.get(i).contains(MARK), "page " + (i + 1) + ": " + pages.get(i));
      }
    }
    out.reset();
    new PdfRenderer().procedure(sheet(intact), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertFalse(PdfRendererTest.flat(doc).contains(MARK));
    }
  }

  @Test
  void thePdfManualListsTheChangedProcedureOnItsCover() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().manual(manual(), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      String cover = PdfRendererTest.pageText(doc, 1).replaceAll("\\s+", " ");
      assertTrue(cover.contains(MARK), cover);
      assertTrue(cover.contains("QT-01/HT"), cover);
      assertFalse(cover.contains("QT-02/HT"), "the intact procedure is not listed: " + cover);
    }
  }

  @Test
  void theWordPrintsCarryTheMarkInEveryHeaderAndOnTheManualsCover() throws Exception {
    DocxRenderer word = new DocxRenderer(Path.of("templates"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    word.procedure(sheet(tampered), out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      assertFalse(doc.getHeaderList().isEmpty());
      for (XWPFHeader h : doc.getHeaderList()) {
        assertTrue(h._getHdrFtr().xmlText().contains(MARK), "watermark in every header");
      }
    }
    out.reset();
    word.manual(manual(), out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      String body = doc.getDocument().getBody().xmlText();
      int cover = body.indexOf("w:type=\"page\"");
      int warning = body.indexOf(MARK);
      assertTrue(warning >= 0 && warning < cover, "the warning is on the cover, before its break");
      assertTrue(body.substring(warning, cover).contains("QT-01/HT"));
      assertFalse(body.substring(0, cover).contains("QT-02/HT"));
    }
  }
}
