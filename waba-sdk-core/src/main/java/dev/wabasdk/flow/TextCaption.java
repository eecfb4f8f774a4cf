package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code TextCaption}: Small text (409 characters). Limits are checked when the {@link FlowJson} is built. Immutable
 * and thread-safe.
 *
 * @param text <strong>Required.</strong> {@code text}: the text: one line, or several with {@code markdown}
 * @param fontWeight {@code font-weight}: {@code bold}, {@code italic}, {@code bold_italic} or {@code normal}
 * @param strikethrough {@code strikethrough}: whether the text is struck through
 * @param visible {@code visible}: whether it is shown (default true)
 * @param markdown {@code markdown}: whether the text uses Meta's limited markdown (Flow JSON 5.1+)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record TextCaption(
    List<String> text, @Nullable String fontWeight, @Nullable Dynamic<Boolean> strikethrough,
    @Nullable Dynamic<Boolean> visible, @Nullable Dynamic<Boolean> markdown, Map<String, @Nullable Object> extra)
    implements Component {

  public TextCaption {
    text = FlowCodec.list(text, "TextCaption.text");
    extra = FlowCodec.copy(extra);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("TextCaption.text must have at least one line");
    }
  }

  /** A builder with the required properties. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** A TextCaption with only its required properties. */
  public static TextCaption of(String text) {
    return builder(text).build();
  }

  @Override
  public String type() {
    return "TextCaption";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("TextCaption")
        .put("text", text.size() == 1 ? text.get(0) : text)
        .put("font-weight", fontWeight)
        .put("strikethrough", strikethrough)
        .put("visible", visible)
        .put("markdown", markdown)
        .done(extra);
  }

  static TextCaption read(FlowCodec.Reader r) {
    List<String> text = r.lines("text");
    @Nullable String fontWeight = r.str("font-weight");
    @Nullable Dynamic<Boolean> strikethrough = r.bool("strikethrough");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Dynamic<Boolean> markdown = r.bool("markdown");
    return new TextCaption(text, fontWeight, strikethrough, visible, markdown, r.rest());
  }

  /** Builds a {@link TextCaption}. Not thread-safe. */
  public static final class Builder extends StyledTextBuilder<Builder> {
    private Builder(String text) {
      super(text);
    }

    /** The TextCaption. */
    public TextCaption build() {
      return new TextCaption(text, fontWeight, strikethrough, visible, markdown, extra);
    }
  }
}
