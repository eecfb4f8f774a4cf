package dev.wabasdk.flow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A property Meta lets be either a literal (a boolean, a number, a list of options) or a {@link Ref}, such as
 * {@code "visible": "${data.show}"}. Exactly one of {@link #value()} and {@link #ref()} is set. Immutable and
 * thread-safe when the value is.
 *
 * @param value the literal, or null when this is a reference
 * @param ref the reference, or null when this is a literal
 * @param <T> the literal's type
 */
public record Dynamic<T>(@Nullable T value, @Nullable Ref ref) {
  public Dynamic {
    if ((value == null) == (ref == null)) {
      throw new IllegalArgumentException("Dynamic needs exactly one of value and ref");
    }
  }

  /** A literal value. */
  public static <T> Dynamic<T> of(T value) {
    return new Dynamic<>(Objects.requireNonNull(value, "value == null"), null);
  }

  /** A reference. */
  public static <T> Dynamic<T> of(Ref ref) {
    return new Dynamic<>(null, Objects.requireNonNull(ref, "ref == null"));
  }

  /** Whether this is a reference. */
  public boolean isRef() {
    return ref != null;
  }

  @Override
  public String toString() {
    return ref != null ? ref.toString() : String.valueOf(value);
  }
}
