package vn.quytrinh.audit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.i18n.Messages;
import vn.quytrinh.platform.persistence.NativeSql;

/**
 * Appends events to the hash chain in the caller's transaction, so an event exists exactly when the
 * change it records was committed. The head row is updated first: that row lock queues concurrent
 * writers, on one instance or many.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  private EntityManager em;

  /** The installation's key's bytes, or null: see the constructor. */
  private byte[] key;

  /** Where an event's time comes from; a test fixes it to compare chains across databases. */
  Clock clock = Clock.systemUTC();

  /**
   * @param configuredKey the installation's key for the chain ({@code QUYTRINH_AUDIT_KEY}, kept
   *     outside the database); without it the chain is plain SHA-256, which detects changes made
   *     without the application but not a whole chain rebuilt by someone who can write to the
   *     database.
   */
  @Inject
  public AuditTrail(
      EntityManager em,
      @ConfigProperty(name = "quytrinh.audit.key") Optional<String> configuredKey) {
    this.em = em;
    this.key = keyOf(configuredKey.orElse(null));
  }

  /** For the CDI client proxy only. */
  protected AuditTrail() {}

  /** The key's bytes; a key shorter than 32 characters is refused at start. */
  static byte[] keyOf(String configured) {
    if (configured == null || configured.isBlank()) {
      return null;
    }
    if (configured.strip().length() < 32) {
      throw new IllegalStateException(
          Messages.vi("text.audit.keyTooShort")
              + " / "
              + Messages.get(Messages.EN, "text.audit.keyTooShort"));
    }
    return configured.strip().getBytes(StandardCharsets.UTF_8);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String actor,
      String action,
      String entity,
      Object entityId,
      String unitCode,
      String summary) {
    append(actor, action, entity, entityId, unitCode, summary);
  }

  /**
   * For events that must stay on record although the request fails (a failed sign-in, a refused
   * signature): its own transaction. Never call it after {@link #record} in the same transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlone(
      String actor,
      String action,
      String entity,
      Object entityId,
      String unitCode,
      String summary) {
    append(actor, action, entity, entityId, unitCode, summary);
  }

  /** An event to be appended: what the caller says; sequence, time and hashes are the trail's. */
  public record Entry(
      String actor,
      String action,
      String entity,
      Object entityId,
      String unitCode,
      String summary) {}

  /** Several events of one change, appended in four statements however many they are. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(List<Entry> entries) {
    appendAll(entries);
  }

  /** The same in a transaction of its own: for records kept whatever the caller's fate. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAllAlone(List<Entry> entries) {
    appendAll(entries);
  }

  void append(
      String actor,
      String action,
      String entity,
      Object entityId,
      String unitCode,
      String summary) {
    appendAll(List.of(new Entry(actor, action, entity, entityId, unitCode, summary)));
  }

  private void appendAll(List<Entry> entries) {
    int n = entries.size();
    if (n == 0) {
      return;
    }
    em.createNativeQuery("UPDATE audit_head SET seq = seq + " + n + " WHERE id = 1")
        .executeUpdate();
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1").getSingleResult();
    long seq = ((Number) head[0]).longValue() - n;
    String prev = (String) head[1];
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<AuditChain.Event> rows = new ArrayList<>(n);
    for (Entry e : entries) {
      seq++;
      String id = e.entityId() == null ? null : String.valueOf(e.entityId());
      String text =
          e.summary() == null
              ? null
              : (e.summary().length() > 4000 ? e.summary().substring(0, 3997) + "…" : e.summary());
      String who =
          e.actor() == null
              ? "?"
              : (e.actor().length() > 64 ? e.actor().substring(0, 64) : e.actor());
      String hash =
          AuditChain.hash(key, prev, seq, at, who, e.action(), e.entity(), id, e.unitCode(), text);
      rows.add(
          new AuditChain.Event(
              seq, at, who, e.action(), e.entity(), id, e.unitCode(), text, prev, hash));
      prev = hash;
    }
    insertBatch(rows);
    new NativeSql()
        .append("UPDATE audit_head SET hash = ")
        .param(prev)
        .append(" WHERE id = 1")
        .on(em)
        .executeUpdate();
  }

  /**
   * The rows as one JDBC batch on the connection of the caller's transaction, however many: a
   * national amendment audits some 4,000 units, and as one native query its 40,000 parameters cost
   * EclipseLink seconds before the database saw them (PostgreSQL also takes at most 32,767 a
   * statement).
   */
  private void insertBatch(List<AuditChain.Event> rows) {
    java.sql.Connection c = em.unwrap(java.sql.Connection.class);
    try (java.sql.PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_event (seq, occurred_at, actor, action, entity, entity_id,"
                + " unit_code, summary, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditChain.Event e : rows) {
        ps.setLong(1, e.seq());
        ps.setObject(2, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
        ps.setString(3, e.actor());
        ps.setString(4, e.action());
        ps.setString(5, e.entity());
        ps.setString(6, e.entityId());
        ps.setString(7, e.unitCode());
        ps.setString(8, e.summary());
        ps.setString(9, e.prevHash());
        ps.setString(10, e.hash());
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (java.sql.SQLException e) {
      throw new jakarta.persistence.PersistenceException(e);
    }
  }

  /** Events in sequence order, a page at a time. */
  @Transactional
  public List<AuditChain.Event> page(String entity, String entityId, long afterSeq, int limit) {
    return select(
        List.of(
            q -> {
              q.append("seq > ").param(afterSeq);
              if (entity != null) {
                q.append(" AND entity = ").param(entity);
              }
              if (entityId != null) {
                q.append(" AND entity_id = ").param(entityId);
              }
            }),
        true,
        0,
        limit);
  }

  private static final String COLUMNS =
      "seq, occurred_at, actor, action, entity, entity_id, unit_code, summary, prev_hash, hash";

  /**
   * The events that any of the branches selects, oldest or newest first, a page at a time. Each
   * branch appends the conditions of a {@code WHERE} over {@code audit_event}; the branches must
   * not overlap. Each is read on its own, ordered and cut to the page's end (so that each can use
   * its own index), and the page is cut from their union.
   */
  @Transactional
  public List<AuditChain.Event> select(
      List<Consumer<NativeSql>> branches, boolean oldestFirst, int offset, int limit) {
    String order = oldestFirst ? " ORDER BY seq" : " ORDER BY seq DESC";
    NativeSql q = new NativeSql();
    if (branches.size() == 1) {
      q.append("SELECT " + COLUMNS + " FROM audit_event WHERE ");
      branches.get(0).accept(q);
      q.append(order);
    } else {
      long end = (long) offset + limit;
      q.append("SELECT " + COLUMNS + " FROM (");
      for (int i = 0; i < branches.size(); i++) {
        q.append(i == 0 ? "" : " UNION ALL ");
        q.append("SELECT * FROM (SELECT " + COLUMNS + " FROM audit_event WHERE ");
        branches.get(i).accept(q);
        q.append(order + " LIMIT " + end + ") b" + i);
      }
      q.append(") u" + order);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.on(em).setFirstResult(offset).setMaxResults(limit).getResultList();
    List<AuditChain.Event> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(
          new AuditChain.Event(
              ((Number) r[0]).longValue(),
              instant(r[1]),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              (String) r[8],
              (String) r[9]));
    }
    return out;
  }

  /** How many events the branches of {@link #select} select, each counted on its own. */
  @Transactional
  public long count(List<Consumer<NativeSql>> branches) {
    NativeSql q = new NativeSql().append("SELECT ");
    for (int i = 0; i < branches.size(); i++) {
      q.append(i == 0 ? "(" : " + (").append("SELECT COUNT(*) FROM audit_event WHERE ");
      branches.get(i).accept(q);
      q.append(")");
    }
    return ((Number) q.on(em).getSingleResult()).longValue();
  }

  /** The sequence number of the last event recorded. */
  @Transactional
  public long headSeq() {
    return ((Number)
            em.createNativeQuery("SELECT seq FROM audit_head WHERE id = 1").getSingleResult())
        .longValue();
  }

  /** An event's subject, as read by those who follow the trail for one kind of change. */
  public record Touch(long seq, String action, String entity, String entityId) {}

  /** The events about the given entities after {@code afterSeq}, and the head they were read to. */
  public record Since(long head, List<Touch> touches) {}

  /**
   * What happened to the given kinds of entity since {@code afterSeq}: one read of the head and one
   * range read of the events after it (the trail's primary key), so polling it twice a second costs
   * next to nothing when nothing happened.
   */
  @Transactional
  public Since since(long afterSeq, java.util.Collection<String> entities) {
    long head = headSeq();
    if (head <= afterSeq || entities.isEmpty()) {
      return new Since(Math.max(head, afterSeq), List.of());
    }
    NativeSql q =
        new NativeSql()
            .append("SELECT seq, action, entity, entity_id FROM audit_event WHERE seq > ")
            .param(afterSeq)
            .append(" AND seq <= ")
            .param(head)
            .append(" AND entity IN ")
            .list(entities)
            .append(" ORDER BY seq");
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.on(em).getResultList();
    List<Touch> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(new Touch(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
    }
    return new Since(head, out);
  }

  /** How far a verified chain can be trusted. */
  public enum Protection {
    /** HMAC-SHA-256 under the installation key kept outside the database. */
    KEYED,
    /** Plain SHA-256: anyone who can write to the database can rebuild a chain that verifies. */
    UNKEYED;

    /** The protection in a sentence, in Vietnamese (the record's language). */
    public String note() {
      return Messages.vi(
          this == KEYED ? "text.audit.protection.KEYED" : "text.audit.protection.UNKEYED");
    }
  }

  /** The answer of {@code /audit/verify}, with the chain's protection level in a sentence. */
  public record Verification(
      boolean valid,
      long events,
      Long firstBrokenAt,
      Protection protection,
      String protectionNote) {
    Verification(boolean valid, long events, Long firstBrokenAt, Protection protection) {
      this(valid, events, firstBrokenAt, protection, protection.note());
    }
  }

  public Protection protection() {
    return key == null ? Protection.UNKEYED : Protection.KEYED;
  }

  /** The banner a start without an installation key logs, in Vietnamese and English. */
  static String unkeyedWarning() {
    String line = "*".repeat(76);
    return "\n"
        + line
        + "\n* "
        + Messages.vi("text.audit.unkeyedWarning")
        + "\n* "
        + Messages.get(Messages.EN, "text.audit.unkeyedWarning")
        + "\n"
        + line;
  }

  /** Every start without an installation key says so, loudly, whether or not demo data loads. */
  void onStart(
      @Observes @Priority(SchemaMigration.BOOTSTRAP) @Initialized(ApplicationScoped.class)
          Object e) {
    warnIfUnkeyed();
  }

  /** True when it warned. */
  boolean warnIfUnkeyed() {
    if (key != null) {
      LOG.info("Audit trail: keyed (HMAC-SHA-256 under QUYTRINH_AUDIT_KEY).");
      return false;
    }
    LOG.warning(unkeyedWarning());
    return true;
  }

  /** Walks the whole chain in pages and checks it against the head. */
  @Transactional
  public Verification verify() {
    AuditChain.Verifier v = new AuditChain.Verifier(key);
    long after = 0;
    while (true) {
      List<AuditChain.Event> page = page(null, null, after, 2000);
      page.forEach(v::accept);
      if (page.size() < 2000) {
        break;
      }
      after = page.get(page.size() - 1).seq();
    }
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1").getSingleResult();
    v.finish(((Number) head[0]).longValue(), (String) head[1]);
    return new Verification(v.valid(), v.checked(), v.firstBrokenAt(), protection());
  }

  static Instant instant(Object o) {
    if (o instanceof OffsetDateTime t) {
      return t.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
    if (o instanceof java.sql.Timestamp t) {
      return t.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
    if (o instanceof Instant i) {
      return i.truncatedTo(ChronoUnit.MILLIS);
    }
    return OffsetDateTime.parse(o.toString()).toInstant().truncatedTo(ChronoUnit.MILLIS);
  }
}
