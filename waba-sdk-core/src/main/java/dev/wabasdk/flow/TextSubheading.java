package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code TextSubheading}: A section title (80 characters). Limits are checked when the {@link FlowJson} is built.
 * Immutable and thread-safe.
 *
 * @param text <strong>Required.</strong> {@code text}: the text, or a {@link Ref}
 * @param visible {@code visible}: whether it is shown (default true)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record TextSubheading(
    String text, @Nullable Dynamic<Boolean> visible, Map<String, @Nullable Object> extra)
    implements Component {

  public TextSubheading {
    Objects.requireNonNull(text, "TextSubheading.text == null");
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** A TextSubheading with only its required properties. */
  public static TextSubheading of(String text) {
    return builder(text).build();
  }

  @Override
  public String type() {
    return "TextSubheading";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("TextSubheading")
        .put("text", text)
        .put("visible", visible)
        .done(extra);
  }

  static TextSubheading read(FlowCodec.Reader r) {
    String text = r.requiredStr("text");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    return new TextSubheading(text, visible, r.rest());
  }

  /** Builds a {@link TextSubheading}. Not thread-safe. */
  public static final class Builder extends HeadingBuilder<Builder> {
    private Builder(String text) {
      super(text);
    }

    /** The TextSubheading. */
    public TextSubheading build() {
      return new TextSubheading(Objects.requireNonNull(text, "TextSubheading.text == null"), visible, extra);
    }
  }
}
