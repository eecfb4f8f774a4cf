package dev.wabasdk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each of Meta's definition rules, checked locally (cloud-api.md §4.3). */
class TemplateDefinitionTest {

  static TemplateDefinition namedPromo() {
    return TemplateDefinition.builder("summer_promo", "en", TemplateCategory.MARKETING)
        .parameterFormat(ParameterFormat.NAMED)
        .component(Component.headerText("Hi {{first_name}}", Map.of("first_name", "Jane")))
        .component(Component.body("Use {{code}} today!", Map.of("code", "SUMMER20")))
        .component(Component.buttons(Button.copyCode("SUMMER20"),
            Button.flow("Book", "1234567890", "navigate", "WELCOME")))
        .build();
  }

  static TemplateDefinition authentication() {
    return TemplateDefinition.builder("login_code", "en_US", TemplateCategory.AUTHENTICATION)
        .component(Component.authenticationBody(true))
        .component(Component.codeExpiration(5))
        .component(Component.buttons(Button.otpCopyCode("Copy code")))
        .build();
  }

  private static TemplateDefinition.Builder utility() {
    return TemplateDefinition.builder("shipping", "en_US", TemplateCategory.UTILITY);
  }

  /** As {@link #withBody}, for the components Meta allows only in MARKETING templates (offers, carousels). */
  private static TemplateDefinition withMarketingBody(Component... others) {
    TemplateDefinition.Builder b = TemplateDefinition.builder("shipping", "en_US", TemplateCategory.MARKETING)
        .component(Component.body("Your order is on its way."));
    for (Component c : others) {
      b.component(c);
    }
    return b.build();
  }

  private static TemplateDefinition withBody(Component... others) {
    TemplateDefinition.Builder b = utility().component(Component.body("Your order is on its way."));
    for (Component c : others) {
      b.component(c);
    }
    return b.build();
  }

  private static void assertProblems(TemplateDefinition d, String... expected) {
    assertThat(d.problems()).containsExactly(expected);
  }

  @Test
  void validDefinitionsHaveNoProblems() {
    assertThat(TemplatesApiTest.orderShipped().problems()).isEmpty();
    assertThat(namedPromo().problems()).isEmpty();
    assertThat(authentication().problems()).isEmpty();
    assertThat(authentication().validate()).isEqualTo(authentication());
  }

  @Test
  void nameAndLanguage() {
    assertProblems(TemplateDefinition.builder("Order-Update", "english", TemplateCategory.UTILITY)
            .component(Component.body("Hello there")).build(),
        "name: must be 1 to 512 lowercase letters, digits or underscores, was 'Order-Update'",
        "language: must be a language code such as 'en' or 'en_US', was 'english'");
    assertThat(TemplateDefinition.builder("a".repeat(513), "en", TemplateCategory.UTILITY)
        .component(Component.body("Hello")).build().problems()).hasSize(1);
  }

  @Test
  void bodyIsRequiredAndComponentsAreUnique() {
    assertProblems(utility().component(Component.footer("Bye")).build(), "components: a BODY component is required");
    assertProblems(withBody(Component.body("Again")),
        "components[1] (BODY): a template has at most one BODY component (also at components[0])");
  }

  @Test
  void positionalVariablesMustBeSequential() {
    assertProblems(utility().component(Component.body("Hi {{1}}, order {{3}} is late.",
            Map.of("1", "Jane", "3", "#1"))).build(),
        "components[0] (BODY): variables must be numbered 1 to 2 without gaps; {{2}} is missing (found [{{1}}, {{3}}])");
    assertProblems(utility().component(Component.body("Hi {{2}}, welcome.", Map.of("2", "Jane"))).build(),
        "components[0] (BODY): variables must be numbered 1 to 1 without gaps; {{1}} is missing (found [{{2}}])");
  }

  @Test
  void formatsCannotBeMixed() {
    assertProblems(utility().component(Component.body("Hi {{name}}, welcome.", Map.of("name", "Jane"))).build(),
        "components[0] (BODY): variable {{name}} is not positional; a POSITIONAL template uses {{1}}, {{2}}, … "
            + "(or set parameterFormat NAMED)");
    assertProblems(utility().parameterFormat(ParameterFormat.NAMED)
            .component(Component.body("Hi {{1}}, welcome.", Map.of("1", "Jane"))).build(),
        "components[0] (BODY): variable {{1}} is not a valid name; a NAMED template uses 1 to 20 lowercase letters "
            + "or underscores such as {{first_name}}");
  }

  @Test
  void namedVariablesMustBeValidNames() {
    assertThat(utility().parameterFormat(ParameterFormat.NAMED)
        .component(Component.body("Hi {{First Name}}, welcome.", Map.of("First Name", "Jane"))).build().problems())
        .containsExactly("components[0] (BODY): variable {{First Name}} is not a valid name; a NAMED template uses "
            + "1 to 20 lowercase letters or underscores such as {{first_name}}");
    assertThat(utility().parameterFormat(ParameterFormat.NAMED)
        .component(Component.body("Hi {{" + "a".repeat(21) + "}}, welcome.", Map.of("a".repeat(21), "x")))
        .build().problems()).hasSize(1);
  }

  @Test
  void malformedBracesAreReported() {
    assertProblems(utility().component(Component.body("Hi {{1}, welcome.")).build(),
        "components[0] (BODY): malformed variable braces (every variable is written {{1}} or {{name}}) in "
            + "'Hi {{1}, welcome.'");
  }

  @Test
  void everyVariableNeedsAnExampleAndNoStrayExamples() {
    assertProblems(utility().component(Component.body("Hi {{1}}, order {{2}} shipped.", Map.of("1", "Jane",
            "7", "x"))).build(),
        "components[0] (BODY): variable {{2}} needs an example (Meta reviews templates with examples)",
        "components[0] (BODY): example given for {{7}}, which the text does not contain");
  }

  @Test
  void bodyCannotStartOrEndWithAVariable() {
    assertProblems(utility().component(Component.body(" {{1}} shipped {{2}}", Map.of("1", "a", "2", "b"))).build(),
        "components[0] (BODY): the body cannot start with a variable (Meta error 2388299): ' {{1}} shipped {{2}}'",
        "components[0] (BODY): the body cannot end with a variable (Meta error 2388299): ' {{1}} shipped {{2}}'");
  }

  @Test
  void lengthLimits() {
    assertProblems(utility().component(Component.body("x".repeat(1025))).build(),
        "components[0] (BODY) text: is 1025 characters, over Meta's limit of 1024: '" + "x".repeat(57) + "...'");
    assertThat(utility().component(Component.body("😀".repeat(1024))).build().problems())
        .as("characters, not UTF-16 units").isEmpty();
    assertProblems(withBody(Component.headerText("h".repeat(61))),
        "components[1] (HEADER) text: is 61 characters, over Meta's limit of 60: '" + "h".repeat(57) + "...'");
    assertProblems(withBody(Component.footer("f".repeat(61))),
        "components[1] (FOOTER) text: is 61 characters, over Meta's limit of 60: '" + "f".repeat(57) + "...'");
    assertProblems(withMarketingBody(Component.limitedTimeOffer("Only today, hurry!", true)),
        "components[1] (LIMITED_TIME_OFFER) text: is 18 characters, over Meta's limit of 16: 'Only today, hurry!'");
  }

  /**
   * Meta, "Configure message time-to-live": authentication 30 to 900 s, utility 30 to 43200 s, marketing 43200 to
   * 2592000 s; "For authentication and utility templates, you can set the message_send_ttl_seconds property value to
   * -1, which will set a custom TTL of 30 days."
   */
  @Test
  void timeToLiveRangesPerCategory() {
    TemplateDefinition.Builder auth = TemplateDefinition.builder("login_code", "en_US",
        TemplateCategory.AUTHENTICATION).component(Component.authenticationBody(true))
        .component(Component.buttons(Button.otpCopyCode("Copy code")));
    TemplateDefinition.Builder marketing = TemplateDefinition.builder("flash_sale", "en_US",
        TemplateCategory.MARKETING).component(Component.body("Our flash sale ends soon, shop now."));
    for (int ok : new int[] {-1, 30, 43_200}) {
      assertThat(utility().component(Component.body("Your order shipped.")).messageSendTtlSeconds(ok).build()
          .problems()).as("utility %d", ok).isEmpty();
    }
    for (int ok : new int[] {-1, 30, 900}) {
      assertThat(auth.messageSendTtlSeconds(ok).build().problems()).as("authentication %d", ok).isEmpty();
    }
    for (int ok : new int[] {43_200, 2_592_000}) {
      assertThat(marketing.messageSendTtlSeconds(ok).build().problems()).as("marketing %d", ok).isEmpty();
    }

    assertProblems(utility().component(Component.body("Your order shipped.")).messageSendTtlSeconds(86_400).build(),
        "message_send_ttl_seconds: must be 30 to 43200 seconds, or -1 for 30 days, for UTILITY templates, was 86400");
    assertProblems(utility().component(Component.body("Your order shipped.")).messageSendTtlSeconds(29).build(),
        "message_send_ttl_seconds: must be 30 to 43200 seconds, or -1 for 30 days, for UTILITY templates, was 29");
    assertProblems(auth.messageSendTtlSeconds(901).build(),
        "message_send_ttl_seconds: must be 30 to 900 seconds, or -1 for 30 days, for AUTHENTICATION templates,"
            + " was 901");
    assertProblems(marketing.messageSendTtlSeconds(600).build(), "message_send_ttl_seconds: must be 43200 to"
        + " 2592000 seconds (12 hours to 30 days) for MARKETING templates, was 600");
    assertProblems(marketing.messageSendTtlSeconds(2_592_001).build(), "message_send_ttl_seconds: must be 43200 to"
        + " 2592000 seconds (12 hours to 30 days) for MARKETING templates, was 2592001");
    assertProblems(marketing.messageSendTtlSeconds(-1).build(), "message_send_ttl_seconds: must be 43200 to"
        + " 2592000 seconds (12 hours to 30 days) for MARKETING templates, was -1");
  }

  /** An edit checks the new category's range, or, keeping the category, the widest range of any category. */
  @Test
  void anEditsTimeToLiveIsCheckedAgainstItsCategory() {
    assertThat(new TemplateEdit(TemplateCategory.MARKETING, null, null, 600).problems()).containsExactly(
        "message_send_ttl_seconds: must be 43200 to 2592000 seconds (12 hours to 30 days) for MARKETING templates,"
            + " was 600");
    assertThat(new TemplateEdit(null, null, null, -1).problems()).isEmpty();
    assertThat(new TemplateEdit(null, null, null, 600).problems()).isEmpty();
    assertThat(new TemplateEdit(null, null, null, 0).problems()).containsExactly(
        "message_send_ttl_seconds: must be 30 to 2592000 seconds, or -1 for 30 days, was 0");
  }

  @Test
  void headerRules() {
    assertProblems(withBody(Component.headerText("{{1}} and {{2}}", Map.of("1", "a", "2", "b"))),
        "components[1] (HEADER): a TEXT header has at most 1 variable, has 2 [1, 2]");
    assertProblems(withBody(new Component.Header(HeaderFormat.VIDEO, null, Map.of(), List.of())),
        "components[1] (HEADER): a VIDEO header needs an example upload handle (example.header_handle)");
    assertProblems(withBody(Component.headerText("Sale {{1}}")),
        "components[1] (HEADER): variable {{1}} needs an example (Meta reviews templates with examples)");
    assertThat(withBody(Component.headerLocation()).problems()).isEmpty();
  }

  @Test
  void footerHasNoVariables() {
    assertProblems(withBody(Component.footer("Bye {{1}}")),
        "components[1] (FOOTER): a footer cannot have variables: 'Bye {{1}}'");
  }

  @Test
  void buttonCountsAndLabels() {
    Button[] eleven = new Button[11];
    java.util.Arrays.fill(eleven, Button.quickReply("Yes"));
    assertThat(withBody(Component.buttons(eleven)).problems())
        .contains("components[1] (BUTTONS): must have 1 to 10 buttons, has 11");
    assertProblems(withBody(Component.buttons(Button.url("A", "https://a.example"), Button.url("B", "https://b.example"),
            Button.url("C", "https://c.example"))),
        "components[1] (BUTTONS): at most 2 URL buttons, has 3");
    assertProblems(withBody(Component.buttons(Button.phoneNumber("A", "+1"), Button.phoneNumber("B", "+2"))),
        "components[1] (BUTTONS): at most 1 PHONE_NUMBER button, has 2");
    assertProblems(withBody(Component.buttons(Button.quickReply("This label is far too long!"))),
        "components[1] (BUTTONS).buttons[0] (QUICK_REPLY): text is 27 characters, over Meta's limit of 25: "
            + "'This label is far too long!'");
  }

  @Test
  void urlButtonRules() {
    assertProblems(withBody(Component.buttons(Button.url("Go", "https://a.example/{{1}}/x", "https://a.example/1/x"))),
        "components[1] (BUTTONS).buttons[0] (URL): the url's variable must be at its end: 'https://a.example/{{1}}/x'");
    assertProblems(withBody(Component.buttons(Button.url("Go", "https://a.example/{{1}}"))),
        "components[1] (BUTTONS).buttons[0] (URL): a url with a variable needs an example (the full URL Meta reviews)");
    assertProblems(withBody(Component.buttons(Button.url("Go", "ftp://a.example"))),
        "components[1] (BUTTONS).buttons[0] (URL): url must start with https:// or http://, was 'ftp://a.example'");
    assertProblems(withBody(Component.buttons(Button.url("Go", "https://a.example/{{1}}{{2}}", "https://a.example/x"))),
        "components[1] (BUTTONS).buttons[0] (URL): url has at most 1 variable, has [1, 2]");
    assertThat(withBody(Component.buttons(Button.url("Go", "https://a.example/" + "p".repeat(2000)))).problems())
        .containsExactly("components[1] (BUTTONS).buttons[0] (URL): url is 2018 characters, over Meta's limit of 2000");
  }

  @Test
  void copyCodeAndFlowButtons() {
    assertProblems(withBody(Component.buttons(Button.copyCode("SIXTEEN-CHARS-XX"))),
        "components[1] (BUTTONS).buttons[0] (COPY_CODE): example must be 1 to 15 characters, was 'SIXTEEN-CHARS-XX' (16)");
    assertProblems(withBody(Component.buttons(new Button.Flow("Book", null, null, "navigate", null))),
        "components[1] (BUTTONS).buttons[0] (FLOW): one of flow_id, flow_name or flow_json is required");
    assertProblems(withBody(Component.buttons(new Button.Flow("Book", "1", null, "navigate", null, "{}"))),
        "components[1] (BUTTONS).buttons[0] (FLOW): only one of flow_id, flow_name and flow_json may be given, "
            + "has [flow_id, flow_json]");
    assertProblems(withBody(Component.buttons(Button.flowWithJson("Book", " ", "navigate", null))),
        "components[1] (BUTTONS).buttons[0] (FLOW): flow_json must not be blank");
    assertThat(withBody(Component.buttons(Button.flowWithJson("Book", "{\"version\":\"7.2\",\"screens\":[]}",
        "navigate", "WELCOME"))).problems()).isEmpty();
  }

  @Test
  void authenticationRules() {
    assertProblems(TemplateDefinition.builder("otp", "en", TemplateCategory.AUTHENTICATION)
            .component(Component.headerText("Code"))
            .component(Component.body("Your code is {{1}}.", Map.of("1", "123456")))
            .component(Component.footer("Thanks"))
            .component(Component.buttons(Button.quickReply("Ok")))
            .build(),
        "components[0] (HEADER): AUTHENTICATION templates cannot have a header",
        "components[1] (BODY): AUTHENTICATION templates take no body text (Meta writes it); use "
            + "Component.authenticationBody(...)",
        "components[2] (FOOTER): AUTHENTICATION templates take no footer text; use Component.codeExpiration(...)",
        "components[3] (BUTTONS).buttons[0] (QUICK_REPLY): AUTHENTICATION templates have only an OTP button");
    assertProblems(TemplateDefinition.builder("otp", "en", TemplateCategory.AUTHENTICATION)
            .component(Component.authenticationBody(false))
            .component(Component.codeExpiration(91))
            .component(Component.buttons(Button.otpOneTap("Copy", "Fill", List.of(
                new Button.SupportedApp("com.example", "short")))))
            .build(),
        "components[1] (FOOTER): code_expiration_minutes must be 1 to 90, was 91",
        "components[2] (BUTTONS).buttons[0] (OTP).supported_apps[0]: signature_hash must be exactly 11 characters, "
            + "was 'short' (5)");
    List<Button.SupportedApp> six = java.util.Collections.nCopies(6, new Button.SupportedApp("a", "K8a/AINcGX7"));
    assertThat(TemplateDefinition.builder("otp", "en", TemplateCategory.AUTHENTICATION)
        .component(Component.authenticationBody(false))
        .component(Component.buttons(Button.otpZeroTap("Copy", "Fill", six, false))).build().problems())
        .containsExactly("components[1] (BUTTONS).buttons[0] (OTP): at most 5 supported_apps, has 6",
            "components[1] (BUTTONS).buttons[0] (OTP): ZERO_TAP needs zero_tap_terms_accepted true");
  }

  @Test
  void otpAndAuthExtrasOnlyForAuthentication() {
    assertProblems(withBody(Component.codeExpiration(10), Component.buttons(Button.otpCopyCode("Copy"))),
        "components[1] (FOOTER): code_expiration_minutes is only for AUTHENTICATION templates",
        "components[2] (BUTTONS).buttons[0] (OTP): OTP buttons are only for AUTHENTICATION templates");
  }

  @Test
  void carouselRules() {
    Component.Card card = Component.Card.of(Component.headerMedia(HeaderFormat.IMAGE, "4::h"),
        Component.body("Card {{1}}", Map.of()));
    Component.Card[] eleven = new Component.Card[11];
    java.util.Arrays.fill(eleven, Component.Card.of(Component.headerMedia(HeaderFormat.IMAGE, "4::h")));
    assertProblems(withMarketingBody(Component.carousel(card)),
        "components[1] (CAROUSEL): must have 2 to 10 cards, has 1",
        "components[1] (CAROUSEL).cards[0].components[1] (BODY): the body cannot end with a variable "
            + "(Meta error 2388299): 'Card {{1}}'",
        "components[1] (CAROUSEL).cards[0].components[1] (BODY): variable {{1}} needs an example "
            + "(Meta reviews templates with examples)");
    assertProblems(withMarketingBody(Component.carousel(eleven)),
        "components[1] (CAROUSEL): must have 2 to 10 cards, has 11");
  }

  @Test
  void validateListsEveryProblem() {
    assertThatThrownBy(() -> utility().build().validate())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template 'shipping' (en_US) breaks Meta's rules: components: a BODY component is required");
  }
}
