package vn.quytrinh.web.tthc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.tthc.Tthc;
import vn.quytrinh.tthc.TthcLevel;
import vn.quytrinh.tthc.TthcService;
import vn.quytrinh.tthc.TthcStatus;
import vn.quytrinh.web.Filters;

/**
 * The TTHC registry ({@code /app/tthc.xhtml?q=&page=}): searched by code or by a name typed with or
 * without diacritics, filtered, ordered and paged by {@link TthcService#list} in the database.
 */
@Named
@RequestScoped
public class TthcList {

  static final int PAGE_SIZE = 20;

  /** One line of the list, read from the page the service returned. */
  public record Row(
      String code,
      String name,
      String field,
      TthcLevel level,
      TthcStatus status,
      java.math.BigDecimal timeLimitDays) {
    static Row of(Tthc t) {
      return new Row(t.code(), t.name(), t.field(), t.level(), t.status(), t.timeLimitDays());
    }
  }

  @Inject TthcService tthc;

  private String q;
  private int page;
  private Page<Row> result;

  public Page<Row> getResult() {
    if (result == null) {
      result =
          tthc.list(q, null, null, null, null, PageRequest.clamped(page, PAGE_SIZE)).map(Row::of);
    }
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = Filters.blankToNull(q);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
