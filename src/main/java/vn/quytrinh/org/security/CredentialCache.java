package vn.quytrinh.org.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, briefly, that a username and password were verified, so that HTTP Basic does not cost
 * a PBKDF2 run on every request. Only a keyed digest of the password is kept (the key is random per
 * process), and an entry is dropped as soon as the user or the password changes.
 *
 * <p>Once three quarters of an entry's time have passed, one request (and only one: {@link
 * #claimRenewal}) is told to verify the password again while every other request is still answered
 * from the entry, so an entry in use is renewed before it expires and a busy client never waits for
 * PBKDF2 at the expiry.
 */
public final class CredentialCache<T> {

  private record Entry<T>(
      byte[] digest, T value, Instant renewFrom, Instant expires, AtomicBoolean renewing) {}

  private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final Clock clock;
  private final SecretKeySpec key;

  public CredentialCache(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    this.key = new SecretKeySpec(k, "HmacSHA256");
  }

  public Optional<T> lookup(String username, String password) {
    Entry<T> e = entries.get(username);
    if (e == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(e.expires())) {
      entries.remove(username, e);
      return Optional.empty();
    }
    return MessageDigest.isEqual(e.digest(), digest(username, password))
        ? Optional.of(e.value())
        : Optional.empty();
  }

  public void put(String username, String password, T value) {
    if (ttl.isZero()) {
      return;
    }
    if (entries.size() > 10_000) {
      entries.clear();
    }
    Instant now = clock.instant();
    entries.put(
        username,
        new Entry<>(
            digest(username, password),
            value,
            now.plus(ttl.multipliedBy(3).dividedBy(4)),
            now.plus(ttl),
            new AtomicBoolean()));
  }

  /**
   * Whether the caller that has just been answered from the entry should verify the password again
   * now: true for one caller once the entry is three quarters through its time, false for every
   * other caller and before then.
   */
  public boolean claimRenewal(String username) {
    Entry<T> e = entries.get(username);
    return e != null
        && !clock.instant().isBefore(e.renewFrom())
        && e.renewing().compareAndSet(false, true);
  }

  /**
   * A keyed digest of the pair, for telling apart attempts in progress without keeping the
   * password.
   */
  public String key(String username, String password) {
    return HexFormat.of().formatHex(digest(username, password));
  }

  public void invalidate(String username) {
    entries.remove(username);
  }

  public void invalidateAll() {
    entries.clear();
  }

  private byte[] digest(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
