package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code TextInput}: A one-line text field (label 20 characters, helper text 80). Limits are checked when the {@link
 * FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param inputType {@code input-type}: {@code text}, {@code number}, {@code email}, {@code password}, {@code
 *     passcode}, {@code phone}
 * @param pattern {@code pattern}: a regular expression the value must match (Flow JSON 6.2+)
 * @param required {@code required}: whether the user must fill it in
 * @param minChars {@code min-chars}: the fewest characters
 * @param maxChars {@code max-chars}: the most characters
 * @param helperText {@code helper-text}: a hint under the field
 * @param visible {@code visible}: whether it is shown (default true)
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param labelVariant {@code label-variant}: {@code large} for a prominent label (Flow JSON 7.0+)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record TextInput(
    String name, String label, @Nullable String inputType, @Nullable String pattern,
    @Nullable Dynamic<Boolean> required, @Nullable Integer minChars, @Nullable Integer maxChars,
    @Nullable String helperText, @Nullable Dynamic<Boolean> visible, @Nullable Object initValue,
    @Nullable String errorMessage, @Nullable String labelVariant, Map<String, @Nullable Object> extra)
    implements Component {

  public TextInput {
    Objects.requireNonNull(name, "TextInput.name == null");
    Objects.requireNonNull(label, "TextInput.label == null");
    initValue = FlowCodec.deepCopy(initValue);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, label);
  }

  /** A TextInput with only its required properties. */
  public static TextInput of(String name, String label) {
    return builder(name, label).build();
  }

  @Override
  public String type() {
    return "TextInput";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("TextInput")
        .put("name", name)
        .put("label", label)
        .put("input-type", inputType)
        .put("pattern", pattern)
        .put("required", required)
        .put("min-chars", minChars)
        .put("max-chars", maxChars)
        .put("helper-text", helperText)
        .put("visible", visible)
        .put("init-value", initValue)
        .put("error-message", errorMessage)
        .put("label-variant", labelVariant)
        .done(extra);
  }

  static TextInput read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    @Nullable String inputType = r.str("input-type");
    @Nullable String pattern = r.str("pattern");
    @Nullable Dynamic<Boolean> required = r.bool("required");
    @Nullable Integer minChars = r.integer("min-chars");
    @Nullable Integer maxChars = r.integer("max-chars");
    @Nullable String helperText = r.str("helper-text");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable String errorMessage = r.str("error-message");
    @Nullable String labelVariant = r.str("label-variant");
    return new TextInput(
        name, label, inputType, pattern, required, minChars, maxChars, helperText, visible, initValue, errorMessage,
        labelVariant, r.rest());
  }

  /** Builds a {@link TextInput}. Not thread-safe. */
  public static final class Builder extends TextEntryBuilder<Builder> {
    private @Nullable String inputType;
    private @Nullable String pattern;
    private @Nullable Integer minChars;
    private @Nullable Integer maxChars;

    private Builder(String name, String label) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
    }

    /**
     * {@code input-type}: {@code text}, {@code number}, {@code email}, {@code password}, {@code passcode}, {@code
     * phone}.
     */
    public Builder inputType(String inputType) {
      this.inputType = Objects.requireNonNull(inputType, "inputType == null");
      return this;
    }

    /** {@code input-type} as a reference. */
    public Builder inputType(Ref inputType) {
      this.inputType = inputType.toString();
      return this;
    }

    /** {@code pattern}: a regular expression the value must match (Flow JSON 6.2+). */
    public Builder pattern(String pattern) {
      this.pattern = Objects.requireNonNull(pattern, "pattern == null");
      return this;
    }

    /** {@code pattern} as a reference. */
    public Builder pattern(Ref pattern) {
      this.pattern = pattern.toString();
      return this;
    }

    /** {@code min-chars}: the fewest characters. */
    public Builder minChars(int minChars) {
      this.minChars = minChars;
      return this;
    }

    /** {@code max-chars}: the most characters. */
    public Builder maxChars(int maxChars) {
      this.maxChars = maxChars;
      return this;
    }

    /** The TextInput. */
    public TextInput build() {
      return new TextInput(
          Objects.requireNonNull(name, "TextInput.name == null"), Objects.requireNonNull(label,
          "TextInput.label == null"), inputType, pattern, required, minChars, maxChars, helperText, visible, initValue,
          errorMessage, labelVariant, extra);
    }
  }
}
