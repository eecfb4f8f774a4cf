package dev.wabasdk.flow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters input fields share ({@code required}, {@code init-value}) on top of
 * {@link FieldBuilder}; package-private like {@link ComponentBuilder}. Not thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class InputBuilder<B extends InputBuilder<B>> extends FieldBuilder<B> {
  @Nullable Dynamic<Boolean> required;
  @Nullable Object initValue;

  /** {@code required}: whether the user must fill it in. */
  public B required(boolean required) {
    this.required = Dynamic.of(required);
    return self();
  }

  /** {@code required} as a reference. */
  public B required(Ref required) {
    this.required = Dynamic.of(required);
    return self();
  }

  /** {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string. */
  public B initValue(Object initValue) {
    this.initValue = Objects.requireNonNull(initValue, "initValue == null");
    return self();
  }
}
