package vn.quytrinh.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.quytrinh.it.web.Pages.Actions;
import vn.quytrinh.it.web.Pages.Document;
import vn.quytrinh.it.web.Pages.Documents;
import vn.quytrinh.it.web.Pages.Editor;
import vn.quytrinh.it.web.Pages.Layout;
import vn.quytrinh.it.web.Pages.MyWork;
import vn.quytrinh.it.web.Pages.NewDocument;
import vn.quytrinh.it.web.Pages.Review;
import vn.quytrinh.it.web.Pages.SignIn;

/**
 * The web interface in a real browser (Debian's Chromium, headless) against the built WAR started
 * with the Vietnamese sample data of the README: the commune's ISO coordinator signs in and finds
 * her work, reads a procedure in force and downloads it as PDF; an officer who only reads sees no
 * draft and is refused one when he types its address. Every page is screenshotted and checked with
 * axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class WebJourneyIT {

  static final String PASSWORD = "quytrinh-demo";

  /** The first administrator's, from {@code arquillian.xml} (made before the sample data). */
  static final String ADMIN_PASSWORD = "it-quantri-matkhau-2026";

  static final Pattern DATE = Pattern.compile("\\b\\d{2}/\\d{2}/\\d{4}\\b");

  @Deployment(testable = false)
  @TargetsContainer("payara-micro-sample")
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("it.war", "target/quytrinh.war")));
  }

  @ArquillianResource URL url;

  Browser b;

  @BeforeEach
  void open() throws Exception {
    URI base = URI.create("http://127.0.0.1:" + url.getPort() + url.getPath());
    b = new Browser(base);
  }

  @AfterEach
  void close() throws Exception {
    b.close();
  }

  @Test
  void coordinatorSignsInAndFindsHerWork() throws Exception {
    b.open("");
    SignIn signIn = new SignIn(b);
    assertTrue(signIn.isShown(), "the address of the application lands on the sign-in page");
    assertEquals("Đăng nhập", signIn.heading());
    b.visited("01-dang-nhap");
    b.onPhone("01-dang-nhap");

    signIn.signInAs("xa.thuky", "sai-mat-khau-roi");
    assertEquals("Sai tên đăng nhập hoặc mật khẩu.", signIn.error());
    assertEquals("xa.thuky", signIn.typedUsername(), "the clerk need not type the username again");
    b.visited("02-dang-nhap-sai");

    signIn.signInAs("xa.thuky", PASSWORD);
    Layout layout = new Layout(b);
    assertEquals("Việc của tôi", layout.heading());
    assertTrue(b.path().endsWith("/app/dashboard.xhtml"), b.path());
    assertEquals("Trần Thị Hoa", layout.name());
    assertEquals("Ủy ban nhân dân xã Tân Hòa", layout.unit());
    assertEquals("Thư ký ISO", layout.roles());

    MyWork work = new MyWork(b);
    assertTrue(
        work.entries("drafts").stream().anyMatch(e -> e.getText().contains("QT-02/CT")),
        "the revision of QT-02/CT being drafted waits for her");
    assertFalse(work.entries("flags").isEmpty(), "the sample changes of the law raise flags");
    work.entries("flags")
        .forEach(e -> assertTrue(DATE.matcher(e.getText()).find(), "due date dd/MM/yyyy"));
    assertTrue(
        !b.all(By.cssSelector("#work-flags li.overdue .badge.overdue")).isEmpty()
            || !b.all(By.cssSelector("#work-flags li.soon .badge.soon")).isEmpty(),
        "flags due soon or overdue are marked");
    // a reviewer's queue is not hers
    assertEquals("0", work.count("toReview"));
    b.visited("03-viec-cua-toi");
    b.onPhone("03-viec-cua-toi");

    layout.language("en");
    assertEquals("My work", layout.heading());
    assertEquals("ISO coordinator", layout.roles());
    b.visited("04-my-work-en");
    layout.language("vi");
    assertEquals("Việc của tôi", layout.heading());

    // one click from the entry to the draft
    work.open("drafts", "QT-02/CT");
    Document draft = new Document(b);
    assertEquals("Dự thảo", draft.status());
    assertTrue(draft.notInForceNotice());
    assertTrue(draft.historyEvents() > 0, "the coordinator reads the work's history");
    b.visited("05-du-thao");

    layout.signOut();
    assertTrue(signIn.isShown());
    assertEquals("Bạn đã đăng xuất.", signIn.notice());
    b.open("app/dashboard.xhtml");
    assertTrue(signIn.isShown(), "after sign-out the pages need a sign-in again");
  }

  /**
   * Two minutes before the session's idle time runs out, every page says so with the time left and
   * a button that renews the session — a post that needs the session's token, refused without it.
   * When the time is up the page goes to the sign-in form, which says the session ended. The
   * script's clock is shortened from the test (the idle time itself is the server's 30 minutes).
   */
  @Test
  void theSessionWarnsBeforeItEndsAndCanBeRenewed() throws Exception {
    b.open("");
    SignIn signIn = new SignIn(b);
    signIn.signInAs("xa.canbo", PASSWORD);
    assertEquals("Việc của tôi", new Layout(b).heading());
    WebElement warning = b.find(By.id("session-warning"));
    assertFalse(warning.isDisplayed(), "no warning while the session has time");
    assertEquals("1800", warning.getAttribute("data-seconds"), "web.xml's 30 minutes");
    JavascriptExecutor js = (JavascriptExecutor) b.driver;
    WebDriverWait wait = new WebDriverWait(b.driver, java.time.Duration.ofSeconds(15));

    js.executeScript("QuyTrinhSession.idle(125000, 120000);");
    wait.until(d -> warning.isDisplayed());
    String text = warning.getText();
    assertTrue(text.contains("Phiên làm việc sắp hết hạn"), text);
    assertTrue(Pattern.compile("\\b[12]:[0-5]\\d\\b").matcher(text).find(), "time left: " + text);
    assertEquals(
        "session-continue",
        b.driver.switchTo().activeElement().getAttribute("id"),
        "the focus is on the button, so Enter keeps the session");
    b.visited("06-sap-het-phien");
    b.onPhone("06-sap-het-phien");

    String token = warning.getAttribute("data-token");
    assertEquals(
        403,
        b.post("app/con-phien", Map.of(), b.origin()).statusCode(),
        "a renewal without the session's token is refused");
    assertEquals(204, b.post("app/con-phien", Map.of("_csrf", token), b.origin()).statusCode());
    b.find(By.id("session-continue")).click();
    wait.until(d -> !warning.isDisplayed());
    assertTrue(b.path().endsWith("/app/dashboard.xhtml"), "still at work: " + b.path());

    // the session ended on the server (signed out from elsewhere); the page's time runs out
    assertEquals(303, b.post("dang-xuat", Map.of("_csrf", token), b.origin()).statusCode());
    js.executeScript("QuyTrinhSession.idle(1500, 1000);");
    wait.until(d -> signIn.isShown());
    assertEquals("Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.", signIn.notice());
    assertTrue(
        b.driver.getCurrentUrl().contains("next=%2Fapp%2Fdashboard.xhtml"),
        "back to the same page after signing in: " + b.driver.getCurrentUrl());
  }

  @Test
  void documentsListAndADocumentInForceWithItsPdf() throws Exception {
    b.open("");
    new SignIn(b).signInAs("xa.thuky", PASSWORD);
    Layout layout = new Layout(b);
    layout.documents();
    Documents list = new Documents(b);
    assertEquals("Tài liệu", layout.heading());
    List<String> all = list.codes();
    assertTrue(all.containsAll(List.of("QT-01/HT", "QT-02/CT", "QT-03/KT")), all.toString());
    assertEquals(all.size(), list.units().size(), "a unit on every row");
    assertTrue(
        list.units().stream().allMatch("Ủy ban nhân dân xã Tân Hòa"::equals),
        "units by the name people know, not by code: " + list.units());
    b.visited("10-tai-lieu");
    b.onPhone("10-tai-lieu");

    list.sortBy("Mã hiệu");
    assertEquals("ascending", list.sortState("Mã hiệu"));
    List<String> up = list.codes();
    list.sortBy("Mã hiệu");
    assertEquals("descending", list.sortState("Mã hiệu"));
    List<String> down = list.codes();
    List<String> reversed = new java.util.ArrayList<>(down);
    java.util.Collections.reverse(reversed);
    assertEquals(up, reversed, "the database sorts both ways");
    assertEquals(up.stream().sorted().toList(), up);

    list.filterByTthc("2.000815");
    assertEquals(List.of("QT-02/CT"), list.codes());
    assertTrue(b.driver.getCurrentUrl().contains("tthc=2.000815"), "the filter is in the address");
    b.visited("11-tai-lieu-loc-tthc");

    list.open("QT-02/CT");
    Document doc = new Document(b);
    assertEquals("Đang hiệu lực", doc.status());
    assertFalse(doc.notInForceNotice());
    assertEquals(
        List.of(
            "TRÁCH NHIỆM",
            "THEO DÕI SỬA ĐỔI",
            "1. MỤC ĐÍCH",
            "2. PHẠM VI",
            "3. TÀI LIỆU VIỆN DẪN",
            "4. ĐỊNH NGHĨA/VIẾT TẮT",
            "5. NỘI DUNG QUY TRÌNH",
            "6. BIỂU MẪU",
            "7. HỒ SƠ CẦN LƯU"),
        doc.sectionHeadings());
    assertFalse(doc.steps().isEmpty());
    assertTrue(doc.stepsTotal().matches("\\d+(,\\d+)?"), "decimal comma: " + doc.stepsTotal());
    assertTrue(
        doc.versionLinks().contains("Xem lần 2"),
        "the coordinator sees the revision in progress: " + doc.versionLinks());
    b.visited("12-tai-lieu-hieu-luc");
    b.onPhone("12-tai-lieu-hieu-luc");

    HttpResponse<byte[]> pdf = b.fetch(doc.pdfHref(), true);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));
    assertTrue(pdf.body().length > 10_000);
    HttpResponse<byte[]> anonymous = b.fetch(doc.pdfHref(), false);
    assertEquals(303, anonymous.statusCode(), "no session, no file");
    assertTrue(
        anonymous.headers().firstValue("Location").orElse("").contains("/dang-nhap?next="),
        anonymous.headers().map().toString());
  }

  @Test
  void aReaderSeesNoDraftAndIsRefusedOneByItsAddress() throws Exception {
    b.open("");
    new SignIn(b).signInAs("xa.canbo", PASSWORD);
    Layout layout = new Layout(b);
    assertEquals("Vũ Đức Anh", layout.name());
    assertEquals("Cán bộ (chỉ xem)", layout.roles());
    MyWork work = new MyWork(b);
    assertFalse(work.hasSection("drafts"), "a reader has no drafts to finish");
    assertFalse(work.hasSection("flags"));
    b.visited("20-can-bo-viec-cua-toi");

    layout.documents();
    Documents list = new Documents(b);
    List<String> codes = list.codes();
    assertTrue(codes.contains("QT-02/CT"), codes.toString());
    assertFalse(codes.contains("QT-03/KT"), "a procedure never in force is not listed: " + codes);
    assertEquals(List.of("Tất cả", "Đang hiệu lực"), list.statusOptions());
    long id = list.idOf("QT-02/CT");
    b.visited("21-can-bo-tai-lieu");

    list.open("QT-02/CT");
    Document doc = new Document(b);
    assertEquals("Đang hiệu lực", doc.status());
    assertTrue(doc.versionLinks().isEmpty(), "no link to the draft: " + doc.versionLinks());
    assertEquals(0, doc.historyEvents(), "the work's history (with comments) is not his");
    assertFalse(doc.hasFlagsSection());
    assertEquals(0, doc.formsInMain(), "no action on the document");
    b.visited("22-can-bo-tai-lieu-hieu-luc");

    // the draft's address typed by hand: refused as if it did not exist
    b.open("app/document.xhtml?id=" + id + "&issue=2");
    assertEquals("Không tìm thấy trang", b.find(By.tagName("h1")).getText());
    assertFalse(b.driver.getPageSource().contains("QT-02/CT"));
    b.visited("23-can-bo-du-thao-bi-tu-choi");
    HttpResponse<byte[]> page = b.fetch("app/document.xhtml?id=" + id + "&issue=2", true);
    assertEquals(404, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals(404, b.fetch("app/download?id=" + id + "&issue=2&format=pdf", true).statusCode());
  }

  @Test
  void aForgedPostToAPageChangesNothing() throws Exception {
    b.open("");
    new SignIn(b).signInAs("xa.thuky", PASSWORD);
    Layout layout = new Layout(b);
    assertEquals("Việc của tôi", layout.heading());
    String viewState =
        b.find(By.cssSelector("#lang input[name='jakarta.faces.ViewState']")).getAttribute("value");
    String csrf = b.find(By.cssSelector("#signout input[name='_csrf']")).getAttribute("value");
    Map<String, String> switchToEnglish =
        Map.of("lang", "lang", "lang-en", "English", "jakarta.faces.ViewState", viewState);

    // the language switch of the page, posted by another site with the person's cookie
    HttpResponse<byte[]> foreign =
        b.post("app/dashboard.xhtml", switchToEnglish, "https://evil.example");
    assertEquals(403, foreign.statusCode(), "a page action from another origin");
    // from our origin but with neither the page's view state nor the session's token
    HttpResponse<byte[]> noToken =
        b.post("app/dashboard.xhtml", Map.of("lang", "lang", "lang-en", "English"), b.origin());
    assertEquals(403, noToken.statusCode(), "a page action without view state or token");
    // sign-out with the token, but from another origin
    assertEquals(
        403, b.post("dang-xuat", Map.of("_csrf", csrf), "https://evil.example").statusCode());

    b.open("app/dashboard.xhtml");
    assertEquals("Việc của tôi", layout.heading(), "the language did not change");
    assertTrue(layout.name().length() > 0, "still signed in");

    // the same switch from the page itself works
    layout.language("en");
    assertEquals("My work", layout.heading());
  }

  @Test
  void pagesCarryTheNonceOfTheirPolicyAndTheApiKeepsItsErrors() throws Exception {
    HttpResponse<byte[]> signIn = b.fetch("signin.xhtml", false);
    assertEquals(200, signIn.statusCode());
    List<String> policies = signIn.headers().allValues("Content-Security-Policy");
    assertEquals(2, policies.size(), policies.toString());
    String nonce =
        policies.stream()
            .map(p -> Pattern.compile("'nonce-([^']+)'").matcher(p))
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no nonce policy: " + policies));
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
    String html = new String(signIn.body(), StandardCharsets.UTF_8);
    Matcher script = Pattern.compile("<script([^>]*)>").matcher(html);
    int scripts = 0;
    while (script.find()) {
      scripts++;
      String attrs = script.group(1);
      assertTrue(
          attrs.contains("src=") || attrs.contains("nonce=\"" + nonce + "\""),
          "an inline script without the page's nonce: " + attrs);
    }
    assertTrue(scripts > 0, "PrimeFaces' scripts are on the page");

    HttpResponse<byte[]> missing = b.fetch("no-such-page", false);
    assertEquals(404, missing.statusCode());
    assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("Không tìm thấy trang"));
    HttpResponse<byte[]> api = b.fetch("api/v1/documents", false);
    assertEquals(401, api.statusCode());
    assertTrue(
        api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertEquals(
        "nosniff",
        api.headers().firstValue("X-Content-Type-Options").orElse(null),
        "the mechanism's 401 keeps the security headers");
    HttpResponse<byte[]> signedIn = b.fetchAs("api/v1/documents", "xa.thuky", PASSWORD);
    assertEquals(200, signedIn.statusCode());
    assertEquals(
        List.of(
            "default-src 'self'; frame-ancestors 'none'; object-src 'none'; form-action 'self';"
                + " base-uri 'none'"),
        signedIn.headers().allValues("Content-Security-Policy"),
        "the API keeps its strict policy");

    b.open("no-such-page");
    b.visited("30-khong-tim-thay");
  }

  @Test
  void aProcedureIsDraftedSubmittedReviewedApprovedAndInForce() throws Exception {
    b.open("");
    new SignIn(b).signInAs("xa.thuky", PASSWORD);
    Layout layout = new Layout(b);
    layout.documents();
    b.clickAndWait(By.id("new-document"));
    assertEquals("Tạo tài liệu mới", layout.heading());
    b.visited("40-tao-tai-lieu");
    new NewDocument(b).create("QT-07/HT", "Quy trình đăng ký kết hôn", "1.000894");

    Editor editor = new Editor(b);
    assertTrue(layout.heading().startsWith("QT-07/HT"), layout.heading());
    assertEquals(List.of("Đã tạo tài liệu QT-07/HT và dự thảo lần ban hành 1."), editor.messages());
    editor.type("purpose", "Quy định trình tự đăng ký kết hôn tại UBND xã Tân Hòa.");
    editor.type("scope", "Áp dụng với công chức Tư pháp – Hộ tịch và Bộ phận Một cửa.");

    // citations picked from the legal registry, typed without diacritics
    editor.cite("luat ho tich", "60/2014/QH13", "Điều 18");
    assertEquals(List.of("60/2014/QH13"), editor.citedNumbers());
    editor.cite("123/2015", "123/2015/NĐ-CP", "Điều 18");
    assertEquals(List.of("60/2014/QH13", "123/2015/NĐ-CP"), editor.citedNumbers());

    editor.add("dossier");
    WebElement item = editor.rows("dossier").get(0);
    item.findElement(By.cssSelector("input.wide")).sendKeys("Tờ khai đăng ký kết hôn theo mẫu");
    item.findElement(By.cssSelector("input[type=number]")).sendKeys("1");

    // the step table: rows added, typed, the running total against the TTHC's limit of 1 day
    String[][] steps = {
      {"Tiếp nhận, kiểm tra hồ sơ", "Bộ phận Một cửa", "0,25"},
      {"Thẩm định, trình ký", "Công chức Tư pháp – Hộ tịch", "0,5"},
      {"Ký giấy chứng nhận kết hôn, trả kết quả", "Chủ tịch UBND xã; Bộ phận Một cửa", "0,25"},
      {"Một bước thừa", "Bộ phận Một cửa", "0,5"}
    };
    for (int i = 0; i < steps.length; i++) {
      editor.add("step");
      editor.step(i, steps[i][0], steps[i][1], steps[i][2]);
    }
    assertEquals("1,5", editor.total(), "the total follows the typing");
    assertTrue(editor.overLimit(), editor.limitState());
    assertEquals("Vượt thời hạn luật định 1 ngày làm việc: thừa 0,5 ngày", editor.limitState());
    editor.removeRow("step", 3);
    assertEquals("1", editor.total());
    assertFalse(editor.overLimit(), editor.limitState());
    editor.days(0, "0,25");
    b.find(By.cssSelector("#step-table tbody tr:first-child input.days")).sendKeys(Keys.ARROW_UP);
    assertEquals(
        "0,5",
        editor.rows("step").get(0).findElement(By.cssSelector("input.days")).getAttribute("value"));
    assertEquals("1,25", editor.total(), "the arrow keys step a quarter day");
    b.find(By.cssSelector("#step-table tbody tr:first-child input.days")).sendKeys(Keys.ARROW_DOWN);
    assertEquals("1", editor.total());

    editor.moveUp("step", 2);
    assertEquals(List.of(steps[0][0], steps[2][0], steps[1][0]), editor.stepActions());
    assertEquals("Lên: dòng 2", editor.focusedLabel(), "the focus stays on the row moved");
    editor.moveUp("step", 2);
    assertEquals(List.of(steps[0][0], steps[1][0], steps[2][0]), editor.stepActions());

    editor.save();
    assertEquals(List.of("Đã lưu dự thảo."), editor.messages());
    assertEquals("1", editor.total());
    assertTrue(
        editor.findings().stream().noneMatch(f -> f.startsWith("Lỗi")),
        "nothing blocks the submission: " + editor.findings());
    b.visited("41-soan-thao");
    b.onPhone("41-soan-thao");

    editor.submit();
    Document doc = new Document(b);
    Actions actions = new Actions(b);
    assertEquals("Đang xem xét", doc.status());
    assertEquals("Đã trình dự thảo để xem xét.", actions.notice());
    assertEquals(List.of(), actions.offered(), "nothing more for the coordinator in review");
    long id = Long.parseLong(b.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    b.visited("42-da-trinh");

    // the reviewer finds it waiting, reads what is new, accepts with her password
    layout.signOut();
    new SignIn(b).signInAs("xa.xemxet", PASSWORD);
    new MyWork(b).open("toReview", "QT-07/HT");
    assertEquals(List.of("Xem xét"), actions.offered());
    actions.take("action-review");
    Review review = new Review(b);
    assertEquals("Lần ban hành đầu tiên: toàn bộ nội dung là mới", review.diffHeading());
    assertTrue(
        review.changes().stream().anyMatch(c -> c.contains("Thẩm định, trình ký")),
        review.changes().toString());
    b.visited("43-xem-xet");
    review.accept(PASSWORD);
    assertEquals("Đã xem xét", doc.status());
    assertEquals("Đã chấp thuận và ký xem xét.", actions.notice());

    // the approver: the effective date (today in Asia/Ho_Chi_Minh), a confirmation, the password
    layout.signOut();
    new SignIn(b).signInAs("xa.pheduyet", PASSWORD);
    new MyWork(b).open("toApprove", "QT-07/HT");
    assertEquals(List.of("Phê duyệt", "Thu hồi tài liệu…"), actions.offered());
    actions.take("action-approve");
    String today =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertEquals(today, review.effectiveFrom());
    b.visited("44-phe-duyet");
    review.askApproval();
    assertEquals(
        "Bạn sắp phê duyệt QT-07/HT, lần ban hành 1, có hiệu lực từ ngày "
            + today
            + ". Nhập mật khẩu để ký và xác nhận.",
        review.confirmation());
    b.visited("45-xac-nhan-phe-duyet");
    review.confirmApproval("sai-mat-khau-roi");
    assertFalse(review.confirmation().isEmpty(), "a wrong password: still asked to confirm");
    assertTrue(new Editor(b).messages().size() > 0, "and told why");
    review.confirmApproval(PASSWORD);

    assertEquals("Đang hiệu lực", doc.status());
    assertFalse(doc.notInForceNotice());
    assertEquals(
        "Đã phê duyệt; tài liệu có hiệu lực từ hôm nay (" + today + ").", actions.notice());
    assertEquals(2, actions.signatures(), "the review and approval signatures are shown");
    assertEquals(List.of("Thu hồi tài liệu…"), actions.offered());
    b.visited("46-hieu-luc");
    b.onPhone("46-hieu-luc");

    HttpResponse<byte[]> pdf = b.fetch(doc.pdfHref(), true);
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

    // the same question the pages ask, answered by the API
    String asApprover =
        new String(
            b.fetchAs("api/v1/documents/" + id + "/versions/1/actions", "xa.pheduyet", PASSWORD)
                .body(),
            StandardCharsets.UTF_8);
    assertTrue(asApprover.contains("\"actions\":[\"WITHDRAW\"]"), asApprover);
    String asCoordinator =
        new String(
            b.fetchAs("api/v1/documents/" + id + "/versions/1/actions", "xa.thuky", PASSWORD)
                .body(),
            StandardCharsets.UTF_8);
    assertTrue(asCoordinator.contains("\"actions\":[\"START_REVISION\"]"), asCoordinator);
  }

  @Test
  void aSecondWindowsSaveIsToldAndNothingTypedIsLost() throws Exception {
    b.open("");
    new SignIn(b).signInAs("xa.thuky", PASSWORD);
    new Layout(b).documents();
    long id = new Documents(b).idOf("QT-02/CT");
    b.open("app/editor.xhtml?id=" + id + "&issue=2");
    Editor first = new Editor(b);
    String purpose = first.value("purpose");

    try (Browser other = new Browser(b.base)) {
      other.open("");
      new SignIn(other).signInAs("xa.thuky", PASSWORD);
      other.open("app/editor.xhtml?id=" + id + "&issue=2");
      Editor second = new Editor(other);
      second.type("purpose", purpose + " (sửa ở cửa sổ thứ hai)");
      second.save();
      assertEquals(List.of("Đã lưu dự thảo."), second.messages());
    }

    String mine = "Áp dụng tại UBND xã Tân Hòa — sửa ở cửa sổ thứ nhất.";
    first.type("scope", mine);
    first.save();
    assertTrue(first.staleShown(), "the second save is told");
    assertEquals(mine, first.value("scope"), "what was typed is still there");
    assertTrue(
        first.theirChanges().stream().anyMatch(c -> c.contains("(sửa ở cửa sổ thứ hai)")),
        "and what the other window changed is shown: " + first.theirChanges());
    b.visited("47-luu-trung");

    b.clickAndWait(By.id("save-over"));
    assertFalse(first.staleShown());
    assertEquals(List.of("Đã lưu dự thảo."), first.messages());
    b.open("app/editor.xhtml?id=" + id + "&issue=2");
    assertEquals(mine, new Editor(b).value("scope"), "saved over, as the person chose");
  }

  /**
   * The administrator finds people by a name typed without diacritics, creates a clerk of the
   * commune (unit from the unit tree, roles by their Vietnamese labels, an initial password that
   * the password rule first refuses), who signs in with it and is offered no administration; the
   * last administrator cannot deactivate himself (said in Vietnamese); the clerk is deactivated
   * after a confirmation and then refused at sign-in. A unit is added under the commune and shows
   * one step deeper in the tree.
   */
  @Test
  void anAdministratorCreatesAPersonWhoSignsInAndIsThenDeactivated() throws Exception {
    String initial = "Tu-phap Tan-Hoa 2026";
    b.open("");
    new SignIn(b).signInAs("admin", ADMIN_PASSWORD);
    Layout layout = new Layout(b);
    b.clickAndWait(By.id("nav-people"));
    AdminPages.People people = new AdminPages.People(b);
    assertEquals("Người dùng", layout.heading());
    assertTrue(people.usernames().contains("xa.thuky"), people.usernames().toString());
    b.visited("40-nguoi-dung");
    b.onPhone("40-nguoi-dung");

    people.search("tran thi hoa");
    assertEquals(List.of("xa.thuky"), people.usernames(), "found without diacritics");
    assertTrue(
        b.driver.getCurrentUrl().contains("q=tran"),
        "the search is in the address: " + b.driver.getCurrentUrl());

    people.newPerson();
    AdminPages.Person person = new AdminPages.Person(b);
    person.fill(
        "xa.tuphap",
        "Phạm Thị Lan",
        "Công chức Tư pháp – Hộ tịch",
        "HY.XA.TANHOA",
        "Cán bộ (chỉ xem)");
    person.initialPassword("matkhau");
    b.visited("41-nguoi-dung-moi");
    b.onPhone("41-nguoi-dung-moi");
    person.create();
    assertTrue(
        person.messages().contains("Mật khẩu phải có ít nhất 10 ký tự."),
        "the password rule, in Vietnamese: " + person.messages());
    assertEquals(
        "Phạm Thị Lan", b.find(By.id("full-name")).getAttribute("value"), "nothing typed is lost");
    b.visited("42-nguoi-dung-mat-khau-yeu");
    person.initialPassword(initial);
    person.create();
    assertEquals("Phạm Thị Lan", layout.heading());
    assertEquals("Đang hoạt động", person.state());
    assertTrue(
        person.messages().stream().anyMatch(m -> m.startsWith("Đã tạo người dùng Phạm Thị Lan")),
        person.messages().toString());
    b.visited("43-nguoi-dung-da-tao");

    // the last active administrator cannot deactivate himself
    b.open("app/user.xhtml?u=admin");
    person.askDeactivate();
    person.confirmDeactivate();
    assertTrue(
        person.messages().stream().anyMatch(m -> m.contains("quản trị viên cuối cùng")),
        "the service's 409 in plain Vietnamese: " + person.messages());
    assertEquals("Đang hoạt động", person.state());
    b.visited("44-quan-tri-cuoi-cung");

    // the units: a section added under the commune, one step deeper
    b.clickAndWait(By.id("nav-units"));
    AdminPages.Units units = new AdminPages.Units(b);
    assertEquals("Đơn vị", layout.heading());
    b.visited("45-don-vi");
    b.onPhone("45-don-vi");
    units.create("HY.XA.TANHOA.TP", "Bộ phận Tư pháp – Hộ tịch", "PHONG", "HY.XA.TANHOA");
    List<String> lines = units.lines();
    int commune = lines.indexOf("1|Ủy ban nhân dân xã Tân Hòa");
    assertTrue(commune >= 0, lines.toString());
    assertTrue(
        lines.subList(commune + 1, lines.size()).contains("2|Bộ phận Tư pháp – Hộ tịch"),
        lines.toString());
    layout.signOut();

    // the new clerk signs in with the initial password; no administration is offered to her
    SignIn signIn = new SignIn(b);
    signIn.signInAs("xa.tuphap", initial);
    assertEquals("Phạm Thị Lan", layout.name());
    assertEquals("Ủy ban nhân dân xã Tân Hòa", layout.unit());
    assertTrue(b.all(By.id("nav-people")).isEmpty(), "no administration for a clerk");
    b.open("app/users.xhtml");
    assertEquals("Không được phép", b.find(By.tagName("h1")).getText());
    assertEquals(403, b.fetch("app/users.xhtml", true).statusCode());
    assertEquals(403, b.fetch("app/units.xhtml", true).statusCode());
    b.visited("46-can-bo-khong-duoc-quan-tri");
    b.open("app/dashboard.xhtml");
    layout.signOut();

    // the administrator deactivates her, after a confirmation
    signIn.signInAs("admin", ADMIN_PASSWORD);
    b.open("app/users.xhtml?q=lan");
    people.open("Phạm Thị Lan");
    person.askDeactivate();
    assertTrue(person.confirming());
    assertTrue(person.confirmText().contains("Phạm Thị Lan (xa.tuphap)"), person.confirmText());
    b.visited("47-xac-nhan-ngung-hoat-dong");
    b.onPhone("47-xac-nhan-ngung-hoat-dong");
    person.confirmDeactivate();
    assertEquals("Ngừng hoạt động", person.state());
    b.visited("48-da-ngung-hoat-dong");
    b.open("app/users.xhtml?active=false");
    assertEquals(List.of("xa.tuphap"), people.usernames());
    layout.signOut();

    signIn.signInAs("xa.tuphap", initial);
    assertTrue(signIn.isShown(), "a deactivated person cannot sign in");
    assertEquals("Sai tên đăng nhập hoặc mật khẩu.", signIn.error());
  }

  /**
   * The TTHC registry: searched without diacritics, a TTHC opened with its time limit, dossier,
   * legal basis, units and the procedures implementing it, one click from the procedure.
   */
  @Test
  void theTthcRegistryListsAndOpensATthc() throws Exception {
    b.open("");
    new SignIn(b).signInAs("xa.thuky", PASSWORD);
    Layout layout = new Layout(b);
    b.clickAndWait(By.id("nav-tthc"));
    AdminPages.Tthc tthc = new AdminPages.Tthc(b);
    assertEquals("Thủ tục hành chính", layout.heading());
    assertTrue(tthc.codes().contains("1.001193"), tthc.codes().toString());
    b.visited("50-tthc");
    b.onPhone("50-tthc");

    tthc.search("khai sinh");
    assertEquals(List.of("1.001193"), tthc.codes(), "found without diacritics");
    tthc.open("Thủ tục đăng ký khai sinh");
    assertTrue(layout.heading().contains("Thủ tục đăng ký khai sinh"), layout.heading());
    assertTrue(tthc.timeLimit().startsWith("1 ngày làm việc"), tthc.timeLimit());
    assertTrue(
        tthc.section("tthc-units").contains("Ủy ban nhân dân xã Tân Hòa"),
        tthc.section("tthc-units"));
    assertTrue(
        tthc.section("tthc-procedures").contains("QT-01/HT"), tthc.section("tthc-procedures"));
    b.visited("51-tthc-chi-tiet");
    b.onPhone("51-tthc-chi-tiet");

    tthc.openProcedure("Quy trình đăng ký khai sinh");
    assertTrue(b.path().contains("/app/document.xhtml"), b.path());
    assertTrue(layout.heading().contains("Quy trình đăng ký khai sinh"), layout.heading());
  }
}
