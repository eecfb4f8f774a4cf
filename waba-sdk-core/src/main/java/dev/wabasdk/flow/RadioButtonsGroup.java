package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code RadioButtonsGroup}: Radio buttons, 1 to 20 entries (label 30 characters, description 300). Limits are
 * checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label {@code label}: the label
 * @param description {@code description}: a description
 * @param dataSource <strong>Required.</strong> {@code data-source}: the entries, or a {@link Ref}
 * @param required {@code required}: whether the user must fill it in
 * @param visible {@code visible}: whether it is shown (default true)
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param onSelectAction {@code on-select-action}: the action when an entry is selected
 * @param onUnselectAction {@code on-unselect-action}: the action when an entry is unselected (Flow JSON 6.0+)
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param mediaSize {@code media-size}: {@code regular} or {@code large} images
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record RadioButtonsGroup(
    String name, @Nullable String label, @Nullable String description, Dynamic<List<Option>> dataSource,
    @Nullable Dynamic<Boolean> required, @Nullable Dynamic<Boolean> visible, @Nullable Dynamic<Boolean> enabled,
    @Nullable Object initValue, @Nullable Action onSelectAction, @Nullable Action onUnselectAction,
    @Nullable String errorMessage, @Nullable String mediaSize, Map<String, @Nullable Object> extra)
    implements Component {

  public RadioButtonsGroup {
    Objects.requireNonNull(name, "RadioButtonsGroup.name == null");
    Objects.requireNonNull(dataSource, "RadioButtonsGroup.data-source == null");
    initValue = FlowCodec.deepCopy(initValue);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, List<Option> dataSource) {
    return new Builder(name, dataSource);
  }

  /** A RadioButtonsGroup with only its required properties. */
  public static RadioButtonsGroup of(String name, List<Option> dataSource) {
    return builder(name, dataSource).build();
  }

  @Override
  public String type() {
    return "RadioButtonsGroup";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("RadioButtonsGroup")
        .put("name", name)
        .put("label", label)
        .put("description", description)
        .put("data-source", dataSource)
        .put("required", required)
        .put("visible", visible)
        .put("enabled", enabled)
        .put("init-value", initValue)
        .put("on-select-action", onSelectAction)
        .put("on-unselect-action", onUnselectAction)
        .put("error-message", errorMessage)
        .put("media-size", mediaSize)
        .done(extra);
  }

  static RadioButtonsGroup read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    @Nullable String label = r.str("label");
    @Nullable String description = r.str("description");
    Dynamic<List<Option>> dataSource = r.options("data-source");
    @Nullable Dynamic<Boolean> required = r.bool("required");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable Action onSelectAction = r.action("on-select-action");
    @Nullable Action onUnselectAction = r.action("on-unselect-action");
    @Nullable String errorMessage = r.str("error-message");
    @Nullable String mediaSize = r.str("media-size");
    if (dataSource == null) {
      throw new FlowCodec.Mismatch("data-source is missing");
    }
    return new RadioButtonsGroup(
        name, label, description, dataSource, required, visible, enabled, initValue, onSelectAction,
        onUnselectAction, errorMessage, mediaSize, r.rest());
  }

  /** Builds a {@link RadioButtonsGroup}. Not thread-safe. */
  public static final class Builder extends OptionsBuilder<Builder> {
    private @Nullable String description;
    private @Nullable Action onUnselectAction;
    private @Nullable String mediaSize;

    private Builder(String name, List<Option> dataSource) {
      this.name = Objects.requireNonNull(name, "name == null");
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

    /** {@code on-unselect-action}: the action when an entry is unselected (Flow JSON 6.0+). */
    public Builder onUnselectAction(Action onUnselectAction) {
      this.onUnselectAction = Objects.requireNonNull(onUnselectAction, "onUnselectAction == null");
      return this;
    }

    /** {@code media-size}: {@code regular} or {@code large} images. */
    public Builder mediaSize(String mediaSize) {
      this.mediaSize = Objects.requireNonNull(mediaSize, "mediaSize == null");
      return this;
    }

    /** {@code media-size} as a reference. */
    public Builder mediaSize(Ref mediaSize) {
      this.mediaSize = mediaSize.toString();
      return this;
    }

    /** The RadioButtonsGroup. */
    public RadioButtonsGroup build() {
      return new RadioButtonsGroup(
          Objects.requireNonNull(name, "RadioButtonsGroup.name == null"), label, description,
          Objects.requireNonNull(dataSource, "RadioButtonsGroup.dataSource == null"), required, visible, enabled,
          initValue, onSelectAction,
          onUnselectAction, errorMessage, mediaSize, extra);
    }
  }
}
