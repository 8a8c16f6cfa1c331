package vn.quytrinh.it.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page objects: what a person sees and does on each page, in the page's own words. */
final class Pages {

  private Pages() {}

  static String text(Browser b, By by) {
    return b.find(by).getText().strip();
  }

  /** The landing page of the application. */
  record SignIn(Browser b) {
    boolean isShown() {
      return !b.all(By.id("signin")).isEmpty();
    }

    String heading() {
      return text(b, By.tagName("h1"));
    }

    void signInAs(String username, String password) {
      b.find(By.id("username")).clear();
      b.find(By.id("username")).sendKeys(username);
      b.find(By.id("password")).sendKeys(password);
      b.clickAndWait(By.id("signin-submit"));
    }

    String error() {
      return text(b, By.cssSelector("#messages li"));
    }

    String typedUsername() {
      return b.find(By.id("username")).getAttribute("value");
    }

    String notice() {
      return text(b, By.cssSelector(".notice"));
    }
  }

  /** What every page after sign-in shares: who is signed in, the navigation, language, sign-out. */
  record Layout(Browser b) {
    String name() {
      return text(b, By.id("who-name"));
    }

    String unit() {
      return text(b, By.id("who-unit"));
    }

    String roles() {
      return text(b, By.id("who-roles"));
    }

    String heading() {
      return text(b, By.cssSelector("main h1"));
    }

    void documents() {
      b.clickAndWait(By.id("nav-documents"));
    }

    void myWork() {
      b.clickAndWait(By.id("nav-mywork"));
    }

    void language(String tag) {
      b.clickAndWait(By.id("lang-" + tag));
    }

    void signOut() {
      b.clickAndWait(By.id("signout-button"));
    }
  }

  /** "Việc của tôi". */
  record MyWork(Browser b) {
    boolean hasSection(String part) {
      return !b.all(By.id("work-" + part)).isEmpty();
    }

    List<WebElement> entries(String part) {
      return b.all(By.cssSelector("#work-" + part + " .entries > li"));
    }

    String count(String part) {
      return text(b, By.cssSelector("#work-" + part + " h2 .count"));
    }

    void open(String part, String code) {
      WebElement link =
          entries(part).stream()
              .filter(e -> e.getText().contains(code))
              .findFirst()
              .orElseThrow(() -> new AssertionError(code + " not in " + part))
              .findElement(By.cssSelector("a.entry-link"));
      b.clickAndWait(link);
    }
  }

  /** The documents list. */
  record Documents(Browser b) {
    String total() {
      return text(b, By.id("documents-total"));
    }

    List<String> codes() {
      return b.all(By.cssSelector("#documents tbody td.code")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    List<String> units() {
      return b.all(By.cssSelector("#documents tbody td.unit")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    List<String> statusOptions() {
      return b.all(By.cssSelector("#f-status option")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    void filterByTthc(String code) {
      b.find(By.id("f-tthc")).clear();
      b.find(By.id("f-tthc")).sendKeys(code);
      b.clickAndWait(By.id("f-apply"));
    }

    void sortBy(String label) {
      b.clickAndWait(By.xpath("//table[@id='documents']//th/a[normalize-space()='" + label + "']"));
    }

    String sortState(String label) {
      return b.find(By.xpath("//table[@id='documents']//th[a[normalize-space()='" + label + "']]"))
          .getAttribute("aria-sort");
    }

    /** The document's id, from its link. */
    long idOf(String code) {
      WebElement row =
          b.find(By.xpath("//table[@id='documents']//tr[td[normalize-space()='" + code + "']]"));
      String href = row.findElement(By.cssSelector("a.doc-link")).getAttribute("href");
      return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    void open(String code) {
      b.clickAndWait(
          By.xpath("//table[@id='documents']//tr[td[normalize-space()='" + code + "']]//a"));
    }
  }

  /** A document, read only. */
  record Document(Browser b) {
    String status() {
      return text(b, By.id("version-status"));
    }

    List<String> sectionHeadings() {
      return b.all(By.cssSelector("article.paper h2")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    List<WebElement> steps() {
      return b.all(By.cssSelector("#steps tbody tr"));
    }

    String stepsTotal() {
      return text(b, By.id("steps-total"));
    }

    String pdfHref() {
      return b.find(By.id("download-pdf")).getAttribute("href");
    }

    List<String> versionLinks() {
      return b.all(By.cssSelector("#history h3 a")).stream().map(e -> e.getText().strip()).toList();
    }

    int historyEvents() {
      return b.all(By.cssSelector("#history .timeline li")).size();
    }

    boolean hasFlagsSection() {
      return !b.all(By.id("flags")).isEmpty();
    }

    int formsInMain() {
      return b.all(By.cssSelector("main form")).size();
    }

    boolean notInForceNotice() {
      return !b.all(By.id("not-in-force")).isEmpty();
    }
  }
}
