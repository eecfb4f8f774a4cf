package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaNetworkException;
import dev.wabasdk.error.WabaReengagementException;
import dev.wabasdk.error.WabaTemporaryException;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TextMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final TextMessage HI = Message.text(Recipient.phoneNumber("+16505551234"), "hi");

  @Test
  void temporaryErrorIsRetriedWithBackoffAndSucceeds() throws Exception {
    graph.enqueueError(503, 131016, "Service unavailable");
    graph.enqueueError(400, 130429, "Rate limit hit");
    graph.enqueueSent("16505551234", "wamid.OK");

    SendResult result = graph.client().messages().send(HI);

    assertThat(result.messageId()).isEqualTo("wamid.OK");
    assertThat(graph.server().getRequestCount()).isEqualTo(3);
    String first = graph.take().getBody().utf8();
    assertThat(graph.take().getBody().utf8()).isEqualTo(first);
    assertThat(graph.take().getBody().utf8()).isEqualTo(first);
  }

  @Test
  void asyncSendRetriesToo() throws Exception {
    graph.enqueueError(503, 131016, "Service unavailable");
    graph.enqueueSent("16505551234", "wamid.ASYNC");
    assertThat(graph.client().messages().sendAsync(HI).get(5, TimeUnit.SECONDS).messageId()).isEqualTo("wamid.ASYNC");
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void nonRetryableErrorIsNotRetried() {
    graph.enqueueError(400, 131047, "Re-engagement message");
    graph.enqueueSent("16505551234", "wamid.NEVER");

    WabaException e = catchThrowableOfType(WabaException.class, () -> graph.client().messages().send(HI));

    assertThat(e).isInstanceOf(WabaReengagementException.class);
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastError() {
    for (int i = 0; i < 3; i++) {
      graph.enqueueError(503, 131016, "Service unavailable");
    }
    WabaException e = catchThrowableOfType(WabaException.class, () -> graph.client().messages().send(HI));
    assertThat(e).isInstanceOf(WabaTemporaryException.class);
    assertThat(graph.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void ambiguousServerErrorIsNotRetriedForASend() {
    graph.enqueueError(500, 131000, "Something went wrong");
    WabaException e = catchThrowableOfType(WabaException.class, () -> graph.client().messages().send(HI));
    // The message may have gone out: an unknown outcome, and no advice to send it again.
    assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(e.isRetryable()).isFalse();
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void readTimeoutAfterTheBodyWasSentIsNotRetriedAndReportsUnknownOutcome() throws Exception {
    try (WhatsApp client = graph.builder().readTimeout(Duration.ofMillis(200)).build()) {
      graph.server().enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS)
          .body("{\"messages\":[{\"id\":\"wamid.LATE\"}]}").build());
      graph.enqueueSent("16505551234", "wamid.DUPLICATE");

      WabaException e = catchThrowableOfType(WabaException.class, () -> client.messages().send(HI));

      assertThat(e).isInstanceOf(WabaNetworkException.class);
      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(e.certainlyNotSent()).isFalse();
      assertThat(e.getMessage()).contains("outcome unknown").contains("may have been delivered");
      assertThat(graph.take().getBody().utf8()).contains("\"body\":\"hi\"");
      assertThat(graph.server().getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void unknownOutcomeIsRetriedOnlyWhenAskedFor() throws Exception {
    try (WhatsApp client = graph.builder().readTimeout(Duration.ofMillis(1500))
        .retry(RetrySettings.DEFAULT.withBackoff(Duration.ofMillis(5), Duration.ofMillis(10))
            .withRetryUnknownOutcome(true)).build()) {
      graph.server().enqueue(new MockResponse.Builder().code(200).headersDelay(4, TimeUnit.SECONDS).build());
      graph.enqueueSent("16505551234", "wamid.SECOND");
      assertThat(client.messages().send(HI).messageId()).isEqualTo("wamid.SECOND");
    }
  }

  @Test
  void okHttpNeverResendsASendWhoseConnectionDroppedAfterTheRequest() {
    // OkHttp's own retryOnConnectionFailure would write the POST again on a fresh connection: a second message.
    // It does so on a reused keep-alive connection: the first send leaves one in the pool.
    try (WhatsApp client = graph.builder().retry(RetrySettings.none()).build()) {
      graph.enqueueSent("16505551234", "wamid.FIRST");
      graph.server().enqueue(new MockResponse.Builder()
          .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket()).build());
      graph.enqueueSent("16505551234", "wamid.DUPLICATE");
      assertThat(client.messages().send(HI).messageId()).isEqualTo("wamid.FIRST");

      WabaException e = catchThrowableOfType(WabaException.class, () -> client.messages().send(HI));

      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(graph.server().getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void aRetryAfterAnUnknownOutcomeKeepsTheCallUnknownWhateverTheLastAttemptSays() {
    try (WhatsApp client = graph.builder().readTimeout(Duration.ofMillis(1500))
        .retry(RetrySettings.DEFAULT.withBackoff(Duration.ofMillis(5), Duration.ofMillis(10))
            .withRetryUnknownOutcome(true).withMaxAttempts(2)).build()) {
      graph.server().enqueue(new MockResponse.Builder().code(200).headersDelay(4, TimeUnit.SECONDS).build());
      graph.enqueueError(400, 130429, "Rate limit hit");

      WabaException e = catchThrowableOfType(WabaException.class, () -> client.messages().send(HI));

      // The first attempt may have delivered: "rejected" would invite a third, duplicate send.
      assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
      assertThat(e.getMessage()).contains("earlier attempt whose outcome is unknown");
      assertThat(e.getCause()).isInstanceOf(dev.wabasdk.error.WabaRateLimitException.class);
      assertThat(graph.server().getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void connectionRefusedIsNotSentAndRetried() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (WhatsApp client = WhatsApp.builder().accessToken("t").phoneNumberId("1").noRateLimit()
        .baseUrl("http://127.0.0.1:" + closedPort + "/")
        .retry(RetrySettings.DEFAULT.withBackoff(Duration.ofMillis(5), Duration.ofMillis(10))).build()) {
      ExecutionException e = catchThrowableOfType(ExecutionException.class,
          () -> client.messages().sendAsync(HI).get(10, TimeUnit.SECONDS));
      assertThat(e.getCause()).isInstanceOf(WabaNetworkException.class);
      WabaNetworkException cause = (WabaNetworkException) e.getCause();
      assertThat(cause.outcome()).isEqualTo(Outcome.NOT_SENT);
      assertThat(cause.getMessage()).contains("before the request reached the server").contains("not sent");
    }
  }

  @Test
  void clientSideRateLimitRefusesWithoutSending() {
    try (WhatsApp client = graph.builder().rateLimit(new RateLimit(1, Duration.ZERO)).build()) {
      graph.enqueueSent("16505551234", "wamid.1");
      graph.enqueueSent("16505551234", "wamid.2");
      assertThat(client.messages().send(HI).messageId()).isEqualTo("wamid.1");

      WabaException e = catchThrowableOfType(WabaException.class, () -> client.messages().send(HI));

      assertThat(e.outcome()).isEqualTo(Outcome.NOT_SENT);
      assertThat(e.getMessage()).contains("rate limit");
      assertThat(graph.server().getRequestCount()).isEqualTo(1);
    }
  }
}
