package dev.wabasdk.template;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.template.CreativeFeatures.EnrollStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Marketing Messages API's automatic creative optimizations of a template (Meta, "Send marketing messages":
 * "Configure automatic creative optimizations"): written on create and edit as Meta's example, read back from
 * Meta's example answer.
 */
class CreativeFeaturesTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  /** Meta's template-level example: every documented feature, in its order and with its statuses. */
  static CreativeFeatures metasExample() {
    return CreativeFeatures.builder()
        .optOut(CreativeFeature.IMAGE_BRIGHTNESS_AND_CONTRAST)
        .optIn(CreativeFeature.IMAGE_TOUCHUPS)
        .optOut(CreativeFeature.ADD_TEXT_OVERLAY)
        .optIn(CreativeFeature.IMAGE_ANIMATION, CreativeFeature.IMAGE_BACKGROUND_GEN,
            CreativeFeature.AUTO_PROMOTION_TAG, CreativeFeature.TEXT_EXTRACTION_FOR_HEADLINE,
            CreativeFeature.TEXT_EXTRACTION_FOR_TAP_TARGET)
        .optOut(CreativeFeature.PRODUCT_EXTENSIONS, CreativeFeature.TEXT_FORMATTING_OPTIMIZATION)
        .build();
  }

  private static TemplateDefinition summerSale(CreativeFeatures features) {
    return TemplateDefinition.builder("summer_sale", "en_US", TemplateCategory.MARKETING)
        .component(Component.body("Our summer sale is on: 30% off everything until Sunday."))
        .creativeFeatures(features)
        .build();
  }

  @Test
  void aTemplateIsCreatedWithMetasExampleSpec() throws Exception {
    graph.enqueue(200, "{\"id\":\"594425479261596\",\"status\":\"PENDING\",\"category\":\"MARKETING\"}");

    graph.client().templates().createAsync(summerSale(metasExample())).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/message_templates");
    assertThat(compact(request.getBody().utf8())).isEqualTo(compact("""
        {"name":"summer_sale","language":"en_US","category":"MARKETING","parameter_format":"POSITIONAL",
         "components":[{"type":"BODY","text":"Our summer sale is on: 30% off everything until Sunday."}],
         "degrees_of_freedom_spec":{"creative_features_spec":{
          "image_brightness_and_contrast":{"enroll_status":"OPT_OUT"},
          "image_touchups":{"enroll_status":"OPT_IN"},
          "add_text_overlay":{"enroll_status":"OPT_OUT"},
          "image_animation":{"enroll_status":"OPT_IN"},
          "image_background_gen":{"enroll_status":"OPT_IN"},
          "auto_promotion_tag":{"enroll_status":"OPT_IN"},
          "text_extraction_for_headline":{"enroll_status":"OPT_IN"},
          "text_extraction_for_tap_target":{"enroll_status":"OPT_IN"},
          "product_extensions":{"enroll_status":"OPT_OUT"},
          "text_formatting_optimization":{"enroll_status":"OPT_OUT"}}}}"""));
  }

  @Test
  void anEditChangesOnlyTheFeaturesItNames() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().templates().edit("594425479261596", TemplateEdit.creativeFeatures(CreativeFeatures.builder()
        .optOut(CreativeFeature.IMAGE_BACKGROUND_GEN).optIn(CreativeFeature.of("image_banner")).build()));

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/594425479261596");
    assertThat(compact(request.getBody().utf8())).isEqualTo(compact("""
        {"degrees_of_freedom_spec":{"creative_features_spec":{
          "image_background_gen":{"enroll_status":"OPT_OUT"},"image_banner":{"enroll_status":"OPT_IN"}}}}"""));
  }

  @Test
  void readsMetasAnswerBack() throws Exception {
    // Meta's example answer to GET /<TEMPLATE_ID>?fields=degrees_of_freedom_spec: upper-case keys in a list.
    graph.enqueue(200, """
        {"degrees_of_freedom_spec":{"creative_features_spec":[
          {"key":"IMAGE_BRIGHTNESS_AND_CONTRAST","value":{"enroll_status":"OPT_OUT"}},
          {"key":"IMAGE_TOUCHUPS","value":{"enroll_status":"OPT_OUT"}},
          {"key":"ADD_TEXT_OVERLAY","value":{"enroll_status":"OPT_IN"}},
          {"key":"PRODUCT_EXTENSIONS","value":{"enroll_status":"OPT_IN"}},
          {"key":"DYNAMIC_CTA_TEXT","value":{"enroll_status":"OPT_IN"}}]},
         "id":"594425479261596"}""");

    CreativeFeatures read = graph.client().templates().creativeFeatures("594425479261596");

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/594425479261596");
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("degrees_of_freedom_spec");
    assertThat(read.enrollments()).containsExactly(
        Map.entry(CreativeFeature.IMAGE_BRIGHTNESS_AND_CONTRAST, EnrollStatus.OPT_OUT),
        Map.entry(CreativeFeature.IMAGE_TOUCHUPS, EnrollStatus.OPT_OUT),
        Map.entry(CreativeFeature.ADD_TEXT_OVERLAY, EnrollStatus.OPT_IN),
        Map.entry(CreativeFeature.PRODUCT_EXTENSIONS, EnrollStatus.OPT_IN),
        Map.entry(new CreativeFeature("dynamic_cta_text"), EnrollStatus.OPT_IN));
    assertThat(read.enrollments().keySet().iterator().next()).isSameAs(CreativeFeature.IMAGE_BRIGHTNESS_AND_CONTRAST);
    assertThat(CreativeFeature.of("DYNAMIC_CTA_TEXT").isKnown()).isFalse();

    graph.enqueue(200, "{\"id\":\"594425479261596\"}");
    assertThat(graph.client().templates().creativeFeatures("594425479261596")).isSameAs(CreativeFeatures.NONE);
  }

  @Test
  void onlyMarketingTemplatesTakeThemAndTheValuesAreChecked() {
    TemplateDefinition utility = TemplateDefinition.builder("order_update", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("Your order shipped."))
        .creativeFeatures(CreativeFeatures.allOptedOut())
        .build();
    assertThat(utility.problems()).containsExactly("degrees_of_freedom_spec: automatic creative optimizations are"
        + " for MARKETING templates (sent through the Marketing Messages API), category is UTILITY");
    assertThatThrownBy(() -> graph.client().templates().create(utility))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degrees_of_freedom_spec");
    assertThat(graph.server().getRequestCount()).isZero();

    assertThat(summerSale(CreativeFeatures.allOptedOut()).problems()).isEmpty();
    assertThat(CreativeFeatures.allOptedOut().enrollments()).hasSize(CreativeFeature.DOCUMENTED.size())
        .allSatisfy((feature, status) -> assertThat(status).isSameAs(EnrollStatus.OPT_OUT));
    assertThatThrownBy(() -> new CreativeFeature("Image Touchups"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Image Touchups'");
    assertThatThrownBy(() -> TemplateEdit.creativeFeatures(CreativeFeatures.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degrees_of_freedom_spec");
    // The constructors from before the field keep working.
    assertThat(new TemplateDefinition("a", "en", TemplateCategory.MARKETING, ParameterFormat.POSITIONAL, List.of(),
        null).creativeFeatures()).isNull();
    assertThat(new TemplateEdit(TemplateCategory.MARKETING, null, null, null).creativeFeatures()).isNull();
  }
}
