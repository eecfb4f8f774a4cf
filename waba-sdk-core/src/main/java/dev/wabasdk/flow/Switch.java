package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code Switch}: Shows the components of the case matching a value (Flow JSON 4.0+). Limits are checked when the
 * {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param value <strong>Required.</strong> {@code value}: the value, usually a {@link Ref}
 * @param cases <strong>Required.</strong> {@code cases}: the cases: a JSON object from value to a list of component
 *     objects
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record Switch(String value, Object cases, Map<String, @Nullable Object> extra) implements Component {

  public Switch {
    Objects.requireNonNull(value, "Switch.value == null");
    Objects.requireNonNull(cases, "Switch.cases == null");
    cases = FlowCodec.deepCopy(cases);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String value, Object cases) {
    return new Builder(value, cases);
  }

  /** A Switch with only its required properties. */
  public static Switch of(String value, Object cases) {
    return builder(value, cases).build();
  }

  @Override
  public String type() {
    return "Switch";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("Switch")
        .put("value", value)
        .put("cases", cases)
        .done(extra);
  }

  static Switch read(FlowCodec.Reader r) {
    String value = r.requiredStr("value");
    Object cases = r.raw("cases");
    if (cases == null) {
      throw new FlowCodec.Mismatch("cases is missing");
    }
    return new Switch(value, cases, r.rest());
  }

  /** Builds a {@link Switch}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String value;
    private @Nullable Object cases;
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String value, Object cases) {
      this.value = Objects.requireNonNull(value, "value == null");
      this.cases = Objects.requireNonNull(cases, "cases == null");
    }

    /** {@code value}: the value, usually a {@link Ref}. */
    public Builder value(String value) {
      this.value = Objects.requireNonNull(value, "value == null");
      return this;
    }

    /** {@code value} as a reference. */
    public Builder value(Ref value) {
      this.value = value.toString();
      return this;
    }

    /** {@code cases}: the cases: a JSON object from value to a list of component objects. */
    public Builder cases(Object cases) {
      this.cases = Objects.requireNonNull(cases, "cases == null");
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
