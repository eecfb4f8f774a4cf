package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code EmbeddedLink}: A link in the text (25 characters); at most 2 per screen. Limits are checked when the {@link
 * FlowJson} is built. Immutable and thread-safe.
 *
 * @param text <strong>Required.</strong> {@code text}: the link text
 * @param onClickAction <strong>Required.</strong> {@code on-click-action}: what the link does
 * @param visible {@code visible}: whether it is shown (default true)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record EmbeddedLink(
    String text, Action onClickAction, @Nullable Dynamic<Boolean> visible, Map<String, @Nullable Object> extra)
    implements Component {

  public EmbeddedLink {
    Objects.requireNonNull(text, "EmbeddedLink.text == null");
    Objects.requireNonNull(onClickAction, "EmbeddedLink.on-click-action == null");
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String text, Action onClickAction) {
    return new Builder(text, onClickAction);
  }

  /** A EmbeddedLink with only its required properties. */
  public static EmbeddedLink of(String text, Action onClickAction) {
    return builder(text, onClickAction).build();
  }

  @Override
  public String type() {
    return "EmbeddedLink";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("EmbeddedLink")
        .put("text", text)
        .put("on-click-action", onClickAction)
        .put("visible", visible)
        .done(extra);
  }

  static EmbeddedLink read(FlowCodec.Reader r) {
    String text = r.requiredStr("text");
    Action onClickAction = r.action("on-click-action");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    if (onClickAction == null) {
      throw new FlowCodec.Mismatch("on-click-action is missing");
    }
    return new EmbeddedLink(text, onClickAction, visible, r.rest());
  }

  /** Builds a {@link EmbeddedLink}. Not thread-safe. */
  public static final class Builder extends ComponentBuilder<Builder> {
    private @Nullable String text;
    private @Nullable Action onClickAction;

    private Builder(String text, Action onClickAction) {
      this.text = Objects.requireNonNull(text, "text == null");
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction == null");
    }

    /** {@code text}: the link text. */
    public Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text == null");
      return this;
    }

    /** {@code text} as a reference. */
    public Builder text(Ref text) {
      this.text = text.toString();
      return this;
    }

    /** {@code on-click-action}: what the link does. */
    public Builder onClickAction(Action onClickAction) {
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction == null");
      return this;
    }

    /** The EmbeddedLink. */
    public EmbeddedLink build() {
      return new EmbeddedLink(Objects.requireNonNull(text, "EmbeddedLink.text == null"),
      Objects.requireNonNull(onClickAction, "EmbeddedLink.onClickAction == null"), visible, extra);
    }
  }
}
