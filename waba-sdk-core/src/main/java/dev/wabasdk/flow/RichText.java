package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code RichText}: Formatted text in Meta's markdown, one string per line (Flow JSON 5.1+). Limits are checked when
 * the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param text <strong>Required.</strong> {@code text}: the markdown lines
 * @param visible {@code visible}: whether it is shown (default true)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record RichText(
    List<String> text, @Nullable Dynamic<Boolean> visible, Map<String, @Nullable Object> extra)
    implements Component {

  public RichText {
    text = FlowCodec.list(text, "RichText.text");
    extra = FlowCodec.copy(extra);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("RichText.text must have at least one line");
    }
  }

  /** A builder with the required properties. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** A RichText with only its required properties. */
  public static RichText of(String text) {
    return builder(text).build();
  }

  @Override
  public String type() {
    return "RichText";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("RichText")
        .put("text", text.size() == 1 ? text.get(0) : text)
        .put("visible", visible)
        .done(extra);
  }

  static RichText read(FlowCodec.Reader r) {
    List<String> text = r.lines("text");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    return new RichText(text, visible, r.rest());
  }

  /** Builds a {@link RichText}. Not thread-safe. */
  public static final class Builder extends ComponentBuilder<Builder> {
    private List<String> text = new ArrayList<>();

    private Builder(String text) {
      this.text.add(Objects.requireNonNull(text, "text == null"));
    }

    /** {@code text}: the markdown lines. */
    public Builder text(String... lines) {
      this.text = new ArrayList<>(List.of(lines));
      return this;
    }

    /** {@code text} as a reference to a data field. */
    public Builder text(Ref text) {
      this.text = new ArrayList<>(List.of(text.toString()));
      return this;
    }

    /** The RichText. */
    public RichText build() {
      return new RichText(text, visible, extra);
    }
  }
}
