package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.media.DownloadedMedia;
import dev.wabasdk.message.TemplateButton;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.phone.BusinessProfileUpdate;
import dev.wabasdk.phone.BusinessVertical;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.phone.PhoneNumber;
import dev.wabasdk.template.Button;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateFilter;
import dev.wabasdk.template.TemplateStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the Media, Templates and Phone numbers sections of waba-sdk-core/README.md. */
class ResourcesReadmeExamplesTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();
  @TempDir Path dir;

  @Test
  void media() throws Exception {
    WhatsApp whatsApp = graph.client();
    Path invoice = dir.resolve("invoice.pdf");
    Files.writeString(invoice, "%PDF-1.7");
    graph.enqueue(200, "{\"id\":\"4490709327384033\"}");
    graph.enqueue(200, "{\"url\":\"" + graph.server().url("/cdn/1") + "\",\"mime_type\":\"image/jpeg\",\"id\":\"77\"}");
    graph.enqueue(200, "jpeg");

    String mediaId = whatsApp.media().upload(invoice, "application/pdf");
    DownloadedMedia photo = whatsApp.media().download("77", dir.resolve("photo.jpg"));

    assertThat(mediaId).isEqualTo("4490709327384033");
    assertThat(photo.size()).isEqualTo(4);
    assertThatThrownBy(() -> whatsApp.media().upload(new byte[5 * 1024 * 1024 + 1], "image/png", "chart.png"))
        .hasMessage("file: image media of type image/png is 5242881 bytes, over Meta's limit of 5242880 bytes (5 MB)");
  }

  @Test
  void templates() {
    WhatsApp whatsApp = graph.client();
    TemplateDefinition orderShipped = TemplateDefinition.builder("order_shipped", "en_US", TemplateCategory.UTILITY)
        .component(Component.headerText("Order {{1}}", Map.of("1", "#1234")))
        .component(Component.body("Hi {{1}}, your order shipped on {{2}}. Thanks!", Map.of("1", "Jane", "2", "May 3")))
        .component(Component.footer("Reply STOP to opt out"))
        .component(Component.buttons(
            Button.url("Track", "https://shop.example/track/{{1}}", "https://shop.example/track/1Z999"),
            Button.quickReply("Stop updates")))
        .build();
    graph.enqueue(200, "{\"id\":\"594425479261596\",\"status\":\"PENDING\",\"category\":\"UTILITY\"}");
    graph.enqueue(200, "{\"data\":[{\"id\":\"1\",\"name\":\"order_shipped\",\"language\":\"en_US\","
        + "\"status\":\"APPROVED\",\"category\":\"UTILITY\"}],\"paging\":{\"cursors\":{\"after\":\"X\"}}}");

    CreatedTemplate created = whatsApp.templates().create(orderShipped);
    List<String> approved = whatsApp.templates()
        .list(TemplateFilter.all().withStatus(TemplateStatus.APPROVED).withLanguage("en_US").withPageSize(50))
        .stream().map(Template::name).toList();

    assertThat(created.status()).isSameAs(TemplateStatus.PENDING);
    assertThat(approved).containsExactly("order_shipped");

    TemplateMessage send = TemplateMessage.builder().to("+4915112345678").name("order_shipped").language("en_US")
        .header(TemplateParameter.text("#1234"))
        .body(TemplateParameter.text("Jane"))
        .button(TemplateButton.url(0, "1Z999"))
        .build();
    assertThat(orderShipped.mismatches(send))
        .containsExactly("body: the template's body has 2 variables; the send gives 1 parameter (Meta error 132000)");
  }

  @Test
  void phoneNumbersAndProfile() {
    WhatsApp whatsApp = graph.client();
    graph.enqueue(200, "{\"id\":\"" + GraphServerExtension.PHONE_NUMBER_ID
        + "\",\"whatsapp_business_manager_messaging_limit\":\"TIER_2K\"}");
    graph.enqueue(200, "{\"success\":true}");

    PhoneNumber me = whatsApp.phoneNumbers().get();
    MessagingLimitTier tier = me.messagingLimitTier();
    Integer reach = tier == null ? null : tier.uniqueUsers();
    whatsApp.businessProfile().update(BusinessProfileUpdate.builder()
        .about("Fresh bread every morning")
        .websites(List.of("https://bakery.example"))
        .vertical(BusinessVertical.GROCERY)
        .build());

    assertThat(reach).isEqualTo(2000);
    assertThatThrownBy(() -> BusinessProfileUpdate.builder().about("a".repeat(140)).build())
        .hasMessageStartingWith("about: must be 1 to 139 characters, was 140");
  }
}
