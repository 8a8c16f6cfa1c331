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

  /** The actions on a version that the document page offers (asked of the services). */
  record Actions(Browser b) {
    List<String> offered() {
      return b.all(By.cssSelector("#doc-actions a, #doc-actions input[type=submit]")).stream()
          .map(e -> e.getTagName().equals("input") ? e.getAttribute("value") : e.getText())
          .map(String::strip)
          .toList();
    }

    void take(String id) {
      b.clickAndWait(By.id(id));
    }

    String notice() {
      return text(b, By.cssSelector("#messages li"));
    }

    int signatures() {
      return b.all(By.cssSelector("#history .signatures li")).size();
    }
  }

  /** "Tạo tài liệu mới". */
  record NewDocument(Browser b) {
    void create(String code, String title, String tthc) {
      b.find(By.id("code")).sendKeys(code);
      b.find(By.id("title")).sendKeys(title);
      b.find(By.id("tthc")).sendKeys(tthc);
      b.clickAndWait(By.id("create"));
    }
  }

  /** The draft editor. */
  record Editor(Browser b) {
    void type(String id, String text) {
      WebElement e = b.find(By.id(id));
      e.clear();
      e.sendKeys(text);
    }

    void add(String table) {
      b.clickAndWait(By.id("add-" + table));
    }

    List<WebElement> rows(String table) {
      return b.all(By.cssSelector("#" + table + "-table tbody tr"));
    }

    /** Types the cells of a row of the step table: work, responsible, days, output. */
    void step(int row, String action, String responsible, String days) {
      WebElement r = rows("step").get(row);
      fill(r.findElement(By.cssSelector("textarea.step-action")), action);
      fill(r.findElement(By.cssSelector("input.step-responsible")), responsible);
      fill(r.findElement(By.cssSelector("input.days")), days);
    }

    void days(int row, String days) {
      fill(rows("step").get(row).findElement(By.cssSelector("input.days")), days);
    }

    List<String> stepActions() {
      return rows("step").stream()
          .map(r -> r.findElement(By.cssSelector("textarea.step-action")).getAttribute("value"))
          .toList();
    }

    void moveUp(String table, int row) {
      b.clickAndWait(rows(table).get(row).findElement(By.cssSelector("input.move-up")));
    }

    /**
     * Drags a row by its handle onto another row. Chromium's WebDriver does not carry a mouse drag
     * into HTML5 drag-and-drop events, so the events the browser would fire are dispatched on the
     * handle and on the target row, with one DataTransfer, and the page's own script answers them.
     */
    void drag(String table, int from, int to) {
      List<WebElement> rows = rows(table);
      b.runAndWait(
          "var handle = arguments[0], target = arguments[1], dt = new DataTransfer();"
              + "function fire(el, type) {"
              + "  el.dispatchEvent(new DragEvent(type,"
              + "    {bubbles: true, cancelable: true, dataTransfer: dt})); }"
              + "fire(handle, 'dragstart'); fire(target, 'dragenter'); fire(target, 'dragover');"
              + "fire(target, 'drop'); fire(handle, 'dragend');",
          rows.get(from).findElement(By.cssSelector(".drag-handle")),
          rows.get(to).findElement(By.cssSelector("td")));
    }

    void removeRow(String table, int row) {
      b.clickAndWait(rows(table).get(row).findElement(By.cssSelector("input.remove")));
    }

    String focusedLabel() {
      return b.driver.switchTo().activeElement().getAttribute("aria-label");
    }

    String total() {
      return text(b, By.id("steps-total"));
    }

    String limitState() {
      return text(b, By.id("limit-state"));
    }

    boolean overLimit() {
      return b.find(By.id("limit-state")).getAttribute("class").contains("over");
    }

    /** Searches the legal registry and picks the document with this number. */
    void cite(String query, String number, String article) {
      type("legal-query", query);
      b.pressEnterIn(b.find(By.id("legal-query"))); // the registry search, not a save
      b.clickAndWait(
          By.xpath(
              "//ul[@id='legal-hits']/li[strong[normalize-space()='"
                  + number
                  + "']]//input[@type='submit']"));
      List<WebElement> rows = rows("citation");
      fill(rows.get(rows.size() - 1).findElement(By.cssSelector("input.cite-article")), article);
    }

    List<String> hits() {
      return b.all(By.cssSelector("#legal-hits li strong")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    List<String> citedNumbers() {
      return rows("citation").stream()
          .map(r -> r.findElement(By.cssSelector("input.cite-number")).getAttribute("value"))
          .toList();
    }

    void save() {
      b.clickAndWait(By.id("save"));
    }

    /** Enter in the step table's first "responsible" field: the draft is saved. */
    void saveByEnter() {
      b.pressEnterIn(rows("step").get(0).findElement(By.cssSelector("input.step-responsible")));
    }

    void submit() {
      b.clickAndWait(By.id("submit"));
    }

    List<String> messages() {
      return b.all(By.cssSelector("#messages li")).stream().map(e -> e.getText().strip()).toList();
    }

    List<String> findings() {
      return b.all(By.cssSelector("#findings li")).stream().map(e -> e.getText().strip()).toList();
    }

    boolean staleShown() {
      return !b.all(By.id("stale")).isEmpty();
    }

    List<String> theirChanges() {
      return b.all(By.cssSelector("#their-changes tbody tr")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    String value(String id) {
      return b.find(By.id(id)).getAttribute("value");
    }

    private static void fill(WebElement e, String text) {
      e.clear();
      e.sendKeys(text);
    }
  }

  /** Review and approval of a version. */
  record Review(Browser b) {
    String diffHeading() {
      return text(b, By.id("h-diff"));
    }

    List<String> changes() {
      return b.all(By.cssSelector("#changes tbody tr")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    void accept(String password) {
      b.find(By.id("password")).sendKeys(password);
      b.clickAndWait(By.id("accept"));
    }

    String effectiveFrom() {
      return b.find(By.id("effective-from")).getAttribute("value");
    }

    void askApproval() {
      b.clickAndWait(By.id("approve"));
    }

    String confirmation() {
      return text(b, By.id("confirm-approve-text"));
    }

    void confirmApproval(String password) {
      b.find(By.id("approve-password")).sendKeys(password);
      b.clickAndWait(By.id("confirm-approve-button"));
    }
  }
}
