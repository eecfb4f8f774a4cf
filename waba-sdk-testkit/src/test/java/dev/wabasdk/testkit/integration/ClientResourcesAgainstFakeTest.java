package dev.wabasdk.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.media.DownloadedMedia;
import dev.wabasdk.media.MediaInfo;
import dev.wabasdk.phone.BusinessProfile;
import dev.wabasdk.phone.BusinessProfileUpdate;
import dev.wabasdk.phone.BusinessVertical;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.phone.PhoneNumber;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateEdit;
import dev.wabasdk.template.TemplateFilter;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.WebhookDelivery;
import dev.wabasdk.testkit.junit.FakeWhatsAppExtension;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's template, media, phone number and business profile APIs against the fake. */
class ClientResourcesAgainstFakeTest {
  @RegisterExtension
  final FakeWhatsAppExtension whatsapp = FakeWhatsAppExtension.perTest()
      .configureClient(b -> b.retry(RetrySettings.none()));

  @Test
  void templateLifecycle(FakeWhatsApp fake, WhatsApp client) {
    TemplateDefinition definition = TemplateDefinition.builder("order_update", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("Hi {{1}}, order {{2}} shipped.", Map.of("1", "Jane", "2", "#42")))
        .build();

    CreatedTemplate created = client.templates().create(definition);

    assertThat(created.status()).isEqualTo(TemplateStatus.PENDING);
    assertThat(created.category()).isEqualTo(TemplateCategory.UTILITY);
    fake.templates().approve(created.id());
    Template read = client.templates().get(created.id());
    assertThat(read.status()).isEqualTo(TemplateStatus.APPROVED);
    assertThat(read.name()).isEqualTo("order_update");
    assertThat(read.parameterFormat()).isEqualTo(ParameterFormat.POSITIONAL);
    assertThat(read.components()).hasSize(1);

    client.templates().edit(created.id(), TemplateEdit.category(TemplateCategory.MARKETING));
    assertThat(client.templates().get(created.id()).status()).isEqualTo(TemplateStatus.PENDING);

    client.templates().delete("order_update", created.id());
    assertThat(fake.templates().all()).isEmpty();
    fake.awaitWebhooks();
    assertThat(fake.webhooks()).extracting(WebhookDelivery::field).containsExactly("message_template_status_update");
  }

  @Test
  void listingFollowsTheCursorsAcrossPages(FakeWhatsApp fake, WhatsApp client) {
    for (int i = 0; i < 5; i++) {
      fake.templates().approved("t" + i, "en_US", TemplateCategory.MARKETING, "Hello " + i);
    }
    fake.templates().preload("{\"name\":\"pending\",\"language\":\"en_US\",\"category\":\"UTILITY\","
        + "\"status\":\"PENDING\",\"components\":[{\"type\":\"BODY\",\"text\":\"Soon\"}]}");

    List<String> names = client.templates().list(TemplateFilter.all().withPageSize(2)).stream()
        .map(Template::name).toList();
    List<String> approved = client.templates().list(TemplateFilter.all().withStatus(TemplateStatus.APPROVED)
        .withPageSize(4)).stream().map(Template::name).toList();

    assertThat(names).containsExactly("t0", "t1", "t2", "t3", "t4", "pending");
    assertThat(approved).containsExactly("t0", "t1", "t2", "t3", "t4");
  }

  @Test
  void mediaUploadRetrieveDownloadDelete(FakeWhatsApp fake, WhatsApp client) {
    byte[] pdf = "%PDF-1.4 fake invoice".getBytes(StandardCharsets.UTF_8);

    String id = client.media().upload(pdf, "application/pdf", "invoice.pdf");
    MediaInfo info = client.media().retrieveUrl(id);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DownloadedMedia downloaded = client.media().download(id, out);

    assertThat(info.mimeType()).isEqualTo("application/pdf");
    assertThat(info.fileSize()).isEqualTo(pdf.length);
    assertThat(out.toByteArray()).isEqualTo(pdf);
    assertThat(downloaded.size()).isEqualTo(pdf.length);
    assertThat(downloaded.sha256()).isEqualTo(info.sha256());

    client.media().delete(id);
    assertThat(fake.requests()).extracting(r -> r.method() + " " + r.responseCode())
        .endsWith("DELETE 200");
  }

  @Test
  void userMediaCanBeDownloadedByTheApp(FakeWhatsApp fake, WhatsApp client) {
    byte[] photo = {(byte) 0xff, (byte) 0xd8, 1, 2, 3};
    String mediaId = (String) ((Map<?, ?>) fake.user("+4915112345678").sendsImage(photo, "image/jpeg", null)
        .json().get("image")).get("id");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    client.media().download(mediaId, out);

    assertThat(out.toByteArray()).isEqualTo(photo);
  }

  @Test
  void phoneNumberAndBusinessProfile(FakeWhatsApp fake, WhatsApp client) {
    PhoneNumber number = client.phoneNumbers().get();
    List<PhoneNumber> numbers = client.phoneNumbers().list();

    assertThat(number.id()).isEqualTo(fake.phoneNumberId());
    assertThat(number.verifiedName()).isEqualTo("Fake Business");
    assertThat(number.messagingLimitTier()).isEqualTo(MessagingLimitTier.TIER_250);
    assertThat(numbers).extracting(PhoneNumber::id).containsExactly(fake.phoneNumberId());

    client.businessProfile().update(BusinessProfileUpdate.builder().about("We sell shoes")
        .websites(List.of("https://shoes.example")).vertical(BusinessVertical.RETAIL).build());
    BusinessProfile profile = client.businessProfile().get();

    assertThat(profile.about()).isEqualTo("We sell shoes");
    assertThat(profile.websites()).containsExactly("https://shoes.example");
    assertThat(profile.vertical()).isEqualTo(BusinessVertical.RETAIL);
  }
}
