package dev.wabasdk.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.RoutingConfiguration;
import dev.wabasdk.testkit.WebhookDelivery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Conversation Routing in the console: QA sees who owns the user's thread and plays the other responder (Meta
 * Business Agent here) with the page's buttons, which go through the {@code /testkit/routing} control routes.
 */
@Tag("browser")
class RoutingConsoleBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String USER = "16505551234";

  @Test
  void qaPlaysTheAiAgentAndPassesTheThreadToTheApp() throws IOException {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().start();
        HeadlessChromium chromium = HeadlessChromium.start("--window-size=1280,800")) {
      WebDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

      // Without routing the page shows no thread and no responder buttons.
      fake.user("+" + USER).sends("hi");
      browser.get(fake.baseUrl() + "?user=" + USER);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".bubble.in")));
      assertThat(browser.findElement(By.id("routing")).isDisplayed()).isFalse();

      // Routing behind the AI agent: the user's message goes to the agent, the app gets a standby copy.
      fake.routing().enable(RoutingConfiguration.behindAiAgent());
      fake.user("+" + USER).sends("Where is my order?");
      WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-state")));
      wait.until(d -> state.getText().equals("Thread: owned by ai_agent (another responder)"));
      assertThat(browser.findElement(By.id("thread-standby")).getText()).isEqualTo("· the app gets standby copies");
      // The app is the escalation partner: no responder can take the thread from it.
      assertThat(browser.findElement(By.id("take-from-app")).isDisplayed()).isFalse();

      // "Agent replies…": the echo shows in the conversation, marked as the other responder's.
      browser.findElement(By.id("agent-replies")).click();
      Alert prompt = wait.until(ExpectedConditions.alertIsPresent());
      prompt.sendKeys("It ships today.");
      prompt.accept();
      WebElement echo = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".bubble.out.responder[data-sender='other_responder']")));
      assertThat(echo.findElement(By.className("text")).getText()).isEqualTo("It ships today.");
      assertThat(echo.findElement(By.className("sender")).getText())
          .isEqualTo("Sent by the other responder (ai_agent)");
      assertThat(echo.findElement(By.className("ticks")).getAttribute("data-status")).isEqualTo("delivered");
      assertThat(state.getText()).isEqualTo("Thread: owned by ai_agent (another responder)");
      assertThat(fake.sentMessages()).isEmpty(); // the agent's message is not the app's
      Path png = chromium.driver().getScreenshotAs(OutputType.FILE).toPath();
      Files.createDirectories(SCREENSHOTS);
      Files.copy(png, SCREENSHOTS.resolve("routing-agent-replied.png"), StandardCopyOption.REPLACE_EXISTING);

      // "Pass to app": the app owns the thread as the escalation partner and gets control_passed.
      browser.findElement(By.id("pass-to-app")).click();
      wait.until(d -> state.getText().equals("Thread: owned by escalation (your app)"));
      assertThat(fake.routing().owner("+" + USER)).isEqualTo(ThreadRole.ESCALATION);
      assertThat(fake.webhooks()).extracting(WebhookDelivery::field).containsSubsequence(
          "messages", "standby", "standby", "standby", "standby", "messaging_handovers");

      // The fake's refusal shows as every console error does: the agent may not write into the app's thread.
      browser.findElement(By.id("agent-replies")).click();
      prompt = wait.until(ExpectedConditions.alertIsPresent());
      prompt.sendKeys("Anything else?");
      prompt.accept();
      WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-text")));
      assertThat(error.getText()).contains("400").contains("the app owns the thread with " + USER);
      assertThat(browser.findElements(By.cssSelector(".bubble.responder"))).hasSize(1);
    }
  }

  @Test
  void qaTakesTheThreadAsTheOtherEscalationPartner() throws IOException {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().start();
        HeadlessChromium chromium = HeadlessChromium.start("--window-size=1280,800")) {
      WebDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
      fake.user("+" + USER).sends("hi"); // before routing: the thread has no owner
      fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.CUSTOMER_SERVICE)
          .escalationPartner(RoutingConfiguration.EscalationPartner.OTHER_RESPONDER).build());
      browser.get(fake.baseUrl() + "?user=" + USER);

      WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-state")));
      wait.until(d -> state.getText().equals("Thread: idle"));
      assertThat(browser.findElement(By.id("thread-standby")).getText()).isEqualTo("· no standby copies to the app");
      // Nobody owns an idle thread, so nobody can pass it: the fake says so on the page.
      browser.findElement(By.id("pass-to-app")).click();
      WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-text")));
      assertThat(error.getText()).contains("400").contains("is idle: only its owner can pass it");

      fake.user("+" + USER).sends("Where is my order?");
      wait.until(d -> state.getText().equals("Thread: owned by customer_service (your app)"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("take-from-app"))).click();
      wait.until(d -> state.getText().equals("Thread: owned by escalation (another responder)"));
      assertThat(fake.routing().owner("+" + USER)).isEqualTo(ThreadRole.ESCALATION);
      assertThat(fake.webhooks()).extracting(WebhookDelivery::field).last().isEqualTo("messaging_handovers");
      assertThat(fake.webhooks().get(fake.webhooks().size() - 1).payload()).contains("\"control_taken\"");
    }
  }
}
