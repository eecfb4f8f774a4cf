package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code TextBody}: Body text (4096 characters); several lines when {@code markdown} is on. Limits are checked when
 * the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param text <strong>Required.</strong> {@code text}: the text: one line, or several with {@code markdown}
 * @param fontWeight {@code font-weight}: {@code bold}, {@code italic}, {@code bold_italic} or {@code normal}
 * @param strikethrough {@code strikethrough}: whether the text is struck through
 * @param visible {@code visible}: whether it is shown (default true)
 * @param markdown {@code markdown}: whether the text uses Meta's limited markdown (Flow JSON 5.1+)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record TextBody(
    List<String> text, @Nullable String fontWeight, @Nullable Dynamic<Boolean> strikethrough,
    @Nullable Dynamic<Boolean> visible, @Nullable Dynamic<Boolean> markdown, Map<String, @Nullable Object> extra)
    implements Component {

  public TextBody {
    text = FlowCodec.list(text, "TextBody.text");
    extra = FlowCodec.copy(extra);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("TextBody.text must have at least one line");
    }
  }

  /** A builder with the required properties. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** A TextBody with only its required properties. */
  public static TextBody of(String text) {
    return builder(text).build();
  }

  @Override
  public String type() {
    return "TextBody";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("TextBody")
        .put("text", text.size() == 1 ? text.get(0) : text)
        .put("font-weight", fontWeight)
        .put("strikethrough", strikethrough)
        .put("visible", visible)
        .put("markdown", markdown)
        .done(extra);
  }

  static TextBody read(FlowCodec.Reader r) {
    List<String> text = r.lines("text");
    @Nullable String fontWeight = r.str("font-weight");
    @Nullable Dynamic<Boolean> strikethrough = r.bool("strikethrough");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Dynamic<Boolean> markdown = r.bool("markdown");
    return new TextBody(text, fontWeight, strikethrough, visible, markdown, r.rest());
  }

  /** Builds a {@link TextBody}. Not thread-safe. */
  public static final class Builder extends StyledTextBuilder<Builder> {
    private Builder(String text) {
      super(text);
    }

    /** The TextBody. */
    public TextBody build() {
      return new TextBody(text, fontWeight, strikethrough, visible, markdown, extra);
    }
  }
}
