package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code Form}: The legacy form container (Flow JSON before 4.0 requires it; later versions make it optional).
 * Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param children <strong>Required.</strong> {@code children}: the components
 * @param initValues {@code init-values}: initial values by field name
 * @param errorMessages {@code error-messages}: error messages by field name
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record Form(
    String name, List<Component> children, @Nullable Object initValues, @Nullable Object errorMessages,
    Map<String, @Nullable Object> extra)
    implements Component {

  public Form {
    Objects.requireNonNull(name, "Form.name == null");
    children = FlowCodec.list(children, "Form.children");
    initValues = FlowCodec.deepCopy(initValues);
    errorMessages = FlowCodec.deepCopy(errorMessages);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, List<Component> children) {
    return new Builder(name, children);
  }

  @Override
  public String type() {
    return "Form";
  }

  @Override
  public List<Component> nested() {
    return children;
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("Form")
        .put("name", name)
        .put("children", children)
        .put("init-values", initValues)
        .put("error-messages", errorMessages)
        .done(extra);
  }

  static Form read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    List<Component> children = r.children("children");
    @Nullable Object initValues = r.raw("init-values");
    @Nullable Object errorMessages = r.raw("error-messages");
    return new Form(name, children, initValues, errorMessages, r.rest());
  }

  /** Builds a {@link Form}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String name;
    private List<Component> children = new ArrayList<>();
    private @Nullable Object initValues;
    private @Nullable Object errorMessages;
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String name, List<Component> children) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.children.addAll(Objects.requireNonNull(children, "children == null"));
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

    /** {@code children}: the components. */
    public Builder children(Component... children) {
      this.children = new ArrayList<>(List.of(children));
      return this;
    }

    /** {@code children} from a list. */
    public Builder children(List<? extends Component> children) {
      this.children = new ArrayList<>(children);
      return this;
    }

    /** {@code init-values}: initial values by field name. */
    public Builder initValues(Object initValues) {
      this.initValues = Objects.requireNonNull(initValues, "initValues == null");
      return this;
    }

    /** {@code error-messages}: error messages by field name. */
    public Builder errorMessages(Object errorMessages) {
      this.errorMessages = Objects.requireNonNull(errorMessages, "errorMessages == null");
      return this;
    }

    /** A property this SDK does not model yet, written as is (a JSON value). */
    public Builder extra(String name, Object value) {
      extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** The Form. */
    public Form build() {
      return new Form(name, children, initValues, errorMessages, extra);
    }
  }
}
