package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code Footer}: The screen's button (label 35 characters, captions 15); one per screen, required on terminal
 * screens. Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param onClickAction <strong>Required.</strong> {@code on-click-action}: what the button does
 * @param leftCaption {@code left-caption}: a caption left of the button
 * @param centerCaption {@code center-caption}: a caption under the button
 * @param rightCaption {@code right-caption}: a caption right of the button
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record Footer(
    String label, Action onClickAction, @Nullable String leftCaption, @Nullable String centerCaption,
    @Nullable String rightCaption, @Nullable Dynamic<Boolean> enabled, Map<String, @Nullable Object> extra)
    implements Component {

  public Footer {
    Objects.requireNonNull(label, "Footer.label == null");
    Objects.requireNonNull(onClickAction, "Footer.on-click-action == null");
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String label, Action onClickAction) {
    return new Builder(label, onClickAction);
  }

  /** A Footer with only its required properties. */
  public static Footer of(String label, Action onClickAction) {
    return builder(label, onClickAction).build();
  }

  @Override
  public String type() {
    return "Footer";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("Footer")
        .put("label", label)
        .put("on-click-action", onClickAction)
        .put("left-caption", leftCaption)
        .put("center-caption", centerCaption)
        .put("right-caption", rightCaption)
        .put("enabled", enabled)
        .done(extra);
  }

  static Footer read(FlowCodec.Reader r) {
    String label = r.requiredStr("label");
    Action onClickAction = r.action("on-click-action");
    @Nullable String leftCaption = r.str("left-caption");
    @Nullable String centerCaption = r.str("center-caption");
    @Nullable String rightCaption = r.str("right-caption");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    if (onClickAction == null) {
      throw new FlowCodec.Mismatch("on-click-action is missing");
    }
    return new Footer(label, onClickAction, leftCaption, centerCaption, rightCaption, enabled, r.rest());
  }

  /** Builds a {@link Footer}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String label;
    private @Nullable Action onClickAction;
    private @Nullable String leftCaption;
    private @Nullable String centerCaption;
    private @Nullable String rightCaption;
    private @Nullable Dynamic<Boolean> enabled;
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String label, Action onClickAction) {
      this.label = Objects.requireNonNull(label, "label == null");
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction == null");
    }

    /** {@code label}: the label. */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label == null");
      return this;
    }

    /** {@code label} as a reference. */
    public Builder label(Ref label) {
      this.label = label.toString();
      return this;
    }

    /** {@code on-click-action}: what the button does. */
    public Builder onClickAction(Action onClickAction) {
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction == null");
      return this;
    }

    /** {@code left-caption}: a caption left of the button. */
    public Builder leftCaption(String leftCaption) {
      this.leftCaption = Objects.requireNonNull(leftCaption, "leftCaption == null");
      return this;
    }

    /** {@code left-caption} as a reference. */
    public Builder leftCaption(Ref leftCaption) {
      this.leftCaption = leftCaption.toString();
      return this;
    }

    /** {@code center-caption}: a caption under the button. */
    public Builder centerCaption(String centerCaption) {
      this.centerCaption = Objects.requireNonNull(centerCaption, "centerCaption == null");
      return this;
    }

    /** {@code center-caption} as a reference. */
    public Builder centerCaption(Ref centerCaption) {
      this.centerCaption = centerCaption.toString();
      return this;
    }

    /** {@code right-caption}: a caption right of the button. */
    public Builder rightCaption(String rightCaption) {
      this.rightCaption = Objects.requireNonNull(rightCaption, "rightCaption == null");
      return this;
    }

    /** {@code right-caption} as a reference. */
    public Builder rightCaption(Ref rightCaption) {
      this.rightCaption = rightCaption.toString();
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

    /** A property this SDK does not model yet, written as is (a JSON value). */
    public Builder extra(String name, Object value) {
      extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** The Footer. */
    public Footer build() {
      return new Footer(label, onClickAction, leftCaption, centerCaption, rightCaption, enabled, extra);
    }
  }
}
