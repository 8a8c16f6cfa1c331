package vn.quytrinh.publishing;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's manual (sổ tay quy trình) as of a date: cover, master list, contents, then every
 * procedure in force that day, in code order.
 */
public record Manual(
    String agency,
    String unitName,
    LocalDate asOf,
    String exportedBy,
    List<MasterRow> masterList,
    List<ProcedureSheet> procedures) {

  /** A row of the master list (danh mục tài liệu). */
  public record MasterRow(String code, String title, int issueNo, LocalDate effectiveFrom) {}
}
