package vn.quytrinh.org.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.time.MovableClock;

class CredentialCacheTest {

  private static final Duration TTL = Duration.ofSeconds(60);
  private static final String PASSWORD = "Mật khẩu đúng 2026";

  private MovableClock clock;
  private CredentialCache<String> cache;

  @BeforeEach
  void setUp() {
    clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
    cache = new CredentialCache<>(TTL, clock);
  }

  @Test
  void emptyCacheMisses() {
    assertEquals(Optional.empty(), cache.lookup("hoa", PASSWORD));
  }

  @Test
  void samePasswordHits() {
    cache.put("hoa", PASSWORD, "Nguyễn Thị Hoa");
    assertEquals(Optional.of("Nguyễn Thị Hoa"), cache.lookup("hoa", PASSWORD));
    assertEquals(Optional.of("Nguyễn Thị Hoa"), cache.lookup("hoa", PASSWORD));
  }

  @Test
  void differentPasswordMisses() {
    cache.put("hoa", PASSWORD, "Nguyễn Thị Hoa");
    assertEquals(Optional.empty(), cache.lookup("hoa", "Mật khẩu sai 2026"));
    assertEquals(Optional.empty(), cache.lookup("hoa", "mật khẩu đúng 2026"));
    assertEquals(Optional.empty(), cache.lookup("hoa", ""));
    assertEquals(Optional.of("Nguyễn Thị Hoa"), cache.lookup("hoa", PASSWORD), "entry kept");
  }

  @Test
  void samePasswordOfAnotherUserMisses() {
    cache.put("hoa", PASSWORD, "Nguyễn Thị Hoa");
    assertEquals(Optional.empty(), cache.lookup("lan", PASSWORD));
  }

  @Test
  void usernameAndPasswordBoundaryMatters() {
    cache.put("ab", "c" + PASSWORD, "x");
    assertEquals(Optional.empty(), cache.lookup("a", "bc" + PASSWORD));
  }

  @Test
  void entryExpiresAfterTtl() {
    cache.put("hoa", PASSWORD, "Nguyễn Thị Hoa");
    clock.advance(TTL.minusMillis(1));
    assertEquals(Optional.of("Nguyễn Thị Hoa"), cache.lookup("hoa", PASSWORD));
    clock.advance(Duration.ofMillis(1));
    assertEquals(Optional.empty(), cache.lookup("hoa", PASSWORD));
    clock.advance(Duration.ofDays(-1));
    assertEquals(Optional.empty(), cache.lookup("hoa", PASSWORD), "expired entries are dropped");
  }

  @Test
  void newPutReplacesTheOldPassword() {
    cache.put("hoa", PASSWORD, "cũ");
    cache.put("hoa", "Mật khẩu mới 2026", "mới");
    assertEquals(Optional.empty(), cache.lookup("hoa", PASSWORD));
    assertEquals(Optional.of("mới"), cache.lookup("hoa", "Mật khẩu mới 2026"));
  }

  @Test
  void invalidateDropsOneUser() {
    cache.put("hoa", PASSWORD, "Hoa");
    cache.put("lan", PASSWORD, "Lan");
    cache.invalidate("hoa");
    assertEquals(Optional.empty(), cache.lookup("hoa", PASSWORD));
    assertEquals(Optional.of("Lan"), cache.lookup("lan", PASSWORD));
  }

  @Test
  void invalidateAllDropsEveryone() {
    cache.put("hoa", PASSWORD, "Hoa");
    cache.put("lan", PASSWORD, "Lan");
    cache.invalidateAll();
    assertEquals(Optional.empty(), cache.lookup("hoa", PASSWORD));
    assertEquals(Optional.empty(), cache.lookup("lan", PASSWORD));
  }

  @Test
  void zeroTtlCachesNothing() {
    CredentialCache<String> none = new CredentialCache<>(Duration.ZERO, clock);
    none.put("hoa", PASSWORD, "Hoa");
    assertEquals(Optional.empty(), none.lookup("hoa", PASSWORD));
  }

  @Test
  void twoCachesDoNotShareDigests() {
    CredentialCache<String> other = new CredentialCache<>(TTL, clock);
    cache.put("hoa", PASSWORD, "Hoa");
    assertEquals(Optional.empty(), other.lookup("hoa", PASSWORD));
  }

  @Test
  void oneCallerIsToldToRenewOnceThreeQuartersHavePassed() {
    cache.put("hoa", PASSWORD, "Hoa");
    clock.advance(Duration.ofSeconds(44));
    assertFalse(cache.claimRenewal("hoa"), "too early");
    clock.advance(Duration.ofSeconds(1));
    assertTrue(cache.claimRenewal("hoa"));
    assertFalse(cache.claimRenewal("hoa"), "only one renews");
    assertEquals(Optional.of("Hoa"), cache.lookup("hoa", PASSWORD), "still answered meanwhile");
    cache.put("hoa", PASSWORD, "Hoa");
    assertFalse(cache.claimRenewal("hoa"), "renewed: young again");
    assertFalse(cache.claimRenewal("lan"), "nothing to renew");
  }

  @Test
  void theKeyOfAPairTellsPairsApartWithoutThePassword() {
    assertEquals(cache.key("hoa", PASSWORD), cache.key("hoa", PASSWORD));
    assertNotEquals(cache.key("hoa", PASSWORD), cache.key("hoa", PASSWORD + " "));
    assertNotEquals(cache.key("ab", "c"), cache.key("a", "bc"));
    assertFalse(cache.key("hoa", PASSWORD).contains("Mật"));
  }
}
