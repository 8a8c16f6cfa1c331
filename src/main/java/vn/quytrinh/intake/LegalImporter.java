package vn.quytrinh.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.platform.i18n.Message;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.text.Text;

/**
 * A list of legal documents (CSV or XLSX): each row a registration the legal registry upserts
 * ({@link LegalService#upsert}), which also knows a document's type from its number when the row
 * names none.
 */
@ApplicationScoped
public class LegalImporter implements Importer {

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          DateTimeFormatter.ofPattern("d-M-uuuu"),
          DateTimeFormatter.ofPattern("d.M.uuuu"));

  private LegalService legal;

  @Inject
  public LegalImporter(LegalService legal) {
    this.legal = legal;
  }

  /** For the CDI client proxy only. */
  protected LegalImporter() {}

  @Override
  public String entity() {
    return "LEGAL_DOCUMENT";
  }

  @Override
  public void read(ImportRun run, Upload file) {
    Table t = TableReader.read(file.body(), file.mediaType(), Columns.LEGAL);
    t.requireColumns("number", "title");
    run.read(t.rows().size());
    for (Table.Row r : t.rows()) {
      run.row(
          r.line(),
          () -> {
            LegalDocumentNumber n = LegalDocumentNumber.parse(r.get("number"));
            LocalDate signed = date(r.get("signedOn"), "text.import.column.signedOn");
            LegalService.Registration reg =
                new LegalService.Registration(
                    n.value(),
                    LegalDocumentType.named(r.get("type")).orElse(null),
                    r.get("issuer"),
                    r.get("title"),
                    signed,
                    date(r.get("effectiveFrom"), "text.import.column.effectiveFrom"),
                    date(r.get("effectiveUntil"), "text.import.column.effectiveUntil"));
            run.requireFirst(
                LegalDocument.identityKey(n, Text.cleanOrNull(reg.issuer()), signed),
                "text.import.duplicateLegal",
                n.value());
            return new ImportRun.Read(
                n.value(), () -> ImportRun.Outcome.of(legal.upsert(run.caller(), reg)));
          });
    }
  }

  /** A date as lists write it: 2015-04-10, 10/4/2015, 10-04-2015 or 10.04.2015. */
  static LocalDate date(String text, String what) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // next form
      }
    }
    throw new InvalidInput("date", "problem.import.unreadableDate", Message.of(what), s);
  }
}
