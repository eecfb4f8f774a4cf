package dev.wabasdk.webhook;

import dev.wabasdk.template.QualityScore;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Parses the template fields ({@code message_template_*_update}, {@code template_category_update}). Stateless. */
final class TemplateChangeParser {
  private TemplateChangeParser() {}

  /** The event of a template field, or null when the field is not one. */
  static @Nullable TemplateEvent parse(WebhookParser.Change c) {
    return switch (c.field()) {
      case "message_template_status_update" -> status(c);
      case "message_template_quality_update" ->
          new TemplateQualityUpdate(
              c.header(),
              c.string("message_template_id"),
              c.string("message_template_name"),
              c.string("message_template_language"),
              c.open("previous_quality_score", QualityScore::of),
              c.open("new_quality_score", QualityScore::of));
      case "template_category_update" ->
          new TemplateCategoryUpdate(
              c.header(),
              c.string("message_template_id"),
              c.string("message_template_name"),
              c.string("message_template_language"),
              c.open("previous_category", TemplateCategory::of),
              c.open("new_category", TemplateCategory::of),
              c.open("correct_category", TemplateCategory::of),
              c.value().epochSecondsOrNull("category_update_timestamp"));
      case "message_template_components_update" ->
          new TemplateComponentsUpdate(
              c.header(),
              c.string("message_template_id"),
              c.string("message_template_name"),
              c.string("message_template_language"),
              c.string("message_template_element"),
              c.string("message_template_title"),
              c.string("message_template_footer"),
              buttons(c.value()));
      default -> null;
    };
  }

  private static TemplateStatusUpdate status(WebhookParser.Change c) {
    JsonView otherInfo = c.value().object("other_info");
    JsonView rejectionInfo = c.value().object("rejection_info");
    JsonView disableInfo = c.value().object("disable_info");
    String reason = c.string("reason");
    if (reason == null && rejectionInfo != null) {
      reason = rejectionInfo.string("reason");
    }
    return new TemplateStatusUpdate(
        c.header(),
        c.string("message_template_id"),
        c.string("message_template_name"),
        c.string("message_template_language"),
        TemplateStatus.of(WebhookParser.orEmpty(c.string("event"))),
        WebhookParser.open(reason, RejectionReason::of),
        c.open("message_template_category", TemplateCategory::of),
        otherInfo == null ? null : otherInfo.string("title"),
        otherInfo == null ? null : otherInfo.string("description"),
        rejectionInfo == null ? null : rejectionInfo.string("recommendation"),
        rejectionInfo == null ? null : rejectionInfo.string("reason"),
        disableInfo == null ? null : disableInfo.string("disable_date"));
  }

  private static List<TemplateComponentsUpdate.Button> buttons(JsonView value) {
    List<TemplateComponentsUpdate.Button> buttons = new ArrayList<>();
    for (JsonView button : value.objects("message_template_buttons")) {
      buttons.add(new TemplateComponentsUpdate.Button(
          button.string("message_template_button_type"),
          button.string("message_template_button_text"),
          button.string("message_template_button_url"),
          button.string("message_template_button_phone_number")));
    }
    return buttons;
  }
}
