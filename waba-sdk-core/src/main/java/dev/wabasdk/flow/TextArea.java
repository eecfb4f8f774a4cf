package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code TextArea}: A multi-line text field (label 20 characters, helper text 80, at most 600 characters of input).
 * Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param required {@code required}: whether the user must fill it in
 * @param maxLength {@code max-length}: the most characters (up to 600)
 * @param helperText {@code helper-text}: a hint under the field
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param visible {@code visible}: whether it is shown (default true)
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param labelVariant {@code label-variant}: {@code large} for a prominent label (Flow JSON 7.0+)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record TextArea(
    String name, String label, @Nullable Dynamic<Boolean> required, @Nullable Integer maxLength,
    @Nullable String helperText, @Nullable Dynamic<Boolean> enabled, @Nullable Dynamic<Boolean> visible,
    @Nullable Object initValue, @Nullable String errorMessage, @Nullable String labelVariant,
    Map<String, @Nullable Object> extra)
    implements Component {

  public TextArea {
    Objects.requireNonNull(name, "TextArea.name == null");
    Objects.requireNonNull(label, "TextArea.label == null");
    initValue = FlowCodec.deepCopy(initValue);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, label);
  }

  /** A TextArea with only its required properties. */
  public static TextArea of(String name, String label) {
    return builder(name, label).build();
  }

  @Override
  public String type() {
    return "TextArea";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("TextArea")
        .put("name", name)
        .put("label", label)
        .put("required", required)
        .put("max-length", maxLength)
        .put("helper-text", helperText)
        .put("enabled", enabled)
        .put("visible", visible)
        .put("init-value", initValue)
        .put("error-message", errorMessage)
        .put("label-variant", labelVariant)
        .done(extra);
  }

  static TextArea read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    @Nullable Dynamic<Boolean> required = r.bool("required");
    @Nullable Integer maxLength = r.integer("max-length");
    @Nullable String helperText = r.str("helper-text");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable String errorMessage = r.str("error-message");
    @Nullable String labelVariant = r.str("label-variant");
    return new TextArea(
        name, label, required, maxLength, helperText, enabled, visible, initValue, errorMessage, labelVariant,
        r.rest());
  }

  /** Builds a {@link TextArea}. Not thread-safe. */
  public static final class Builder extends TextEntryBuilder<Builder> {
    private @Nullable Integer maxLength;
    private @Nullable Dynamic<Boolean> enabled;

    private Builder(String name, String label) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
    }

    /** {@code max-length}: the most characters (up to 600). */
    public Builder maxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    /** {@code enabled}: whether the user can change it (default true). */
    public Builder enabled(boolean enabled) {
      this.enabled = Dynamic.of(enabled);
      return this;
    }

    /** {@code enabled} as a reference. */
    public Builder enabled(Ref enabled) {
      this.enabled = Dynamic.of(enabled);
      return this;
    }

    /** The TextArea. */
    public TextArea build() {
      return new TextArea(
          Objects.requireNonNull(name, "TextArea.name == null"), Objects.requireNonNull(label,
          "TextArea.label == null"), required, maxLength, helperText, enabled, visible, initValue, errorMessage, labelVariant,
          extra);
    }
  }
}
