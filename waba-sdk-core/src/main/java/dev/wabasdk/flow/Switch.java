package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code Switch}: shows the components of the case whose key equals a value, usually a {@link Ref} such as
 * {@code ${form.delivery}} (Flow JSON 4.0+). The cases' components are checked with the rest of the screen when the
 * {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param value <strong>Required.</strong> {@code value}: what selects the case
 * @param cases <strong>Required.</strong> {@code cases}: the components per case value, in order
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record Switch(String value, Map<String, List<Component>> cases, Map<String, @Nullable Object> extra)
    implements Component {

  public Switch {
    Objects.requireNonNull(value, "Switch.value == null");
    Objects.requireNonNull(cases, "Switch.cases == null");
    Map<String, List<Component>> copy = new LinkedHashMap<>();
    cases.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "Switch.cases key == null"),
        FlowCodec.list(v, "Switch.cases." + k)));
    cases = Collections.unmodifiableMap(copy);
    extra = FlowCodec.copy(extra);
  }

  /** A builder switching on {@code value}. */
  public static Builder builder(String value) {
    return new Builder(value);
  }

  /** A builder switching on a reference. */
  public static Builder builder(Ref value) {
    return new Builder(value.toString());
  }

  @Override
  public String type() {
    return "Switch";
  }

  @Override
  public List<Component> nested() {
    List<Component> all = new ArrayList<>();
    cases.values().forEach(all::addAll);
    return List.copyOf(all);
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    Map<String, Object> json = new LinkedHashMap<>();
    cases.forEach((k, v) -> json.put(k, FlowCodec.toTree(v)));
    return new FlowCodec.Writer("Switch").put("value", value).put("cases", json).done(extra);
  }

  static Switch read(FlowCodec.Reader r) {
    String value = r.requiredStr("value");
    if (!(r.raw("cases") instanceof Map<?, ?> raw)) {
      throw new FlowCodec.Mismatch("cases is not an object");
    }
    Map<String, List<Component>> cases = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : raw.entrySet()) {
      if (!(e.getValue() instanceof List<?> list)) {
        throw new FlowCodec.Mismatch("cases." + e.getKey() + " is not a list of components");
      }
      cases.put(String.valueOf(e.getKey()), list.stream().map(FlowCodec::component).toList());
    }
    return new Switch(value, cases, r.rest());
  }

  /** Builds a {@link Switch}. Not thread-safe. */
  public static final class Builder {
    private final String value;
    private final Map<String, List<Component>> cases = new LinkedHashMap<>();
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String value) {
      this.value = Objects.requireNonNull(value, "value == null");
    }

    /** The components shown when the value equals {@code key}. */
    public Builder when(String key, Component... components) {
      cases.put(Objects.requireNonNull(key, "key == null"), List.of(components));
      return this;
    }

    /** A property this SDK does not model yet, written as is (a JSON value). */
    public Builder extra(String name, Object value) {
      extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** The Switch. */
    public Switch build() {
      return new Switch(value, cases, extra);
    }
  }
}
