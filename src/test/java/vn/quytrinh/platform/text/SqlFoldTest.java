package vn.quytrinh.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;

/** The database folds text as {@link Text#fold} does, on the database of the run. */
class SqlFoldTest {

  /**
   * {@code %} and {@code _} in what a person searches for are themselves, on the database of the
   * run: {@code q=%} matched every row, {@code QT-0_} every code beginning {@code QT-0}.
   */
  @Test
  void aPatternMatchesItsWildcardCharactersLiterally() {
    try (JpaHarness db = new JpaHarness()) {
      for (String[] c :
          new String[][] {
            {"Giảm 50% phí", "50%", "1"},
            {"Giảm 50 phí", "50%", "0"},
            {"QT-0_X", "qt-0_", "1"},
            {"QT-01X", "qt-0_", "0"},
            {"a\\b", "\\", "1"},
            {"ab", "\\", "0"},
            {"bất kỳ", "%", "0"},
          }) {
        Number n =
            db.inTransaction(
                em ->
                    (Number)
                        em.createNativeQuery(
                                "SELECT COUNT(*) FROM (SELECT CAST(?1 AS VARCHAR(200)) AS t) x WHERE "
                                    + SqlFold.of("x.t")
                                    + " LIKE CAST(?2 AS VARCHAR(200))"
                                    + SqlFold.ESCAPE)
                            .setParameter(1, c[0])
                            .setParameter(2, SqlFold.containing(c[1]))
                            .getSingleResult());
        assertEquals(Integer.parseInt(c[2]), n.intValue(), c[0] + " LIKE " + c[1]);
      }
    }
  }

  @Test
  void theDatabaseFoldsEveryMappedLetterAndVietnameseTextAsJavaDoes() {
    String vietnamese = "Đăng ký KHAI SINH, chứng thực bản sao; Ủy ban nhân dân xã Tân Hòa ĐƯỢC";
    try (JpaHarness db = new JpaHarness()) {
      String[] folded =
          db.inTransaction(
              em -> {
                Object[] row =
                    (Object[])
                        em.createNativeQuery(
                                "SELECT "
                                    + SqlFold.of("CAST(?1 AS VARCHAR(2000))")
                                    + ", "
                                    + SqlFold.of("CAST(?2 AS VARCHAR(2000))"))
                            .setParameter(1, SqlFold.FROM)
                            .setParameter(2, vietnamese)
                            .getSingleResult();
                return new String[] {(String) row[0], (String) row[1]};
              });
      assertEquals(Text.fold(SqlFold.FROM), folded[0]);
      assertEquals(SqlFold.TO, folded[0]);
      assertEquals(Text.fold(vietnamese), folded[1]);
      assertEquals(
          "dang ky khai sinh, chung thuc ban sao; uy ban nhan dan xa tan hoa duoc", folded[1]);
    }
  }
}
