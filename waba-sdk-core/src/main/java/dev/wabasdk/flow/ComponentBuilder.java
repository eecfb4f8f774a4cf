package dev.wabasdk.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters every visible component shares ({@code visible} and unmodelled properties), written
 * once instead of in each public {@code Builder}. Package-private on purpose: users only see the public builders,
 * which inherit these methods with their own type as the return type ({@code B}). Not thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class ComponentBuilder<B extends ComponentBuilder<B>> {
  @Nullable Dynamic<Boolean> visible;
  final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

  /** {@code visible}: whether it is shown (default true). */
  public B visible(boolean visible) {
    this.visible = Dynamic.of(visible);
    return self();
  }

  /** {@code visible} as a reference. */
  public B visible(Ref visible) {
    this.visible = Dynamic.of(visible);
    return self();
  }

  /** A property this SDK does not model yet, written as is (a JSON value). */
  public B extra(String name, Object value) {
    extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
    return self();
  }

  // Safe: every subclass is declared as `Builder extends ComponentBuilder<Builder>`.
  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
