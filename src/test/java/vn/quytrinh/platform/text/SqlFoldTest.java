package vn.quytrinh.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.quytrinh.platform.JpaHarness;

/** The database folds text as {@link Text#fold} does, on the database of the run. */
class SqlFoldTest {

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
