package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.error.ErrorKind;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ProductPolicy;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.MarketingBackOffRule;
import dev.wabasdk.policy.MarketingMarketsRule;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.OptOutRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.template.TemplateCategory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Marketing Messages API ({@code POST /{phone-number-id}/marketing_messages}) through the real client against
 * MockWebServer, with the request, answers and errors of Meta's "Send Marketing Messages" page.
 */
class MarketingMessagesClientTest {
  private static final String WA_ID = "16505551234";
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  // Meta's "Example — send to phone number" answer.
  private static final String META_ANSWER = """
      {"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],
       "messages":[{"id":"wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"}]}""";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static TemplateMessage springSale() {
    return TemplateMessage.builder().to("+" + WA_ID).name("spring_sale").language("en_US")
        .body(TemplateParameter.text("Jane")).build();
  }

  private static void assertMarketingSend(RecordedRequest request, String expectedJson) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/marketing_messages");
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo(GraphServerExtension.compact(expectedJson));
  }

  @Test
  void sendsTheTemplateWithMetasOptionalFieldsLastAndReadsTheAnswer() throws Exception {
    graph.enqueue(200, META_ANSWER);

    SendResult result = graph.client().marketingMessages().send(springSale(), MarketingMessageOptions.builder()
        .productPolicy(ProductPolicy.STRICT).messageActivitySharing(true).build());

    // Meta's request syntax: the /messages payload, then "product_policy" and "message_activity_sharing".
    assertMarketingSend(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
         "template":{"name":"spring_sale","language":{"code":"en_US"},
           "components":[{"type":"body","parameters":[{"type":"text","text":"Jane"}]}]},
         "product_policy":"STRICT","message_activity_sharing":true}""");
    assertThat(result.messageId()).isEqualTo("wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA");
    assertThat(result.input()).isEqualTo("+16505551234");
    assertThat(result.waId()).isEqualTo("16505551234");
  }

  @Test
  void withoutOptionsMetasDefaultsApplyAndNoOptionalFieldIsSent() throws Exception {
    graph.enqueue(200, META_ANSWER);
    graph.enqueue(200, META_ANSWER);

    graph.client().marketingMessages().send(Message.template("+" + WA_ID, "spring_sale", "en_US"));
    graph.client().marketingMessages().send(Message.template("+" + WA_ID, "spring_sale", "en_US"),
        MarketingMessageOptions.builder().messageActivitySharing(false).build());

    assertMarketingSend(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
         "template":{"name":"spring_sale","language":{"code":"en_US"}}}""");
    assertMarketingSend(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
         "template":{"name":"spring_sale","language":{"code":"en_US"}},"message_activity_sharing":false}""");
  }

  @Test
  void aBusinessScopedUserIdIsSentAsRecipientAndTheAnswerCarriesItsUserId() throws Exception {
    // Meta's "Example — send to BSUID" answer.
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","contacts":[{"input":"US.13491208655302741918",
          "user_id":"US.13491208655302741918"}],
         "messages":[{"id":"wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"}]}""");

    SendResult result = graph.client().marketingMessages()
        .sendAsync(Message.template(Recipient.userId("US.13491208655302741918"), "spring_sale", "en_US"),
            MarketingMessageOptions.builder().productPolicy(ProductPolicy.CLOUD_API_FALLBACK).build())
        .get(5, TimeUnit.SECONDS);

    assertMarketingSend(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918",
         "type":"template","template":{"name":"spring_sale","language":{"code":"en_US"}},
         "product_policy":"CLOUD_API_FALLBACK"}""");
    assertThat(result.userId()).isEqualTo("US.13491208655302741918");
    assertThat(result.waId()).isNull();
  }

  @Test
  void marketingTemplatesDisabledOnCloudApiIsAFinalRefusal() {
    // Meta's documented answer when the fallback to Cloud API is blocked by disable_marketing_messages_on_cloud_api.
    graph.enqueue(400, """
        {"error":{"message":"(#131063) Marketing templates disabled for Cloud API","type":"OAuthException",
          "code":131063,"error_data":{"messaging_product":"whatsapp","details":"Your template is categorized as
         Marketing, but marketing templates are currently disabled for your Cloud API configuration."},
          "fbtrace_id":"ABzNMWIqsLJ7hbj8xd5ytay"}}""".replace("\n ", " "));

    assertThatThrownBy(() -> graph.client().marketingMessages().send(springSale()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(MarketingMessagesApi.MARKETING_TEMPLATES_DISABLED_ON_CLOUD_API);
          assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.outcome()).isEqualTo(Outcome.REJECTED);
          assertThat(e.certainlyNotSent()).isTrue();
          assertThat(e.error().details()).startsWith("Your template is categorized as Marketing");
        });
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aMissingRecipientAnswerIsParsed() {
    // Meta's "when both phone number and BSUID are omitted" answer (no error_data).
    graph.enqueue(400, """
        {"error":{"message":"The parameter to is required.","type":"OAuthException","code":100,
          "fbtrace_id":"ANPlYYIqhnaWG-FIJ-rABkS"}}""");

    assertThatThrownBy(() -> graph.client().marketingMessages().send(springSale()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
          assertThat(e.error().fbtraceId()).isEqualTo("ANPlYYIqhnaWG-FIJ-rABkS");
          assertThat(e.outcome()).isEqualTo(Outcome.REJECTED);
        });
  }

  @Test
  void interceptorsRunForMarketingSendsAndSeeTheirOptions() throws Exception {
    List<@Nullable MarketingMessageOptions> seen = new ArrayList<>();
    SendInterceptor spy = chain -> {
      seen.add(chain.marketingMessageOptions());
      return chain.proceed(chain.message());
    };
    MarketingMessageOptions strict = MarketingMessageOptions.builder().productPolicy(ProductPolicy.STRICT).build();
    graph.enqueue(200, META_ANSWER);
    graph.enqueueSent(WA_ID, "wamid.CLOUD");
    try (WhatsApp client = graph.builder().addInterceptor(spy).build()) {
      client.marketingMessages().send(springSale(), strict);
      client.messages().send(springSale());
    }
    assertThat(seen).containsExactly(strict, null);
    assertThat(graph.take().getUrl().encodedPath()).endsWith("/marketing_messages");
    assertThat(graph.take().getUrl().encodedPath()).endsWith("/messages");
  }

  @Test
  void anInterceptorCannotSwapInAFreeFormMessage() {
    SendInterceptor swap = chain -> chain.proceed(Message.text("+" + WA_ID, "Sale!"));
    try (WhatsApp client = graph.builder().addInterceptor(swap).build()) {
      assertThatThrownBy(() -> client.marketingMessages().send(springSale()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("type: the Marketing Messages API sends only template messages, was TextMessage");
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void thePolicyEngineRefusesAMarketingSendExactlyAsItRefusesTheMessagesOne() {
    PolicyEngine engine = PolicyEngine.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).build();
    engine.recordOptOut(WhatsAppUser.ofWaId(WA_ID), OptOut.MARKETING, T.minusSeconds(60));
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      WabaPolicyException viaMessages =
          (WabaPolicyException) catchThrowable(() -> client.messages().send(springSale()));
      WabaPolicyException viaMarketing =
          (WabaPolicyException) catchThrowable(() -> client.marketingMessages().send(springSale()));

      assertThat(viaMarketing.decision().reasonCode()).isEqualTo(OptOutRule.REASON_MARKETING);
      assertThat(viaMarketing.decision().verdict()).isEqualTo(viaMessages.decision().verdict());
      assertThat(viaMarketing.decision().reasonCode()).isEqualTo(viaMessages.decision().reasonCode());
      assertThat(viaMarketing.decision().explanation()).isEqualTo(viaMessages.decision().explanation());
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void a131049OnAMarketingSendBacksOffTheNextMarketingTemplateOnBothEndpoints() {
    PolicyEngine engine = PolicyEngine.builder().build();
    TemplateMessage toGermany = Message.template("+4915112345678", "spring_sale", "de");
    graph.enqueueError(400, 131049, "This message was not delivered to maintain healthy ecosystem engagement.");
    try (WhatsApp client = graph.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).addInterceptor(engine).build()) {
      assertThatThrownBy(() -> client.marketingMessages().send(toGermany))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131049));

      for (Runnable send : List.<Runnable>of(() -> client.marketingMessages().send(toGermany),
          () -> client.messages().send(toGermany))) {
        assertThatThrownBy(send::run).isInstanceOfSatisfying(WabaPolicyException.class,
            e -> assertThat(e.decision().reasonCode()).isEqualTo(MarketingBackOffRule.REASON));
      }
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void theUsMarketRuleAppliesToMarketingSends() {
    PolicyEngine engine = PolicyEngine.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).build();
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      assertThatThrownBy(() -> client.marketingMessages().send(springSale()))
          .isInstanceOfSatisfying(WabaPolicyException.class,
              e -> assertThat(e.decision().reasonCode()).isEqualTo(MarketingMarketsRule.REASON));
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void aTemplateRecordedAsUtilityIsRefusedOnTheMarketingPathOnly() throws Exception {
    PolicyEngine engine = PolicyEngine.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).build();
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    TemplateMessage orderUpdate = Message.template("+" + WA_ID, "order_update", "en_US");
    graph.enqueueSent(WA_ID, "wamid.UTILITY");
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      assertThatThrownBy(() -> client.marketingMessages().send(orderUpdate))
          .isInstanceOfSatisfying(WabaPolicyException.class, e -> {
            assertThat(e.decision().verdict()).isEqualTo(Verdict.DENY);
            assertThat(e.decision().reasonCode()).isEqualTo(PolicyEngine.NOT_A_MARKETING_TEMPLATE);
            assertThat(e.decision().explanation()).isEqualTo("Template 'order_update' (en_US) is recorded as"
                + " UTILITY, and the Marketing Messages API sends only marketing templates; send it with"
                + " messages().send(..).");
            assertThat(e.outcome()).isEqualTo(Outcome.NOT_SENT);
          });

      SendResult sent = client.messages().send(orderUpdate);
      assertThat(sent.tag(Decision.class).verdict()).isEqualTo(Verdict.ALLOW);
      graph.assertSent(graph.take(), """
          {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
           "template":{"name":"order_update","language":{"code":"en_US"}}}""");
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  private static Throwable catchThrowable(Runnable r) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(r::run);
    assertThat(t).isInstanceOf(WabaPolicyException.class);
    return t;
  }
}
