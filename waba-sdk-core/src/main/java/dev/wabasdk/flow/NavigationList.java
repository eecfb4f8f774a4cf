package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code NavigationList}: A list of 1 to 20 tappable items (label 80 characters, description 300); at most 2 per
 * screen (Flow JSON 6.2+). Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label {@code label}: the label
 * @param description {@code description}: a description
 * @param listItems <strong>Required.</strong> {@code list-items}: the items (each with {@code id}, {@code main-
 *     content}...), or a {@link Ref}
 * @param mediaSize {@code media-size}: {@code regular} or {@code large}
 * @param onClickAction {@code on-click-action}: what tapping an item does
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record NavigationList(
    String name, @Nullable String label, @Nullable String description, Object listItems, @Nullable String mediaSize,
    @Nullable Action onClickAction, Map<String, @Nullable Object> extra)
    implements Component {

  public NavigationList {
    Objects.requireNonNull(name, "NavigationList.name == null");
    Objects.requireNonNull(listItems, "NavigationList.list-items == null");
    listItems = FlowCodec.deepCopy(listItems);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, Object listItems) {
    return new Builder(name, listItems);
  }

  /** A NavigationList with only its required properties. */
  public static NavigationList of(String name, Object listItems) {
    return builder(name, listItems).build();
  }

  @Override
  public String type() {
    return "NavigationList";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("NavigationList")
        .put("name", name)
        .put("label", label)
        .put("description", description)
        .put("list-items", listItems)
        .put("media-size", mediaSize)
        .put("on-click-action", onClickAction)
        .done(extra);
  }

  static NavigationList read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    @Nullable String label = r.str("label");
    @Nullable String description = r.str("description");
    Object listItems = r.raw("list-items");
    @Nullable String mediaSize = r.str("media-size");
    @Nullable Action onClickAction = r.action("on-click-action");
    if (listItems == null) {
      throw new FlowCodec.Mismatch("list-items is missing");
    }
    return new NavigationList(name, label, description, listItems, mediaSize, onClickAction, r.rest());
  }

  /** Builds a {@link NavigationList}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String label;
    private @Nullable String description;
    private @Nullable Object listItems;
    private @Nullable String mediaSize;
    private @Nullable Action onClickAction;
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String name, Object listItems) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.listItems = Objects.requireNonNull(listItems, "listItems == null");
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

    /** {@code list-items}: the items (each with {@code id}, {@code main-content}...), or a {@link Ref}. */
    public Builder listItems(Object listItems) {
      this.listItems = Objects.requireNonNull(listItems, "listItems == null");
      return this;
    }

    /** {@code media-size}: {@code regular} or {@code large}. */
    public Builder mediaSize(String mediaSize) {
      this.mediaSize = Objects.requireNonNull(mediaSize, "mediaSize == null");
      return this;
    }

    /** {@code media-size} as a reference. */
    public Builder mediaSize(Ref mediaSize) {
      this.mediaSize = mediaSize.toString();
      return this;
    }

    /** {@code on-click-action}: what tapping an item does. */
    public Builder onClickAction(Action onClickAction) {
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction == null");
      return this;
    }

    /** A property this SDK does not model yet, written as is (a JSON value). */
    public Builder extra(String name, Object value) {
      extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** The NavigationList. */
    public NavigationList build() {
      return new NavigationList(name, label, description, listItems, mediaSize, onClickAction, extra);
    }
  }
}
