package vn.quytrinh.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an event: SHA-256 over the previous hash and the event's fields, unambiguously
 * joined.
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
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hash(Event e) {
    return hash(
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
    private long expectedSeq = 1;
    private String expectedPrev = GENESIS;
    private long checked;
    private Long firstBrokenAt;

    /** Feeds the next event in sequence order. */
    public void accept(Event e) {
      checked++;
      if (firstBrokenAt != null) {
        return;
      }
      if (e.seq() != expectedSeq
          || !e.prevHash().equals(expectedPrev)
          || !hash(e).equals(e.hash())) {
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
