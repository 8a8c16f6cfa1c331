package vn.quytrinh.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal document as its page shows it, built inside the read: plain values, no entity. Its
 * details, its status on the day asked, what it does to other documents and what others did to it,
 * and its validity over time ({@link Validity#timeline}).
 */
public record LegalReading(
    long id,
    String number,
    LegalDocumentType type,
    String issuer,
    String title,
    LocalDate signedOn,
    LocalDate effectiveFrom,
    LocalDate effectiveUntil,
    LegalStatus status,
    String etag,
    List<Link> acts,
    List<Link> actedOnBy,
    List<Validity.Period> validity) {

  /** A relation seen from this document: the other document, how, which articles, from when. */
  public record Link(
      RelationKind kind,
      long otherId,
      String otherNumber,
      String otherTitle,
      List<String> articles,
      LocalDate effectiveFrom) {

    /** The places as the law writes them: "Điều 5, khoản 2 Điều 17", in the reader's language. */
    public vn.quytrinh.platform.i18n.Message articlesLabel() {
      return Place.labels(articles);
    }
  }

  static LegalReading of(
      LegalDocument d, LocalDate on, List<LegalRelation> acting, List<LegalRelation> actedOn) {
    List<Validity.Act> acts = actedOn.stream().map(LegalRelation::asAct).toList();
    return new LegalReading(
        d.id(),
        d.number(),
        d.type(),
        d.issuer(),
        d.title(),
        d.signedOn(),
        d.effectiveFrom(),
        d.effectiveUntil(),
        Validity.on(on, d.effectiveFrom(), d.effectiveUntil(), acts),
        LegalService.etag(d),
        acting.stream().map(r -> link(r, r.target())).toList(),
        actedOn.stream().map(r -> link(r, r.acting())).toList(),
        Validity.timeline(d.effectiveFrom(), d.effectiveUntil(), acts));
  }

  private static Link link(LegalRelation r, LegalDocument other) {
    return new Link(
        r.kind(), other.id(), other.number(), other.title(), r.articles(), r.effectiveFrom());
  }
}
