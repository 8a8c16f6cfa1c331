package vn.quytrinh.it.web;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The editor's "paste a legal basis paragraph" panel: read, choose, add. */
record CitationPaste(Browser b) {

  void read(String paragraph) {
    WebElement text = b.find(By.id("paste-text"));
    text.clear();
    // a paste, not typing: set at once, as the clipboard does
    ((org.openqa.selenium.JavascriptExecutor) b.driver)
        .executeScript("arguments[0].value = arguments[1];", text, paragraph);
    b.clickAndWait(By.id("paste-read"));
  }

  /** Each proposal as shown: number, places, and a mark when the register lacks the number. */
  List<String> proposals() {
    return b.all(By.cssSelector("#paste-proposals li label")).stream()
        .map(CitationPaste::what)
        .toList();
  }

  /** The register's title shown under each proposal ("" when none). */
  List<String> titles() {
    return b.all(By.cssSelector("#paste-proposals li label")).stream()
        .map(
            l ->
                l.findElements(By.cssSelector(".picked-title")).stream()
                    .map(t -> t.getText().strip())
                    .findFirst()
                    .orElse(""))
        .toList();
  }

  private static String what(WebElement label) {
    String shown = label.findElement(By.cssSelector(".proposal-what")).getText();
    for (WebElement badge : label.findElements(By.cssSelector(".badge"))) {
      shown += " " + badge.getText();
    }
    return shown.strip().replaceAll("\\s+", " ");
  }

  List<String> unread() {
    return b.all(By.id("paste-unread")).stream().map(e -> e.getText().strip()).toList();
  }

  /** Unticks the proposal whose text is exactly this. */
  void untick(String proposal) {
    for (WebElement li : b.all(By.cssSelector("#paste-proposals li"))) {
      if (what(li.findElement(By.tagName("label"))).equals(proposal)) {
        WebElement box = li.findElement(By.cssSelector("input[type=checkbox]"));
        if (box.isSelected()) {
          box.click();
        }
        return;
      }
    }
    throw new AssertionError("no proposal " + proposal + " in " + proposals());
  }

  void accept() {
    b.clickAndWait(By.id("paste-accept"));
  }
}
