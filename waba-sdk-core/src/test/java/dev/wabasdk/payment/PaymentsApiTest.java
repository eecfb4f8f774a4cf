package dev.wabasdk.payment;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.ErrorKind;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
import dev.wabasdk.error.WabaNetworkException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The payment look-up and refunds against Meta's documented requests and answers. */
class PaymentsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String GENERIC_ERROR =
      "{\"errors\":[{\"code\":500,\"title\":\"Generic error\",\"details\":\"System error. Please try again.\"}]}";

  // ---- look-up

  @Test
  void looksUpAnOrderNobodyTriedToPayYet() throws Exception {
    graph.enqueue(200, """
        {"payments":[{"reference_id":"ORD-1001-1","status":"pending","amount":{"offset":100,"value":1000},
          "currency":"INR"}]}""");

    List<Payment> payments = graph.client().payments().lookup("razorpay-prod", "ORD-1001-1");

    assertThat(payments).containsExactly(new Payment("ORD-1001-1", PaymentStatus.PENDING, Amount.of(1000), "INR",
        List.of(), Map.of()));
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/payments/razorpay-prod/ORD-1001-1");
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void looksUpAFailedAttemptWithTheGatewaysError() {
    // Meta's example of the "attempted, failed" stage.
    graph.enqueue(200, """
        {"payments":[{"reference_id":"ORD-1001-1","status":"pending","amount":{"offset":100,"value":1000},
          "currency":"INR",
          "transactions":[{"id":"order_Abc","pg_transaction_id":"pay_Xyz","type":"razorpay","status":"failed",
            "created_timestamp":1772129329,"updated_timestamp":1772129329,
            "amount":{"offset":100,"value":1000},"order_amount":{"offset":100,"value":1000},"currency":"INR",
            "method":{"type":"upi"},"error":{"code":"BAD_REQUEST_ERROR","reason":"incorrect_pin"}}]}]}""");

    Payment payment = graph.client().payments().lookup("razorpay-prod", "ORD-1001-1").get(0);

    assertThat(payment.status()).isSameAs(PaymentStatus.PENDING);
    Instant at = Instant.ofEpochSecond(1772129329);
    assertThat(payment.transactions()).containsExactly(new PaymentTransaction("order_Abc", "pay_Xyz", "razorpay",
        TransactionStatus.FAILED, at, at, "upi", "BAD_REQUEST_ERROR", "incorrect_pin", Amount.of(1000), List.of()));
  }

  @Test
  void looksUpACapturedPaymentWithItsRefundAndTheEchoedGatewayFields() throws Exception {
    // Timestamps as numeric strings, as Meta's examples sometimes write them.
    graph.enqueue(200, """
        {"payments":[{"reference_id":"ORD-1001-1","status":"captured","amount":{"offset":100,"value":21000},
          "currency":"INR","receipt":"rcpt-1","notes":{"key1":"value1","count":2},"udf1":"u1","extra2":"e2",
          "additional_info7":"a7",
          "transactions":[{"id":"order_Abc","pg_transaction_id":"pay_Xyz","type":"razorpay","status":"success",
            "created_timestamp":"1772129215","updated_timestamp":1772129216,"method":{"type":"upi"},
            "refunds":[{"id":"rfnd_1","amount":{"value":100,"offset":100},"speed_processed":"instant",
              "status":"success","created_timestamp":1772129300,"updated_timestamp":"1772129301"}]}]}]}""");

    Payment payment = graph.client().payments().lookupAsync("razorpay-prod", "ORD-1001-1")
        .get(5, TimeUnit.SECONDS).get(0);

    assertThat(payment.status()).isSameAs(PaymentStatus.CAPTURED);
    assertThat(payment.amount().toBigDecimal()).isEqualByComparingTo(new BigDecimal("210.00"));
    assertThat(payment.gatewayFields()).isEqualTo(Map.of("receipt", "rcpt-1",
        "notes", Map.of("key1", "value1", "count", "2"), "udf1", "u1", "extra2", "e2", "additional_info7", "a7"));
    PaymentTransaction transaction = payment.transactions().get(0);
    assertThat(transaction.status()).isSameAs(TransactionStatus.SUCCESS);
    assertThat(transaction.createdAt()).isEqualTo(Instant.ofEpochSecond(1772129215));
    assertThat(transaction.updatedAt()).isEqualTo(Instant.ofEpochSecond(1772129216));
    assertThat(transaction.amount()).isNull();
    assertThat(transaction.errorCode()).isNull();
    assertThat(transaction.refunds()).containsExactly(new Refund("rfnd_1", Amount.of(100), "instant",
        TransactionStatus.SUCCESS, Instant.ofEpochSecond(1772129300), Instant.ofEpochSecond(1772129301)));
  }

  @Test
  void encodesTheConfigurationNameAndReferenceIdAsPathSegments() throws Exception {
    graph.enqueue(200, "{\"payments\":[]}");

    assertThat(graph.client().payments().lookup("prod config/2", "A.b_c-1")).isEmpty();

    assertThat(graph.take().getUrl().encodedPath())
        .isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/payments/prod%20config%2F2/A.b_c-1");
  }

  @Test
  void metasGenericErrorBodyBecomesAnApiErrorWithItsCodeTitleAndDetails() {
    WhatsApp client = graph.builder().retry(RetrySettings.none()).build();
    graph.enqueue(500, GENERIC_ERROR);

    WabaApiException e = catchThrowableOfType(WabaApiException.class,
        () -> client.payments().lookup("razorpay-prod", "ORD-1001-1"));

    assertThat(e.code()).isEqualTo(500);
    assertThat(e.httpStatus()).isEqualTo(500);
    assertThat(e.kind()).isEqualTo(ErrorKind.TEMPORARY);
    assertThat(e.error().message()).isEqualTo("Generic error");
    assertThat(e.error().details()).isEqualTo("System error. Please try again.");
    assertThat(e.error().rawJson()).contains("\"title\":\"Generic error\"").contains("\"code\":500");
    assertThat(e.getMessage()).contains("500").contains("Generic error").contains("System error. Please try again.");
    client.close();
  }

  @Test
  void aLookUpIsRetriedAfterMetasGenericError() {
    graph.enqueue(500, GENERIC_ERROR);
    graph.enqueue(200, "{\"payments\":[]}");

    assertThat(graph.client().payments().lookup("razorpay-prod", "ORD-1001-1")).isEmpty();

    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aGraphErrorOfALookUpReachesTheCaller() {
    graph.enqueueError(400, 100, "Invalid parameter");

    assertThatThrownBy(() -> graph.client().payments().lookup("razorpay-prod", "ORD-1001-1"))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(100));
  }

  @Test
  void anAnswerWithoutTheAmountIsReportedWithItsPath() {
    graph.enqueue(200, "{\"payments\":[{\"reference_id\":\"ORD-1\",\"status\":\"pending\",\"currency\":\"INR\"}]}");

    assertThatThrownBy(() -> graph.client().payments().lookup("razorpay-prod", "ORD-1"))
        .isInstanceOf(WabaException.class)
        .hasMessageContaining("$.payments[0].amount: is required but missing");
  }

  // ---- refund

  @Test
  void refundsWithMetasBodyAmountsAsStrings() throws Exception {
    graph.enqueue(200, "{\"id\":\"rfnd_1\",\"status\":\"pending\",\"speed_processed\":\"normal\"}");

    RefundResult result = graph.client().payments().refund(
        RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(new BigDecimal("10.00")))
            .withSpeed(RefundSpeed.INSTANT));

    assertThat(result).isEqualTo(new RefundResult("rfnd_1", RefundStatus.PENDING, "normal"));
    assertThat(result.status()).isSameAs(RefundStatus.PENDING);
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/payments_refund");
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo("{\"reference_id\":\"ORD-1001-1\",\"speed\":\"instant\","
        + "\"payment_config_id\":\"razorpay-prod\",\"amount\":{\"currency\":\"INR\",\"value\":\"1000\","
        + "\"offset\":\"100\"}}");
  }

  @Test
  void refundsWithoutASpeedAsynchronously() throws Exception {
    graph.enqueue(200, "{\"id\":\"rfnd_2\",\"status\":\"completed\",\"speed_processed\":\"instant\"}");

    RefundResult result = graph.client().payments()
        .refundAsync(RefundRequest.of("payu-prod", "ORD-7", Amount.of(250))).get(5, TimeUnit.SECONDS);

    assertThat(result.status()).isSameAs(RefundStatus.COMPLETED);
    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"reference_id\":\"ORD-7\",\"payment_config_id\":"
        + "\"payu-prod\",\"amount\":{\"currency\":\"INR\",\"value\":\"250\",\"offset\":\"100\"}}");
  }

  @Test
  void aFailedRefundKeepsMetasStatus() {
    graph.enqueue(200, "{\"id\":\"rfnd_3\",\"status\":\"failed\"}");

    RefundResult result = graph.client().payments().refund(RefundRequest.of("razorpay-prod", "ORD-8", Amount.of(1)));

    assertThat(result).isEqualTo(new RefundResult("rfnd_3", RefundStatus.FAILED, null));
  }

  @Test
  void aRefundAnsweredWithAServerErrorIsSentOnceAndMayHaveBeenMade() {
    graph.enqueue(500, "<html>Internal Server Error</html>");
    graph.enqueue(200, "{\"id\":\"rfnd_DUPLICATE\",\"status\":\"pending\"}");

    WabaHttpException e = catchThrowableOfType(WabaHttpException.class, () -> graph.client().payments()
        .refund(RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(1000))));

    assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(e.certainlyNotSent()).isFalse();
    assertThat(e.getMessage()).contains("outcome unknown").contains("the refund may have been made");
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRefundAnsweredWithMetasGenericErrorIsSentOnceWithAnUnknownOutcome() {
    graph.enqueue(500, GENERIC_ERROR);
    graph.enqueue(200, "{\"id\":\"rfnd_DUPLICATE\",\"status\":\"pending\"}");

    WabaApiException e = catchThrowableOfType(WabaApiException.class, () -> graph.client().payments()
        .refund(RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(1000))));

    assertThat(e.code()).isEqualTo(500);
    assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(e.isRetryable()).isFalse();
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRefundWhoseConnectionDroppedIsSentOnceEvenWhenUnknownOutcomesAreRetried() throws Exception {
    try (WhatsApp client = graph.builder().retry(RetrySettings.DEFAULT
        .withBackoff(Duration.ofMillis(5), Duration.ofMillis(10)).withRetryUnknownOutcome(true)).build()) {
      graph.server().enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      graph.enqueue(200, "{\"id\":\"rfnd_DUPLICATE\",\"status\":\"pending\"}");

      ExecutionException failure = catchThrowableOfType(ExecutionException.class, () -> client.payments()
          .refundAsync(RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(1000))).get(5, TimeUnit.SECONDS));

      assertThat(failure.getCause()).isInstanceOf(WabaNetworkException.class);
      WabaException e = (WabaException) failure.getCause();
      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(e.getMessage()).contains("outcome unknown").contains("the refund may have been made");
      assertThat(graph.take().getBody().utf8()).contains("\"reference_id\":\"ORD-1001-1\"");
      assertThat(graph.server().getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aRefundIsNotRepeatedAfterATemporaryGraphErrorEither() {
    graph.enqueueError(400, 130429, "Rate limit hit");
    graph.enqueue(200, "{\"id\":\"rfnd_DUPLICATE\",\"status\":\"pending\"}");

    assertThatThrownBy(() -> graph.client().payments()
        .refund(RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(1000))))
        .isInstanceOf(WabaApiException.class);

    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRefundWithARefusedTokenIsRepeatedOnceWithTheRenewedToken() throws Exception {
    // 190 proves nothing happened: the one repeat the SDK allows a refund.
    AtomicInteger asked = new AtomicInteger();
    try (WhatsApp client = graph.builder()
        .accessTokenProvider(tenant -> asked.getAndIncrement() == 0 ? "EAAG-old" : "EAAG-new").build()) {
      graph.enqueueError(401, 190, "Access token has expired");
      graph.enqueue(200, "{\"id\":\"rfnd_1\",\"status\":\"pending\"}");

      assertThat(client.payments().refund(RefundRequest.of("razorpay-prod", "ORD-1", Amount.of(1000))).id())
          .isEqualTo("rfnd_1");

      assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("Bearer EAAG-old");
      assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("Bearer EAAG-new");
    }
  }

  @Test
  void aLookUpWhoseConnectionDroppedIsRetried() {
    graph.server().enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    graph.enqueue(200, "{\"payments\":[]}");

    assertThat(graph.client().payments().lookup("razorpay-prod", "ORD-1")).isEmpty();

    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }
}
