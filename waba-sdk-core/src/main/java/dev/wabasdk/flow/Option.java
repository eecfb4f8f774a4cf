package dev.wabasdk.flow;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@code data-source} (Dropdown, CheckboxGroup, RadioButtonsGroup, ChipsSelector). Meta's limits:
 * title 30 characters, description 300, metadata 20 (checked when the flow is built). Immutable and thread-safe.
 *
 * @param id <strong>Required.</strong> the value the form field takes when this entry is chosen
 * @param title <strong>Required.</strong> what the user sees
 * @param description an optional second line
 * @param metadata optional text on the side
 * @param enabled whether the entry can be chosen (default true)
 * @param image an optional base64 image (Flow JSON 5.0+)
 * @param altText the image's alternative text
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record Option(String id, String title, @Nullable String description, @Nullable String metadata,
    @Nullable Boolean enabled, @Nullable String image, @Nullable String altText, Map<String, @Nullable Object> extra) {

  public Option {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    extra = FlowCodec.copy(extra);
  }

  /** An entry with an id and a title. */
  public static Option of(String id, String title) {
    return new Option(id, title, null, null, null, null, null, Map.of());
  }

  /** This entry with a description. */
  public Option withDescription(String description) {
    return new Option(id, title, description, metadata, enabled, image, altText, extra);
  }

  /** This entry with metadata. */
  public Option withMetadata(String metadata) {
    return new Option(id, title, description, metadata, enabled, image, altText, extra);
  }

  /** This entry enabled or disabled. */
  public Option withEnabled(boolean enabled) {
    return new Option(id, title, description, metadata, enabled, image, altText, extra);
  }

  /** This entry with a base64 image and its alternative text. */
  public Option withImage(String image, @Nullable String altText) {
    return new Option(id, title, description, metadata, enabled, image, altText, extra);
  }
}
