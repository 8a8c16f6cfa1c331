package vn.quytrinh.web.documents;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import vn.quytrinh.document.ControlledDocument;
import vn.quytrinh.document.DocumentKind;
import vn.quytrinh.document.DocumentService;
import vn.quytrinh.document.DocumentSort;
import vn.quytrinh.document.DocumentVersion;
import vn.quytrinh.document.VersionStatus;
import vn.quytrinh.org.Unit;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.UnitNames;
import vn.quytrinh.web.session.CurrentUser;

/**
 * The documents list: filters and order come from the address (a list with its filters can be
 * bookmarked and sent), the database filters, sorts and pages.
 */
@Named
@RequestScoped
public class DocumentList {

  static final int PAGE_SIZE = 20;

  @Inject CurrentUser user;
  @Inject DocumentService documents;
  @Inject UnitNames units;

  private String unit;
  private String kind;
  private String status;
  private String tthc;
  private String q;
  private String sort;
  private boolean desc;
  private int page;

  /** One row of the list, read inside the service's transaction. */
  public record Row(
      long id,
      String code,
      String title,
      String unitCode,
      DocumentKind kind,
      Integer effectiveIssueNo) {
    static Row of(ControlledDocument d, List<DocumentVersion> visible) {
      return new Row(d.id(), d.code(), d.title(), d.unitCode(), d.kind(), d.effectiveIssueNo());
    }
  }

  private Page<Row> result;

  public Page<Row> getResult() {
    if (result == null) {
      DocumentService.Criteria k =
          new DocumentService.Criteria(
              Filters.blankToNull(unit),
              Filters.parse(DocumentKind.class, kind),
              Filters.parse(VersionStatus.class, status),
              Filters.blankToNull(tthc),
              Filters.blankToNull(q),
              Filters.parse(DocumentSort.class, sort),
              desc);
      result = documents.list(user.caller(), k, PageRequest.clamped(page, PAGE_SIZE), Row::of);
    }
    return result;
  }

  /** The units the person may see, for the unit filter. */
  public List<Unit> getUnits() {
    return units.all().stream().filter(u -> user.caller().sees(u.code())).toList();
  }

  public List<DocumentKind> getKinds() {
    return Arrays.asList(DocumentKind.values());
  }

  /** Statuses to filter by: only "in force" for someone who reads no drafts. */
  public List<VersionStatus> getStatuses() {
    return user.isWorkReader()
        ? Arrays.asList(VersionStatus.values())
        : List.of(VersionStatus.EFFECTIVE);
  }

  public List<DocumentSort> getSorts() {
    return Arrays.asList(DocumentSort.values());
  }

  /** {@code ascending}, {@code descending} or {@code none}, for aria-sort on a column. */
  public String sortState(String column) {
    String current = sort == null ? DocumentSort.UNIT.name() : sort;
    if (!current.equals(column)) {
      return "none";
    }
    return desc ? "descending" : "ascending";
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getTthc() {
    return tthc;
  }

  public void setTthc(String tthc) {
    this.tthc = tthc;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public boolean isDesc() {
    return desc;
  }

  public void setDesc(boolean desc) {
    this.desc = desc;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
