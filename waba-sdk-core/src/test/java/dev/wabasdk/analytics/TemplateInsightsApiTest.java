package dev.wabasdk.analytics;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Confirming template analytics ({@code is_enabled_for_insights}) and reading whether it is. */
class TemplateInsightsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void enablePostsTheFlagInTheQueryToTheAccount() throws Exception {
    graph.enqueue(200, "{\"id\":\"" + WABA_ID + "\"}");
    graph.client().analytics().enableTemplateInsights();

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID);
    assertThat(request.getUrl().queryParameter("is_enabled_for_insights")).isEqualTo("true");
    GraphServerExtension.assertHeaders(request);

    graph.enqueue(200, "{\"success\":true}");
    graph.client().analytics().enableTemplateInsightsAsync().get(5, TimeUnit.SECONDS);
    assertThat(graph.take().getUrl().queryParameter("is_enabled_for_insights")).isEqualTo("true");
  }

  @Test
  void enableIsRetriedAfterAServerErrorBecauseRepeatingItChangesNothing() throws Exception {
    graph.enqueue(500, "{\"error\":{\"message\":\"An unknown error occurred\",\"code\":1,\"is_transient\":true}}");
    graph.enqueue(200, "{\"id\":\"" + WABA_ID + "\"}");
    graph.client().analytics().enableTemplateInsights();
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void readsTheFlagAndTakesItsAbsenceAsNotConfirmed() throws Exception {
    graph.enqueue(200, "{\"is_enabled_for_insights\":true,\"id\":\"" + WABA_ID + "\"}");
    assertThat(graph.client().analytics().templateInsightsEnabled()).isTrue();
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("is_enabled_for_insights");

    graph.enqueue(200, "{\"id\":\"" + WABA_ID + "\"}");
    assertThat(graph.client().analytics().templateInsightsEnabledAsync().get(5, TimeUnit.SECONDS)).isFalse();
  }

  @Test
  void aRefusalIsTypedAndTheAccountIdIsNeeded() {
    graph.enqueueError(400, 100, "Invalid parameter");
    assertThatThrownBy(() -> graph.client().analytics().enableTemplateInsights())
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));

    WhatsApp noWaba = WhatsApp.builder().accessToken(GraphServerExtension.TOKEN).phoneNumberId("1")
        .baseUrl(graph.server().url("/").toString()).build();
    assertThatThrownBy(() -> noWaba.analytics().enableTemplateInsights())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("enableTemplateInsights");
  }
}
