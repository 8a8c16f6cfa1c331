package vn.quytrinh.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.audit.AuditTrail;
import vn.quytrinh.org.security.FailedSignIns;
import vn.quytrinh.org.security.Passwords;
import vn.quytrinh.org.security.SignInCounts;
import vn.quytrinh.org.security.SignInThrottle;
import vn.quytrinh.platform.JpaHarness;
import vn.quytrinh.platform.Wiring;
import vn.quytrinh.platform.metrics.Measures;
import vn.quytrinh.platform.problem.Forbidden;
import vn.quytrinh.platform.problem.InvalidInput;
import vn.quytrinh.platform.problem.PreconditionFailed;
import vn.quytrinh.platform.problem.TooManyRequests;
import vn.quytrinh.platform.security.Caller;
import vn.quytrinh.platform.security.RequestOrigin;
import vn.quytrinh.platform.security.Role;
import vn.quytrinh.platform.time.TimeSource;

/**
 * What a person changes for themselves: the language of their interface (stored, Vietnamese until
 * chosen) and their password (the current one proves who they are, the new one follows the rule; a
 * refusal changes nothing; a change is one audit event and tells sign-in which session stays).
 */
class OwnAccountTest {

  static final Instant T = Instant.parse("2026-11-02T02:00:00Z");
  static final String OLD = "Hoa giữ sổ ISO từ năm 2019";
  static final String NEW = "Đồng hồ đầu làng chạy chậm";

  /** Hashes as "hash:" + the password: PBKDF2 is the container's and proven elsewhere. */
  static final Passwords PLAIN =
      new Passwords() {
        @Override
        public String hash(String password) {
          return "hash:" + password;
        }

        @Override
        public boolean matches(String password, String stored) {
          return stored.equals("hash:" + password);
        }
      };

  JpaHarness db;

  /** How many times a password was hashed or checked: each is a PBKDF2 run in the container. */
  final AtomicInteger hashings = new AtomicInteger();

  final Passwords passwords =
      new Passwords() {
        @Override
        public String hash(String password) {
          hashings.incrementAndGet();
          return PLAIN.hash(password);
        }

        @Override
        public boolean matches(String password, String stored) {
          hashings.incrementAndGet();
          return PLAIN.matches(password, stored);
        }
      };

  /**
   * The sign-in throttle as the container has it: 3 failures per source and username, then 60 s.
   */
  final SignInCounts counts =
      new SignInCounts(
          new SignInThrottle(3, 30, Duration.ofSeconds(60), Clock.systemUTC()),
          new FailedSignIns(),
          new RequestOrigin(""),
          null,
          Measures.NONE);

  PasswordGuesses guesses = counts;

  static final Caller HOA =
      new Caller("xa.thuky", "Trần Thị Hoa", null, null, Set.of(Role.COORDINATOR), Set.of(), false);

  @BeforeEach
  void seed() {
    db = new JpaHarness();
    db.inTransaction(
        em -> {
          em.persist(
              new AppUser(
                  "xa.thuky",
                  "Trần Thị Hoa",
                  null,
                  null,
                  Set.of(Role.COORDINATOR),
                  "hash:" + OLD,
                  T));
          em.persist(
              new AppUser("xa.canbo", "Vũ Đức Anh", null, null, Set.of(Role.READER), "hash:x", T));
          return null;
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** The org service over one transaction, with the plain hash and the events collected. */
  record Org(OrgService org, List<PersonChanged> changes, AuditTrail audit) {}

  <T> T in(java.util.function.Function<Org, T> work) {
    return db.inTransaction(
        em -> {
          Wiring w = new Wiring(em, new TimeSource());
          OrgService org =
              new OrgService(
                  new UnitRepository(em),
                  new UserRepository(em),
                  passwords,
                  w.time,
                  new Wiring.Collected<>(w.personChanges),
                  new Wiring.Collected<>(w.unitChanges),
                  w.audit,
                  guesses);
          return work.apply(new Org(org, w.personChanges, w.audit));
        });
  }

  String hashOf(String username) {
    return in(o -> o.org().findUser(username).orElseThrow().passwordHash());
  }

  @Test
  void theLanguageIsVietnameseUntilThePersonChoosesAndIsKeptForThem() {
    assertEquals(InterfaceLanguage.VI, in(o -> o.org().language(HOA)));
    in(o -> o.org().chooseLanguage(HOA, InterfaceLanguage.EN, "*"));
    assertEquals(InterfaceLanguage.EN, in(o -> o.org().language(HOA)));
    assertEquals(
        InterfaceLanguage.VI,
        in(o -> o.org().findUser("xa.canbo").orElseThrow().language()),
        "one person's choice is theirs only");
    assertEquals(0L, (long) in(o -> o.audit().headSeq()), "a preference is no audit event");
    assertEquals(List.of(), in(o -> o.changes()), "and ends no session");
  }

  @Test
  void theLanguageChoiceTakesIfMatchAndOnlyTheTwoLanguages() {
    String etag = in(o -> OrgService.etag(o.org().me(HOA)));
    in(o -> o.org().chooseLanguage(HOA, InterfaceLanguage.EN, etag));
    assertThrows(
        PreconditionFailed.class,
        () -> in(o -> o.org().chooseLanguage(HOA, InterfaceLanguage.VI, etag)),
        "a stale ETag");
    InvalidInput none =
        assertThrows(InvalidInput.class, () -> in(o -> o.org().chooseLanguage(HOA, null, "*")));
    assertEquals("language", none.errors().get(0).field());
    assertEquals(InterfaceLanguage.EN, in(o -> o.org().language(HOA)));
    assertEquals(Optional.of(InterfaceLanguage.EN), InterfaceLanguage.of(" EN "));
    assertEquals(Optional.empty(), InterfaceLanguage.of("fr"));
  }

  @Test
  void aWrongCurrentPasswordIs403AndChangesNothing() {
    assertThrows(
        Forbidden.class,
        () -> in(o -> o.org().changeOwnPassword(HOA, "không phải mật khẩu", NEW, "s1")));
    assertEquals("hash:" + OLD, hashOf("xa.thuky"));
    assertEquals(0L, (long) in(o -> o.audit().headSeq()));
  }

  @Test
  void theNewPasswordFollowsTheRuleAndDiffersFromTheCurrentOne() {
    InvalidInput weak =
        assertThrows(
            InvalidInput.class,
            () -> in(o -> o.org().changeOwnPassword(HOA, OLD, "password123", "s1")));
    assertEquals("newPassword", weak.errors().get(0).field());
    assertEquals("validation.password.guessable", weak.errors().get(0).message().key());
    InvalidInput same =
        assertThrows(
            InvalidInput.class, () -> in(o -> o.org().changeOwnPassword(HOA, OLD, OLD, "s1")));
    assertEquals("validation.password.unchanged", same.errors().get(0).message().key());
    assertEquals("hash:" + OLD, hashOf("xa.thuky"));
  }

  @Test
  void aChangeIsOneAuditEventAndKeepsOnlyTheSessionItWasMadeFrom() {
    List<PersonChanged> fired =
        in(
            o -> {
              o.org().changeOwnPassword(HOA, OLD, NEW, "session-1");
              return List.copyOf(o.changes());
            });
    assertEquals("hash:" + NEW, hashOf("xa.thuky"));
    long head = in(o -> o.audit().headSeq());
    assertEquals(1L, head);
    assertEquals(List.of(new PersonChanged("xa.thuky", "session-1", head)), fired);

    List<PersonChanged> fromApi =
        in(
            o -> {
              o.org().changeOwnPassword(HOA, NEW, OLD + " nữa", null);
              return List.copyOf(o.changes());
            });
    assertEquals(List.of(new PersonChanged("xa.thuky")), fromApi, "no session kept: all end");
    assertTrue(fromApi.get(0).seq() == Long.MAX_VALUE);
  }

  @Test
  void wrongCurrentPasswordsAreThrottledLikeSignInsAndThenRefusedWithoutHashing() {
    for (int i = 0; i < 3; i++) {
      int n = i;
      assertThrows(
          Forbidden.class,
          () -> in(o -> o.org().changeOwnPassword(HOA, "đoán thử " + n, NEW, "s1")));
    }
    int before = hashings.get();
    TooManyRequests held =
        assertThrows(
            TooManyRequests.class, () -> in(o -> o.org().changeOwnPassword(HOA, OLD, NEW, "s1")));
    assertEquals(before, hashings.get(), "refused without a PBKDF2 run, even the right password");
    assertEquals("problem.auth.guessesLocked", held.key());
    assertTrue(held.retryAfterSeconds().getAsLong() > 0, "Retry-After");
    assertThrows(
        TooManyRequests.class,
        () -> in(o -> o.org().verifyPassword("xa.thuky", OLD)),
        "a signature's password is the same guess");
    assertEquals(before, hashings.get());
    assertEquals("hash:" + OLD, hashOf("xa.thuky"));
    List<AuditTrail.Entry> logged = counts.failures().drain("test");
    assertEquals(1, logged.size(), "the failures are counted as failed sign-ins");
    assertTrue(logged.get(0).summary().contains("xa.thuky"), logged.get(0).summary());
  }

  @Test
  void aSignaturesWrongPasswordsAreThrottledToo() {
    for (int i = 0; i < 3; i++) {
      int n = i;
      assertEquals(false, in(o -> o.org().verifyPassword("xa.thuky", "đoán thử " + n)));
    }
    int before = hashings.get();
    assertThrows(
        TooManyRequests.class,
        () -> in(o -> o.org().changeOwnPassword(HOA, OLD, NEW, "s1")),
        "nor may the current password be guessed meanwhile");
    assertEquals(before, hashings.get());
    assertEquals(true, in(o -> o.org().verifyPassword("xa.canbo", "x")), "another person is not");
  }
}
