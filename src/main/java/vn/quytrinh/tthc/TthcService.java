package vn.quytrinh.tthc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.legal.LegalDocumentNumber;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.platform.time.WorkingDays;

/** The TTHC registry, shared by every unit; coordinators and approvers keep it. */
@ApplicationScoped
@Transactional
public class TthcService {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private TthcRepository repo;
  private TimeSource time;
  private AuditTrail audit;

  @Inject
  public TthcService(TthcRepository repo, TimeSource time, AuditTrail audit) {
    this.repo = repo;
    this.time = time;
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected TthcService() {}

  public record Dossier(String name, Integer copies) {}

  public record Citation(String number, String article, String clause, String point) {}

  public record Data(
      String code,
      String name,
      String field,
      TthcLevel level,
      String agency,
      List<String> unitCodes,
      BigDecimal timeLimitDays,
      String timeLimitText,
      String fee,
      List<Dossier> dossier,
      String result,
      List<Citation> legalBasis) {}

  public record Recorded(TthcChange change, boolean created) {}

  public Tthc create(Caller c, Data d) {
    c.require(Role.COORDINATOR, Role.APPROVER);
    String code = code(d.code());
    if (repo.find(code).isPresent()) {
      throw new Conflict("problem.tthc.duplicate", code);
    }
    Tthc t = new Tthc(code, c.username(), time.now());
    t.describe(description(d));
    repo.add(t);
    audit.record(c.username(), "CREATE", "TTHC", t.code(), null, t.name());
    return t;
  }

  /**
   * A TTHC from a published list (an import): created when its code is new, amended by the list
   * when it says something new ({@link Tthc#amend}: blanks keep what is registered, units are
   * added), left as it is otherwise. Written in the caller's transaction, with no flush and no
   * audit event per row (the import records one event for its whole file).
   */
  public Upserted upsert(Caller c, Data listing) {
    c.require(Role.COORDINATOR, Role.APPROVER);
    String code = code(listing.code());
    Tthc.Description d = description(listing);
    Optional<Tthc> existing = repo.find(code);
    if (existing.isEmpty()) {
      Tthc t = new Tthc(code, c.username(), time.now());
      t.describe(d);
      repo.persist(t);
      return Upserted.CREATED;
    }
    return existing.get().amend(d) ? Upserted.UPDATED : Upserted.UNCHANGED;
  }

  public void flush() {
    repo.flush();
  }

  public Tthc update(Caller c, String code, Data d, String ifMatch) {
    c.require(Role.COORDINATOR, Role.APPROVER);
    Tthc t = get(code);
    Preconditions.check(ifMatch, etag(t), true);
    if (d.code() != null && !code(d.code()).equals(t.code())) {
      throw new InvalidInput("code", "problem.tthc.codeFixed");
    }
    vn.quytrinh.audit.Changes.Builder change =
        vn.quytrinh.audit.Changes.of()
            .field("audit.field.tthc.name", t.name(), Text.cleanOrNull(d.name()))
            .field(
                "audit.field.tthc.timeLimit",
                t.timeLimitDays(),
                WorkingDays.normalize(d.timeLimitDays()))
            .field("audit.field.tthc.fee", t.fee(), Text.cleanOrNull(d.fee()))
            .field(
                "audit.field.tthc.units",
                new java.util.TreeSet<>(t.unitCodes()),
                d.unitCodes() == null ? null : new java.util.TreeSet<>(d.unitCodes()));
    t.describe(description(d));
    repo.flush();
    audit.record(c.username(), "UPDATE", "TTHC", t.code(), null, change.toString());
    return t;
  }

  public Tthc get(String code) {
    return repo.find(code).orElseThrow(() -> new NotFound("problem.tthc.notFound", code));
  }

  /**
   * A TTHC as its page shows it, read whole in one transaction: the description, the units carrying
   * it out, its legal basis, its dossier and the changes announced for it.
   */
  public record Reading(
      Tthc tthc,
      List<String> units,
      List<CitationRow> legalBasis,
      List<Dossier> dossier,
      List<TthcChange> changes) {}

  public Reading reading(String code) {
    Tthc t = get(code);
    return new Reading(
        t,
        List.copyOf(new TreeSet<>(t.unitCodes())),
        List.copyOf(t.legalBasis()),
        dossier(t),
        changesOf(t.code()));
  }

  public Optional<Tthc> find(String code) {
    return repo.find(code);
  }

  /**
   * The TTHC whose legal time limit applies to a document implementing these codes: the first one
   * registered with a limit, a province's instance falling back to its national code. The printed
   * form and the editor's running total both ask here, so they show the same limit.
   */
  public Optional<Tthc> withTimeLimit(java.util.Collection<String> codes) {
    for (String code : codes) {
      Optional<Tthc> t = find(code).or(() -> find(TthcCode.nationalOf(code)));
      if (t.isPresent() && t.get().timeLimitDays() != null) {
        return t;
      }
    }
    return Optional.empty();
  }

  /** A page of the registry, filtered, ordered by code and counted in the database. */
  public Page<Tthc> list(
      String q, String field, TthcLevel level, TthcStatus status, String unit, PageRequest page) {
    TthcRepository.Filter f = new TthcRepository.Filter(q, field, level, status, unit);
    return new Page<>(
        repo.page(f, page.offset(), page.size()), repo.count(f), page.page(), page.size());
  }

  /** The TTHC with these codes, in code order (those not registered are left out). */
  public List<Tthc> withCodes(java.util.Collection<String> codes) {
    return repo.findAll(codes);
  }

  /**
   * The TTHC each unit carries out that are still in force (neither abolished nor replaced), by
   * unit, in code order: {@code [unit, code, name]} rows; {@code units} null: every unit.
   */
  public List<Object[]> carriedBy(java.util.Collection<String> units) {
    return repo.carriedBy(units);
  }

  /** Every TTHC a unit carries out, in code order. */
  public List<Tthc> ofUnit(String unit) {
    return repo.page(new TthcRepository.Filter(null, null, null, null, unit), 0, Integer.MAX_VALUE);
  }

  /** Every TTHC, for rebuilding the search index. */
  public List<Tthc> all() {
    return repo.findAll();
  }

  public List<TthcChange> changesOf(String code) {
    return repo.changesOf(code);
  }

  /** Records an announced change once; the same change again finds the one recorded. */
  public Recorded recordChange(
      Caller c,
      String code,
      TthcChangeKind kind,
      String decisionNumber,
      LocalDate effectiveFrom,
      String replacedBy) {
    c.require(Role.COORDINATOR, Role.APPROVER);
    Tthc t = get(code);
    List<FieldError> errors = new ArrayList<>();
    if (kind == null) {
      errors.add(new FieldError("kind", "validation.tthcChange.kind"));
    }
    String decision = null;
    try {
      decision = LegalDocumentNumber.parse(decisionNumber).value();
    } catch (InvalidInput e) {
      errors.add(new FieldError("decisionNumber", "validation.tthcChange.decision"));
    }
    if (effectiveFrom == null) {
      errors.add(new FieldError("effectiveFrom", "validation.tthcChange.effectiveFrom"));
    }
    String replacement = null;
    if (replacedBy != null && !replacedBy.isBlank()) {
      if (!TthcCode.isValid(replacedBy)) {
        errors.add(new FieldError("replacedByCode", "validation.tthc.code"));
      } else {
        replacement = TthcCode.parse(replacedBy).value();
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.tthcChange.invalid");
    }
    Optional<TthcChange> existing = repo.findChange(t.code(), kind, decision, effectiveFrom);
    if (existing.isPresent()) {
      return new Recorded(existing.get(), false);
    }
    TthcChange change =
        new TthcChange(
            t.code(), kind, decision, effectiveFrom, replacement, c.username(), time.now());
    t.changedBy(kind);
    repo.add(change);
    audit.record(
        c.username(),
        "CHANGE",
        "TTHC",
        t.code(),
        null,
        Messages.vi("audit.tthcChange.recorded", kind.name(), decision, effectiveFrom.toString()));
    return new Recorded(change, true);
  }

  public List<Dossier> dossier(Tthc t) {
    return readDossier(t.dossierJson());
  }

  public static List<Dossier> readDossier(String json) {
    Type type =
        new java.lang.reflect.ParameterizedType() {
          @Override
          public Type[] getActualTypeArguments() {
            return new Type[] {Dossier.class};
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
    return JSONB.fromJson(json, type);
  }

  public static String etag(Tthc t) {
    return Preconditions.etag("t" + t.code(), t.rowVersion());
  }

  private static String code(String raw) {
    if (!TthcCode.isValid(raw)) {
      throw new InvalidInput("code", "validation.tthc.code");
    }
    return TthcCode.parse(raw).value();
  }

  private static Tthc.Description description(Data d) {
    List<FieldError> errors = new ArrayList<>();
    String name = Text.cleanOrNull(d.name());
    if (name == null) {
      errors.add(new FieldError("name", "validation.tthc.name.required"));
    } else if (name.length() > 1000) {
      errors.add(new FieldError("name", "validation.tooLong", 1000));
    }
    WorkingDays.problem(d.timeLimitDays())
        .ifPresent(p -> errors.add(new FieldError("timeLimitDays", p)));
    Set<String> units = new TreeSet<>();
    List<String> rawUnits = d.unitCodes() == null ? List.of() : d.unitCodes();
    for (int i = 0; i < rawUnits.size(); i++) {
      String u = Text.cleanOrNull(rawUnits.get(i));
      if (u == null || u.length() > 40) {
        errors.add(new FieldError("unitCodes[" + i + "]", "validation.user.unit.pattern"));
      } else {
        units.add(u);
      }
    }
    List<Dossier> dossier = new ArrayList<>();
    List<Dossier> rawDossier = d.dossier() == null ? List.of() : d.dossier();
    for (int i = 0; i < rawDossier.size(); i++) {
      Dossier x = rawDossier.get(i);
      String n = x == null ? null : Text.cleanOrNull(x.name());
      if (n == null) {
        errors.add(new FieldError("dossier[" + i + "].name", "validation.dossier.name.required"));
      } else if (x.copies() != null && (x.copies() < 0 || x.copies() > 100)) {
        errors.add(
            new FieldError("dossier[" + i + "].copies", "validation.dossier.copies", 0, 100));
      } else {
        dossier.add(new Dossier(n, x.copies()));
      }
    }
    List<CitationRow> basis = new ArrayList<>();
    List<Citation> rawBasis = d.legalBasis() == null ? List.of() : d.legalBasis();
    for (int i = 0; i < rawBasis.size(); i++) {
      Citation x = rawBasis.get(i);
      try {
        if (x == null) {
          throw new InvalidInput("number", "validation.citation.empty");
        }
        basis.add(
            new CitationRow(
                i,
                LegalDocumentNumber.parse(x.number()),
                vn.quytrinh.legal.Citations.article(short50(x.article())),
                short50(x.clause()),
                short50(x.point())));
      } catch (ProblemException e) {
        errors.add(new FieldError("legalBasis[" + i + "].number", e.key(), e.args().toArray()));
      }
    }
    if (rawUnits.size() > 500 || rawDossier.size() > 300 || rawBasis.size() > 300) {
      errors.add(new FieldError("body", "validation.tooManyRows", 300));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.tthc.invalid");
    }
    return new Tthc.Description(
        name,
        Text.cleanOrNull(d.field()),
        d.level(),
        Text.cleanOrNull(d.agency()),
        units,
        WorkingDays.normalize(d.timeLimitDays()),
        Text.cleanOrNull(d.timeLimitText()),
        Text.cleanOrNull(d.fee()),
        JSONB.toJson(dossier),
        Text.cleanOrNull(d.result()),
        basis);
  }

  private static String short50(String s) {
    String c = Text.cleanOrNull(s);
    if (c != null && c.length() > 50) {
      throw new InvalidInput("article", "validation.tooLong", 50);
    }
    return c;
  }
}
