package dev.wabasdk.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeAudience;
import dev.wabasdk.testkit.FakeWhatsApp;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console's campaign panel in headless Chromium: a broadcast's counts and bars appear live. */
@Tag("browser")
class CampaignPanelBrowserTest {

  @Test
  void thePanelListsACampaignWithItsSentDeliveredReadAndFailedCounts() throws IOException {
    // given an audience where nobody opted out or is unreachable and everybody reads, and four campaign sends
    FakeAudience everyoneReads = FakeAudience.of(0, 0, 0);
    try (FakeWhatsApp fake = FakeWhatsApp.builder().audience(everyoneReads)
        .approvedTemplate("autumn_sale", "en_US", TemplateCategory.MARKETING, "Autumn sale, {{1}}!").start();
        WhatsApp client = fake.clientBuilder().retry(RetrySettings.none()).noRateLimit().build();
        HeadlessChromium chromium = HeadlessChromium.start("--window-size=1280,800")) {
      for (int i = 0; i < 4; i++) {
        String to = "+49151123400" + i;
        client.messages().send(TemplateMessage.builder().to(to).name("autumn_sale").language("en_US")
            .body(TemplateParameter.text("n" + i)).bizOpaqueCallbackData("wabacampaign:autumn:" + to.substring(1))
            .build());
      }
      WebDriver browser = chromium.driver();

      // when QA opens the console
      browser.get(fake.baseUrl());

      // then the campaign panel shows the campaign by its key, with its counts
      WebElement item = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
          d -> d.findElement(By.cssSelector("#campaigns-panel li.campaign[data-key='autumn']")));
      assertThat(item.findElement(By.className("campaign-key")).getText()).isEqualTo("autumn");
      assertThat(item.findElement(By.className("campaign-counts")).getText())
          .isEqualTo("4 sent · 4 delivered · 4 read · 0 failed");
      assertThat(item.findElements(By.cssSelector(".campaign-bar"))).hasSize(3);
      assertThat(browser.findElement(By.id("no-campaigns")).isDisplayed()).isFalse();
    }
  }
}
