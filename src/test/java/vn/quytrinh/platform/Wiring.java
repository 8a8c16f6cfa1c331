package vn.quytrinh.platform;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.DocumentRepository;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.SubmissionCheck;
import vn.quytrinh.document.VersionApproved;
import vn.quytrinh.legal.LegalRepository;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.PersonChanged;
import vn.quytrinh.org.UnitRepository;
import vn.quytrinh.org.UnitsChanged;
import vn.quytrinh.org.UserRepository;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.tthc.TthcRepository;
import vn.quytrinh.tthc.TthcService;

/**
 * The services wired by hand on one entity manager, through the same constructors the container
 * uses, for tests outside the container; the caller owns the transaction. No passwords or sign-in
 * (no {@code Passwords}, no {@code Authenticator}); approvals are collected in {@link #approved}
 * rather than observed, and no {@code SubmissionCheck} is asked unless a test adds one.
 */
public final class Wiring {

  public final EntityManager em;
  public final TimeSource time;
  public final AuditTrail audit;
  public final OrgService org;
  public final LegalService legal;
  public final TthcService tthc;
  public final DocumentService documents;
  public final vn.quytrinh.legal.text.LegalTextService texts;
  public final List<VersionApproved> approved = new ArrayList<>();
  public final List<PersonChanged> personChanges = new ArrayList<>();
  public final List<UnitsChanged> unitChanges = new ArrayList<>();
  public final List<SubmissionCheck> submissionChecks = new ArrayList<>();

  public Wiring(EntityManager em, TimeSource time) {
    this(em, time, Optional.empty());
  }

  /** The same, with the audit chain hashed under an installation key. */
  public Wiring(EntityManager em, TimeSource time, Optional<String> auditKey) {
    this.em = em;
    this.time = time;
    audit = new AuditTrail(em, auditKey);
    org =
        new OrgService(
            new UnitRepository(em),
            new UserRepository(em),
            null,
            time,
            new Collected<>(personChanges),
            new Collected<>(unitChanges),
            audit,
            (username, check) -> check.getAsBoolean());
    legal = new LegalService(new LegalRepository(em), time, audit);
    tthc = new TthcService(new TthcRepository(em), time, audit);
    texts =
        new vn.quytrinh.legal.text.LegalTextService(
            legal,
            new vn.quytrinh.legal.text.LegalTextRepository(em),
            new vn.quytrinh.intake.LegalTextDocxReader(),
            time,
            audit);
    documents =
        new DocumentService(
            new DocumentRepository(em),
            org,
            time,
            new Collected<>(approved),
            new Listed<>(submissionChecks),
            audit);
  }

  /** An {@link Event} that keeps what is fired. */
  public static final class Collected<T> implements Event<T> {
    private final List<T> fired;

    public Collected(List<T> fired) {
      this.fired = fired;
    }

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      fired.add(event);
      return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  /** An {@link Instance} over a list of beans. */
  public static final class Listed<T> implements Instance<T> {
    private final List<T> beans;

    public Listed(List<T> beans) {
      this.beans = beans;
    }

    @Override
    public Iterator<T> iterator() {
      return beans.iterator();
    }

    @Override
    public T get() {
      if (beans.size() != 1) {
        throw new IllegalStateException(beans.size() + " beans");
      }
      return beans.get(0);
    }

    @Override
    public boolean isUnsatisfied() {
      return beans.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
      return beans.size() > 1;
    }

    @Override
    public void destroy(T instance) {}

    @Override
    public Instance<T> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Handle<T> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
      throw new UnsupportedOperationException();
    }
  }
}
