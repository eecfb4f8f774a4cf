package dev.wabasdk.flow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters form fields share ({@code name}, {@code label}, {@code error-message}), written once
 * instead of in each public {@code Builder}; package-private like {@link ComponentBuilder}. Not thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class FieldBuilder<B extends FieldBuilder<B>> extends ComponentBuilder<B> {
  @Nullable String name;
  @Nullable String label;
  @Nullable String errorMessage;

  /** {@code name}: the form field name, unique in the screen. */
  public B name(String name) {
    this.name = Objects.requireNonNull(name, "name == null");
    return self();
  }

  /** {@code name} as a reference. */
  public B name(Ref name) {
    this.name = name.toString();
    return self();
  }

  /** {@code label}: the label. */
  public B label(String label) {
    this.label = Objects.requireNonNull(label, "label == null");
    return self();
  }

  /** {@code label} as a reference. */
  public B label(Ref label) {
    this.label = label.toString();
    return self();
  }

  /** {@code error-message}: an error shown under the field. */
  public B errorMessage(String errorMessage) {
    this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage == null");
    return self();
  }

  /** {@code error-message} as a reference. */
  public B errorMessage(Ref errorMessage) {
    this.errorMessage = errorMessage.toString();
    return self();
  }
}
