package vn.quytrinh.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash of an event: SHA-256 over the previous hash and the event's fields, unambiguously
 * joined; with an installation key, HMAC-SHA-256 under that key, so that someone who can write to
 * the database but does not hold the key cannot rebuild a chain that verifies.
 */
public final class AuditChain {

  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public record Event(
      long seq,
      Instant at,
      String actor,
      String action,
      String entity,
      String entityId,
      String unitCode,
      String summary,
      String prevHash,
      String hash) {}

  public static String hash(
      String prevHash,
      long seq,
      Instant at,
      String actor,
      String action,
      String entity,
      String entityId,
      String unitCode,
      String summary) {
    return hash(null, prevHash, seq, at, actor, action, entity, entityId, unitCode, summary);
  }

  /** The hash under {@code key} (HMAC-SHA-256), or plain SHA-256 when there is no key. */
  public static String hash(
      byte[] key,
      String prevHash,
      long seq,
      Instant at,
      String actor,
      String action,
      String entity,
      String entityId,
      String unitCode,
      String summary) {
    StringBuilder b = new StringBuilder();
    for (String part :
        new String[] {
          prevHash,
          Long.toString(seq),
          at.toString(),
          actor,
          action,
          entity,
          entityId,
          unitCode,
          summary
        }) {
      // length-prefixed, so no choice of field values can make two events hash alike
      String p = part == null ? "\u0000" : part;
      b.append(p.length()).append(':').append(p).append('|');
    }
    byte[] text = b.toString().getBytes(StandardCharsets.UTF_8);
    try {
      if (key == null || key.length == 0) {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
      }
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hash(Event e) {
    return hash(null, e);
  }

  public static String hash(byte[] key, Event e) {
    return hash(
        key,
        e.prevHash(),
        e.seq(),
        e.at(),
        e.actor(),
        e.action(),
        e.entity(),
        e.entityId(),
        e.unitCode(),
        e.summary());
  }

  /** Where a verification stands: events checked, the last hash and sequence, the first break. */
  public static final class Verifier {
    private final byte[] key;
    private long expectedSeq = 1;
    private String expectedPrev = GENESIS;
    private long checked;
    private Long firstBrokenAt;

    public Verifier() {
      this(null);
    }

    /** Checks hashes made under {@code key} (none: plain SHA-256). */
    public Verifier(byte[] key) {
      this.key = key;
    }

    /** Feeds the next event in sequence order. */
    public void accept(Event e) {
      checked++;
      if (firstBrokenAt != null) {
        return;
      }
      if (e.seq() != expectedSeq
          || !e.prevHash().equals(expectedPrev)
          || !hash(key, e).equals(e.hash())) {
        firstBrokenAt = Math.min(e.seq(), expectedSeq);
        return;
      }
      expectedSeq = e.seq() + 1;
      expectedPrev = e.hash();
    }

    /**
     * Ends the walk against the head: events deleted at the end show as a head ahead of the chain.
     */
    public void finish(long headSeq, String headHash) {
      if (firstBrokenAt == null && (headSeq != expectedSeq - 1 || !headHash.equals(expectedPrev))) {
        firstBrokenAt = expectedSeq;
      }
    }

    public boolean valid() {
      return firstBrokenAt == null;
    }

    public long checked() {
      return checked;
    }

    public Long firstBrokenAt() {
      return firstBrokenAt;
    }
  }
}
