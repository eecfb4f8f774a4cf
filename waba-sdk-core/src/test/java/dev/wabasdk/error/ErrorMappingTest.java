package dev.wabasdk.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private WabaException sendAndCatch(WhatsApp client) {
    return catchThrowableOfType(WabaException.class, () -> client.messages()
        .send(Message.text(Recipient.phoneNumber("+16505551234"), "hi")));
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource({
    "131047, 400, Re-engagement message, REENGAGEMENT_REQUIRED, false, dev.wabasdk.error.WabaReengagementException",
    "130429, 400, Rate limit hit, RATE_LIMIT, true, dev.wabasdk.error.WabaRateLimitException",
    "131056, 400, (Business Account; Consumer Account) pair rate limit hit, RATE_LIMIT, true, dev.wabasdk.error.WabaRateLimitException",
    "131048, 400, Spam rate limit hit, RATE_LIMIT, false, dev.wabasdk.error.WabaRateLimitException",
    "132000, 400, Number of parameters does not match the expected number of params, TEMPLATE, false, dev.wabasdk.error.WabaTemplateException",
    "132001, 404, Template name does not exist in the translation, TEMPLATE, false, dev.wabasdk.error.WabaTemplateException",
    "190, 401, Access token has expired, AUTHENTICATION, false, dev.wabasdk.error.WabaAuthenticationException",
    "100, 400, Invalid parameter, INVALID_REQUEST, false, dev.wabasdk.error.WabaApiException",
    "131000, 500, Something went wrong, TEMPORARY, false, dev.wabasdk.error.WabaTemporaryException",
    "1, 500, An unknown error occurred, TEMPORARY, false, dev.wabasdk.error.WabaTemporaryException",
    "131016, 503, Service unavailable, TEMPORARY, true, dev.wabasdk.error.WabaTemporaryException",
    "131026, 400, Message undeliverable, RECIPIENT, false, dev.wabasdk.error.WabaRecipientException",
    "131053, 400, Media upload error, MEDIA, false, dev.wabasdk.error.WabaMediaException",
  })
  void graphErrorsMapToTheirFamily(int code, int http, String title, ErrorKind kind, boolean retryable, String type)
      throws Exception {
    WhatsApp client = graph.builder().retry(RetrySettings.none()).build();
    graph.enqueueError(http, code, title);

    WabaException e = sendAndCatch(client);

    assertThat(e).isInstanceOf(Class.forName(type));
    WabaApiException api = (WabaApiException) e;
    assertThat(api.code()).isEqualTo(code);
    assertThat(api.kind()).isEqualTo(kind);
    assertThat(api.httpStatus()).isEqualTo(http);
    assertThat(api.isRetryable()).isEqualTo(retryable);
    // Meta's "something went wrong" codes leave open whether the message went out (issue 17).
    assertThat(api.outcome()).isEqualTo(code == 1 || code == 131000 ? Outcome.UNKNOWN : Outcome.REJECTED);
    assertThat(api.error().details()).isEqualTo(title);
    assertThat(api.error().fbtraceId()).isEqualTo("AbCdEf123");
    assertThat(api.error().type()).isEqualTo("OAuthException");
    assertThat(api.error().rawJson()).contains("\"code\":" + code).contains("\"error_data\"");
    assertThat(api.getMessage()).contains(Integer.toString(code)).contains(title).contains("AbCdEf123");
    client.close();
  }

  @Test
  void rateLimitKindsTellTheLimitsApart() {
    WhatsApp client = graph.builder().retry(RetrySettings.none()).build();
    graph.enqueueError(400, 130429, "Rate limit hit");
    graph.enqueueError(400, 131056, "pair rate limit hit");
    graph.enqueueError(400, 131048, "Spam rate limit hit");
    assertThat(((WabaRateLimitException) sendAndCatch(client)).rateLimitKind()).isEqualTo(RateLimitKind.THROUGHPUT);
    assertThat(((WabaRateLimitException) sendAndCatch(client)).rateLimitKind()).isEqualTo(RateLimitKind.PAIR_RATE);
    assertThat(((WabaRateLimitException) sendAndCatch(client)).rateLimitKind()).isEqualTo(RateLimitKind.SPAM);
    client.close();
  }

  @Test
  void keepsTheWholeGraphErrorIncludingSubcode() {
    WhatsApp client = graph.builder().retry(RetrySettings.none()).build();
    graph.enqueue(400, """
        {"error":{"message":"(#131030) Recipient phone number not in allowed list","type":"OAuthException",
         "code":131030,"error_data":{"messaging_product":"whatsapp","details":"Recipient phone number not in allowed list"},
         "error_subcode":2494010,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}""");
    WabaApiException e = (WabaApiException) sendAndCatch(client);
    assertThat(e.error()).isEqualTo(new GraphError(
        "(#131030) Recipient phone number not in allowed list", "OAuthException", 131030, 2494010,
        "Recipient phone number not in allowed list", "Az8or2yhqkZfEZ-_4Qn_Bam", e.error().rawJson()));
    assertThat(e).isInstanceOf(WabaRecipientException.class);
    client.close();
  }

  @Test
  void htmlGatewayErrorGivesStatusAndExcerptWithUnknownOutcome() {
    WhatsApp client = graph.builder().retry(RetrySettings.none()).build();
    graph.server().enqueue(new mockwebserver3.MockResponse.Builder().code(502)
        .setHeader("Content-Type", "text/html")
        .body("<html>\n<head><title>502 Bad Gateway</title></head>\n<body>Bad Gateway</body></html>").build());

    WabaException e = sendAndCatch(client);

    assertThat(e).isInstanceOf(WabaHttpException.class);
    WabaHttpException http = (WabaHttpException) e;
    assertThat(http.httpStatus()).isEqualTo(502);
    assertThat(http.bodyExcerpt()).isEqualTo(
        "<html> <head><title>502 Bad Gateway</title></head> <body>Bad Gateway</body></html>");
    assertThat(http.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(http.isRetryable()).isTrue();
    assertThat(http.getMessage()).contains("HTTP 502").contains("502 Bad Gateway").contains("outcome unknown");
    client.close();
  }

  @Test
  void unreadableSuccessBodyIsAnUnknownOutcome() {
    WhatsApp client = graph.builder().retry(RetrySettings.none()).build();
    graph.enqueue(200, "{\"messages\":");
    WabaException e = sendAndCatch(client);
    assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(e.getMessage()).contains("answered 200").contains("outcome unknown");
    client.close();
  }
}
