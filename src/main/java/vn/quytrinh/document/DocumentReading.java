package vn.quytrinh.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as one person reads it on its page, built inside the read: plain values, no entity, so
 * nothing is loaded after the transaction. The version shown, and every version the person may see,
 * newest first, with its signatures and — for those who read the unit's work — its events.
 */
public record DocumentReading(
    long id,
    String code,
    String title,
    String unitCode,
    boolean workReader,
    Entry shown,
    List<Entry> versions) {

  /** One version of the document. */
  public record Entry(
      int issueNo,
      VersionStatus status,
      LocalDate effectiveFrom,
      List<Event> events,
      List<Signed> signatures) {

    static Entry of(DocumentVersion v, boolean withEvents) {
      return new Entry(
          v.issueNo(),
          v.status(),
          v.effectiveFrom(),
          withEvents ? v.events().stream().map(Event::of).toList() : List.of(),
          v.signatures().stream().map(Signed::of).toList());
    }
  }

  /** A step in a version's work: return comments among them, so only for those who read it. */
  public record Event(VersionAction action, Instant occurredAt, Actor actor, String comment) {
    static Event of(VersionEvent e) {
      return new Event(e.action(), e.occurredAt(), e.actor(), e.comment());
    }
  }

  /** A signature on a version. */
  public record Signed(
      SignatureCapacity capacity,
      Actor signer,
      Instant signedAt,
      boolean withdrawn,
      String contentHash) {
    static Signed of(Signature s) {
      return new Signed(s.capacity(), s.signer(), s.signedAt(), s.withdrawn(), s.contentHash());
    }
  }

  static DocumentReading of(
      ControlledDocument d, DocumentVersion shown, List<DocumentVersion> visible, boolean work) {
    List<Entry> newestFirst = new ArrayList<>();
    for (DocumentVersion v : visible) {
      newestFirst.add(0, Entry.of(v, work));
    }
    return new DocumentReading(
        d.id(),
        d.code(),
        d.title(),
        d.unitCode(),
        work,
        Entry.of(shown, work),
        List.copyOf(newestFirst));
  }
}
