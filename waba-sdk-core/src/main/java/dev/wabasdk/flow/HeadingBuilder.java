package dev.wabasdk.flow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters of {@link TextHeading} and {@link TextSubheading}, which have the same properties;
 * package-private like {@link ComponentBuilder}. Not thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class HeadingBuilder<B extends HeadingBuilder<B>> extends ComponentBuilder<B> {
  @Nullable String text;

  HeadingBuilder(String text) {
    this.text = Objects.requireNonNull(text, "text == null");
  }

  /** {@code text}: the text, or a {@link Ref}. */
  public B text(String text) {
    this.text = Objects.requireNonNull(text, "text == null");
    return self();
  }

  /** {@code text} as a reference. */
  public B text(Ref text) {
    this.text = text.toString();
    return self();
  }
}
