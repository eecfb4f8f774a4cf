package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code TextHeading}: The top-level title of a screen (80 characters). Limits are checked when the {@link FlowJson}
 * is built. Immutable and thread-safe.
 *
 * @param text <strong>Required.</strong> {@code text}: the text, or a {@link Ref}
 * @param visible {@code visible}: whether it is shown (default true)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record TextHeading(
    String text, @Nullable Dynamic<Boolean> visible, Map<String, @Nullable Object> extra)
    implements Component {

  public TextHeading {
    Objects.requireNonNull(text, "TextHeading.text == null");
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** A TextHeading with only its required properties. */
  public static TextHeading of(String text) {
    return builder(text).build();
  }

  @Override
  public String type() {
    return "TextHeading";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("TextHeading")
        .put("text", text)
        .put("visible", visible)
        .done(extra);
  }

  static TextHeading read(FlowCodec.Reader r) {
    String text = r.requiredStr("text");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    return new TextHeading(text, visible, r.rest());
  }

  /** Builds a {@link TextHeading}. Not thread-safe. */
  public static final class Builder extends HeadingBuilder<Builder> {
    private Builder(String text) {
      super(text);
    }

    /** The TextHeading. */
    public TextHeading build() {
      return new TextHeading(Objects.requireNonNull(text, "TextHeading.text == null"), visible, extra);
    }
  }
}
