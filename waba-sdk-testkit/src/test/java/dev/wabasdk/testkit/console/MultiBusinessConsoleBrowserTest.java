package dev.wabasdk.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.testkit.FakeWhatsApp;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fake holding two businesses: the console's picker switches between them, each with its own users. */
@Tag("browser")
class MultiBusinessConsoleBrowserTest {
  private static final String BISTRO = "300000000000001";

  @Test
  void qaPicksTheBusinessAndSeesOnlyItsUsers() throws IOException {
    try (FakeWhatsApp fake = FakeWhatsApp.builder()
        .tenant("200000000000001", BISTRO, "bistro-token", "+33 1 23 45 67 89").start();
        HeadlessChromium chromium = HeadlessChromium.start("--window-size=1280,800")) {
      fake.user("+4915112345678").sends("Is the bakery open?");
      fake.tenant(BISTRO).user("+33612345678").sends("Une table pour deux ?");
      WebDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

      // when QA opens the console, it acts as the first business and offers both
      browser.get(fake.baseUrl());
      WebElement picker = wait.until(d -> {
        WebElement tool = d.findElement(By.id("business-tool"));
        return tool.isDisplayed() ? d.findElement(By.id("business")) : null;
      });
      assertThat(new Select(picker).getOptions()).hasSize(2);
      assertThat(new Select(picker).getOptions().get(0).getText()).isEqualTo("Fake Business · +1 555-078-3881");
      assertThat(new Select(picker).getOptions().get(1).getText()).endsWith(" · +33 1 23 45 67 89");
      assertThat(userIds(wait)).containsExactly("4915112345678");

      // and after picking the bistro, the bistro's users only, also after a reload
      new Select(picker).selectByValue(BISTRO);
      wait.until(d -> d.getCurrentUrl().contains("business=" + BISTRO));
      wait.until(d -> userIds(wait).equals(List.of("33612345678")));
      browser.navigate().refresh();
      wait.until(d -> userIds(wait).equals(List.of("33612345678")));
      assertThat(new Select(browser.findElement(By.id("business"))).getFirstSelectedOption().getAttribute("value"))
          .isEqualTo(BISTRO);
    }
  }

  private static List<String> userIds(WebDriverWait wait) {
    return wait.until(d -> {
      List<String> ids = d.findElements(By.cssSelector("#users li.user")).stream()
          .map(e -> e.getAttribute("data-wa-id")).toList();
      return ids.isEmpty() ? null : ids;
    });
  }
}
