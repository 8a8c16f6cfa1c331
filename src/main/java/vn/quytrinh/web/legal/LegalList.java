package vn.quytrinh.web.legal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.quytrinh.legal.LegalDocument;
import vn.quytrinh.legal.LegalDocumentType;
import vn.quytrinh.legal.LegalService;
import vn.quytrinh.legal.LegalStatus;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.web.Filters;
import vn.quytrinh.web.session.CurrentUser;

/**
 * The legal registry ({@code /app/legal.xhtml?q=&type=&status=&page=}): searched by number or by
 * title typed with or without diacritics, filtered and paged by the database; the address holds the
 * filters.
 */
@Named
@RequestScoped
public class LegalList {

  static final int PAGE_SIZE = 20;

  @Inject CurrentUser user;
  @Inject LegalService legal;

  private String q;
  private String type;
  private String status;
  private int page;

  private Page<Row> result;

  /** One row of the registry, with its status today, read inside the service's transaction. */
  public record Row(
      long id,
      String number,
      LegalDocumentType type,
      String issuer,
      String title,
      LocalDate signedOn,
      LocalDate effectiveFrom,
      LegalStatus status) {
    static Row of(LegalDocument d, LegalStatus s) {
      return new Row(
          d.id(), d.number(), d.type(), d.issuer(), d.title(), d.signedOn(), d.effectiveFrom(), s);
    }
  }

  public Page<Row> getResult() {
    if (result == null) {
      result =
          legal.list(
              Filters.blankToNull(q),
              Filters.parse(LegalDocumentType.class, type),
              Filters.parse(LegalStatus.class, status),
              null,
              PageRequest.clamped(page, PAGE_SIZE),
              Row::of);
    }
    return result;
  }

  /** Whether the person keeps the registry (asked of the service): the "add" link. */
  public boolean isKeeper() {
    return LegalService.keeps(user.caller());
  }

  public List<LegalDocumentType> getTypes() {
    return Arrays.asList(LegalDocumentType.values());
  }

  public List<LegalStatus> getStatuses() {
    return Arrays.asList(LegalStatus.values());
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
