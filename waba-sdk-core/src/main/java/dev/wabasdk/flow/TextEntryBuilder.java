package dev.wabasdk.flow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters {@link TextInput} and {@link TextArea} share ({@code helper-text},
 * {@code label-variant}) on top of {@link InputBuilder}; package-private like {@link ComponentBuilder}. Not
 * thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class TextEntryBuilder<B extends TextEntryBuilder<B>> extends InputBuilder<B> {
  @Nullable String helperText;
  @Nullable String labelVariant;

  /** {@code helper-text}: a hint under the field. */
  public B helperText(String helperText) {
    this.helperText = Objects.requireNonNull(helperText, "helperText == null");
    return self();
  }

  /** {@code helper-text} as a reference. */
  public B helperText(Ref helperText) {
    this.helperText = helperText.toString();
    return self();
  }

  /** {@code label-variant}: {@code large} for a prominent label (Flow JSON 7.0+). */
  public B labelVariant(String labelVariant) {
    this.labelVariant = Objects.requireNonNull(labelVariant, "labelVariant == null");
    return self();
  }

  /** {@code label-variant} as a reference. */
  public B labelVariant(Ref labelVariant) {
    this.labelVariant = labelVariant.toString();
    return self();
  }
}
