package dev.wabasdk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.TemplateButton;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sends checked against a known definition before Meta's 132000 / 132012 / 132001. */
class TemplateSendCheckTest {
  /** order_shipped: header {{1}}, body {{1}} {{2}}, buttons [URL with variable, PHONE_NUMBER, QUICK_REPLY]. */
  private static final TemplateDefinition ORDER = TemplatesApiTest.orderShipped();

  private static TemplateMessage.Builder order() {
    return TemplateMessage.builder().to("+4915112345678").name("order_shipped").language("en_US");
  }

  @Test
  void aFittingSendPasses() {
    TemplateMessage send = order()
        .header(TemplateParameter.text("#1234"))
        .body(TemplateParameter.text("Jane"), TemplateParameter.dateTime("May 3"))
        .button(TemplateButton.url(0, "1Z999"))
        .button(TemplateButton.quickReply(2, "STOP"))
        .build();
    assertThat(ORDER.mismatches(send)).isEmpty();
    ORDER.check(send);
  }

  @Test
  void wrongBodyCountIsCaught() {
    TemplateMessage send = order().header(TemplateParameter.text("#1")).body(TemplateParameter.text("Jane"))
        .button(TemplateButton.url(0, "1Z")).build();
    assertThat(ORDER.mismatches(send))
        .containsExactly("body: the template's body has 2 variables; the send gives 1 parameter (Meta error 132000)");
    assertThatThrownBy(() -> ORDER.check(send))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("send of template 'order_shipped' (en_US) does not fit its definition: body: the template's body "
            + "has 2 variables; the send gives 1 parameter (Meta error 132000)");
  }

  @Test
  void missingHeaderAndButtonValuesAreCaught() {
    TemplateMessage send = order().body(TemplateParameter.text("Jane"), TemplateParameter.text("today")).build();
    assertThat(ORDER.mismatches(send)).containsExactly(
        "header: the template's header has variable {{1}}; the send gives no header parameter (Meta error 132000)",
        "button index 0: the template's button 0 is a URL button with a variable and needs a value; the send gives "
            + "none (Meta error 132000)");
  }

  @Test
  void buttonIndexesMustExistAndFit() {
    TemplateMessage send = order().header(TemplateParameter.text("#1"))
        .body(TemplateParameter.text("Jane"), TemplateParameter.text("today"))
        .button(TemplateButton.url(0, "1Z"))
        .button(TemplateButton.url(1, "x"))
        .button(TemplateButton.quickReply(5, "P"))
        .build();
    assertThat(ORDER.mismatches(send)).containsExactly(
        "button index 1: the template's button 1 is a PHONE_NUMBER button; the send gives a url parameter "
            + "(Meta error 132012)",
        "button index 5: the template has 3 buttons (indexes 0 to 2)");
  }

  @Test
  void nameLanguageAndHeaderKindAreCompared() {
    TemplateDefinition imageHeader = TemplateDefinition.builder("promo", "en", TemplateCategory.MARKETING)
        .component(Component.headerMedia(HeaderFormat.IMAGE, "4::h"))
        .component(Component.body("Hello there"))
        .build();
    TemplateMessage send = TemplateMessage.builder().to("+4915112345678").name("promo_v2").language("en_US")
        .header(TemplateParameter.video(MediaSource.id("123"))).build();
    assertThat(imageHeader.mismatches(send)).containsExactly(
        "template.name: the send names 'promo_v2', the definition is 'promo'",
        "template.language: the send asks for 'en_US', the definition is 'en' (Meta error 132001)",
        "header: the template's header is IMAGE; the send gives a video (Meta error 132012)");
  }

  @Test
  void namedParametersMustAllBePresentAndKnown() {
    TemplateDefinition named = TemplateDefinitionTest.namedPromo();
    TemplateMessage send = TemplateMessage.builder().to("+4915112345678").name("summer_promo").language("en")
        .header(TemplateParameter.text("Jane").named("first_name"))
        .body(TemplateParameter.text("X").named("coupon"))
        .button(TemplateButton.copyCode(0, "SUMMER20"))
        .build();
    assertThat(named.mismatches(send)).containsExactly(
        "body: the send gives no value for [{{code}}] (Meta error 132000)",
        "body: the template's body has no [{{coupon}}]; its variables are [{{code}}] (Meta error 132000)");
    TemplateMessage unnamed = TemplateMessage.builder().to("+4915112345678").name("summer_promo").language("en")
        .header(TemplateParameter.text("Jane"))
        .body(TemplateParameter.text("SUMMER20"))
        .button(TemplateButton.copyCode(0, "SUMMER20"))
        .build();
    assertThat(named.mismatches(unnamed)).containsExactly(
        "header: the template's variable is {{first_name}}; the send gives no parameter_name (Meta error 132012)",
        "body.parameters[0]: the template is NAMED; the parameter has no parameter_name (Meta error 132012)",
        "body: the send gives no value for [{{code}}] (Meta error 132000)");
  }

  @Test
  void positionalTemplatesRefuseNamedParameters() {
    TemplateMessage send = order().header(TemplateParameter.text("#1"))
        .body(TemplateParameter.text("Jane").named("name"), TemplateParameter.text("today").named("day"))
        .button(TemplateButton.url(0, "1Z")).build();
    assertThat(ORDER.mismatches(send)).containsExactly(
        "body.parameters[0]: the template is POSITIONAL; the send names the parameter 'name' (Meta error 132012)",
        "body.parameters[1]: the template is POSITIONAL; the send names the parameter 'day' (Meta error 132012)");
  }

  @Test
  void authenticationSendsCarryTheCodeInBodyAndButton() {
    TemplateDefinition otp = TemplateDefinitionTest.authentication();
    TemplateMessage ok = TemplateMessage.builder().to("+4915112345678").name("login_code").language("en_US")
        .authenticationCode("123456").build();
    assertThat(otp.mismatches(ok)).isEmpty();
    TemplateMessage noButton = TemplateMessage.builder().to("+4915112345678").name("login_code").language("en_US")
        .body(TemplateParameter.text("123456")).build();
    assertThat(otp.mismatches(noButton)).containsExactly("button index 0: the template's button 0 is a OTP button "
        + "and needs a value; the send gives none (Meta error 132000)");
  }

  @Test
  void aTemplateReadFromMetaChecksSends() {
    Template read = new Template("1", "order_shipped", "en_US", TemplateStatus.APPROVED, TemplateCategory.UTILITY,
        null, ParameterFormat.POSITIONAL, java.util.List.of(Component.body("Hi {{1}}!", Map.of("1", "Jane"))),
        null, null, null, null, null);
    assertThat(read.definition().mismatches(order().body(TemplateParameter.text("Jane")).build())).isEmpty();
    assertThat(read.definition().mismatches(order().build()))
        .containsExactly("body: the template's body has 1 variable; the send gives 0 parameters (Meta error 132000)");
  }
}
