package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code Dropdown}: A drop-down list of 1 to 200 entries (label 20 characters). Limits are checked when the {@link
 * FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param dataSource <strong>Required.</strong> {@code data-source}: the entries, or a {@link Ref} to a data field
 * @param required {@code required}: whether the user must fill it in
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param visible {@code visible}: whether it is shown (default true)
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param onSelectAction {@code on-select-action}: the action when an entry is selected
 * @param onUnselectAction {@code on-unselect-action}: the action when an entry is unselected (Flow JSON 6.0+)
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record Dropdown(
    String name, String label, Dynamic<List<Option>> dataSource, @Nullable Dynamic<Boolean> required,
    @Nullable Dynamic<Boolean> enabled, @Nullable Dynamic<Boolean> visible, @Nullable Object initValue,
    @Nullable Action onSelectAction, @Nullable Action onUnselectAction, @Nullable String errorMessage,
    Map<String, @Nullable Object> extra)
    implements Component {

  public Dropdown {
    Objects.requireNonNull(name, "Dropdown.name == null");
    Objects.requireNonNull(label, "Dropdown.label == null");
    Objects.requireNonNull(dataSource, "Dropdown.data-source == null");
    initValue = FlowCodec.deepCopy(initValue);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label, List<Option> dataSource) {
    return new Builder(name, label, dataSource);
  }

  @Override
  public String type() {
    return "Dropdown";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("Dropdown")
        .put("name", name)
        .put("label", label)
        .put("data-source", dataSource)
        .put("required", required)
        .put("enabled", enabled)
        .put("visible", visible)
        .put("init-value", initValue)
        .put("on-select-action", onSelectAction)
        .put("on-unselect-action", onUnselectAction)
        .put("error-message", errorMessage)
        .done(extra);
  }

  static Dropdown read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    Dynamic<List<Option>> dataSource = r.options("data-source");
    @Nullable Dynamic<Boolean> required = r.bool("required");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable Action onSelectAction = r.action("on-select-action");
    @Nullable Action onUnselectAction = r.action("on-unselect-action");
    @Nullable String errorMessage = r.str("error-message");
    if (dataSource == null) {
      throw new FlowCodec.Mismatch("data-source is missing");
    }
    return new Dropdown(
        name, label, dataSource, required, enabled, visible, initValue, onSelectAction, onUnselectAction,
        errorMessage, r.rest());
  }

  /** Builds a {@link Dropdown}. Not thread-safe. */
  public static final class Builder extends OptionsBuilder<Builder> {
    private @Nullable Action onUnselectAction;

    private Builder(String name, String label, List<Option> dataSource) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
      this.dataSource = Dynamic.of(List.copyOf(dataSource));
    }

    /** {@code on-unselect-action}: the action when an entry is unselected (Flow JSON 6.0+). */
    public Builder onUnselectAction(Action onUnselectAction) {
      this.onUnselectAction = Objects.requireNonNull(onUnselectAction, "onUnselectAction == null");
      return this;
    }

    /** The Dropdown. */
    public Dropdown build() {
      return new Dropdown(
          Objects.requireNonNull(name, "Dropdown.name == null"), Objects.requireNonNull(label,
          "Dropdown.label == null"), Objects.requireNonNull(dataSource, "Dropdown.dataSource == null"), required,
          enabled, visible, initValue, onSelectAction, onUnselectAction,
          errorMessage, extra);
    }
  }
}
