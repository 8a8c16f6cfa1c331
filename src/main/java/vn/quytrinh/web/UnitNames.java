package vn.quytrinh.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.quytrinh.org.OrgService;
import vn.quytrinh.org.Unit;

/**
 * The units as people know them, by name rather than code, read once per request: pages show "Ủy
 * ban nhân dân xã Tân Hòa", not {@code HY.XA.TANHOA}.
 */
@Named("units")
@RequestScoped
public class UnitNames {

  private OrgService org;
  private Map<String, Unit> byCode;

  @Inject
  public UnitNames(OrgService org) {
    this.org = org;
  }

  /** For the CDI client proxy only. */
  protected UnitNames() {}

  /** Every unit, in the order the registry lists them. */
  public List<Unit> all() {
    return List.copyOf(index().values());
  }

  /** The unit's name, or its code when it is not known. */
  public String name(String code) {
    Unit u = code == null ? null : index().get(code);
    return u == null ? code : u.name();
  }

  private Map<String, Unit> index() {
    if (byCode == null) {
      Map<String, Unit> m = new LinkedHashMap<>();
      for (Unit u : org.listUnits()) {
        m.put(u.code(), u);
      }
      byCode = m;
    }
    return byCode;
  }
}
