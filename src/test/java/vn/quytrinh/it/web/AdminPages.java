package vn.quytrinh.it.web;

import static vn.quytrinh.it.web.Pages.text;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Page objects of the administrator's pages (people, units) and of the TTHC registry. */
final class AdminPages {

  private AdminPages() {}

  static void type(Browser b, String id, String text) {
    WebElement e = b.find(By.id(id));
    e.clear();
    e.sendKeys(text);
  }

  /** "Người dùng": the list with its filters. */
  record People(Browser b) {
    void search(String q) {
      type(b, "p-q", q);
      b.clickAndWait(By.id("p-apply"));
    }

    void onlyActive(String value) {
      new Select(b.find(By.id("p-active"))).selectByValue(value);
      b.clickAndWait(By.id("p-apply"));
    }

    List<String> usernames() {
      return b.all(By.cssSelector("#people tbody td.code")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    String total() {
      return text(b, By.id("people-total"));
    }

    void newPerson() {
      b.clickAndWait(By.id("new-person"));
    }

    void open(String fullName) {
      b.clickAndWait(By.linkText(fullName));
    }
  }

  /** One person: details, password, active or not. */
  record Person(Browser b) {
    void fill(String username, String fullName, String position, String unit, String... roles) {
      type(b, "new-username", username);
      type(b, "full-name", fullName);
      type(b, "position", position);
      new Select(b.find(By.id("unit"))).selectByValue(unit);
      for (String role : roles) {
        check(role);
      }
    }

    /** Ticks the role's checkbox by its Vietnamese label, as a person would. */
    void check(String label) {
      WebElement l =
          b.find(
              By.xpath(
                  "//fieldset[contains(@class,'roles')]//label[normalize-space()='"
                      + label
                      + "']"));
      WebElement box = b.find(By.id(l.getAttribute("for")));
      if (!box.isSelected()) {
        l.click();
      }
    }

    void initialPassword(String password) {
      type(b, "initial-password", password);
    }

    void create() {
      b.clickAndWait(By.id("save-person"));
    }

    void resetPassword(String password) {
      type(b, "new-password", password);
      b.clickAndWait(By.id("reset-password"));
    }

    void askDeactivate() {
      b.clickAndWait(By.id("deactivate"));
    }

    boolean confirming() {
      return !b.all(By.id("confirm-deactivate")).isEmpty();
    }

    String confirmText() {
      return text(b, By.id("confirm-deactivate-text"));
    }

    void confirmDeactivate() {
      b.clickAndWait(By.id("confirm-deactivate-button"));
    }

    void reactivate() {
      b.clickAndWait(By.id("reactivate"));
    }

    String state() {
      return text(b, By.id("person-state"));
    }

    List<String> messages() {
      return b.all(By.cssSelector("#messages li")).stream().map(e -> e.getText().strip()).toList();
    }
  }

  /** "Đơn vị": the tree and the form. */
  record Units(Browser b) {
    void create(String code, String name, String levelValue, String parent) {
      type(b, "unit-code", code);
      type(b, "unit-name", name);
      new Select(b.find(By.id("unit-level"))).selectByValue(levelValue);
      new Select(b.find(By.id("unit-parent"))).selectByValue(parent);
      b.clickAndWait(By.id("save-unit"));
    }

    /** The outline's lines as "depth|name". */
    List<String> lines() {
      return b.all(By.cssSelector("#units li")).stream()
          .map(
              li ->
                  li.getAttribute("class").replace("depth-", "")
                      + "|"
                      + li.findElement(By.className("unit-name")).getText().strip())
          .toList();
    }
  }

  /** "Thủ tục hành chính": the registry's list and one TTHC. */
  record Tthc(Browser b) {
    void search(String q) {
      type(b, "t-q", q);
      b.clickAndWait(By.id("t-apply"));
    }

    List<String> codes() {
      return b.all(By.cssSelector("#tthc-list tbody td.code")).stream()
          .map(e -> e.getText().strip())
          .toList();
    }

    void open(String name) {
      b.clickAndWait(By.linkText(name));
    }

    String timeLimit() {
      return text(b, By.id("tthc-time-limit"));
    }

    String section(String id) {
      return text(b, By.id(id));
    }

    void openProcedure(String title) {
      b.clickAndWait(By.linkText(title));
    }
  }
}
