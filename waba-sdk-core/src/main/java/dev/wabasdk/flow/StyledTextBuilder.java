package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters of {@link TextBody} and {@link TextCaption}, which have the same properties;
 * package-private like {@link ComponentBuilder}. Not thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class StyledTextBuilder<B extends StyledTextBuilder<B>> extends ComponentBuilder<B> {
  List<String> text = new ArrayList<>();
  @Nullable String fontWeight;
  @Nullable Dynamic<Boolean> strikethrough;
  @Nullable Dynamic<Boolean> markdown;

  StyledTextBuilder(String text) {
    this.text.add(Objects.requireNonNull(text, "text == null"));
  }

  /** {@code text}: the text: one line, or several with {@code markdown}. */
  public B text(String... lines) {
    this.text = new ArrayList<>(List.of(lines));
    return self();
  }

  /** {@code text} as a reference to a data field. */
  public B text(Ref text) {
    this.text = new ArrayList<>(List.of(text.toString()));
    return self();
  }

  /** {@code font-weight}: {@code bold}, {@code italic}, {@code bold_italic} or {@code normal}. */
  public B fontWeight(String fontWeight) {
    this.fontWeight = Objects.requireNonNull(fontWeight, "fontWeight == null");
    return self();
  }

  /** {@code font-weight} as a reference. */
  public B fontWeight(Ref fontWeight) {
    this.fontWeight = fontWeight.toString();
    return self();
  }

  /** {@code strikethrough}: whether the text is struck through. */
  public B strikethrough(boolean strikethrough) {
    this.strikethrough = Dynamic.of(strikethrough);
    return self();
  }

  /** {@code strikethrough} as a reference. */
  public B strikethrough(Ref strikethrough) {
    this.strikethrough = Dynamic.of(strikethrough);
    return self();
  }

  /** {@code markdown}: whether the text uses Meta's limited markdown (Flow JSON 5.1+). */
  public B markdown(boolean markdown) {
    this.markdown = Dynamic.of(markdown);
    return self();
  }

  /** {@code markdown} as a reference. */
  public B markdown(Ref markdown) {
    this.markdown = Dynamic.of(markdown);
    return self();
  }
}
