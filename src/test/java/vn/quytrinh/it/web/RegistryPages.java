package vn.quytrinh.it.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Page objects of the flags register and the legal registry, in the pages' own words. */
final class RegistryPages {

  private RegistryPages() {}

  static String text(Browser b, By by) {
    return Pages.text(b, by);
  }

  static void fill(Browser b, String id, String text) {
    WebElement e = b.find(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  /** "Sổ theo dõi cờ rà soát". */
  record Flags(Browser b) {
    void open() {
      b.clickAndWait(By.id("nav-flags"));
    }

    String total() {
      return text(b, By.id("flags-total"));
    }

    List<WebElement> rows() {
      return b.all(By.cssSelector("#flags tbody tr"));
    }

    List<String> codes() {
      return b.all(By.cssSelector("#flags tbody td.doc .code")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    /** Chooses filters by their visible labels (null: left as it is) and applies them. */
    void filter(String unit, String status, String severity, String due) {
      choose("f-unit", unit);
      choose("f-status", status);
      choose("f-severity", severity);
      choose("f-due", due);
      b.clickAndWait(By.id("f-apply"));
    }

    void dueBetween(String from, String to) {
      fill(b, "f-due-from", from);
      fill(b, "f-due-to", to);
      b.clickAndWait(By.id("f-apply"));
    }

    private void choose(String id, String label) {
      if (label != null) {
        new Select(b.find(By.id(id))).selectByVisibleText(label);
      }
    }

    String xlsxHref() {
      return b.find(By.id("flags-xlsx")).getAttribute("href");
    }

    void open(String code) {
      b.clickAndWait(
          By.xpath(
              "//table[@id='flags']//tr[td[contains(@class,'doc')]//span[normalize-space()='"
                  + code
                  + "']]//a[contains(@class,'flag-link')]"));
    }
  }

  /** One revision flag. */
  record Flag(Browser b) {
    String status() {
      return text(b, By.id("flag-status"));
    }

    String severity() {
      return text(b, By.id("flag-severity"));
    }

    String reason() {
      return text(b, By.id("flag-reason"));
    }

    boolean mayStartRevision() {
      return !b.all(By.id("start-revision")).isEmpty();
    }

    void startRevision() {
      b.clickAndWait(By.id("start-revision"));
    }

    boolean mayDismiss() {
      return !b.all(By.id("dismiss")).isEmpty();
    }

    void askDismiss(String justification) {
      fill(b, "justification", justification);
      b.clickAndWait(By.id("dismiss"));
    }

    String confirmation() {
      return text(b, By.id("confirm-dismiss-text"));
    }

    void confirmDismiss() {
      b.clickAndWait(By.id("confirm-dismiss-button"));
    }

    String justification() {
      return text(b, By.id("flag-justification"));
    }

    String resolved() {
      return text(b, By.id("flag-resolved"));
    }

    List<String> messages() {
      return b.all(By.cssSelector("#messages li")).stream().map(e -> e.getText().strip()).toList();
    }
  }

  /** "Danh mục văn bản pháp luật". */
  record Legal(Browser b) {
    void open() {
      b.clickAndWait(By.id("nav-legal"));
    }

    void search(String q) {
      fill(b, "f-q", q);
      b.clickAndWait(By.id("f-apply"));
    }

    List<String> numbers() {
      return b.all(By.cssSelector("#legal-documents tbody a.legal-link")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    void openDocument(String number) {
      b.clickAndWait(
          By.xpath("//table[@id='legal-documents']//a[normalize-space()='" + number + "']"));
    }

    void add() {
      b.clickAndWait(By.id("new-legal"));
    }
  }

  /** Adding or correcting a legal document. */
  record LegalForm(Browser b) {
    void fillIn(
        String number, String type, String issuer, String title, String signed, String from) {
      fill(b, "legal-number", number);
      new Select(b.find(By.id("legal-type"))).selectByVisibleText(type);
      fill(b, "legal-issuer", issuer);
      fill(b, "legal-title", title);
      fill(b, "legal-signed", signed);
      fill(b, "legal-from", from);
    }

    void save() {
      b.clickAndWait(By.id("save-legal"));
    }
  }

  /** One legal document. */
  record LegalDocument(Browser b) {
    String status() {
      return text(b, By.id("legal-status"));
    }

    List<String> validity() {
      return b.all(By.cssSelector("#validity li")).stream()
          .map(e -> e.getText().strip().replaceAll("\\s+", " "))
          .toList();
    }

    List<String> relations(String group) {
      return b.all(By.cssSelector("#relations-" + group + " li")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    List<String> dependents() {
      return b.all(By.cssSelector("#dependents-table tbody tr")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    /** Records how this document acts on another (kind by its label). */
    void record(String kind, String target, String articles, String from) {
      new Select(b.find(By.id("relation-kind"))).selectByVisibleText(kind);
      fill(b, "relation-target", target);
      fill(b, "relation-articles", articles);
      fill(b, "relation-from", from);
      b.clickAndWait(By.id("record-relation"));
    }

    List<WebElement> raised() {
      return b.all(By.cssSelector("#raised .entries li"));
    }

    void openRaised(String code) {
      b.clickAndWait(
          raised().stream()
              .filter(e -> e.getText().contains(code))
              .findFirst()
              .orElseThrow(() -> new AssertionError(code + " not among the flags raised"))
              .findElement(By.cssSelector("a.entry-link")));
    }

    boolean keeps() {
      return !b.all(By.id("record-relation")).isEmpty();
    }

    List<String> messages() {
      return b.all(By.cssSelector("#messages li")).stream().map(e -> e.getText().strip()).toList();
    }
  }
}
