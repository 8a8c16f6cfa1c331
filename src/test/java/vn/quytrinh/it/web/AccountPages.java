package vn.quytrinh.it.web;

import static vn.quytrinh.it.web.Pages.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page objects of the pages around the documents: one's own password, imports, manuals and
 * registers, the audit trail.
 */
final class AccountPages {

  private AccountPages() {}

  static List<String> messages(Browser b) {
    return b.all(By.cssSelector("#messages li")).stream().map(e -> e.getText().strip()).toList();
  }

  /** "Đổi mật khẩu". */
  record Password(Browser b) {
    void open() {
      b.clickAndWait(By.id("nav-password"));
    }

    void change(String current, String next, String repeat) {
      b.find(By.id("current-password")).sendKeys(current);
      b.find(By.id("new-password")).sendKeys(next);
      b.find(By.id("repeat-password")).sendKeys(repeat);
      b.clickAndWait(By.id("change-password"));
    }

    List<String> messages() {
      return AccountPages.messages(b);
    }
  }

  /** "Nhập dữ liệu". */
  record Imports(Browser b) {
    boolean offered() {
      return !b.all(By.id("nav-imports")).isEmpty();
    }

    void open() {
      b.clickAndWait(By.id("nav-imports"));
    }

    void check(String kind, String unitCode, Path file) {
      b.find(By.cssSelector("input[type=radio][name='kind'][value='" + kind + "']")).click();
      new Select(b.find(By.id("unit"))).selectByValue(unitCode == null ? "" : unitCode);
      b.find(By.cssSelector("#upload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
      b.clickAndWait(By.id("check"));
    }

    /** The kinds offered, by their values. */
    List<String> kinds() {
      return b.all(By.cssSelector("input[type=radio][name='kind']")).stream()
          .map(e -> e.getAttribute("value"))
          .toList();
    }

    /** A kind that takes no unit (the org chart's): no unit is asked for. */
    void check(String kind, Path file) {
      b.find(By.cssSelector("input[type=radio][name='kind'][value='" + kind + "']")).click();
      b.find(By.cssSelector("#upload input[type=file]")).sendKeys(file.toAbsolutePath().toString());
      b.clickAndWait(By.id("check"));
    }

    String count(String what) {
      return text(b, By.id("count-" + what));
    }

    /** Each row of the report: line, key, outcome, reason. */
    List<List<String>> rows() {
      return b.all(By.cssSelector("#report-rows tbody tr")).stream()
          .map(
              tr ->
                  tr.findElements(By.tagName("td")).stream()
                      .map(td -> td.getText().strip())
                      .toList())
          .toList();
    }

    String heading() {
      return text(b, By.id("h-report"));
    }

    boolean confirmable() {
      return !b.all(By.id("confirm")).isEmpty();
    }

    void confirm() {
      b.clickAndWait(By.id("confirm"));
    }

    void cancel() {
      b.clickAndWait(By.id("cancel"));
    }

    List<String> messages() {
      return AccountPages.messages(b);
    }
  }

  /** "Sổ tay, báo cáo". */
  record Exports(Browser b) {
    void open() {
      b.clickAndWait(By.id("nav-exports"));
    }

    List<String> registers() {
      return b.all(By.cssSelector("#registers button")).stream()
          .map(e -> e.getAttribute("data-register"))
          .toList();
    }

    void asOf(String date) {
      WebElement in = b.find(By.id("as-of"));
      in.clear();
      in.sendKeys(date);
    }

    void format(String value) {
      b.find(By.cssSelector("input[type=radio][name='format'][value='" + value + "']")).click();
    }

    /** Clicks a download; the page stays, and shows that it works until the file arrives. */
    void download(By button) {
      b.find(button).click();
    }

    void downloadManual() {
      download(By.id("download-manual"));
    }

    void downloadRegister(String name) {
      download(By.cssSelector("#registers button[data-register='" + name + "']"));
    }

    boolean busyShown() {
      return b.find(By.id("busy")).isDisplayed();
    }

    /** Waits until the busy state ends and a finished file ending in {@code suffix} is there. */
    Path awaitFile(String suffix) {
      return new WebDriverWait(b.driver, Duration.ofSeconds(90))
          .until(
              d -> {
                if (busyShown()) {
                  return null;
                }
                try (Stream<Path> files = Files.list(b.downloads)) {
                  return files
                      .filter(f -> f.getFileName().toString().endsWith(suffix))
                      .findFirst()
                      .orElse(null);
                } catch (java.io.IOException e) {
                  return null;
                }
              });
    }

    List<String> messages() {
      return AccountPages.messages(b);
    }
  }

  /** "Nhật ký". */
  record AuditTrail(Browser b) {
    boolean offered() {
      return !b.all(By.id("nav-audit")).isEmpty();
    }

    void open() {
      b.clickAndWait(By.id("nav-audit"));
    }

    List<Long> seqs() {
      return b.all(By.cssSelector("#events tbody td.seq")).stream()
          .map(e -> Long.parseLong(e.getText().strip()))
          .toList();
    }

    List<String> column(String css) {
      return b.all(By.cssSelector("#events tbody td." + css)).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    void filterByEntity(String entity) {
      new Select(b.find(By.id("a-entity"))).selectByValue(entity);
      b.clickAndWait(By.id("a-apply"));
    }

    boolean hasOlder() {
      return !b.all(By.id("audit-older")).isEmpty();
    }

    void older() {
      b.clickAndWait(By.id("audit-older"));
    }

    String total() {
      return text(b, By.id("audit-total"));
    }

    void verify() {
      b.clickAndWait(By.id("verify"));
    }

    String verification() {
      return text(b, By.id("verification-result"));
    }

    String protection() {
      return text(b, By.id("verification-protection"));
    }
  }
}
