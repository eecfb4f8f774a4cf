package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentConfigurationStatus;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.payment.PaymentTransaction;
import dev.wabasdk.payment.Refund;
import dev.wabasdk.payment.TransactionStatus;
import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.PolicyEngine;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Payments API webhooks: payment statuses ({@code statuses[]} with {@code type: payment}, India), the Brazilian
 * one-click {@code payment_method} reply and {@code payment_configuration_update}, from fixtures shaped as Meta
 * documents them (src/test/resources/payloads/payment-*.json).
 */
class PaymentWebhookTest {
  private static final String STATUS_PATH = "$.entry[0].changes[0].value.statuses[0]";
  private static final WebhookMetadata METADATA = new WebhookMetadata("106540352242922", "15550783881");

  private static String fixture(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static List<WebhookEvent> parse(String json) {
    return WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A messages change whose statuses are {@code statuses} (JSON objects, comma-separated). */
  private static String statuses(String statuses) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":"
        + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
        + "\"phone_number_id\":\"106540352242922\"},\"statuses\":[" + statuses + "]},\"field\":\"messages\"}]}]}";
  }

  /** A pending Razorpay payment with one pending transaction, in a shape the tests below vary. */
  private static final String PENDING = "{\"id\":\"gBGGFlB5YjhvAgnhuF1qIUvCo7Z\",\"recipient_id\":\"919000012345\","
      + "\"type\":\"payment\",\"status\":\"pending\",\"payment\":{\"reference_id\":\"ORD-9-1\",\"amount\":{\"value\":"
      + "1000,\"offset\":100},\"currency\":\"INR\",\"transaction\":{\"id\":\"order_A\",\"type\":\"razorpay\","
      + "\"status\":\"pending\",\"created_timestamp\":1772129000,\"updated_timestamp\":1772129000}},"
      + "\"timestamp\":\"1772129001\"}";

  private static PaymentStatusUpdate payment(String status) {
    List<WebhookEvent> events = parse(statuses(status));
    assertThat(events).singleElement().isInstanceOf(PaymentStatusUpdate.class);
    return (PaymentStatusUpdate) events.get(0);
  }

  private static UnknownEvent unknown(String status) {
    List<WebhookEvent> events = parse(statuses(status));
    assertThat(events).singleElement().isInstanceOf(UnknownEvent.class);
    return (UnknownEvent) events.get(0);
  }

  @Test
  void aCapturedPaymentIsTypedToItsLastField() {
    PaymentStatusUpdate p = single("payment-captured.json", PaymentStatusUpdate.class);

    assertThat(p.id()).isEqualTo("gBGGFlB5YjhvAgnhuF1qIUvCo7A");
    assertThat(p.status()).isSameAs(PaymentStatus.CAPTURED);
    assertThat(p.timestamp()).isEqualTo(Instant.ofEpochSecond(1772129217L));
    assertThat(p.recipient()).isEqualTo(WhatsAppUser.ofWaId("919000012345"));
    assertThat(p.recipientProfileName()).isNull();
    assertThat(p.referenceId()).isEqualTo("ORD-1001-1");
    assertThat(p.amount()).isEqualTo(new Amount(21000, 100));
    assertThat(p.currency()).isEqualTo("INR");
    // Meta's example writes the transaction's timestamps as strings: read as the integers they are
    assertThat(p.transaction()).isEqualTo(new PaymentTransaction("order_NrZ4aD1Gk2p9Xq", "pay_NrZ5bE2Hl3q0Yr",
        "razorpay", TransactionStatus.SUCCESS, Instant.ofEpochSecond(1772129215L),
        Instant.ofEpochSecond(1772129216L), "upi", null, null, null, List.of()));
    assertThat(p.refunds()).isEmpty();
    assertThat(p.gatewayFields()).containsExactly(
        Map.entry("receipt", "rcpt-ORD-1001"),
        Map.entry("notes", Map.of("customer_tier", "gold", "channel", "whatsapp")));
    assertThat(p.metadata()).isEqualTo(METADATA);
    assertThat(p.businessAccountId()).isEqualTo("102290129340398");
    assertThat(p.raw().asMap()).containsEntry("type", "payment").containsKey("payment");
    assertThat(p.eventId())
        .isEqualTo("payment:gBGGFlB5YjhvAgnhuF1qIUvCo7A:captured:order_NrZ4aD1Gk2p9Xq/pay_NrZ5bE2Hl3q0Yr:success");
    assertThat(WebhookProcessor.phoneNumberIdOf(p)).isEqualTo("106540352242922");
  }

  @Test
  void aPendingPaymentCarriesTheFailedAttemptAndTheGatewaysError() {
    PaymentStatusUpdate p = single("payment-pending-failed.json", PaymentStatusUpdate.class);

    assertThat(p.status()).isSameAs(PaymentStatus.PENDING);
    assertThat(p.timestamp()).isEqualTo(Instant.ofEpochSecond(1772129331L)); // an integer here
    assertThat(p.amount().toBigDecimal()).isEqualByComparingTo("10.00");
    PaymentTransaction t = p.transaction();
    assertThat(t).isNotNull();
    assertThat(t.gateway()).isEqualTo("payu");
    assertThat(t.status()).isSameAs(TransactionStatus.FAILED);
    assertThat(t.method()).isNull();
    assertThat(t.errorCode()).isEqualTo("BAD_REQUEST_ERROR");
    assertThat(t.errorReason()).isEqualTo("incorrect_pin");
    assertThat(t.pgTransactionId()).isEqualTo("22311034567");
    assertThat(t.createdAt()).isEqualTo(Instant.ofEpochSecond(1772129329L));
    assertThat(t.updatedAt()).isEqualTo(Instant.ofEpochSecond(1772129330L));
    assertThat(p.gatewayFields()).containsExactly(Map.entry("udf1", "cart-77"), Map.entry("udf2", "store-mumbai-04"),
        Map.entry("udf3", "campaign-diwali"), Map.entry("udf4", "agent-12"));
    assertThat(p.eventId())
        .isEqualTo("payment:gBGGFlB5YjhvAgnhuF1qIUvCo7B:pending:403993715531077182/22311034567:failed");
  }

  @Test
  void refundsAreTypedAndPartOfTheEventId() {
    PaymentStatusUpdate p = single("payment-refunds.json", PaymentStatusUpdate.class);

    assertThat(p.refunds()).containsExactly(
        new Refund("rfnd_ZP0001", new Amount(10000, 100), "instant", TransactionStatus.SUCCESS,
            Instant.ofEpochSecond(1772130000L), Instant.ofEpochSecond(1772130005L)),
        new Refund("rfnd_ZP0002", new Amount(2500, 100), "normal", TransactionStatus.PENDING,
            Instant.ofEpochSecond(1772130100L), Instant.ofEpochSecond(1772130100L)));
    assertThat(p.transaction().refunds()).isEmpty();
    assertThat(p.transaction().method()).isEqualTo("card");
    assertThat(p.gatewayFields()).containsExactly(Map.entry("extra1", "invoice-5531"),
        Map.entry("extra2", "branch-pune"));
    assertThat(p.eventId()).isEqualTo(
        "payment:gBGGFlB5YjhvAgnhuF1qIUvCo7C:captured:ZPLive17721293/ZP5e3c9a7b1d:success:rfnd_ZP0001=success:"
            + "rfnd_ZP0002=pending");
  }

  @Test
  void refundsSentOnTheTransactionAreReadThereToo() {
    // Payloads relayed by providers show Meta's refunds on the transaction, as the look-up has them
    PaymentStatusUpdate p = payment(PENDING.replace("\"updated_timestamp\":1772129000}",
        "\"updated_timestamp\":1772129000,\"refunds\":[{\"id\":\"rfnd_T\",\"amount\":{\"value\":\"500\",\"offset\":"
            + "\"100\"},\"speed_processed\":\"normal\",\"status\":\"completed\",\"created_timestamp\":\"1772129100\","
            + "\"updated_timestamp\":1772129101}]}"));

    Refund refund = p.transaction().refunds().get(0);
    assertThat(refund.amount()).isEqualTo(Amount.of(500));
    assertThat(refund.status().value()).isEqualTo("completed");
    assertThat(refund.status().isKnown()).isFalse();
    assertThat(refund.createdAt()).isEqualTo(Instant.ofEpochSecond(1772129100L));
    assertThat(p.refunds()).isEmpty();
    assertThat(p.eventId()).endsWith(":order_A:pending:rfnd_T=completed");
  }

  @Test
  void aPaymentToABusinessScopedUserKeepsItsRecipientAsMessageStatusesDo() {
    PaymentStatusUpdate p = single("payment-bsuid.json", PaymentStatusUpdate.class);

    assertThat(p.recipient()).isEqualTo(
        new WhatsAppUser(null, "US.13491208655302741918", "US.ENT.11815799212886844830", "@ana.codes"));
    assertThat(p.recipientProfileName()).isEqualTo("Ana");
    assertThat(p.transaction().gateway()).isEqualTo("billdesk");
    assertThat(p.gatewayFields()).containsOnlyKeys("additional_info1", "additional_info2", "additional_info3",
        "additional_info4", "additional_info5", "additional_info6", "additional_info7");
    assertThat(p.gatewayFields().get("additional_info3")).isEqualTo("2026");

    PaymentStatusUpdate both = payment(PENDING.replace("\"recipient_id\":\"919000012345\"",
        "\"recipient_id\":\"919000012345\",\"recipient_user_id\":\"IN.1\""));
    assertThat(both.recipient()).isEqualTo(new WhatsAppUser("919000012345", "IN.1", null, null));
    assertThat(payment(PENDING.replace("\"recipient_id\":\"919000012345\",", "")).recipient()).isNull();
  }

  @Test
  void theBrazilianOneClickConfirmationIsAnInboundPaymentMethodMessage() {
    InboundPaymentMethodMessage m = single("payment-method.json", InboundPaymentMethodMessage.class);

    assertThat(m.type()).isEqualTo("interactive");
    assertThat(m.paymentMethod()).isEqualTo("offsite_card_pay");
    assertThat(m.paymentTimestamp()).isEqualTo(Instant.ofEpochSecond(1726170122L));
    assertThat(m.referenceId()).isEqualTo("pedido-2024-0912-001");
    assertThat(m.lastFourDigits()).isEqualTo("5235");
    assertThat(m.credentialId()).isEqualTo("1234567");
    assertThat(m.from()).isEqualTo(WhatsAppUser.ofWaId("5511987654321"));
    assertThat(m.profileName()).isEqualTo("João");
    assertThat(m.timestamp()).isEqualTo(Instant.ofEpochSecond(1726170125L));
    assertThat(m.eventId()).isEqualTo("message:" + m.id());

    // Without the reference id there is no order to match: kept whole as an unknown message
    List<WebhookEvent> noReference = parse(fixture("payment-method.json")
        .replace("\"reference_id\": \"pedido-2024-0912-001\",", ""));
    assertThat(noReference).singleElement().isInstanceOf(InboundUnknownMessage.class);
    assertThat(((InboundUnknownMessage) noReference.get(0)).raw().json()).contains("offsite_card_pay");
  }

  @Test
  void theListenerGetsPaymentStatusesAndNeverAsMessageStatuses() {
    List<String> calls = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .listener(new WebhookListener() {
          @Override
          public void onPaymentStatusUpdate(PaymentStatusUpdate update) {
            calls.add("payment " + update.referenceId());
          }

          @Override
          public void onMessageStatus(MessageStatus status) {
            calls.add("status " + status.id());
          }

          @Override
          public void onInboundMessage(InboundMessage message) {
            calls.add("inbound " + message.getClass().getSimpleName());
          }

          @Override
          public void onUnknownEvent(UnknownEvent event) {
            calls.add("unknown " + event.reason());
          }
        })
        .build();

    for (String name : List.of("payment-captured.json", "payment-pending-failed.json", "payment-refunds.json",
        "payment-bsuid.json", "payment-method.json", "status-failed.json")) {
      byte[] body = bytes(name);
      assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    }

    assertThat(calls).containsExactly("payment ORD-1001-1", "payment ORD-1002-1", "payment ORD-1003-1",
        "payment ORD-1004-1", "inbound InboundPaymentMethodMessage", "status wamid.STATUSFAILED");
  }

  @Test
  void aPaymentStatusAmongMessageStatusesIsOnlyItself() {
    String delivered = "{\"id\":\"wamid.D\",\"status\":\"delivered\",\"timestamp\":\"1772129002\","
        + "\"recipient_id\":\"919000012345\"}";
    List<WebhookEvent> events = parse(statuses(delivered + "," + PENDING + "," + delivered.replace(".D", ".E")));

    assertThat(events).hasSize(3);
    assertThat(events.get(0)).isInstanceOf(MessageStatus.class);
    assertThat(events.get(1)).isInstanceOf(PaymentStatusUpdate.class);
    assertThat(((MessageStatus) events.get(2)).id()).isEqualTo("wamid.E");
  }

  @Test
  void theBillingReconciliationAndThePolicyEngineIgnorePaymentStatuses() {
    List<String> writes = new ArrayList<>();
    PolicyEngine engine = PolicyEngine.builder().store(recording(writes)).build();
    BillingReconciliation billing = new BillingReconciliation();
    MessagePrice estimate = CostEstimator.ofDefaults().priceOf(PriceQuery.of("+16505551234", PricingCategory.UTILITY));
    billing.recordEstimate("gBGGFlB5YjhvAgnhuF1qIUvCo7Z", estimate);
    billing.recordEstimate("wamid.STATUSFAILED", estimate);
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(engine).billingReconciliation(billing).build();

    // A "failed" payment (with a user known by number and BSUID) would, as a message status, have been recorded as
    // a failed message and linked the two ids in the engine's store.
    byte[] payment = statuses(PENDING.replace("\"status\":\"pending\",\"payment\"", "\"status\":\"failed\",\"payment\"")
        .replace("\"recipient_id\":\"919000012345\"", "\"recipient_id\":\"919000012345\",\"recipient_user_id\":"
            + "\"IN.1\"")).getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookProcessor.parse(payment)).singleElement().isInstanceOf(PaymentStatusUpdate.class);
    assertThat(processor.handle(signedHeaders(payment), payment).statusCode()).isEqualTo(200);
    assertThat(billing.summary().awaitingBilling()).isEqualTo(2);
    assertThat(writes).isEmpty();

    // the same processor does feed message statuses
    byte[] failed = bytes("status-failed.json");
    assertThat(processor.handle(signedHeaders(failed), failed).statusCode()).isEqualTo(200);
    assertThat(billing.summary().awaitingBilling()).isEqualTo(1);
  }

  @Test
  void theCampaignListenerSeesNoPaymentStatus() {
    // CampaignWebhookListener reads statuses in onMessageStatus only: a payment status never reaches it
    List<Class<?>> routed = new ArrayList<>();
    WebhookListener listener = new WebhookListener() {
      @Override
      public void onMessageStatus(MessageStatus status) {
        routed.add(MessageStatus.class);
      }

      @Override
      public void onPaymentStatusUpdate(PaymentStatusUpdate update) {
        routed.add(PaymentStatusUpdate.class);
      }
    };
    Fixtures.events("payment-captured.json").forEach(listener::onEvent);
    assertThat(routed).containsExactly(PaymentStatusUpdate.class);
    List<PaymentStatusUpdate> typed = new ArrayList<>();
    WebhookListener.of(PaymentStatusUpdate.class, typed::add).onEvent(Fixtures.events("payment-refunds.json").get(0));
    assertThat(typed).hasSize(1);
  }

  @Test
  void aRedeliveryHasTheSameIdAndEveryRealChangeANewOne() {
    PaymentStatusUpdate first = payment(PENDING);
    String id = first.eventId();
    assertThat(id).isEqualTo("payment:gBGGFlB5YjhvAgnhuF1qIUvCo7Z:pending:order_A:pending");

    // the same notification: redelivered, its members in another order, a member Meta added, a later timestamp
    assertThat(payment(PENDING).eventId()).isEqualTo(id);
    String reordered = "{\"timestamp\":\"1772129001\",\"payment\":{\"currency\":\"INR\",\"transaction\":{\"status\":"
        + "\"pending\",\"type\":\"razorpay\",\"id\":\"order_A\",\"updated_timestamp\":1772129000,"
        + "\"created_timestamp\":1772129000},\"amount\":{\"offset\":100,\"value\":1000},\"reference_id\":\"ORD-9-1\"},"
        + "\"status\":\"pending\",\"type\":\"payment\",\"recipient_id\":\"919000012345\","
        + "\"id\":\"gBGGFlB5YjhvAgnhuF1qIUvCo7Z\"}";
    assertThat(payment(reordered).eventId()).isEqualTo(id);
    assertThat(payment(PENDING.replace("\"currency\":\"INR\",", "\"currency\":\"INR\",\"new_member\":1,"))
        .eventId()).isEqualTo(id);

    // real changes: captured, the attempt failed, a new attempt, a refund, the refund's outcome
    String captured = PENDING.replace("\"status\":\"pending\",\"payment\"", "\"status\":\"captured\",\"payment\"")
        .replace("\"status\":\"pending\",\"created", "\"status\":\"success\",\"created");
    String failedAttempt = PENDING.replace("\"status\":\"pending\",\"created", "\"status\":\"failed\",\"created");
    String newAttempt = PENDING.replace("order_A", "order_B");
    // Razorpay keeps its order id across attempts; each failed attempt has its own payment id
    String failedOnce = failedAttempt.replace("\"id\":\"order_A\",",
        "\"id\":\"order_A\",\"pg_transaction_id\":\"pay_1\",");
    String failedTwice = failedOnce.replace("pay_1", "pay_2");
    String refundPending = captured.replace("\"updated_timestamp\":1772129000}}",
        "\"updated_timestamp\":1772129000},\"refunds\":[{\"id\":\"rfnd_1\",\"amount\":{\"value\":100,\"offset\":100},"
            + "\"speed_processed\":\"normal\",\"status\":\"pending\",\"created_timestamp\":1,"
            + "\"updated_timestamp\":1}]}");
    String refundDone = refundPending.replace("\"status\":\"pending\",\"created_timestamp\":1",
        "\"status\":\"success\",\"created_timestamp\":1");
    List<String> ids = new ArrayList<>(List.of(id));
    for (String changed : List.of(captured, failedAttempt, newAttempt, failedOnce, failedTwice, refundPending,
        refundDone)) {
      String changedId = payment(changed).eventId();
      assertThat(ids).doesNotContain(changedId);
      ids.add(changedId);
    }
    assertThat(ids.get(5)).isEqualTo("payment:gBGGFlB5YjhvAgnhuF1qIUvCo7Z:pending:order_A/pay_2:failed");
    assertThat(ids.get(7)).isEqualTo("payment:gBGGFlB5YjhvAgnhuF1qIUvCo7Z:captured:order_A:success:rfnd_1=success");
  }

  @Test
  void theProcessorDispatchesARedeliveryOnceAndAChangeAgain() {
    List<PaymentStatusUpdate> seen = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .on(PaymentStatusUpdate.class, seen::add).build();
    byte[] pending = statuses(PENDING).getBytes(StandardCharsets.UTF_8);
    byte[] captured = statuses(PENDING.replace("\"status\":\"pending\",\"payment\"", "\"status\":\"captured\","
        + "\"payment\"").replace("\"status\":\"pending\",\"created", "\"status\":\"success\",\"created"))
        .getBytes(StandardCharsets.UTF_8);

    for (byte[] body : List.of(pending, pending, captured, captured)) {
      assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    }

    assertThat(seen).extracting(PaymentStatusUpdate::status).containsExactly(PaymentStatus.PENDING,
        PaymentStatus.CAPTURED);
  }

  @Test
  void theFastPathLeavesPaymentStatusesToTheGeneralPath() {
    for (String name : List.of("payment-captured.json", "payment-pending-failed.json", "payment-refunds.json",
        "payment-bsuid.json", "payment-method.json")) {
      assertThat(WebhookFastPath.parse(bytes(name))).as(name).isNull();
    }
    // a status with a payment object but no type, or with the type only, is not taken on either
    assertThat(WebhookFastPath.parse(statuses(PENDING.replace("\"type\":\"payment\",", ""))
        .getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(payment(PENDING.replace("\"type\":\"payment\",", "")).referenceId()).isEqualTo("ORD-9-1");
    String typeOnly = "{\"id\":\"n\",\"type\":\"payment\",\"status\":\"captured\",\"timestamp\":\"1772129001\","
        + "\"recipient_id\":\"919000012345\"}";
    assertThat(WebhookFastPath.parse(statuses(typeOnly).getBytes(StandardCharsets.UTF_8))).isNull();
    // an ordinary status is still taken on (with a type other than payment too), and gives what the general path
    // gives
    for (String type : List.of("", "\"type\":\"message\",")) {
      byte[] delivered = statuses("{\"id\":\"wamid.D\"," + type + "\"status\":\"delivered\",\"timestamp\":"
          + "\"1772129002\",\"recipient_id\":\"919000012345\"}").getBytes(StandardCharsets.UTF_8);
      List<WebhookEvent> fast = WebhookFastPath.parse(delivered);
      assertThat(fast).as(type).isEqualTo(WebhookProcessor.parse(delivered)).singleElement()
          .isInstanceOf(MessageStatus.class);
    }
    assertThat(WebhookFastPath.parse(statuses(PENDING.replace("\"type\":\"payment\"", "\"type\":\"PAYMENT\""))
        .getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void aPaymentStatusMissingWhatItNeedsIsAnUnknownEventNamingThePath() {
    String typeOnly = "{\"id\":\"n\",\"type\":\"payment\",\"status\":\"captured\",\"timestamp\":\"1772129001\"}";
    assertThat(unknown(typeOnly).reason()).isEqualTo("payment status needs " + STATUS_PATH + ".payment");
    assertThat(unknown(PENDING.replace("\"reference_id\":\"ORD-9-1\",", "")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".payment.reference_id");
    assertThat(unknown(PENDING.replace("\"amount\":{\"value\":1000,\"offset\":100},", "")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".payment.amount");
    assertThat(unknown(PENDING.replace("\"value\":1000,", "")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".payment.amount.value");
    assertThat(unknown(PENDING.replace("\"currency\":\"INR\",", "")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".payment.currency");
    assertThat(unknown(PENDING.replace("\"id\":\"gBGGFlB5YjhvAgnhuF1qIUvCo7Z\",", "")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".id");
    assertThat(unknown(PENDING.replace("\"status\":\"pending\",\"payment\"", "\"payment\"")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".status");
    assertThat(unknown(PENDING.replace(",\"timestamp\":\"1772129001\"", "")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".timestamp");
    assertThat(unknown(PENDING.replace("{\"id\":\"order_A\",", "{")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".payment.transaction.id");
    assertThat(unknown(PENDING.replace("\"type\":\"razorpay\",", "")).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".payment.transaction.type");
    String refundWithoutStatus = PENDING.replace("\"updated_timestamp\":1772129000}}",
        "\"updated_timestamp\":1772129000},\"refunds\":[{\"id\":\"rfnd_1\",\"amount\":{\"value\":100,"
            + "\"offset\":100}}]}");
    assertThat(unknown(refundWithoutStatus).reason())
        .isEqualTo("payment status needs " + STATUS_PATH + ".payment.refunds[0].status");

    UnknownEvent u = unknown(typeOnly);
    assertThat(u.field()).isEqualTo("messages");
    assertThat(u.businessAccountId()).isEqualTo("102290129340398");
    assertThat(u.raw().asMap()).containsEntry("id", "n");
    assertThat(u.eventId()).startsWith("messages:");
  }

  @Test
  void aMalformedPaymentValueIsAnUnknownEventAndTheRestOfTheBodyIsKept() {
    String delivered = "{\"id\":\"wamid.D\",\"status\":\"delivered\",\"timestamp\":\"1772129002\","
        + "\"recipient_id\":\"919000012345\"}";
    for (String[] malformed : List.of(
        new String[] {PENDING.replace("\"value\":1000", "\"value\":-5"),
            ".payment.amount.value: expected a whole number from 0 to 9223372036854775807, was -5"},
        new String[] {PENDING.replace("\"value\":1000", "\"value\":10.5"),
            ".payment.amount.value: expected a whole number from 0 to 9223372036854775807, was 10.5"},
        new String[] {PENDING.replace("\"offset\":100", "\"offset\":0"),
            ".payment.amount.offset: expected a whole number from 1 to 2147483647, was 0"},
        new String[] {PENDING.replace("\"offset\":100", "\"offset\":\"cent\""),
            ".payment.amount.offset: expected a number or a numeric string, was \"cent\""},
        new String[] {PENDING.replace("\"timestamp\":\"1772129001\"", "\"timestamp\":\"abc\""),
            ".timestamp: expected a number or a numeric string, was \"abc\""})) {
      List<WebhookEvent> events = parse(statuses(malformed[0] + "," + delivered));

      assertThat(events).hasSize(2);
      assertThat(events.get(0)).isInstanceOf(UnknownEvent.class);
      assertThat(((UnknownEvent) events.get(0)).reason())
          .isEqualTo("could not interpret status: " + STATUS_PATH + malformed[1]);
      assertThat(events.get(1)).isInstanceOf(MessageStatus.class);
    }
    // an optional value of the wrong kind reads as absent, as elsewhere
    PaymentStatusUpdate lenient = payment(PENDING.replace("\"created_timestamp\":1772129000",
        "\"created_timestamp\":\"soon\""));
    assertThat(lenient.transaction().createdAt()).isNull();
  }

  @Test
  void paymentConfigurationUpdatesAsMetaDocumentsThem() {
    // Meta's example of the webhook reference
    PaymentConfigurationUpdate testing =
        single("payment-configuration-needs-testing.json", PaymentConfigurationUpdate.class);
    assertThat(testing.configurationName()).isEqualTo("razorpay-prod");
    assertThat(testing.providerName()).isEqualTo("razorpay");
    assertThat(testing.providerMid()).isEqualTo("acc_GP4lfNA0iIMn5B");
    assertThat(testing.status()).isEqualTo("Needs Testing");
    assertThat(testing.needsTesting()).isTrue();
    assertThat(testing.configurationStatus()).isSameAs(PaymentConfigurationStatus.NEEDS_TESTING);
    assertThat(testing.needsConnecting()).isFalse();
    assertThat(testing.active()).isFalse();
    assertThat(testing.createdAt()).isEqualTo(Instant.ofEpochSecond(1748827100L));
    assertThat(testing.updatedAt()).isEqualTo(Instant.ofEpochSecond(1749320300L));
    assertThat(testing.time()).isEqualTo(Instant.ofEpochSecond(1739321024L));
    assertThat(testing.businessAccountId()).isEqualTo("102290129340398");
    assertThat(testing.header().field()).isEqualTo("payment_configuration_update");

    // the onboarding API's spelling, and timestamps as strings
    String json = fixture("payment-configuration-needs-testing.json");
    PaymentConfigurationUpdate underscores = (PaymentConfigurationUpdate) parse(json
        .replace("Needs Testing", "Needs_Connecting").replace("1748827100", "\"1748827100\"")).get(0);
    assertThat(underscores.status()).isEqualTo("Needs_Connecting");
    assertThat(underscores.needsConnecting()).isTrue();
    assertThat(underscores.needsTesting()).isFalse();
    assertThat(underscores.createdAt()).isEqualTo(Instant.ofEpochSecond(1748827100L));
    PaymentConfigurationUpdate active = (PaymentConfigurationUpdate) parse(json.replace("Needs Testing", "ACTIVE"))
        .get(0);
    assertThat(active.active()).isTrue();
    assertThat(single("payment-configuration.json", PaymentConfigurationUpdate.class).needsConnecting()).isTrue();
  }

  /** An in-memory conversation store noting every write (record..., link) in {@code writes}. */
  private static ConversationStore recording(List<String> writes) {
    ConversationStore delegate = new InMemoryConversationStore();
    return (ConversationStore) Proxy.newProxyInstance(ConversationStore.class.getClassLoader(),
        new Class<?>[] {ConversationStore.class}, (proxy, method, args) -> {
          if (method.getName().startsWith("record") || method.getName().equals("link")) {
            writes.add(method.getName());
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
