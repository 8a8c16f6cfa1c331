package vn.quytrinh.legal.rest;

import java.time.LocalDate;
import java.util.List;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalRelation;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.legal.RelationKind;

/** Request and response bodies of the legal registry. */
public final class LegalViews {

  private LegalViews() {}

  /** Request body (a class: Payara's OpenAPI scanner trips over annotated record parameters). */
  public static class LegalDocumentBody {
    public String number;
    public LegalDocumentType type;
    public String issuer;
    public String title;
    public LocalDate signedOn;
    public LocalDate effectiveFrom;
    public LocalDate effectiveUntil;
  }

  public static class RelationBody {
    public String kind;
    public String targetNumber;
    public List<String> articles;
    public LocalDate effectiveFrom;
  }

  public record RelationView(
      long id,
      RelationKind kind,
      String kindLabel,
      long actingId,
      String actingNumber,
      long targetId,
      String targetNumber,
      List<String> articles,
      LocalDate effectiveFrom) {
    public static RelationView of(LegalRelation r) {
      return new RelationView(
          r.id(),
          r.kind(),
          r.kind().label(),
          r.acting().id(),
          r.acting().number(),
          r.target().id(),
          r.target().number(),
          r.articles(),
          r.effectiveFrom());
    }
  }

  public record LegalDocumentView(
      long id,
      String number,
      LegalDocumentType type,
      String typeLabel,
      String issuer,
      String title,
      LocalDate signedOn,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      LegalStatus status,
      String statusLabel,
      LocalDate asOf,
      List<RelationView> relations) {
    public static LegalDocumentView of(
        LegalDocument d, LegalStatus status, LocalDate asOf, List<LegalRelation> relations) {
      return new LegalDocumentView(
          d.id(),
          d.number(),
          d.type(),
          d.type().label(),
          d.issuer(),
          d.title(),
          d.signedOn(),
          d.effectiveFrom(),
          d.effectiveUntil(),
          status,
          status.label(),
          asOf,
          relations == null ? null : relations.stream().map(RelationView::of).toList());
    }
  }
}
