package dev.wabasdk.phone;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BusinessProfileApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void getsTheProfile() throws Exception {
    graph.enqueue(200, """
        {"data":[{"about":"Fresh bread","address":"1 Main St","description":"Family bakery","email":"hi@bakery.example",
          "profile_picture_url":"https://pps.whatsapp.net/p.jpg","websites":["https://bakery.example"],
          "vertical":"GROCERY","messaging_product":"whatsapp"}]}""");

    BusinessProfile profile = graph.client().businessProfile().get();

    assertThat(profile).isEqualTo(new BusinessProfile("Fresh bread", "1 Main St", "Family bakery",
        "hi@bakery.example", "https://pps.whatsapp.net/p.jpg", List.of("https://bakery.example"),
        BusinessVertical.GROCERY));
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/whatsapp_business_profile");
    assertThat(request.getUrl().encodedQuery())
        .isEqualTo("fields=about%2Caddress%2Cdescription%2Cemail%2Cprofile_picture_url%2Cwebsites%2Cvertical");
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void anEmptyProfileAndAnUnknownVerticalAreRead() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"vertical\":\"SPACE_TRAVEL\",\"messaging_product\":\"whatsapp\"}]}");
    BusinessProfile profile = graph.client().businessProfile().getAsync().get(5, TimeUnit.SECONDS);
    assertThat(profile.about()).isNull();
    assertThat(profile.websites()).isEmpty();
    assertThat(profile.vertical().isKnown()).isFalse();
    assertThat(profile.vertical().value()).isEqualTo("SPACE_TRAVEL");
  }

  @Test
  void updatesOnlyTheFieldsSet() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().businessProfile().update(BusinessProfileUpdate.builder()
        .about("Fresh bread every morning")
        .address("1 Main St")
        .description("Family bakery since 1982")
        .email("hi@bakery.example")
        .websites(List.of("https://bakery.example", "http://bakery.example/menu"))
        .vertical(BusinessVertical.GROCERY)
        .profilePictureHandle("4::aW1hZ2U=:ARZ")
        .build());
    graph.client().businessProfile().updateAsync(BusinessProfileUpdate.builder().about("Closed today").build())
        .get(5, TimeUnit.SECONDS);

    RecordedRequest full = graph.take();
    assertThat(full.getMethod()).isEqualTo("POST");
    assertThat(full.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/whatsapp_business_profile");
    GraphServerExtension.assertHeaders(full);
    assertThat(full.getBody().utf8()).isEqualTo(GraphServerExtension.compact("""
        {"messaging_product":"whatsapp","about":"Fresh bread every morning","address":"1 Main St",
         "description":"Family bakery since 1982","email":"hi@bakery.example",
         "websites":["https://bakery.example","http://bakery.example/menu"],"vertical":"GROCERY",
         "profile_picture_handle":"4::aW1hZ2U=:ARZ"}"""));
    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"about\":\"Closed today\"}");
  }

  @Test
  void metasLimitsAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().about("a".repeat(140)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("about: must be 1 to 139 characters, was 140 ('" + "a".repeat(37) + "...')");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().about("").build())
        .hasMessage("about: must be 1 to 139 characters, was 0 ('')");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().address("x".repeat(257)).build())
        .hasMessageStartingWith("address: must be 0 to 256 characters, was 257");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().description("x".repeat(513)).build())
        .hasMessageStartingWith("description: must be 0 to 512 characters, was 513");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().email("a".repeat(120) + "@example.com").build())
        .hasMessageStartingWith("email: must be 0 to 128 characters, was 132");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().email("not-an-email").build())
        .hasMessage("email: must be an email address, was 'not-an-email'");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder()
        .websites(List.of("https://a.example", "https://b.example", "https://c.example")).build())
        .hasMessage("websites: at most 2 websites, was 3 [https://a.example, https://b.example, https://c.example]");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().websites(List.of("bakery.example")).build())
        .hasMessage("websites[0]: must start with http:// or https://, was 'bakery.example'");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder()
        .websites(List.of("https://" + "a".repeat(250))).build())
        .hasMessageStartingWith("websites[0]: must be 1 to 256 characters, was 258");
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().build())
        .hasMessage("business profile update: set at least one field");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
