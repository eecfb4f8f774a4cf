package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.MarketingMessagesOnboardingStatus;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The WhatsApp Business Account's Marketing Messages API onboarding status, with the request and answer of Meta's
 * "Onboard" page ("Check WABA onboarding status and eligibility").
 */
class MarketingMessagesOnboardingTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void readsTheStatusFromMetasExampleAnswer() throws Exception {
    graph.enqueue(200, """
        {"marketing_messages_onboarding_status":"ELIGIBLE","id":"25002526842541"}""");

    MarketingMessagesOnboardingStatus status = graph.client().marketingMessages().onboardingStatus();

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + GraphServerExtension.WABA_ID);
    assertThat(request.getUrl().encodedQuery()).isEqualTo("fields=marketing_messages_onboarding_status");
    GraphServerExtension.assertHeaders(request);
    assertThat(status).isSameAs(MarketingMessagesOnboardingStatus.ELIGIBLE);
    assertThat(status.isKnown()).isTrue();
  }

  @Test
  void theAsyncTwinAndAValueMetaAddsLater() throws Exception {
    graph.enqueue(200, "{\"marketing_messages_onboarding_status\":\"ONBOARDED\",\"id\":\"102290129340398\"}");
    graph.enqueue(200, "{\"marketing_messages_onboarding_status\":\"SOME_NEW_STATUS\",\"id\":\"102290129340398\"}");

    assertThat(graph.client().marketingMessages().onboardingStatusAsync().get(5, TimeUnit.SECONDS))
        .isSameAs(MarketingMessagesOnboardingStatus.ONBOARDED);
    MarketingMessagesOnboardingStatus later = graph.client().marketingMessages().onboardingStatus();

    assertThat(later.value()).isEqualTo("SOME_NEW_STATUS");
    assertThat(later.isKnown()).isFalse();
    assertThat(MarketingMessagesOnboardingStatus.of(" onboarded "))
        .isSameAs(MarketingMessagesOnboardingStatus.ONBOARDED);
    assertThat(graph.take().getUrl().encodedQuery()).isEqualTo("fields=marketing_messages_onboarding_status");
  }

  @Test
  void aClientWithoutAnAccountIsRefusedBeforeAnyCallAndMetasErrorsArePassedOn() {
    WhatsApp noWaba = WhatsApp.builder().accessToken(GraphServerExtension.TOKEN)
        .phoneNumberId(GraphServerExtension.PHONE_NUMBER_ID).baseUrl(graph.server().url("/").toString()).build();
    try (noWaba) {
      assertThatThrownBy(() -> noWaba.marketingMessages().onboardingStatus())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("businessAccountId is required for marketingMessages().onboardingStatus(...): set"
              + " WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    assertThat(graph.server().getRequestCount()).isZero();

    graph.enqueueError(400, 200, "Permissions error");
    assertThatThrownBy(() -> graph.client().marketingMessages().onboardingStatus())
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(200));
  }
}
