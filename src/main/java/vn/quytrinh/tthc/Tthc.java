package vn.quytrinh.tthc;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.quytrinh.legal.CitationRow;
import vn.quytrinh.platform.persistence.VersionedEntity;

/** An administrative procedure as the national TTHC database describes it. */
@Entity
@Table(name = "tthc")
@NamedQuery(name = "Tthc.findAll", query = "SELECT t FROM Tthc t ORDER BY t.code")
public class Tthc extends VersionedEntity {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  private String field;

  @Enumerated(EnumType.STRING)
  private TthcLevel level;

  private String agency;

  @Column(name = "time_limit_days")
  private BigDecimal timeLimitDays;

  @Column(name = "time_limit_text")
  private String timeLimitText;

  private String fee;

  @Column(name = "dossier_json", nullable = false)
  private String dossierJson;

  private String result;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TthcStatus status = TthcStatus.ACTIVE;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  // read when asked (in batches, TthcRepository): the procedures' checks read thousands of TTHC
  // and none of their units, which a province's TTHC carry by the tens of thousands
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "tthc_unit", joinColumns = @JoinColumn(name = "tthc_code"))
  @Column(name = "unit_code")
  private Set<String> unitCodes = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tthc_citation", joinColumns = @JoinColumn(name = "tthc_code"))
  @OrderBy("seq")
  private List<CitationRow> legalBasis = new ArrayList<>();

  protected Tthc() {}

  public Tthc(String code, String createdBy, Instant createdAt) {
    this.code = code;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Everything the registry says about the procedure, replaced as a whole. */
  public record Description(
      String name,
      String field,
      TthcLevel level,
      String agency,
      Set<String> unitCodes,
      BigDecimal timeLimitDays,
      String timeLimitText,
      String fee,
      String dossierJson,
      String result,
      List<CitationRow> legalBasis) {}

  public void describe(Description d) {
    this.name = d.name();
    this.field = d.field();
    this.level = d.level();
    this.agency = d.agency();
    this.unitCodes = new TreeSet<>(d.unitCodes());
    this.timeLimitDays = d.timeLimitDays();
    this.timeLimitText = d.timeLimitText();
    this.fee = d.fee();
    this.dossierJson = d.dossierJson();
    this.result = d.result();
    this.legalBasis = new ArrayList<>(d.legalBasis());
  }

  /** What the registry says of the procedure now, as a whole. */
  public Description description() {
    return new Description(
        name,
        field,
        level,
        agency,
        new TreeSet<>(unitCodes),
        timeLimitDays,
        timeLimitText,
        fee,
        dossierJson,
        result,
        List.copyOf(legalBasis));
  }

  /**
   * A published list (the annex of a Quyết định công bố) amends what is registered: what the list
   * says replaces it, what the list leaves blank stays; the units it names join those already
   * carrying the procedure out (none is removed); the dossier stays unless the list gives one; the
   * legal basis is the list's when it names one. Answers whether anything changed.
   */
  public boolean amend(Description listing) {
    Description amended = amended(description(), listing);
    if (same(amended, description())) {
      return false;
    }
    describe(amended);
    return true;
  }

  static Description amended(Description now, Description listing) {
    Set<String> units = new TreeSet<>(now.unitCodes());
    units.addAll(listing.unitCodes());
    return new Description(
        listing.name(),
        or(listing.field(), now.field()),
        or(listing.level(), now.level()),
        or(listing.agency(), now.agency()),
        units,
        or(listing.timeLimitDays(), now.timeLimitDays()),
        or(listing.timeLimitText(), now.timeLimitText()),
        or(listing.fee(), now.fee()),
        NO_DOSSIER.equals(listing.dossierJson()) ? now.dossierJson() : listing.dossierJson(),
        or(listing.result(), now.result()),
        listing.legalBasis().isEmpty() ? now.legalBasis() : listing.legalBasis());
  }

  /** A dossier with no paper in it, as stored. */
  static final String NO_DOSSIER = "[]";

  /**
   * The same description: a time limit of equal value ({@code 3} and {@code 3.0}), citations of the
   * same documents (by number key), articles, clauses and points, in the same order.
   */
  static boolean same(Description a, Description b) {
    return Objects.equals(a.name(), b.name())
        && Objects.equals(a.field(), b.field())
        && a.level() == b.level()
        && Objects.equals(a.agency(), b.agency())
        && a.unitCodes().equals(b.unitCodes())
        && (a.timeLimitDays() == null
            ? b.timeLimitDays() == null
            : b.timeLimitDays() != null && a.timeLimitDays().compareTo(b.timeLimitDays()) == 0)
        && Objects.equals(a.timeLimitText(), b.timeLimitText())
        && Objects.equals(a.fee(), b.fee())
        && Objects.equals(a.dossierJson(), b.dossierJson())
        && Objects.equals(a.result(), b.result())
        && sameCitations(a.legalBasis(), b.legalBasis());
  }

  private static boolean sameCitations(List<CitationRow> a, List<CitationRow> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      CitationRow x = a.get(i);
      CitationRow y = b.get(i);
      if (!x.numberKey().equals(y.numberKey())
          || !Objects.equals(x.article(), y.article())
          || !Objects.equals(x.clause(), y.clause())
          || !Objects.equals(x.point(), y.point())) {
        return false;
      }
    }
    return true;
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }

  void changedBy(TthcChangeKind kind) {
    this.status = kind.result();
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String field() {
    return field;
  }

  public TthcLevel level() {
    return level;
  }

  public String agency() {
    return agency;
  }

  public BigDecimal timeLimitDays() {
    return timeLimitDays;
  }

  public String timeLimitText() {
    return timeLimitText;
  }

  public String fee() {
    return fee;
  }

  public String dossierJson() {
    return dossierJson;
  }

  public String result() {
    return result;
  }

  public TthcStatus status() {
    return status;
  }

  public Set<String> unitCodes() {
    return Collections.unmodifiableSet(unitCodes);
  }

  public List<CitationRow> legalBasis() {
    return Collections.unmodifiableList(legalBasis);
  }
}
