package dev.wabasdk.commerce;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.WabaApiException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CommerceApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void readsTheSettingsFromMetasDocumentedAnswer() throws Exception {
    // given: the example answer of Meta's Commerce Settings reference
    graph.enqueue(200, """
        {"data":[{"id":"527759822865714","is_cart_enabled":true,"is_catalog_visible":true}]}""");

    // when
    CommerceSettings settings = graph.client().commerce().settings();

    // then
    assertThat(settings).isEqualTo(new CommerceSettings(true, true));
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/whatsapp_commerce_settings");
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void aNumberThatNeverChangedItsSettingsReadsMetasDefaults() throws Exception {
    graph.enqueue(200, "{\"data\":[]}");

    CommerceSettings settings = graph.client().commerce().settingsAsync().get(5, TimeUnit.SECONDS);

    assertThat(settings).isEqualTo(new CommerceSettings(true, false));
  }

  @Test
  void updatesBothSettingsAsQueryParameters() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().commerce().updateSettings(new CommerceSettings(false, true));
    graph.client().commerce().updateSettingsAsync(new CommerceSettings(true, false)).get(5, TimeUnit.SECONDS);

    RecordedRequest first = graph.take();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/whatsapp_commerce_settings");
    assertThat(first.getUrl().encodedQuery()).isEqualTo("is_cart_enabled=false&is_catalog_visible=true");
    assertThat(first.getBody().size()).isZero();
    assertThat(graph.take().getUrl().encodedQuery()).isEqualTo("is_cart_enabled=true&is_catalog_visible=false");
  }

  @Test
  void aGraphErrorReachesTheCaller() {
    graph.enqueueError(400, 100, "(#100) Invalid parameter");

    assertThatThrownBy(() -> graph.client().commerce().updateSettings(new CommerceSettings(true, true)))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).error().code()).isEqualTo(100));
  }
}
