package vn.quytrinh.bench;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import vn.quytrinh.intake.CitationText;
import vn.quytrinh.intake.ImportReport;
import vn.quytrinh.intake.ImportService;
import vn.quytrinh.intake.LegalImporter;
import vn.quytrinh.intake.PersonImporter;
import vn.quytrinh.intake.ProcedureImporter;
import vn.quytrinh.intake.TthcImporter;
import vn.quytrinh.intake.UnitImporter;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/** The import service outside the container, on a fresh in-memory database, for the bench. */
public final class ImportBenchWiring implements AutoCloseable {

  private final JpaHarness db = new JpaHarness();

  public ImportBenchWiring(String name) {}

  public ImportReport importTthc(byte[] file) {
    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      TimeSource time =
          new TimeSource(
              Clock.fixed(
                  LocalDate.of(2026, 11, 28).atStartOfDay().toInstant(ZoneOffset.UTC),
                  ZoneOffset.UTC));
      Wiring w = new Wiring(em, time);
      CitationText citations = new CitationText(w.legal);
      ImportService s =
          new ImportService(
              new TthcImporter(w.tthc, citations),
              new LegalImporter(w.legal),
              new ProcedureImporter(w.documents, citations),
              new UnitImporter(w.org),
              new PersonImporter(w.org),
              w.audit,
              new NoRegistry(),
              Measures.NONE);
      ImportReport r =
          s.importTthc(
              new Caller(
                  "tk",
                  "Trần Thị Hoa",
                  "Thư ký ISO",
                  "XA",
                  EnumSet.of(Role.COORDINATOR),
                  Set.of("XA"),
                  false),
              file,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              null,
              false);
      em.getTransaction().commit();
      return r;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    db.close();
  }

  static final class NoRegistry implements TransactionSynchronizationRegistry {
    public Object getTransactionKey() {
      return this;
    }

    public void putResource(Object key, Object value) {}

    public Object getResource(Object key) {
      return null;
    }

    public void registerInterposedSynchronization(Synchronization sync) {}

    public int getTransactionStatus() {
      return 0;
    }

    public void setRollbackOnly() {
      throw new IllegalStateException("the bench import was rejected");
    }

    public boolean getRollbackOnly() {
      return false;
    }
  }
}
