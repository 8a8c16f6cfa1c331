package vn.quytrinh.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quytrinh.audit.AuditChain;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.text.LegalTextService;
import vn.quytrinh.platform.config.SchemaMigration;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.platform.work.BackgroundWork;
import vn.quytrinh.tthc.TthcService;

/**
 * Keeps this instance's index in step with the database by following the audit trail (every change
 * is an event there, committed with the change): every half second it reindexes what the new events
 * touched. The index remembers the last event it followed, so a restart only catches up; an index
 * that is missing, or ahead of the database (a restore), is rebuilt. The follower survives whatever
 * a round throws ({@link BackgroundWork}); {@link SearchReadiness} reports it when it stops or
 * falls behind.
 */
@ApplicationScoped
public class SearchService {

  private static final Logger LOG = Logger.getLogger(SearchService.class.getName());

  private ManagedScheduledExecutorService executor;
  private AuditTrail trail;
  private DocumentService documents;
  private TthcService tthc;
  private LegalService legal;
  private LegalTextService texts;
  private TimeSource time;
  private String dir;
  private long followMillis;

  @Inject
  public SearchService(
      ManagedScheduledExecutorService executor,
      AuditTrail trail,
      DocumentService documents,
      TthcService tthc,
      LegalService legal,
      LegalTextService texts,
      TimeSource time,
      @ConfigProperty(name = "quytrinh.search.dir", defaultValue = "data/search-index") String dir,
      @ConfigProperty(name = "quytrinh.search.follow-millis", defaultValue = "500")
          long followMillis) {
    this.executor = executor;
    this.trail = trail;
    this.documents = documents;
    this.tthc = tthc;
    this.legal = legal;
    this.texts = texts;
    this.time = time;
    this.dir = dir;
    this.followMillis = followMillis;
  }

  /** For the CDI client proxy only. */
  protected SearchService() {}

  private volatile SearchIndex index;
  private volatile boolean building;
  volatile BackgroundWork following;
  private final Object lock = new Object();

  void onStart(
      @Observes @Priority(SchemaMigration.SCHEDULERS) @Initialized(ApplicationScoped.class)
          Object e) {
    try {
      Path path = Path.of(dir);
      Files.createDirectories(path);
      index = new SearchIndex(FSDirectory.open(path));
    } catch (IOException ex) {
      throw new UncheckedIOException("Search index cannot open " + dir, ex);
    }
    long head = trail.headSeq();
    if (index.lastSeq() == 0 || index.lastSeq() > head) {
      building = true;
      executor.execute(this::rebuildQuietly);
    }
    following = follower(followMillis, Clock.systemUTC());
    following.schedule(executor, this::follow, followMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * The follower's work: it falls behind when no round has succeeded for 20 of its intervals, and
   * at least 30 s (a round that reindexes a whole imported registry takes seconds).
   */
  static BackgroundWork follower(long followMillis, Clock clock) {
    return new BackgroundWork(
        "search-follower", Duration.ofMillis(Math.max(30_000, 20 * followMillis)), clock);
  }

  /** The follower's state, for readiness; null before the start. */
  BackgroundWork following() {
    return following;
  }

  /**
   * Why this instance's index cannot answer searches as the database stands, or empty: not open,
   * being built from the database at start (missing, or ahead of the database after a restore), or
   * unreadable. An on-demand rebuild does not count: searches see the old index until it commits.
   */
  Optional<String> indexProblem() {
    SearchIndex i = index;
    if (i == null) {
      return Optional.of("not open");
    }
    if (building) {
      return Optional.of("being built from the database");
    }
    try {
      i.size();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("unreadable: " + e.getClass().getSimpleName());
    }
  }

  /** The number of entries in the index, or -1 when it is not open. */
  int size() {
    SearchIndex i = index;
    return i == null ? -1 : i.size();
  }

  /** How far the index is behind the audit trail's head, in events (for readiness). */
  long lag() {
    SearchIndex i = index;
    return i == null ? -1 : Math.max(0, trail.headSeq() - i.lastSeq());
  }

  public record Hit(
      String type,
      String id,
      String code,
      String number,
      String title,
      String unitCode,
      String kind,
      String snippet) {}

  public Page<Hit> search(Caller c, String q, String type, String unit, PageRequest page) {
    if (q == null || q.isBlank()) {
      throw new InvalidInput("q", "validation.search.q.required");
    }
    if (q.length() > 200) {
      throw new InvalidInput("q", "validation.tooLong", 200);
    }
    String t =
        type == null || type.isBlank() ? null : type.strip().toLowerCase(java.util.Locale.ROOT);
    if (t != null && !Set.of("document", "tthc", "legal").contains(t)) {
      throw new InvalidInput("type", "problem.param.enum", "document, tthc, legal");
    }
    boolean work = c.hasAny(Role.READ_ALL);
    SearchIndex.Scope scope =
        c.provinceWide()
            ? new SearchIndex.Scope(true, Set.of(), work ? null : Set.of())
            : new SearchIndex.Scope(false, c.scope(), work ? c.scope() : Set.of());
    SearchIndex.Result r = index().search(q, t, unit, scope, page.offset(), page.size());
    return new Page<>(
        r.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.type(),
                        h.id(),
                        h.type().equals("legal") ? null : h.code(),
                        h.type().equals("legal") ? h.code() : null,
                        h.title(),
                        h.unitCode(),
                        h.kind(),
                        h.snippet()))
            .toList(),
        r.total(),
        page.page(),
        page.size());
  }

  /** Rebuilds the whole index from the database. */
  public int rebuild(Caller c) {
    c.require(Role.ADMIN);
    return rebuild();
  }

  int rebuild() {
    synchronized (lock) {
      long head = trail.headSeq();
      SearchIndex i = index();
      i.deleteAll();
      int n = 0;
      long after = 0;
      while (true) {
        List<Long> ids = documents.idsForIndex(after, 500);
        for (SearchEntry e : documents.forIndex(ids, Entries::of)) {
          i.upsert(e);
          n++;
        }
        if (ids.size() < 500) {
          break;
        }
        after = ids.get(ids.size() - 1);
      }
      for (var t : tthc.all()) {
        i.upsert(Entries.of(t, tthc.dossier(t)));
        n++;
      }
      List<vn.quytrinh.legal.LegalDocument> all = legal.all();
      for (int k = 0; k < all.size(); k += 500) {
        List<vn.quytrinh.legal.LegalDocument> chunk = all.subList(k, Math.min(all.size(), k + 500));
        Map<Long, String> words =
            texts.searchTexts(
                chunk.stream().map(vn.quytrinh.legal.LegalDocument::id).toList(), time.today());
        for (var l : chunk) {
          i.upsert(Entries.of(l, words.get(l.id())));
          n++;
        }
      }
      i.commit(head);
      LOG.info("Search index rebuilt: " + n + " entries up to audit event " + head);
      return n;
    }
  }

  /** Reindexes what the audit events after the index's position touched. */
  int follow() {
    synchronized (lock) {
      SearchIndex i = index();
      long last = i.lastSeq();
      List<AuditChain.Event> events = trail.page(null, null, last, 1000);
      if (events.isEmpty()) {
        return 0;
      }
      Set<String> touched = new LinkedHashSet<>();
      Set<String> imported = new java.util.HashSet<>();
      for (AuditChain.Event e : events) {
        String id = e.entityId();
        if (id == null || id.isBlank()) {
          continue;
        }
        switch (e.entity()) {
          case "DOCUMENT" -> touched.add("document:" + id);
          case "VERSION" ->
              touched.add(
                  "document:"
                      + id.substring(0, id.indexOf('/') < 0 ? id.length() : id.indexOf('/')));
          case "TTHC" -> touched.add("tthc:" + id);
          case "LEGAL_DOCUMENT" -> touched.add("legal:" + id);
          case "IMPORT" -> imported.add(id);
          default -> {}
        }
      }
      // an import is one event for the whole file: its registry is read again whole
      if (imported.contains("TTHC")) {
        tthc.all().forEach(t -> touched.add("tthc:" + t.code()));
      }
      if (imported.contains("LEGAL_DOCUMENT")) {
        legal.all().forEach(l -> touched.add("legal:" + l.id()));
      }
      Map<Long, String> words = legalWords(touched);
      for (String key : touched) {
        String type = key.substring(0, key.indexOf(':'));
        String id = key.substring(key.indexOf(':') + 1);
        if (!type.equals("tthc") && !id.matches("\\d{1,18}")) {
          continue;
        }
        try {
          switch (type) {
            case "document" ->
                documents
                    .forIndex(Long.parseLong(id), Entries::of)
                    .ifPresentOrElse(i::upsert, () -> i.delete("document", id));
            case "tthc" ->
                tthc.find(id)
                    .ifPresentOrElse(
                        t -> i.upsert(Entries.of(t, tthc.dossier(t))), () -> i.delete("tthc", id));
            default ->
                legal
                    .find(Long.parseLong(id))
                    .ifPresentOrElse(
                        l ->
                            i.upsert(
                                Entries.of(
                                    l,
                                    words.containsKey(l.id())
                                        ? words.get(l.id())
                                        : texts
                                            .searchTexts(List.of(l.id()), time.today())
                                            .get(l.id()))),
                        () -> i.delete("legal", id));
          }
        } catch (RuntimeException one) {
          // one entity that cannot be read must not hold the whole index back
          LOG.log(Level.WARNING, "Search index skipped " + key, one);
        }
      }
      i.commit(events.get(events.size() - 1).seq());
      return touched.size();
    }
  }

  /**
   * The article texts of the legal documents among {@code touched}, each id mapped (to null when it
   * has none), read together: an import of the registry touches every one ({@link
   * LegalTextService#searchTexts} asks which have a text a thousand at a time). Empty when they
   * cannot be read together; then each is read alone, and only a bad one is skipped.
   */
  private Map<Long, String> legalWords(java.util.Collection<String> touched) {
    List<Long> ids =
        touched.stream()
            .filter(k -> k.startsWith("legal:") && k.substring(6).matches("\\d{1,18}"))
            .map(k -> Long.parseLong(k.substring(6)))
            .toList();
    try {
      Map<Long, String> read = texts.searchTexts(ids, time.today());
      Map<Long, String> words = new java.util.HashMap<>();
      ids.forEach(id -> words.put(id, read.get(id)));
      return words;
    } catch (RuntimeException together) {
      LOG.log(Level.WARNING, "Search index reads " + ids.size() + " texts one by one", together);
      return Map.of();
    }
  }

  private void rebuildQuietly() {
    try {
      rebuild();
    } catch (Throwable ex) { // NOPMD: a one-off task; an Error must not pass silently either
      LOG.log(Level.WARNING, "Search index rebuild failed", ex);
    } finally {
      // the follower catches up from whatever the index holds; readiness reports it if it cannot
      building = false;
    }
  }

  private SearchIndex index() {
    if (index == null) {
      throw new IllegalStateException("search index not open");
    }
    return index;
  }

  @PreDestroy
  void stop() {
    if (following != null) {
      following.stop();
    }
    synchronized (lock) {
      if (index != null) {
        index.close();
        index = null;
      }
    }
  }
}
