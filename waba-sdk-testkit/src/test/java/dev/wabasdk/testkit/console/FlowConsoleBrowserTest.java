package dev.wabasdk.testkit.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.flow.FlowCategory;
import dev.wabasdk.flow.NewFlow;
import dev.wabasdk.message.FlowMessage;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.WebhookReceiver;
import dev.wabasdk.testkit.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * QA fills in a flow message in the console, in headless Chromium at 900 px: "Open flow" shows each screen's inputs
 * as a form, the Footer button walks the flow through the fake's flow session, and the app receives the
 * {@code nfm_reply} with what was entered.
 */
@Tag("browser")
class FlowConsoleBrowserTest {
  /** Two screens with every input kind the console shows: the second completes with all the answers. */
  static final String SIGN_UP = """
      {"version":"7.2","screens":[
        {"id":"ABOUT","title":"About you","layout":{"type":"SingleColumnLayout","children":[
          {"type":"TextHeading","text":"Tell us about you"},
          {"type":"TextInput","name":"email","label":"Email","input-type":"email","required":true},
          {"type":"Dropdown","name":"plan","label":"Plan","required":true,
           "data-source":[{"id":"basic","title":"Basic"},{"id":"pro","title":"Pro"}]},
          {"type":"TextArea","name":"notes","label":"Notes"},
          {"type":"Footer","label":"Next","on-click-action":{"name":"navigate","next":{"type":"screen","name":"PREFS"},
           "payload":{"email":"${form.email}","plan":"${form.plan}","notes":"${form.notes}"}}}]}},
        {"id":"PREFS","title":"Preferences","terminal":true,
         "data":{"email":{"type":"string","__example__":"a@b.c"},"plan":{"type":"string","__example__":"basic"},
          "notes":{"type":"string","__example__":"none"}},
         "layout":{"type":"SingleColumnLayout","children":[
          {"type":"TextBody","text":"${data.plan}"},
          {"type":"RadioButtonsGroup","name":"contact","label":"Contact by",
           "data-source":[{"id":"email","title":"Email"},{"id":"phone","title":"Phone"}]},
          {"type":"CheckboxGroup","name":"topics","label":"Topics",
           "data-source":[{"id":"billing","title":"Billing"},{"id":"shipping","title":"Shipping"},
            {"id":"returns","title":"Returns"}]},
          {"type":"DatePicker","name":"date","label":"Callback date"},
          {"type":"OptIn","name":"consent","label":"I agree to be contacted"},
          {"type":"Footer","label":"Sign up","on-click-action":{"name":"complete","payload":{
           "email":"${data.email}","plan":"${data.plan}","notes":"${data.notes}","contact":"${form.contact}",
           "topics":"${form.topics}","date":"${form.date}","consent":"${form.consent}"}}}]}}]}""";

  @Test
  void qaOpensAFlowMessageFillsEveryScreenAndTheAppGetsTheReply() throws IOException {
    try (WebhookReceiver receiver = WebhookReceiver.start(FakeWhatsApp.DEFAULT_APP_SECRET);
        FakeWhatsApp fake = FakeWhatsApp.builder().webhookUrl(receiver.url()).start();
        WhatsApp client = fake.clientBuilder().retry(RetrySettings.none()).build();
        HeadlessChromium chromium = HeadlessChromium.start("--window-size=900,800")) {
      String flowId = client.flows().create(NewFlow.of("sign up", FlowCategory.SIGN_UP).withFlowJson(SIGN_UP)
          .published()).id();
      fake.user("+4915112345678").sends("hi");
      String wamid = client.messages().send(FlowMessage.builder().to("+4915112345678").body("Join us")
          .flowId(flowId).flowCta("Sign up").flowToken("console-1").navigate("ABOUT").build()).messageId();
      WebDriver browser = chromium.driver();
      browser.get(fake.baseUrl() + "?user=4915112345678");
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

      WebElement open = wait.until(d -> d.findElement(By.cssSelector("button.flow-open[data-message-id='" + wamid
          + "']")));
      assertThat(open.getText()).isEqualTo("▤ Sign up");
      open.click();
      WebElement panel = wait.until(d -> d.findElement(By.cssSelector(".flow-panel[data-screen='ABOUT']")));
      assertThat(panel.getText()).contains("About you", "Tell us about you", "Email *", "Plan *", "Notes");
      assertThat(browser.findElement(By.id("flow-back")).isEnabled()).isFalse();
      panel.findElement(By.cssSelector("input[data-field='email']")).sendKeys("ada@example.com");
      new Select(panel.findElement(By.cssSelector("select[data-field='plan']"))).selectByValue("pro");
      panel.findElement(By.cssSelector("textarea[data-field='notes']")).sendKeys("Call me");
      // The sheet fits the 900 px window and the page does not scroll sideways.
      assertThat(((Number) js(browser, "return document.querySelector('.flow-panel').getBoundingClientRect().right;"))
          .doubleValue()).isLessThanOrEqualTo(900);
      assertThat(((Number) js(browser, "return document.documentElement.scrollWidth - window.innerWidth;"))
          .intValue()).isLessThanOrEqualTo(0);
      assertThat(browser.findElement(By.id("flow-submit")).getText()).isEqualTo("Next");
      browser.findElement(By.id("flow-submit")).click();

      WebElement prefs = wait.until(d -> d.findElement(By.cssSelector(".flow-panel[data-screen='PREFS']")));
      assertThat(prefs.findElement(By.className("flow-text")).getText()).isEqualTo("pro");
      browser.findElement(By.id("flow-back")).click();
      WebElement again = wait.until(d -> d.findElement(By.cssSelector(".flow-panel[data-screen='ABOUT']")));
      assertThat(again.findElement(By.cssSelector("input[data-field='email']")).getAttribute("value"))
          .isEqualTo("ada@example.com");
      browser.findElement(By.id("flow-submit")).click();
      prefs = wait.until(d -> d.findElement(By.cssSelector(".flow-panel[data-screen='PREFS']")));
      prefs.findElement(By.cssSelector("fieldset[data-field='contact'] input[value='phone']")).click();
      prefs.findElement(By.cssSelector("fieldset[data-field='topics'] input[value='billing']")).click();
      prefs.findElement(By.cssSelector("fieldset[data-field='topics'] input[value='returns']")).click();
      js(browser, "document.querySelector(\"input[data-field='date']\").value = '2024-06-01'; return 0;");
      prefs.findElement(By.cssSelector("input[data-field='consent']")).click();
      assertThat(browser.findElement(By.id("flow-submit")).getText()).isEqualTo("Sign up");
      browser.findElement(By.id("flow-submit")).click();

      WebElement done = wait.until(d -> d.findElement(By.cssSelector(".flow-done")));
      assertThat(done.getText()).isEqualTo("Completed: the app received the nfm_reply.");
      Map<String, Object> expected = Map.of("flow_token", "console-1", "email", "ada@example.com", "plan", "pro",
          "notes", "Call me", "contact", "phone", "topics", List.of("billing", "returns"), "date", "2024-06-01",
          "consent", true);
      fake.awaitWebhooks();
      Map<String, Object> message = lastMessage(receiver);
      assertThat(Json.string(message, "context", "id")).isEqualTo(wamid);
      assertThat(Json.string(message, "interactive", "type")).isEqualTo("nfm_reply");
      assertThat(Json.parseObject(Json.string(message, "interactive", "nfm_reply", "response_json")))
          .isEqualTo(expected);
      assertThat(Json.parseObject(browser.findElement(By.id("flow-response")).getText())).isEqualTo(expected);
    }
  }

  private static Object js(WebDriver browser, String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static Map<String, Object> lastMessage(WebhookReceiver receiver) {
    List<Map<String, Object>> events = receiver.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      Object value = Json.map(Json.list(Json.list(events.get(i), "entry").get(0), "changes").get(0), "value");
      List<Object> messages = Json.list(value, "messages");
      if (!messages.isEmpty()) {
        return Json.map(messages.get(0));
      }
    }
    throw new AssertionError("no message webhook in " + receiver.payloads());
  }
}
