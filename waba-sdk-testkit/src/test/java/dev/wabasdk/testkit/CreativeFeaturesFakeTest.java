package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.CreativeFeature;
import dev.wabasdk.template.CreativeFeatures;
import dev.wabasdk.template.CreativeFeatures.EnrollStatus;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateEdit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A marketing template's automatic creative optimizations (Marketing Messages API) through the SDK's client against
 * the fake: set on create, merged on edit, read back in Meta's upper-case list form; refused on other categories.
 */
class CreativeFeaturesFakeTest {

  @Test
  void aMarketingTemplatesOptInsAndOptOutsAreKeptMergedAndReadBack() {
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build()) {
      CreatedTemplate created = client.templates().create(
          TemplateDefinition.builder("summer_sale", "en_US", TemplateCategory.MARKETING)
              .component(Component.body("Our summer sale is on: 30% off everything until Sunday."))
              .creativeFeatures(CreativeFeatures.builder()
                  .optOut(CreativeFeature.IMAGE_BACKGROUND_GEN, CreativeFeature.ADD_TEXT_OVERLAY)
                  .optIn(CreativeFeature.TEXT_FORMATTING_OPTIMIZATION)
                  .build())
              .build());

      assertThat(client.templates().creativeFeatures(created.id()).enrollments()).containsExactly(
          Map.entry(CreativeFeature.IMAGE_BACKGROUND_GEN, EnrollStatus.OPT_OUT),
          Map.entry(CreativeFeature.ADD_TEXT_OVERLAY, EnrollStatus.OPT_OUT),
          Map.entry(CreativeFeature.TEXT_FORMATTING_OPTIMIZATION, EnrollStatus.OPT_IN));
      // Meta's read-back form: upper-case keys in a list.
      Wire.Reply raw = new Wire(fake).get("/v26.0/" + created.id() + "?fields=degrees_of_freedom_spec");
      assertThat(raw.body()).contains("{\"key\":\"IMAGE_BACKGROUND_GEN\",\"value\":{\"enroll_status\":\"OPT_OUT\"}}");

      fake.templates().approve(created.id());
      client.templates().edit(created.id(), TemplateEdit.creativeFeatures(CreativeFeatures.builder()
          .optIn(CreativeFeature.ADD_TEXT_OVERLAY).optOut(CreativeFeature.PRODUCT_EXTENSIONS).build()));

      assertThat(client.templates().creativeFeatures(created.id()).enrollments()).containsExactly(
          Map.entry(CreativeFeature.IMAGE_BACKGROUND_GEN, EnrollStatus.OPT_OUT),
          Map.entry(CreativeFeature.ADD_TEXT_OVERLAY, EnrollStatus.OPT_IN),
          Map.entry(CreativeFeature.TEXT_FORMATTING_OPTIMIZATION, EnrollStatus.OPT_IN),
          Map.entry(CreativeFeature.PRODUCT_EXTENSIONS, EnrollStatus.OPT_OUT));
    }
  }

  @Test
  void otherCategoriesAndBadStatusesAreRefusedLikeTheSdkRefusesThem() {
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build()) {
      Wire wire = new Wire(fake);
      String waba = "/v26.0/" + fake.businessAccountId() + "/message_templates";

      Wire.Reply utility = wire.post(waba, """
          {"name":"order_update","language":"en_US","category":"UTILITY",
           "components":[{"type":"BODY","text":"Your order shipped."}],
           "degrees_of_freedom_spec":{"creative_features_spec":{"image_touchups":{"enroll_status":"OPT_OUT"}}}}""");
      assertThat(utility.code()).isEqualTo(400);
      assertThat(utility.at("error", "error_data", "details")).isEqualTo("Param degrees_of_freedom_spec is for "
          + "MARKETING templates (Marketing Messages API creative optimizations); order_update is UTILITY.");

      Wire.Reply maybe = wire.post(waba, """
          {"name":"summer_sale","language":"en_US","category":"MARKETING",
           "components":[{"type":"BODY","text":"Sale!"}],
           "degrees_of_freedom_spec":{"creative_features_spec":{"image_touchups":{"enroll_status":"MAYBE"}}}}""");
      assertThat(maybe.at("error", "error_data", "details")).isEqualTo("Param degrees_of_freedom_spec"
          + "['creative_features_spec']['image_touchups']['enroll_status'] must be OPT_IN or OPT_OUT, was MAYBE.");
      assertThat(client.templates().list().stream().toList()).isEmpty();

      // A template without the field reads back with none: Meta's defaults.
      CreatedTemplate plain = client.templates().create(
          TemplateDefinition.builder("plain_sale", "en_US", TemplateCategory.MARKETING)
              .component(Component.body("Sale!")).build());
      assertThat(client.templates().creativeFeatures(plain.id())).isSameAs(CreativeFeatures.NONE);
    }
  }
}
