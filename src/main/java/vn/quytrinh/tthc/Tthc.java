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

  @ElementCollection(fetch = FetchType.EAGER)
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
