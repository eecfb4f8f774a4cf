package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ChipsSelector}: Selectable chips, 2 to 20 entries (label 80 characters, description 300; Flow JSON 6.3+).
 * Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param description {@code description}: a description
 * @param dataSource <strong>Required.</strong> {@code data-source}: the entries, or a {@link Ref}
 * @param minSelectedItems {@code min-selected-items}: the fewest chips to select
 * @param maxSelectedItems {@code max-selected-items}: the most chips to select
 * @param required {@code required}: whether the user must fill it in
 * @param visible {@code visible}: whether it is shown (default true)
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param onSelectAction {@code on-select-action}: the action when an entry is selected
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record ChipsSelector(
    String name, String label, @Nullable String description, Dynamic<List<Option>> dataSource,
    @Nullable Integer minSelectedItems, @Nullable Integer maxSelectedItems, @Nullable Dynamic<Boolean> required,
    @Nullable Dynamic<Boolean> visible, @Nullable Dynamic<Boolean> enabled, @Nullable Object initValue,
    @Nullable Action onSelectAction, @Nullable String errorMessage, Map<String, @Nullable Object> extra)
    implements Component {

  public ChipsSelector {
    Objects.requireNonNull(name, "ChipsSelector.name == null");
    Objects.requireNonNull(label, "ChipsSelector.label == null");
    Objects.requireNonNull(dataSource, "ChipsSelector.data-source == null");
    initValue = FlowCodec.deepCopy(initValue);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label, List<Option> dataSource) {
    return new Builder(name, label, dataSource);
  }

  @Override
  public String type() {
    return "ChipsSelector";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("ChipsSelector")
        .put("name", name)
        .put("label", label)
        .put("description", description)
        .put("data-source", dataSource)
        .put("min-selected-items", minSelectedItems)
        .put("max-selected-items", maxSelectedItems)
        .put("required", required)
        .put("visible", visible)
        .put("enabled", enabled)
        .put("init-value", initValue)
        .put("on-select-action", onSelectAction)
        .put("error-message", errorMessage)
        .done(extra);
  }

  static ChipsSelector read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    @Nullable String description = r.str("description");
    Dynamic<List<Option>> dataSource = r.options("data-source");
    @Nullable Integer minSelectedItems = r.integer("min-selected-items");
    @Nullable Integer maxSelectedItems = r.integer("max-selected-items");
    @Nullable Dynamic<Boolean> required = r.bool("required");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable Action onSelectAction = r.action("on-select-action");
    @Nullable String errorMessage = r.str("error-message");
    if (dataSource == null) {
      throw new FlowCodec.Mismatch("data-source is missing");
    }
    return new ChipsSelector(
        name, label, description, dataSource, minSelectedItems, maxSelectedItems, required, visible, enabled,
        initValue, onSelectAction, errorMessage, r.rest());
  }

  /** Builds a {@link ChipsSelector}. Not thread-safe. */
  public static final class Builder extends OptionsBuilder<Builder> {
    private @Nullable String description;
    private @Nullable Integer minSelectedItems;
    private @Nullable Integer maxSelectedItems;

    private Builder(String name, String label, List<Option> dataSource) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
      this.dataSource = Dynamic.of(List.copyOf(dataSource));
    }

    /** {@code description}: a description. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description == null");
      return this;
    }

    /** {@code description} as a reference. */
    public Builder description(Ref description) {
      this.description = description.toString();
      return this;
    }

    /** {@code min-selected-items}: the fewest chips to select. */
    public Builder minSelectedItems(int minSelectedItems) {
      this.minSelectedItems = minSelectedItems;
      return this;
    }

    /** {@code max-selected-items}: the most chips to select. */
    public Builder maxSelectedItems(int maxSelectedItems) {
      this.maxSelectedItems = maxSelectedItems;
      return this;
    }

    /** The ChipsSelector. */
    public ChipsSelector build() {
      return new ChipsSelector(
          Objects.requireNonNull(name, "ChipsSelector.name == null"), Objects.requireNonNull(label,
          "ChipsSelector.label == null"), description, Objects.requireNonNull(dataSource,
          "ChipsSelector.dataSource == null"), minSelectedItems, maxSelectedItems, required, visible, enabled,
          initValue, onSelectAction, errorMessage, extra);
    }
  }
}
