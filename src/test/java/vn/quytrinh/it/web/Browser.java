package vn.quytrinh.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, through {@code /usr/bin/chromedriver} (never Selenium Manager: the
 * build machines have no internet), a fresh profile per browser. Every page visited is saved as a
 * screenshot under {@code target/screenshots/} and checked with axe-core and for CSP violations.
 */
final class Browser implements AutoCloseable {

  static final Dimension LAPTOP = new Dimension(1366, 768);
  static final Dimension PHONE = new Dimension(390, 844);

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  final ChromeDriver driver;
  final URI base;
  private final Path profile;

  /** Where the browser saves a file it downloads (a manual, a register). */
  final Path downloads;

  Browser(URI base) throws IOException {
    this.base = base;
    this.profile =
        Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    this.downloads = Files.createDirectories(profile.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=vi-VN",
        "--window-size=" + LAPTOP.width + "," + LAPTOP.height,
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
  }

  void open(String path) {
    driver.get(base.resolve(path).toString());
  }

  WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(by).stream().findFirst().orElse(null));
  }

  /**
   * Clicks something that loads another page, and waits until the old page is gone and the new one
   * loaded. The old page is marked in its window object rather than watched as an element: asked
   * about an element of a page it has left, chromedriver sometimes answers "Node with given id does
   * not belong to the document" instead of a stale element, which a staleness wait does not catch.
   */
  void clickAndWait(WebElement target) {
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    js.executeScript("window.quytrinhLeaving = true;");
    target.click();
    waitForNextPage(js);
  }

  /** Presses Enter in a field, which submits its form, and waits for the next page. */
  void pressEnterIn(WebElement field) {
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    js.executeScript("window.quytrinhLeaving = true;");
    field.sendKeys(org.openqa.selenium.Keys.ENTER);
    waitForNextPage(js);
  }

  /** Runs a script that leads to another page (a form it submits), and waits for that page. */
  void runAndWait(String script, Object... args) {
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
    js.executeScript("window.quytrinhLeaving = true;");
    js.executeScript(script, args);
    waitForNextPage(js);
  }

  private void waitForNextPage(org.openqa.selenium.JavascriptExecutor js) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.quytrinhLeaving === undefined"
                            + " && document.readyState === 'complete';")));
  }

  /**
   * What the current page's load moved over the network: the page and what it fetched, in bytes.
   */
  long bytesTransferred() {
    Object n =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource'))"
                    + ".reduce(function (s, e) { return s + (e.transferSize || 0); }, 0);");
    return ((Number) n).longValue();
  }

  /**
   * The versioned style sheets and scripts ({@code v=}) of the current page; with {@code
   * overTheNetwork}, only those it fetched rather than took from the browser's cache.
   */
  @SuppressWarnings("unchecked")
  List<String> versionedResources(boolean overTheNetwork) {
    return (List<String>)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "var net = arguments[0];"
                    + "return performance.getEntriesByType('resource')"
                    + ".filter(function (e) {"
                    + "  return /[?&]v=/.test(e.name) && (!net || e.transferSize > 0); })"
                    + ".map(function (e) { return e.name; });",
                overTheNetwork);
  }

  void clickAndWait(By by) {
    clickAndWait(find(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /**
   * A page the journey reached: saved as a screenshot of the whole page at the current width, then
   * checked — no serious or critical axe-core violation, no script or style refused by the CSP.
   */
  void visited(String name) throws IOException {
    screenshot(name);
    accessible(name);
    noCspViolation(name);
  }

  /** The same page at a phone's width, saved beside the laptop one. */
  void onPhone(String name) throws IOException {
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(PHONE);
    try {
      screenshot(name + "-phone");
      accessible(name + "-phone");
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Something done at a phone's width; the window is put back after. */
  void atPhoneWidth(ThrowingRunnable work) throws Exception {
    Dimension before = driver.manage().window().getSize();
    driver.manage().window().setSize(PHONE);
    try {
      work.run();
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  void screenshot(String name) throws IOException {
    Dimension size = driver.manage().window().getSize();
    long height =
        (Long)
            ((JavascriptExecutor) driver)
                .executeScript("return Math.ceil(document.documentElement.scrollHeight);");
    // the whole page, as long as it is (within reason), at the window's width
    int full = (int) Math.min(Math.max(height + 140, size.height), 8000);
    driver.manage().window().setSize(new Dimension(size.width, full));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  void accessible(String name) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
    List<Rule> bad =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    if (!bad.isEmpty()) {
      fail(
          "axe-core on "
              + name
              + " ("
              + driver.getCurrentUrl()
              + "):\n"
              + bad.stream()
                  .map(
                      r ->
                          r.getImpact()
                              + " "
                              + r.getId()
                              + ": "
                              + r.getHelp()
                              + " — "
                              + r.getNodes().stream()
                                  .limit(3)
                                  .map(n -> String.valueOf(n.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }

  void noCspViolation(String name) {
    List<String> refused = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getMessage().contains("Content Security Policy")
          || e.getMessage().contains("Content-Security-Policy")) {
        refused.add(e.getMessage());
      }
    }
    assertTrue(refused.isEmpty(), "CSP refused something on " + name + ": " + refused);
  }

  /** The session cookie of this browser, to fetch what a link points at as this person. */
  String sessionCookie() {
    Cookie c = driver.manage().getCookieNamed("JSESSIONID");
    return c == null ? null : "JSESSIONID=" + c.getValue();
  }

  /** A GET as this browser's person (or as nobody), without following redirects. */
  HttpResponse<byte[]> fetch(String url, boolean withSession)
      throws IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(url)).GET();
    if (withSession && sessionCookie() != null) {
      r.header("Cookie", sessionCookie());
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A form POST as this browser's person, with the given Origin, without following redirects. */
  HttpResponse<byte[]> post(String url, Map<String, String> form, String origin)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "="
                        + java.net.URLEncoder.encode(
                            e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("&"));
    HttpRequest.Builder r =
        HttpRequest.newBuilder(base.resolve(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (sessionCookie() != null) {
      r.header("Cookie", sessionCookie());
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** This application's origin, as a browser sends it on its own form posts. */
  String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  /** A GET with HTTP Basic, as the API is used. */
  HttpResponse<byte[]> fetchAs(String url, String user, String password)
      throws IOException, InterruptedException {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(base.resolve(url))
            .header("Authorization", "Basic " + basic)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static Map<String, List<String>> headers(HttpResponse<?> r) {
    return r.headers().map();
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
