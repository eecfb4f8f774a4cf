package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code If}: Shows {@code then} or {@code else} depending on a condition such as {@code ${form.age} > 18} (Flow
 * JSON 4.0+). Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param condition <strong>Required.</strong> {@code condition}: the condition
 * @param then <strong>Required.</strong> {@code then}: the components shown when it holds
 * @param otherwise {@code else}: the components shown otherwise
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record If(
    String condition, List<Component> then, List<Component> otherwise, Map<String, @Nullable Object> extra)
    implements Component {

  public If {
    Objects.requireNonNull(condition, "If.condition == null");
    then = FlowCodec.list(then, "If.then");
    otherwise = FlowCodec.list(otherwise, "If.else");
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String condition, List<Component> then) {
    return new Builder(condition, then);
  }

  @Override
  public String type() {
    return "If";
  }

  @Override
  public List<Component> nested() {
    List<Component> all = new ArrayList<>(then);
    all.addAll(otherwise);
    return List.copyOf(all);
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("If")
        .put("condition", condition)
        .put("then", then)
        .put("else", otherwise.isEmpty() ? null : otherwise)
        .done(extra);
  }

  static If read(FlowCodec.Reader r) {
    String condition = r.requiredStr("condition");
    List<Component> then = r.children("then");
    List<Component> otherwise = r.children("else");
    return new If(condition, then, otherwise, r.rest());
  }

  /** Builds a {@link If}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String condition;
    private List<Component> then = new ArrayList<>();
    private List<Component> otherwise = new ArrayList<>();
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String condition, List<Component> then) {
      this.condition = Objects.requireNonNull(condition, "condition == null");
      this.then.addAll(Objects.requireNonNull(then, "then == null"));
    }

    /** {@code condition}: the condition. */
    public Builder condition(String condition) {
      this.condition = Objects.requireNonNull(condition, "condition == null");
      return this;
    }

    /** {@code condition} as a reference. */
    public Builder condition(Ref condition) {
      this.condition = condition.toString();
      return this;
    }

    /** {@code then}: the components shown when it holds. */
    public Builder then(Component... then) {
      this.then = new ArrayList<>(List.of(then));
      return this;
    }

    /** {@code then} from a list. */
    public Builder then(List<? extends Component> then) {
      this.then = new ArrayList<>(then);
      return this;
    }

    /** {@code else}: the components shown otherwise. */
    public Builder otherwise(Component... otherwise) {
      this.otherwise = new ArrayList<>(List.of(otherwise));
      return this;
    }

    /** {@code else} from a list. */
    public Builder otherwise(List<? extends Component> otherwise) {
      this.otherwise = new ArrayList<>(otherwise);
      return this;
    }

    /** A property this SDK does not model yet, written as is (a JSON value). */
    public Builder extra(String name, Object value) {
      extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** The If. */
    public If build() {
      return new If(condition, then, otherwise, extra);
    }
  }
}
