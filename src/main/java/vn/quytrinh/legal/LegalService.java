package vn.quytrinh.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.Upserted;
import vn.quytrinh.platform.problem.Conflict;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.NotFound;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.rest.Preconditions;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.text.Text;
import vn.quytrinh.platform.time.TimeSource;

/**
 * The legal registry: a shared reference for every unit. Coordinators and approvers keep it; every
 * signed-in person reads it. Validity is computed for any date from the dates and the relations.
 */
@ApplicationScoped
@Transactional
public class LegalService {

  private LegalRepository repo;
  private TimeSource time;
  private AuditTrail audit;

  @Inject
  public LegalService(LegalRepository repo, TimeSource time, AuditTrail audit) {
    this.repo = repo;
    this.time = time;
    this.audit = audit;
  }

  /** For the CDI client proxy only. */
  protected LegalService() {}

  public record Registration(
      String number,
      LegalDocumentType type,
      String issuer,
      String title,
      LocalDate signedOn,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil) {}

  /** A relation and whether this call recorded it (false: it was already there). */
  public record Recorded(LegalRelation relation, boolean created) {}

  public LegalDocument register(Caller c, Registration r) {
    requireKeeper(c);
    LegalDocumentNumber number = LegalDocumentNumber.parse(r.number());
    LegalDocument.Details d = details(r);
    String identity = LegalDocument.identityKey(number, d.issuer(), d.signedOn());
    repo.findByIdentity(identity)
        .ifPresent(
            existing -> {
              throw new Conflict("problem.legal.duplicate", existing.number())
                  .with("existingId", existing.id());
            });
    LegalDocument doc = new LegalDocument(number, d, c.username(), time.now());
    repo.add(doc);
    audit.record(
        c.username(),
        "CREATE",
        "LEGAL_DOCUMENT",
        doc.id(),
        null,
        doc.number() + " – " + doc.title());
    return doc;
  }

  /**
   * A document from a list (an import): registered when its identity is new, brought up to date
   * when the list says something else of it, left as it is otherwise. A row that names no type
   * takes the one its number says ({@link LegalDocumentType#of}). No audit event per document: the
   * import records one for its whole file.
   */
  public Upserted upsert(Caller c, Registration r) {
    requireKeeper(c);
    LegalDocumentNumber number = LegalDocumentNumber.parse(r.number());
    LegalDocument.Details d =
        details(
            r.type() != null
                ? r
                : new Registration(
                    r.number(),
                    LegalDocumentType.of(number),
                    r.issuer(),
                    r.title(),
                    r.signedOn(),
                    r.effectiveFrom(),
                    r.effectiveUntil()));
    Optional<LegalDocument> existing =
        repo.findByIdentity(LegalDocument.identityKey(number, d.issuer(), d.signedOn()));
    if (existing.isEmpty()) {
      repo.add(new LegalDocument(number, d, c.username(), time.now()));
      return Upserted.CREATED;
    }
    if (existing.get().details().equals(d)) {
      return Upserted.UNCHANGED;
    }
    existing.get().describe(d);
    return Upserted.UPDATED;
  }

  public LegalDocument update(Caller c, long id, Registration r, String ifMatch) {
    requireKeeper(c);
    LegalDocument doc = get(id);
    Preconditions.check(ifMatch, etag(doc), true);
    if (r.number() != null
        && !LegalDocumentNumber.parse(r.number()).key().equals(doc.numberKey())) {
      throw new InvalidInput("number", "problem.legal.numberFixed");
    }
    LegalDocument.Details was = doc.details();
    doc.describe(details(r));
    repo.flush();
    LegalDocument.Details now = doc.details();
    audit.record(
        c.username(),
        "UPDATE",
        "LEGAL_DOCUMENT",
        doc.id(),
        null,
        doc.number()
            + ": "
            + vn.quytrinh.audit.Changes.of()
                .field("audit.field.legal.type", was.type(), now.type())
                .field("audit.field.legal.issuer", was.issuer(), now.issuer())
                .field("audit.field.legal.title", was.title(), now.title())
                .field("audit.field.legal.signedOn", was.signedOn(), now.signedOn())
                .field("audit.field.legal.effectiveFrom", was.effectiveFrom(), now.effectiveFrom())
                .field(
                    "audit.field.legal.effectiveUntil",
                    was.effectiveUntil(),
                    now.effectiveUntil()));
    return doc;
  }

  public LegalDocument get(long id) {
    return repo.find(id).orElseThrow(() -> new NotFound("problem.legal.notFound", id));
  }

  public List<LegalDocument> lookup(String number) {
    return repo.findByNumberKey(LegalDocumentNumber.parse(number).key());
  }

  /**
   * The one registered document a number names; 400 when none is registered, 409 naming them when
   * several documents share a number without a year.
   */
  public LegalDocument resolve(String number, String field) {
    LegalDocumentNumber n;
    try {
      n = LegalDocumentNumber.parse(number);
    } catch (InvalidInput e) {
      throw new InvalidInput(field, e.key(), e.args().toArray());
    }
    List<LegalDocument> found = repo.findByNumberKey(n.key());
    if (found.isEmpty()) {
      throw new InvalidInput(field, "problem.legal.notRegistered", n);
    }
    if (found.size() > 1) {
      throw new Conflict("problem.legal.ambiguous", n)
          .with(
              "candidates",
              found.stream()
                  .map(
                      d ->
                          Map.of(
                              "id",
                              d.id(),
                              "number",
                              d.number(),
                              "issuer",
                              String.valueOf(d.issuer())))
                  .toList());
    }
    return found.get(0);
  }

  /** Registered documents by number key (several for a number without a year). */
  public Map<String, List<LegalDocument>> byKeys(Collection<String> keys) {
    return repo.findByNumberKeys(keys).stream()
        .collect(Collectors.groupingBy(LegalDocument::numberKey));
  }

  public Optional<LegalDocument> byIdentity(String identityKey) {
    return repo.findByIdentity(identityKey);
  }

  public Optional<LegalDocument> find(long id) {
    return repo.find(id);
  }

  /**
   * The documents bearing any of these titles, folded ({@link vn.quytrinh.platform.text.Text#fold},
   * blanks as one): the laws a text may name without their numbers.
   */
  public List<LegalDocument> titledAny(java.util.Collection<String> foldedTitles) {
    return repo.byFoldedTitles(foldedTitles);
  }

  /** Today, on the application's clock. */
  public LocalDate today() {
    return time.today();
  }

  /** Every registered document, for rebuilding the search index. */
  public List<LegalDocument> all() {
    return repo.findAll();
  }

  public Optional<LegalDocument> findOne(String numberKey) {
    List<LegalDocument> found = repo.findByNumberKey(numberKey);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * A page of the registry, newest signature first, filtered (status on {@code asOf}, today when
   * absent) and counted in the database.
   */
  public Page<LegalDocument> list(
      String q, LegalDocumentType type, LegalStatus status, LocalDate asOf, PageRequest page) {
    LegalRepository.Filter f =
        new LegalRepository.Filter(q, type, status, asOf == null ? time.today() : asOf);
    return new Page<>(
        repo.page(f, page.offset(), page.size()), repo.count(f), page.page(), page.size());
  }

  /**
   * A page of the registry as {@link #list}, each row with its status on the day, viewed inside.
   */
  public <V> Page<V> list(
      String q,
      LegalDocumentType type,
      LegalStatus status,
      LocalDate asOf,
      PageRequest page,
      java.util.function.BiFunction<LegalDocument, LegalStatus, V> view) {
    LocalDate on = asOf == null ? time.today() : asOf;
    Page<LegalDocument> found = list(q, type, status, on, page);
    Map<Long, LegalStatus> s = statuses(found.items(), on);
    return found.map(d -> view.apply(d, s.get(d.id())));
  }

  /** One document for its page: details, relations both ways, status today, validity over time. */
  public LegalReading reading(long id) {
    LegalDocument d = get(id);
    return LegalReading.of(d, time.today(), repo.recordedBy(id), repo.actingOn(id));
  }

  /** Who keeps the registry: registers, describes and relates its documents. */
  private static final Role[] KEEPERS = {Role.COORDINATOR, Role.APPROVER};

  /**
   * Throws 403 unless the person keeps the registry: registers and relates documents, imports their
   * texts, confirms amendments, opens the registry's editor.
   */
  public static void requireKeeper(Caller c) {
    c.require(KEEPERS);
  }

  /** Whether the person may keep the registry (asked by the pages before offering it). */
  public static boolean keeps(Caller c) {
    return c.hasAny(List.of(KEEPERS));
  }

  public LegalStatus status(LegalDocument d, LocalDate on) {
    return Validity.on(
        on,
        d.effectiveFrom(),
        d.effectiveUntil(),
        repo.actingOn(d.id()).stream().map(LegalRelation::asAct).toList());
  }

  /** Validity of many documents on one date, with one query for their relations. */
  public Map<Long, LegalStatus> statuses(Collection<LegalDocument> docs, LocalDate on) {
    Validities v = validities(docs);
    Map<Long, LegalStatus> out = new HashMap<>();
    for (LegalDocument d : docs) {
      out.put(d.id(), v.of(d, on));
    }
    return out;
  }

  /**
   * The relations acting on many documents, read in one query, to ask their validity on any date.
   */
  public Validities validities(Collection<LegalDocument> docs) {
    return new Validities(
        repo.actingOnAny(docs.stream().map(LegalDocument::id).distinct().toList()).stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.target().id(),
                    Collectors.mapping(LegalRelation::asAct, Collectors.toList()))));
  }

  /** The acts on some documents, by document id: their validity on any date without a query. */
  public record Validities(Map<Long, List<Validity.Act>> acts) {

    public LegalStatus of(LegalDocument d, LocalDate on) {
      return Validity.on(
          on, d.effectiveFrom(), d.effectiveUntil(), acts.getOrDefault(d.id(), List.of()));
    }
  }

  public Recorded addRelation(
      Caller c,
      long actingId,
      RelationKind kind,
      String targetNumber,
      List<String> articles,
      LocalDate effectiveFrom) {
    requireKeeper(c);
    LegalDocument acting = get(actingId);
    List<FieldError> errors = new ArrayList<>();
    if (kind == null) {
      errors.add(new FieldError("kind", "validation.relation.kind.required"));
    }
    if (targetNumber == null || targetNumber.isBlank()) {
      errors.add(new FieldError("targetNumber", "validation.relation.target.required"));
    }
    LocalDate from = effectiveFrom != null ? effectiveFrom : acting.effectiveFrom();
    if (from == null) {
      errors.add(new FieldError("effectiveFrom", "validation.relation.effectiveFrom.required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.relation.invalid");
    }
    List<String> normalized = Validity.normalizeArticles(articles == null ? List.of() : articles);
    if (kind == RelationKind.REPLACES && !normalized.isEmpty()) {
      throw new InvalidInput("articles", "validation.relation.replacesWhole");
    }
    String joined = LegalRelation.join(normalized);
    if (joined != null && joined.length() > 1000) {
      throw new InvalidInput("articles", "validation.relation.tooManyArticles");
    }
    LegalDocument target = resolve(targetNumber, "targetNumber");
    if (target.id().equals(acting.id())) {
      throw new InvalidInput("targetNumber", "validation.relation.self");
    }
    Optional<LegalRelation> existing = repo.findRelation(acting, target, kind, joined, from);
    if (existing.isPresent()) {
      return new Recorded(existing.get(), false);
    }
    LegalRelation r =
        new LegalRelation(acting, target, kind, normalized, from, c.username(), time.now());
    repo.add(r);
    audit.record(
        c.username(),
        "CREATE",
        "LEGAL_RELATION",
        r.id(),
        null,
        Messages.vi(
            "audit.relation.recorded",
            acting.number(),
            kind.name(),
            target.number(),
            normalized,
            from.toString()));
    return new Recorded(r, true);
  }

  public List<LegalRelation> relationsOf(long id) {
    List<LegalRelation> out = new ArrayList<>(repo.recordedBy(id));
    out.addAll(repo.actingOn(id));
    return out;
  }

  public static String etag(LegalDocument d) {
    return Preconditions.etag("l" + d.id(), d.rowVersion());
  }

  private static LegalDocument.Details details(Registration r) {
    List<FieldError> errors = new ArrayList<>();
    if (r.type() == null) {
      errors.add(new FieldError("type", "validation.legal.type.required"));
    }
    String title = Text.cleanOrNull(r.title());
    if (title != null && title.length() > 2000) {
      errors.add(new FieldError("title", "validation.tooLong", 2000));
    }
    String issuer = Text.cleanOrNull(r.issuer());
    if (issuer != null && issuer.length() > 300) {
      errors.add(new FieldError("issuer", "validation.tooLong", 300));
    }
    if (r.effectiveFrom() != null
        && r.effectiveUntil() != null
        && !r.effectiveUntil().isAfter(r.effectiveFrom())) {
      errors.add(new FieldError("effectiveUntil", "validation.legal.untilAfterFrom"));
    }
    if (r.signedOn() != null
        && r.effectiveFrom() != null
        && r.effectiveFrom().isBefore(r.signedOn())) {
      errors.add(new FieldError("effectiveFrom", "validation.legal.fromBeforeSigned"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors, "problem.legal.invalid");
    }
    return new LegalDocument.Details(
        r.type(), issuer, title, r.signedOn(), r.effectiveFrom(), r.effectiveUntil());
  }
}
