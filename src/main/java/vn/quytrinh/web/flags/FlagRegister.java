package vn.quytrinh.web.flags;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.quytrinh.impact.FlagStatus;
import vn.quytrinh.impact.FlagView;
import vn.quytrinh.impact.ImpactService;
import vn.quytrinh.impact.Severity;
import vn.quytrinh.org.Unit;
import vn.quytrinh.platform.problem.ProblemException;
import vn.quytrinh.platform.rest.Page;
import vn.quytrinh.platform.rest.PageRequest;
import vn.quytrinh.platform.time.TimeSource;
import vn.quytrinh.web.Notices;
import vn.quytrinh.web.UnitNames;
import vn.quytrinh.web.session.CurrentUser;
import vn.quytrinh.web.session.Language;

/**
 * The flags register ({@code /app/flags.xhtml}): the revision flags of the units the person reads,
 * filtered and paged by the database ({@link ImpactService#list}); the filters are the address, so
 * a filtered register can be bookmarked, and its spreadsheet ({@link FlagDownload}) takes the same.
 */
@Named
@RequestScoped
public class FlagRegister {

  static final int PAGE_SIZE = 20;

  @Inject CurrentUser user;
  @Inject ImpactService impact;
  @Inject UnitNames units;
  @Inject TimeSource time;
  @Inject Language language;

  private String unit;
  private String status;
  private String severity;
  private String due;
  private String dueFrom;
  private String dueTo;
  private int page;

  private Page<FlagView> result;

  /** The view action: reads the page of flags, or answers the service's refusal (a reader: 403). */
  public void load() throws IOException {
    try {
      FlagFilters f = filters();
      result =
          impact
              .list(
                  user.caller(),
                  f.criteria(time.today()),
                  new PageRequest(Math.max(page, 0), PAGE_SIZE))
              .map(v -> v.in(language.getLocale()));
    } catch (ProblemException e) {
      Notices.refuseRequest(e);
    }
  }

  FlagFilters filters() {
    return new FlagFilters(unit, status, severity, due, dueFrom, dueTo);
  }

  public Page<FlagView> getResult() {
    return result == null ? new Page<>(List.of(), 0, 0, PAGE_SIZE) : result;
  }

  /** The filters as query parameters (for the pager and the download), the empty ones left out. */
  public Map<String, String> getParams() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "unit", unit);
    put(m, "status", status);
    put(m, "severity", severity);
    put(m, "due", due);
    put(m, "dueFrom", dueFrom);
    put(m, "dueTo", dueTo);
    return m;
  }

  /** The address of the spreadsheet of this register with its filters. */
  public String getXlsxAddress() {
    return address("flags/download", getParams());
  }

  /** The address of another page of this register with its filters. */
  public String pageAddress(int p) {
    Map<String, String> m = getParams();
    m.put("page", Integer.toString(p));
    return address("flags.xhtml", m);
  }

  private static String address(String path, Map<String, String> params) {
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      b.append(sep)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return b.toString();
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank()) {
      m.put(k, v.strip());
    }
  }

  /** The units whose work the person reads, for the unit filter. */
  public List<Unit> getUnits() {
    return units.all().stream().filter(u -> user.caller().readsWorkOf(u.code())).toList();
  }

  public List<FlagStatus> getStatuses() {
    return Arrays.asList(FlagStatus.values());
  }

  public List<Severity> getSeverities() {
    return Arrays.asList(Severity.values());
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public String getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(String dueFrom) {
    this.dueFrom = dueFrom;
  }

  public String getDueTo() {
    return dueTo;
  }

  public void setDueTo(String dueTo) {
    this.dueTo = dueTo;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
