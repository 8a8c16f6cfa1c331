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

    /** The article's wording on one side ("before", "after"), line by line as shown. */
    List<String> wording(String article, String side) {
      return b.all(By.cssSelector("#wording-" + article + " .side-" + side + " .law-line")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    /** How many of one side's lines are shown, and how many there are. */
    int[] linesShown(String article, String side) {
      List<WebElement> lines =
          b.all(By.cssSelector("#wording-" + article + " .side-" + side + " .law-line"));
      return new int[] {(int) lines.stream().filter(WebElement::isDisplayed).count(), lines.size()};
    }

    /** Ticks "the whole article" (offered on a phone). */
    void showWhole(String article) {
      b.find(By.cssSelector("label[for='whole-" + article + "']")).click();
    }

    /** The words marked on one side: removed ("del") or added ("ins"), without the hidden words. */
    List<String> marked(String article, String tag) {
      return b.all(By.cssSelector("#wording-" + article + " .law-text " + tag)).stream()
          .map(
              e ->
                  (String)
                      ((org.openqa.selenium.JavascriptExecutor) b.driver)
                          .executeScript(
                              "var c = arguments[0].cloneNode(true);"
                                  + " c.querySelectorAll('.visually-hidden').forEach(function (h)"
                                  + " { h.remove(); }); return c.textContent;",
                              e))
          .map(String::strip)
          .toList();
    }

    /** What the side's heading says: who set the wording, from when. */
    String setBy(String article, String side) {
      return text(b, By.cssSelector("#wording-" + article + " .side-" + side + " .meta"));
    }

    /** The words a screen reader hears for a removed run (the hidden words included). */
    String spokenRemoved(String article) {
      return b.find(By.cssSelector("#wording-" + article + " .law-text del"))
          .getAttribute("textContent")
          .strip();
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

    void openText() {
      b.clickAndWait(By.id("legal-text-link"));
    }

    List<String> messages() {
      return b.all(By.cssSelector("#messages li")).stream().map(e -> e.getText().strip()).toList();
    }
  }

  /** A legal document's text: as in force on a day, and its import. */
  record LegalText(Browser b) {
    boolean hasText() {
      return b.all(By.id("no-text")).isEmpty();
    }

    String noText() {
      return text(b, By.id("no-text"));
    }

    /** Chooses the file and runs the check (nothing stored). */
    void check(java.nio.file.Path file) {
      b.find(By.cssSelector("#text-upload input[type=file]"))
          .sendKeys(file.toAbsolutePath().toString());
      b.clickAndWait(By.id("check-text"));
    }

    String count(String what) {
      return text(b, By.id("count-" + what));
    }

    /**
     * Opens "Sửa lời văn đọc được" and corrects the text as read: the first {@code wrong} becomes
     * {@code right} (set in the field as a person's typing would leave it), then checks again.
     */
    void correctLines(String wrong, String right) {
      b.find(By.cssSelector("details.text-correct summary")).click();
      org.openqa.selenium.WebElement area = b.find(By.id("text-lines"));
      ((org.openqa.selenium.JavascriptExecutor) b.driver)
          .executeScript(
              "arguments[0].value = arguments[0].value.replace(arguments[1], arguments[2]);",
              area,
              wrong,
              right);
    }

    void recheck() {
      b.clickAndWait(By.id("recheck-text"));
    }

    boolean corrected() {
      return !b.all(By.id("text-corrected")).isEmpty();
    }

    List<String> parseReport() {
      return b.all(By.cssSelector("#parse-report li")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    /** Each proposal: kind, document changed, places, new wording. */
    List<List<String>> proposals() {
      return b.all(By.cssSelector("#proposals tbody tr")).stream()
          .map(
              tr ->
                  List.of(
                      tr.findElement(By.cssSelector(".proposal-kind")).getText().strip(),
                      tr.findElement(By.cssSelector(".proposal-target")).getText().strip(),
                      tr.findElement(By.cssSelector(".proposal-places")).getText().strip(),
                      tr.findElement(By.cssSelector(".proposal-wording")).getText().strip()))
          .toList();
    }

    /** Opens "Sửa đề xuất" of the proposal in {@code row} and types its places anew. */
    void correctPlaces(int row, String places) {
      org.openqa.selenium.WebElement tr = b.all(By.cssSelector("#proposals tbody tr")).get(row);
      tr.findElement(By.cssSelector("details.proposal-correct summary")).click();
      org.openqa.selenium.WebElement in =
          tr.findElement(By.cssSelector("input.proposal-places-input"));
      in.clear();
      in.sendKeys(places);
    }

    List<String> proposalDates() {
      return b.all(By.cssSelector("#proposals input.proposal-from")).stream()
          .map(e -> e.getAttribute("value"))
          .toList();
    }

    String confirmLabel() {
      return b.find(By.id("confirm-text")).getAttribute("value");
    }

    void confirm() {
      b.clickAndWait(By.id("confirm-text"));
    }

    /** What was recorded, place by place: kind, document, place, outcome. */
    List<List<String>> recorded() {
      return b.all(By.cssSelector("#recorded-items tbody tr")).stream()
          .map(
              tr ->
                  tr.findElements(By.tagName("td")).stream()
                      .map(td -> td.getText().strip())
                      .toList())
          .toList();
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

    /** Shows the text as in force on a day (dd/MM/yyyy), by the page's own date form. */
    void asOf(String day) {
      fill(b, "as-of", day);
      b.clickAndWait(By.id("as-of-apply"));
    }

    /** The headings shown, in order: "Chương II. …" and "Điều 4. …". */
    List<String> headings() {
      return b.all(By.cssSelector("#law h2.division, #law .law-article h3")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    /** Who last changed an article, as its line under the heading says. */
    String setBy(String article) {
      return text(b, By.cssSelector("#dieu-" + article + " .set-by"));
    }

    String article(String number) {
      return text(b, By.id("dieu-" + number));
    }

    List<String> messages() {
      return b.all(By.cssSelector("#messages li")).stream().map(e -> e.getText().strip()).toList();
    }
  }
}
