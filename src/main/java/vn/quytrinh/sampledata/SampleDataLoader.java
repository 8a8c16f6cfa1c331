package vn.quytrinh.sampledata;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentService.ApprovalDecision;
import vn.quytrinh.document.DocumentService.ReviewDecision;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.ProcedureContent;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.RelationKind;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.UnitLevel;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.tthc.TthcLevel;
import vn.quytrinh.tthc.TthcService;

/**
 * Loads {@code sample-data/} into an installation that has no unit yet, when {@code
 * quytrinh.sample-data=true}. Everything goes through the services, as people would do it: the
 * coordinator drafts, the reviewer and the approver sign with their passwords. One transaction:
 * either all of it is there or none.
 */
@ApplicationScoped
public class SampleDataLoader {

  /** The documented password of every demo person (README); they exist only with the demo data. */
  public static final String DEMO_PASSWORD = "quytrinh-demo";

  private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());

  public record UnitRow(String code, String name, String parentCode, UnitLevel level) {}

  public record UserRow(
      String username, String fullName, String position, String unitCode, Set<Role> roles) {}

  public record StepInsert(int index, ProcedureContent.Step step) {}

  public record Edit(ProcedureContent.Citation addLegalBasis, StepInsert insertStep) {}

  public record VersionRow(
      VersionStatus reachStatus,
      String changeSummary,
      String changeReason,
      ProcedureContent content,
      Edit edit) {}

  public record DocumentRow(
      String code,
      String title,
      DocumentKind kind,
      String unitCode,
      List<String> tthcCodes,
      Integer reviewPeriodMonths,
      List<VersionRow> versions) {}

  private OrgService org;
  private DocumentService documents;
  private LegalService legal;
  private TthcService tthc;
  private ImpactService impact;
  private boolean enabled;

  @Inject
  public SampleDataLoader(
      OrgService org,
      DocumentService documents,
      LegalService legal,
      TthcService tthc,
      ImpactService impact,
      @ConfigProperty(name = "quytrinh.sample-data", defaultValue = "false") boolean enabled) {
    this.org = org;
    this.documents = documents;
    this.legal = legal;
    this.tthc = tthc;
    this.impact = impact;
    this.enabled = enabled;
  }

  /** For the CDI client proxy only. */
  protected SampleDataLoader() {}

  public record LegalRow(
      String number,
      LegalDocumentType type,
      String issuer,
      String title,
      LocalDate signedOn,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil) {}

  public record RelationRow(
      String acting,
      RelationKind kind,
      String target,
      List<String> articles,
      LocalDate effectiveFrom) {}

  public record LegalFile(List<LegalRow> documents, List<RelationRow> relations) {}

  public record TthcRow(
      String code,
      String name,
      String field,
      TthcLevel level,
      String agency,
      List<String> unitCodes,
      BigDecimal timeLimitDays,
      String timeLimitText,
      String fee,
      List<TthcService.Dossier> dossier,
      String result,
      List<TthcService.Citation> legalBasis) {}

  void onStart(
      @Observes @Priority(SchemaMigration.SAMPLE_DATA) @Initialized(ApplicationScoped.class)
          Object e) {
    if (!enabled) {
      return;
    }
    if (!org.listUnits().isEmpty()) {
      LOG.info("Sample data not loaded: the installation already has units.");
      return;
    }
    load();
  }

  @Transactional
  public void load() {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      List<UnitRow> units = read(jsonb, "units.json", listOf(UnitRow.class));
      List<UserRow> users = read(jsonb, "users.json", listOf(UserRow.class));
      List<DocumentRow> docs = read(jsonb, "documents.json", listOf(DocumentRow.class));
      LegalFile laws = read(jsonb, "legal-documents.json", LegalFile.class);
      List<TthcRow> procedures = read(jsonb, "tthc.json", listOf(TthcRow.class));

      for (UserRow u : users) {
        if (u.roles().contains(Role.ADMIN) && org.findUser(u.username()).isEmpty()) {
          org.bootstrapUser(data(u), DEMO_PASSWORD);
        }
      }
      Caller admin =
          org.caller("admin")
              .orElseThrow(() -> new IllegalStateException("sample data needs the user admin"));
      for (UnitRow u : units) {
        org.createUnit(
            admin, new OrgService.UnitData(u.code(), u.name(), u.parentCode(), u.level()));
      }
      for (UserRow u : users) {
        if (org.findUser(u.username()).isEmpty()) {
          org.createUser(admin, data(u), DEMO_PASSWORD);
        }
      }
      Caller registrar = person("HY.XA.TANHOA", Role.COORDINATOR);
      for (LegalRow l : laws.documents()) {
        legal.register(
            registrar,
            new LegalService.Registration(
                l.number(),
                l.type(),
                l.issuer(),
                l.title(),
                l.signedOn(),
                l.effectiveFrom(),
                l.effectiveUntil()));
      }
      for (TthcRow t : procedures) {
        tthc.create(
            registrar,
            new TthcService.Data(
                t.code(),
                t.name(),
                t.field(),
                t.level(),
                t.agency(),
                t.unitCodes(),
                t.timeLimitDays(),
                t.timeLimitText(),
                t.fee(),
                t.dossier(),
                t.result(),
                t.legalBasis()));
      }
      for (DocumentRow d : docs) {
        loadDocument(d);
      }
      int flags = 0;
      for (RelationRow r : laws.relations()) {
        long acting = legal.resolve(r.acting(), "acting").id();
        ImpactService.RelationOutcome o =
            impact.recordRelation(
                registrar, acting, r.kind(), r.target(), r.articles(), r.effectiveFrom());
        flags += o.flagsRaised().size() + o.flagsElsewhere() + o.flagsNotListed();
      }
      int raised = flags;
      LOG.info(
          () ->
              "Sample data: "
                  + laws.documents().size()
                  + " legal documents, "
                  + procedures.size()
                  + " TTHC, "
                  + raised
                  + " revision flags.");
      LOG.info(
          () ->
              "Sample data loaded: "
                  + units.size()
                  + " units, "
                  + users.size()
                  + " people, "
                  + docs.size()
                  + " documents.");
    } catch (Exception ex) {
      throw new IllegalStateException("Sample data could not be loaded: " + ex.getMessage(), ex);
    }
  }

  private void loadDocument(DocumentRow d) {
    Caller coordinator = person(d.unitCode(), Role.COORDINATOR);
    Caller reviewer = person(d.unitCode(), Role.REVIEWER);
    Caller approver = person(d.unitCode(), Role.APPROVER);
    ControlledDocument doc =
        documents.create(
            coordinator,
            new DocumentService.DocumentData(
                d.code(),
                d.title(),
                d.kind(),
                d.unitCode(),
                d.tthcCodes(),
                d.reviewPeriodMonths()));
    for (VersionRow row : d.versions()) {
      DocumentVersion v = documents.startVersion(coordinator, doc.id());
      ProcedureContent content =
          row.content() != null ? row.content() : edited(v.content(), row.edit());
      v =
          documents.save(
              coordinator,
              doc.id(),
              v.issueNo(),
              new DocumentService.DraftData(content, row.changeSummary(), row.changeReason()),
              "*");
      if (row.reachStatus() == VersionStatus.DRAFT) {
        continue;
      }
      documents.submit(coordinator, doc.id(), v.issueNo(), null);
      if (row.reachStatus() == VersionStatus.IN_REVIEW) {
        continue;
      }
      documents.review(
          reviewer, doc.id(), v.issueNo(), ReviewDecision.ACCEPT, null, DEMO_PASSWORD, null);
      documents.approve(
          approver,
          doc.id(),
          v.issueNo(),
          ApprovalDecision.APPROVE,
          null,
          DEMO_PASSWORD,
          null,
          null);
    }
  }

  private static ProcedureContent edited(ProcedureContent base, Edit edit) {
    List<ProcedureContent.Citation> basis = new ArrayList<>(base.legalBasis());
    List<ProcedureContent.Step> steps = new ArrayList<>(base.steps());
    if (edit != null && edit.addLegalBasis() != null) {
      basis.add(edit.addLegalBasis());
    }
    if (edit != null && edit.insertStep() != null) {
      steps.add(edit.insertStep().index(), edit.insertStep().step());
      for (int i = 0; i < steps.size(); i++) {
        ProcedureContent.Step s = steps.get(i);
        steps.set(
            i, new ProcedureContent.Step(i + 1, s.action(), s.responsible(), s.days(), s.output()));
      }
    }
    return new ProcedureContent(
        base.purpose(),
        base.scope(),
        base.references(),
        base.definitions(),
        basis,
        base.conditions(),
        base.dossier(),
        base.timeLimitDays(),
        base.place(),
        base.fee(),
        base.applicants(),
        base.result(),
        steps,
        base.forms(),
        base.records());
  }

  private Caller person(String unit, Role role) {
    for (String name : org.listUsersIn(unit)) {
      Caller c = org.caller(name).orElseThrow();
      if (c.has(role)) {
        return c;
      }
    }
    throw new IllegalStateException("sample data: no " + role + " in " + unit);
  }

  private static OrgService.UserData data(UserRow u) {
    return new OrgService.UserData(
        u.username(), u.fullName(), u.position(), u.unitCode(), u.roles(), true);
  }

  private static Type listOf(Class<?> element) {
    return new java.lang.reflect.ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  private <T> T read(Jsonb jsonb, String name, Type type) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("sample-data/" + name)) {
      if (in == null) {
        throw new IOException("sample-data/" + name + " is missing from the application");
      }
      return jsonb.fromJson(in, type);
    }
  }
}
