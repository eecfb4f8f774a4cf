package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One screen of a flow: its {@code id} (letters and underscores; {@code SUCCESS} is reserved), {@code title},
 * the {@code terminal}/{@code success}/{@code refresh_on_back} flags, its data model and its layout (Meta's
 * {@code SingleColumnLayout} with up to 50 components). Checked with the rest of the flow when the
 * {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param id <strong>Required.</strong> the screen id
 * @param title the title in the top bar
 * @param terminal whether the flow can end on this screen (it then needs a Footer)
 * @param success whether ending here counts as a successful completion (terminal screens only)
 * @param refreshOnBack whether pressing back while on this screen sends the endpoint a {@code BACK} data exchange
 *     request (Meta's Flow JSON reference), whose answer refreshes the screen the user returns to
 * @param data the data model (field name to declaration), or null when the screen has none
 * @param layoutType the layout type, {@code SingleColumnLayout}
 * @param children the layout's components
 * @param extra properties this SDK does not model (e.g. {@code sensitive}), kept as raw JSON
 */
public record Screen(String id, @Nullable String title, @Nullable Boolean terminal, @Nullable Boolean success,
    @Nullable Boolean refreshOnBack, @Nullable Map<String, DataField> data, String layoutType,
    List<Component> children, Map<String, @Nullable Object> extra) {

  /** Meta's only layout. */
  public static final String SINGLE_COLUMN_LAYOUT = "SingleColumnLayout";

  public Screen {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(layoutType, "layoutType == null");
    children = FlowCodec.list(children, "Screen.children");
    data = data == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    extra = FlowCodec.copy(extra);
  }

  /** A builder for a screen with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Whether the screen is terminal. */
  public boolean isTerminal() {
    return Boolean.TRUE.equals(terminal);
  }

  /** All components of the layout, nested ones ({@link If}, {@link Switch}, {@link Form}) included, in order. */
  public List<Component> allComponents() {
    List<Component> all = new ArrayList<>();
    collect(children, all);
    return all;
  }

  private static void collect(List<Component> components, List<Component> into) {
    for (Component c : components) {
      into.add(c);
      collect(c.nested(), into);
    }
  }

  /** This screen as a JSON tree. */
  public Map<String, @Nullable Object> toJsonTree() {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", id);
    if (title != null) {
      m.put("title", title);
    }
    if (terminal != null) {
      m.put("terminal", terminal);
    }
    if (success != null) {
      m.put("success", success);
    }
    if (refreshOnBack != null) {
      m.put("refresh_on_back", refreshOnBack);
    }
    if (data != null) {
      Map<String, Object> d = new LinkedHashMap<>();
      data.forEach((k, v) -> d.put(k, v.schema()));
      m.put("data", d);
    }
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("type", layoutType);
    layout.put("children", children.stream().map(Component::toJsonTree).toList());
    m.put("layout", layout);
    extra.forEach(m::putIfAbsent);
    return m;
  }

  @SuppressWarnings("unchecked")
  static Screen read(@Nullable Object value) {
    if (!(value instanceof Map<?, ?> raw)) {
      throw new IllegalArgumentException("a screen must be a JSON object, got " + value);
    }
    Map<String, @Nullable Object> m = new LinkedHashMap<>((Map<String, @Nullable Object>) raw);
    if (!(m.remove("id") instanceof String id)) {
      throw new IllegalArgumentException("a screen needs a string \"id\"");
    }
    String title = m.get("title") instanceof String t ? (String) m.remove("title") : null;
    Boolean terminal = flag(m, "terminal");
    Boolean success = flag(m, "success");
    Boolean refresh = flag(m, "refresh_on_back");
    Map<String, DataField> data = null;
    if (m.get("data") instanceof Map<?, ?> d && d.values().stream().allMatch(
        v -> v instanceof Map<?, ?> f && f.get("type") instanceof String)) {
      m.remove("data");
      data = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : d.entrySet()) {
        data.put(String.valueOf(e.getKey()), new DataField((Map<String, @Nullable Object>) e.getValue()));
      }
    }
    if (!(m.remove("layout") instanceof Map<?, ?> layout) || !(layout.get("type") instanceof String type)
        || !(layout.get("children") instanceof List<?> children) || layout.size() != 2) {
      throw new IllegalArgumentException("screen " + id + ": \"layout\" must be {\"type\": ..., \"children\": [...]}");
    }
    List<Component> components = children.stream().map(FlowCodec::component).toList();
    return new Screen(id, title, terminal, success, refresh, data, type, components, m);
  }

  private static @Nullable Boolean flag(Map<String, @Nullable Object> m, String key) {
    return m.get(key) instanceof Boolean b ? (Boolean) m.remove(key) : null;
  }

  /** Builds a {@link Screen}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private @Nullable String title;
    private @Nullable Boolean terminal;
    private @Nullable Boolean success;
    private @Nullable Boolean refreshOnBack;
    private @Nullable Map<String, DataField> data;
    private final List<Component> children = new ArrayList<>();
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id == null");
    }

    /** The title. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title == null");
      return this;
    }

    /** Marks the screen terminal (or not). */
    public Builder terminal(boolean terminal) {
      this.terminal = terminal;
      return this;
    }

    /** Whether ending on this terminal screen is a success. */
    public Builder success(boolean success) {
      this.success = success;
      return this;
    }

    /** Whether pressing back while on this screen sends the endpoint a {@code BACK} request (Meta's Flow JSON). */
    public Builder refreshOnBack(boolean refreshOnBack) {
      this.refreshOnBack = refreshOnBack;
      return this;
    }

    /** Declares a data model field; the first call creates the {@code data} object. */
    public Builder data(String name, DataField field) {
      if (data == null) {
        data = new LinkedHashMap<>();
      }
      data.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(field, "field == null"));
      return this;
    }

    /** An empty data model ({@code "data": {}}), as older flows write it. */
    public Builder emptyData() {
      if (data == null) {
        data = new LinkedHashMap<>();
      }
      return this;
    }

    /** Adds components to the layout. */
    public Builder add(Component... components) {
      children.addAll(List.of(components));
      return this;
    }

    /** A property this SDK does not model yet, written as is. */
    public Builder extra(String name, Object value) {
      extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** The screen (the flow checks it when built). */
    public Screen build() {
      return new Screen(id, title, terminal, success, refreshOnBack, data, SINGLE_COLUMN_LAYOUT, children, extra);
    }
  }
}
