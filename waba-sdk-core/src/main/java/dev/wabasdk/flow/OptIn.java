package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code OptIn}: A check box with a label of up to 120 characters; at most 5 per screen. Limits are checked when the
 * {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param required {@code required}: whether the user must fill it in
 * @param visible {@code visible}: whether it is shown (default true)
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param onClickAction {@code on-click-action}: the action of the "read more" link
 * @param onSelectAction {@code on-select-action}: the action when an entry is selected
 * @param onUnselectAction {@code on-unselect-action}: the action when an entry is unselected (Flow JSON 6.0+)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record OptIn(
    String name, String label, @Nullable Dynamic<Boolean> required, @Nullable Dynamic<Boolean> visible,
    @Nullable Object initValue, @Nullable Action onClickAction, @Nullable Action onSelectAction,
    @Nullable Action onUnselectAction, Map<String, @Nullable Object> extra)
    implements Component {

  public OptIn {
    Objects.requireNonNull(name, "OptIn.name == null");
    Objects.requireNonNull(label, "OptIn.label == null");
    initValue = FlowCodec.deepCopy(initValue);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, label);
  }

  /** A OptIn with only its required properties. */
  public static OptIn of(String name, String label) {
    return builder(name, label).build();
  }

  @Override
  public String type() {
    return "OptIn";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("OptIn")
        .put("name", name)
        .put("label", label)
        .put("required", required)
        .put("visible", visible)
        .put("init-value", initValue)
        .put("on-click-action", onClickAction)
        .put("on-select-action", onSelectAction)
        .put("on-unselect-action", onUnselectAction)
        .done(extra);
  }

  static OptIn read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    @Nullable Dynamic<Boolean> required = r.bool("required");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable Action onClickAction = r.action("on-click-action");
    @Nullable Action onSelectAction = r.action("on-select-action");
    @Nullable Action onUnselectAction = r.action("on-unselect-action");
    return new OptIn(
        name, label, required, visible, initValue, onClickAction, onSelectAction, onUnselectAction, r.rest());
  }

  /** Builds a {@link OptIn}. Not thread-safe. */
  public static final class Builder extends ComponentBuilder<Builder> {
    private @Nullable String name;
    private @Nullable String label;
    private @Nullable Dynamic<Boolean> required;
    private @Nullable Object initValue;
    private @Nullable Action onClickAction;
    private @Nullable Action onSelectAction;
    private @Nullable Action onUnselectAction;

    private Builder(String name, String label) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
    }

    /** {@code name}: the form field name, unique in the screen. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** {@code name} as a reference. */
    public Builder name(Ref name) {
      this.name = name.toString();
      return this;
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

    /** {@code required}: whether the user must fill it in. */
    public Builder required(boolean required) {
      this.required = Dynamic.of(required);
      return this;
    }

    /** {@code required} as a reference. */
    public Builder required(Ref required) {
      this.required = Dynamic.of(required);
      return this;
    }

    /** {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string. */
    public Builder initValue(Object initValue) {
      this.initValue = Objects.requireNonNull(initValue, "initValue == null");
      return this;
    }

    /** {@code on-click-action}: the action of the "read more" link. */
    public Builder onClickAction(Action onClickAction) {
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction == null");
      return this;
    }

    /** {@code on-select-action}: the action when an entry is selected. */
    public Builder onSelectAction(Action onSelectAction) {
      this.onSelectAction = Objects.requireNonNull(onSelectAction, "onSelectAction == null");
      return this;
    }

    /** {@code on-unselect-action}: the action when an entry is unselected (Flow JSON 6.0+). */
    public Builder onUnselectAction(Action onUnselectAction) {
      this.onUnselectAction = Objects.requireNonNull(onUnselectAction, "onUnselectAction == null");
      return this;
    }

    /** The OptIn. */
    public OptIn build() {
      return new OptIn(
          Objects.requireNonNull(name, "OptIn.name == null"), Objects.requireNonNull(label,
          "OptIn.label == null"), required, visible, initValue, onClickAction, onSelectAction, onUnselectAction, extra);
    }
  }
}
