package dev.wabasdk.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeWhatsApp;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console at a narrow (900 px) and a wide (1400 px) window, in headless Chromium: the message box keeps a usable
 * width, drop-downs show whole options, a refused webhook connection says so, avatars show initials or the number's
 * last digits, and the cost panel shows the cost chart. Screenshots go to target/console-screenshots/.
 */
@Tag("browser")
class ConsoleLayoutBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String UNNAMED = "4915112345678";
  private static final String JANE = "4915187654321";

  private static HeadlessChromium chromium;
  private static ChromeDriver browser;

  private FakeWhatsApp fake;
  private WhatsApp client;
  private String deadUrl;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.start("--hide-scrollbars");
    browser = chromium.driver();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void start() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    deadUrl = "http://127.0.0.1:" + closedPort + "/webhooks/whatsapp";
    fake = FakeWhatsApp.builder().webhookUrl(deadUrl).webhookRetries(2, Duration.ofMillis(10))
        .approvedTemplate("spring_sale", "en_US", TemplateCategory.MARKETING, "Spring sale: 20% off everything!")
        .start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {900, 1400})
  void theConsoleIsUsableAtThisWidth(int width) {
    fake.user("+" + JANE).named("Jane Doe").sends("hello");
    fake.user("+" + UNNAMED).sends("hi");
    client.messages().send(TemplateMessage.builder().to("+" + UNNAMED).name("spring_sale").language("en_US")
        .build());
    browser.manage().window().setSize(new Dimension(width, 860));
    browser.get(fake.baseUrl() + "?user=" + UNNAMED);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

    // A refused connection shows its reason, not "last answer none".
    wait.until(d -> d.findElement(By.id("webhook-health")).getText().contains("connection refused"));
    assertThat(browser.findElement(By.id("webhook-health")).getText())
        .contains("not delivered (connection refused to " + deadUrl + ")");

    // Avatars: the last digits of a number whose user has no name of its own, initials of a real name.
    wait.until(d -> d.findElements(By.cssSelector(".user .avatar")).size() == 2);
    assertThat(avatar(UNNAMED)).isEqualTo("78");
    assertThat(avatar(JANE)).isEqualTo("JD");
    assertThat(browser.findElement(By.id("chat-avatar")).getText()).isEqualTo("78");

    // The message box keeps a usable width, and the page does not scroll sideways.
    WebElement text = browser.findElement(By.id("composer-text"));
    assertThat(text.getSize().getWidth()).as("message box width at %d px", width).isGreaterThanOrEqualTo(250);
    assertThat(browser.findElement(By.id("send")).getLocation().getY())
        .as("Send stays on the message box's row").isBetween(text.getLocation().getY() - 10,
            text.getLocation().getY() + 10);
    assertThat(((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).intValue())
        .isLessThanOrEqualTo(0);

    // Every drop-down is wide enough for its longest option (e.g. "131000 Something went wrong").
    wait.until(d -> !d.findElements(By.cssSelector(".template select.reason")).isEmpty());
    @SuppressWarnings("unchecked")
    List<String> clipped = (List<String>) js("""
        const ctx = document.createElement('canvas').getContext('2d');
        const clipped = [];
        for (const select of document.querySelectorAll('select')) {
          const style = getComputedStyle(select);
          ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const inner = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
          for (const option of select.options) {
            const need = ctx.measureText(option.text).width;
            if (need > inner) clipped.push(`${option.text} (${Math.ceil(need)} px in ${Math.floor(inner)} px)`);
          }
        }
        return clipped;""");
    assertThat(clipped).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#fault-kind option")).stream().map(o -> o.getAttribute("text")))
        .contains("131000 Something went wrong");

    // The cost panel shows the chart of the cost so far, inside the side panel.
    wait.until(d -> Boolean.TRUE.equals(js("const i = document.getElementById('cost-chart');"
        + " return i !== null && i.complete && i.naturalWidth === 320;")));
    WebElement chart = browser.findElement(By.id("cost-chart"));
    WebElement side = browser.findElement(By.cssSelector("aside.side"));
    assertThat(chart.getSize().getWidth()).isBetween(150, side.getSize().getWidth());
    assertThat(chart.getAttribute("src")).contains("/testkit/cost-chart.png");
    // Nothing in the side panel sticks out of it (the long webhook URL wraps).
    @SuppressWarnings("unchecked")
    List<String> outside = (List<String>) js("""
        const side = document.querySelector('aside.side').getBoundingClientRect();
        return [...document.querySelectorAll('aside.side *')]
          .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > side.right + 1 || r.left < side.left - 1); })
          .map((e) => `${e.tagName}#${e.id}.${e.className}: ${e.textContent.slice(0, 40)}`);""");
    assertThat(outside).isEmpty();

    screenshot("layout-" + width + "-top");
    browser.executeScript("arguments[0].scrollIntoView()", chart);
    screenshot("layout-" + width);
  }

  private String avatar(String waId) {
    return browser.findElement(By.cssSelector(".user[data-wa-id='" + waId + "'] .avatar")).getText();
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static void screenshot(String name) {
    try {
      Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
