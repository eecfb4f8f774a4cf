package dev.wabasdk.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.AddressMessage;
import dev.wabasdk.message.AddressValues;
import dev.wabasdk.message.CarouselMessage;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.ListMessage;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.OrderDetailsMessage;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.message.OrderStatus;
import dev.wabasdk.message.OrderStatusMessage;
import dev.wabasdk.message.ReplyButtonsMessage;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.Json;
import dev.wabasdk.webhook.InboundButtonReplyMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): QA acts as the
 * user on the page, a small webhook bot built on the SDK answers through the fake, and the page shows it live.
 */
@Tag("browser")
class ConsoleBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String USER = "4915112345678";

  private static HeadlessChromium chromium;
  private static WebDriver browser;

  private FakeWhatsApp fake;
  private WhatsApp client;
  private WebhookHttpServer bot;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = HeadlessChromium.start("--window-size=1280,800");
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
  void start() {
    fake = FakeWhatsApp.builder().startAt(Instant.parse("2026-11-02T09:00:00Z"))
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped.")
        .approvedTemplate("spring_sale", "en_US", TemplateCategory.MARKETING, "Spring sale, {{1}}: 20% off everything!")
        .start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
    // The app under test: greets with reply buttons, answers the tap.
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(fake.appSecret()).verifyToken("console-test")
        .on(InboundTextMessage.class, text -> client.messages().send(ReplyButtonsMessage.builder()
            .to(text.header().from().recipient()).body("Hi! How can we help?")
            .button("track", "Track my order").button("human", "Talk to a human").build()))
        .on(InboundButtonReplyMessage.class, tap -> client.messages().send(Message.text(
            tap.header().from().recipient(), tap.replyId().equals("track") ? "Order #42 ships today."
                : "A colleague will write to you shortly.")))
        .build();
    bot = WebhookHttpServer.start(processor, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        "/webhooks/whatsapp");
    fake.webhookUrl("http://127.0.0.1:" + bot.port() + "/webhooks/whatsapp");
  }

  @AfterEach
  void stop(TestInfo test) {
    screenshot(test.getTestMethod().orElseThrow().getName() + "-end");
    client.close();
    if (bot != null) {
      bot.close();
    }
    fake.close();
  }

  @Test
  void qaChatsWithTheBotAsTheUser() {
    browser.get(fake.baseUrl());
    browser.findElement(By.id("new-user")).sendKeys("+49 151 12345678");
    browser.findElement(By.id("add-user")).click();
    browser.findElement(By.id("composer-text")).sendKeys("Where is my order?");
    browser.findElement(By.id("send")).click();

    WebElement track = await(By.cssSelector(".bubble.out button.reply-button[data-id='track']"));
    assertThat(track.getText()).isEqualTo("Track my order");
    assertThat(bubbleTexts("in")).containsExactly("Where is my order?");
    track.click();

    WebElement answer = await(By.xpath("//div[contains(@class,'bubble out')][.//div[@class='text' and "
        + "text()='Order #42 ships today.']]"));
    assertThat(answer.findElement(By.className("ticks")).getAttribute("data-status")).isEqualTo("delivered");
    assertThat(answer.findElement(By.className("ticks")).getText()).isEqualTo("✓✓");
    assertThat(bubbleTexts("in")).containsExactly("Where is my order?", "Track my order");
    // The tap quotes the message that had the button, as a phone shows it.
    assertThat(browser.findElement(By.xpath("//div[contains(@class,'bubble in')][.//div[text()='Track my order']]"
        + "//div[@class='quote-text']")).getText()).isEqualTo("Hi! How can we help?");

    browser.findElement(By.id("read-all")).click();
    await(By.xpath("//div[contains(@class,'bubble out')][.//div[text()='Order #42 ships today.']]"
        + "//span[contains(@class,'ticks') and @data-status='read']"));
    assertThat(browser.findElement(By.id("facts")).getText()).contains("open until");
    screenshot("conversation");

    // The app really received signed webhooks and answered through the Graph API.
    List<SentMessage> sent = fake.sentMessagesTo("+" + USER);
    assertThat(sent).extracting(SentMessage::type).containsExactly("interactive", "text");
    assertThat(sent.get(1).status()).isEqualTo(DeliveryStatus.READ);
    assertThat(fake.userMessages()).extracting(m -> m.json().toString())
        .anySatisfy(json -> assertThat(json).contains("button_reply", "track"));
  }

  @Test
  void aMessageOutsideTheWindowShowsAsFailedWith131047() {
    fake.webhookUrl(null);
    fake.user("+" + USER).named("Jane Doe").sends("Did my order ship?");
    client.messages().send(TemplateMessage.builder().to("+" + USER).name("order_update").language("en_US")
        .body(TemplateParameter.text("Jane"), TemplateParameter.text("#42")).build());
    browser.get(fake.baseUrl() + "?user=" + USER);
    WebElement template = await(By.xpath("//div[contains(@class,'bubble out')][.//div[@class='text' and "
        + "text()='Hi Jane, order #42 shipped.']]/.."));

    // React as the user (the reaction buttons show on hover).
    new Actions(browser).moveToElement(template).perform();
    template.findElement(By.cssSelector("button.react[data-emoji='👍']")).click();
    await(By.xpath("//div[contains(@class,'bubble out')]//div[@class='reactions' and text()='👍']"));

    browser.findElement(By.cssSelector("button[data-advance='90000']")).click();
    await(By.xpath("//*[@id='facts']//span[starts-with(text(),'closed since')]"));
    assertThat(fake.clock().instant()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
    client.messages().send(Message.text("+" + USER, "Still there?"));
    client.messages().send(TemplateMessage.builder().to("+" + USER).name("spring_sale").language("en_US")
        .body(TemplateParameter.text("Jane")).build());

    WebElement failed = await(By.cssSelector(".bubble.out.failed"));
    assertThat(failed.findElement(By.className("text")).getText()).isEqualTo("Still there?");
    assertThat(failed.findElement(By.className("ticks")).getAttribute("data-status")).isEqualTo("failed");
    assertThat(failed.findElement(By.className("error")).getText()).startsWith("131047 Re-engagement message");
    // The marketing template outside the window is charged and counts against the messaging limit.
    await(By.xpath("//span[@id='limit-usage' and starts-with(text(),'1 / 250')]"));
    assertThat(browser.findElement(By.id("user-cost")).getText()).matches("USD 0\\.\\d*[1-9]\\d*");
    screenshot("failed-131047");
  }

  @Test
  void toolbarActionsGoThroughTheControlApiAndErrorsAreShown() {
    fake.webhookUrl(null);
    fake.user("+" + USER).sends("hi");
    browser.get(fake.baseUrl() + "?user=" + USER);

    // Inject a fault for the next Graph call from the toolbar.
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("fault-kind")))
        .selectByValue("error_code:131000");
    browser.findElement(By.id("fault-inject")).click();
    await(By.xpath("//*[@id='notice' and contains(text(),'131000')]"));
    assertThatThrownBy(() -> client.messages().send(Message.text("+" + USER, "hello")))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(131000));

    // Pause a template.
    await(By.xpath("//div[@data-template='order_update']//button[text()='Pause']")).click();
    await(By.xpath("//div[@data-template='order_update']//span[contains(@class,'status') and text()='PAUSED']"));
    assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.PAUSED);

    // A list message: open it and pick a row as the user.
    client.messages().send(ListMessage.builder().to("+" + USER).body("Which size?").button("Sizes")
        .section(ListMessage.Section.of("EU", ListMessage.Row.of("size-42", "42"), ListMessage.Row.of("size-43", "43")))
        .build());
    await(By.cssSelector("button.list-open")).click();
    await(By.cssSelector("button.list-row[data-row-id='size-43']")).click();
    await(By.xpath("//div[contains(@class,'bubble in')]//div[@class='text' and text()='43']"));
    assertThat(fake.userMessages()).last().satisfies(m -> assertThat(m.message()).contains("\"list_reply\""));

    // An image from the disk: stored by the fake, sent as the user's image message, shown in the bubble.
    Path png = chromium.profile().resolve("box.png");
    try {
      Files.write(png, java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
          + "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    browser.findElement(By.id("media-file")).sendKeys(png.toString());
    await(By.cssSelector(".bubble.in figure.media img"));
    assertThat(fake.userMessages()).last().satisfies(m -> assertThat(m.type()).isEqualTo("image"));

    // A control API error is shown on the page: an ad referral needs its ad id.
    browser.findElement(By.cssSelector("#referral summary")).click();
    browser.findElement(By.id("ref-source-id")).clear();
    browser.findElement(By.id("ref-arm")).click();
    WebElement error = await(By.id("error-text"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !error.getText().isEmpty());
    assertThat(error.getText()).contains("400").contains("source_id is required");
  }

  @Test
  void qaPaysAnOrderAsTheUser() {
    fake.account().paymentConfiguration("razorpay-prod", "razorpay");
    fake.user("+" + USER).sends("Two aloe vera, please");
    client.messages().send(OrderDetailsMessage.builder().to("+" + USER).body("Your Green Corner order")
        .referenceId("ORD-7").type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod").build())
        .currency("INR")
        .order(Order.builder().catalogId("194836987003835").item("aloe-vera", "Aloe vera", Amount.of(34900), 2)
            .tax(Amount.of(8376), "GST").build())
        .build());
    browser.get(fake.baseUrl() + "?user=" + USER);

    assertThat(await(By.cssSelector(".order[data-reference-id='ORD-7'] .order-item")).getText())
        .isEqualTo("2 × Aloe vera · 349.00 INR");
    assertThat(browser.findElement(By.cssSelector(".order[data-reference-id='ORD-7'] .order-total")).getText())
        .isEqualTo("Total 781.76 INR");
    // First a failed attempt (a gateway order has the button), then the payment.
    await(By.cssSelector("button.pay-fails[data-reference-id='ORD-7']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        client.payments().lookup("razorpay-prod", "ORD-7").get(0).transactions().size() == 1);
    assertThat(client.payments().lookup("razorpay-prod", "ORD-7").get(0).transactions().get(0).errorReason())
        .isEqualTo("incorrect_pin");
    assertThat(browser.findElements(By.cssSelector("button.confirm-card"))).isEmpty();
    await(By.cssSelector("button.pay[data-reference-id='ORD-7']")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        client.payments().lookup("razorpay-prod", "ORD-7").get(0).status() == PaymentStatus.CAPTURED);
    client.messages().send(OrderStatusMessage.builder().to("+" + USER).body("Paid, thank you!")
        .referenceId("ORD-7").order(OrderStatus.PROCESSING).build());
    assertThat(await(By.cssSelector(".order-status[data-reference-id='ORD-7']")).getText())
        .isEqualTo("Order ORD-7: processing");
  }

  @Test
  void aProductCarouselShowsEachProductWithItsViewButton() {
    fake.user("+" + USER).sends("Show me your plants");
    client.messages().send(CarouselMessage.builder().to("+" + USER).body("Check out our latest arrivals")
        .card(CarouselMessage.Card.product("123456789", "abc123xyz"))
        .card(CarouselMessage.Card.product("123456789", "def456uvw"))
        .build());
    browser.get(fake.baseUrl() + "?user=" + USER);

    await(By.cssSelector(".carousel-card[data-card-index='1'] .product-id"));
    assertThat(browser.findElements(By.cssSelector(".carousel-card .product-id"))).extracting(WebElement::getText)
        .containsExactly("abc123xyz", "def456uvw");
    assertThat(browser.findElements(By.cssSelector(".carousel-card .link-button"))).extracting(WebElement::getText)
        .containsExactly("🛒 View", "🛒 View");
  }

  @Test
  void qaConfirmsABrazilianCardPaymentAsTheUser() {
    String joao = "5511987654321";
    fake.user("+" + joao).sends("Quero pagar com o cartão");
    client.messages().send(OrderDetailsMessage.builder().to("+" + joao).body("Seu pedido")
        .referenceId("BR-7").type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(PaymentSetting.offsiteCardPay("5235", "1234567"))
        .currency("BRL").totalAmount(Amount.of(50000))
        .build());
    browser.get(fake.baseUrl() + "?user=" + joao);

    assertThat(browser.findElements(By.cssSelector("button.pay-fails"))).isEmpty();
    await(By.cssSelector("button.confirm-card[data-reference-id='BR-7']")).click();

    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> fake.userMessages().size() == 2);
    Object confirmation = Json.parseObject(fake.userMessages().get(1).message());
    assertThat(Json.string(confirmation, "interactive", "type")).isEqualTo("payment_method");
    assertThat(Json.string(confirmation, "interactive", "payment_method", "reference_id")).isEqualTo("BR-7");
    assertThat(Json.string(confirmation, "interactive", "payment_method", "last_four_digits")).isEqualTo("5235");
  }

  @Test
  void qaFillsInAnAddressMessageAsTheUser() {
    fake.webhookUrl(null);
    fake.user("+" + USER).sends("Deliver it please");
    String older = client.messages().send(AddressMessage.builder().to("+" + USER).body("Your address?")
        .country(AddressMessage.INDIA).build()).messageId();
    String wamid = client.messages().send(AddressMessage.builder().to("+" + USER).body("Where should we deliver?")
        .country(AddressMessage.INDIA)
        .values(AddressValues.builder().name("Priya Sharma").inPinCode("666666").city("Bengaluru").build())
        .validationError("in_pin_code", "We could not locate this pin code.")
        .savedAddress("home", AddressValues.builder().name("Priya Sharma").city("Mumbai").build()).build())
        .messageId();
    browser.get(fake.baseUrl() + "?user=" + USER);

    // Only the newest address message can be answered.
    assertThat(await(By.cssSelector("button.address-open[data-message-id='" + older + "']")).isEnabled()).isFalse();
    await(By.cssSelector("button.address-open[data-message-id='" + wamid + "']")).click();
    WebElement form = await(By.cssSelector("form.address-form[data-message-id='" + wamid + "']"));
    assertThat(form.findElements(By.tagName("input"))).hasSize(11);
    assertThat(form.findElement(By.name("name")).getAttribute("value")).isEqualTo("Priya Sharma");
    assertThat(form.findElement(By.cssSelector(".field-error[data-field='in_pin_code']")).getText())
        .isEqualTo("We could not locate this pin code.");
    WebElement pin = form.findElement(By.name("in_pin_code"));
    pin.clear();
    pin.sendKeys("560001");
    form.findElement(By.name("address")).sendKeys("12 MG Road");
    screenshot("address-form");
    form.findElement(By.cssSelector("button.address-submit")).click();

    await(By.xpath("//div[contains(@class,'bubble in')]//div[@class='text' and "
        + "starts-with(text(),'Priya Sharma')]"));
    UserMessage submitted = fake.userMessages().get(1);
    assertThat(Json.at(Json.parseObject(submitted.message()), "context", "id")).isEqualTo(wamid);
    assertThat(Json.at(Json.parseObject(submitted.message()), "interactive", "nfm_reply", "response_json"))
        .isEqualTo("{\"values\":{\"name\":\"Priya Sharma\",\"in_pin_code\":\"560001\","
            + "\"address\":\"12 MG Road\",\"city\":\"Bengaluru\"}}");
    assertThat(fake.webhooks()).anySatisfy(w -> assertThat(w.payload())
        .contains("Priya Sharma\\n560001, 12 MG Road, Bengaluru"));
    assertThat(browser.findElements(By.cssSelector("form.address-form"))).isEmpty();

    // A saved address, picked with its "Use" button.
    await(By.cssSelector("button.address-saved[data-saved-id='home']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> fake.userMessages().size() == 3);
    String picked = Json.string(Json.parseObject(fake.userMessages().get(2).message()), "interactive", "nfm_reply",
        "response_json");
    assertThat(picked).isEqualTo("{\"saved_address_id\":\"home\",\"values\":{\"name\":\"Priya Sharma\","
        + "\"city\":\"Mumbai\"}}");
  }

  private WebElement await(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private List<String> bubbleTexts(String direction) {
    return browser.findElements(By.cssSelector(".bubble." + direction + " .text")).stream()
        .map(WebElement::getText).toList();
  }

  private static void screenshot(String name) {
    try {
      Path png = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
