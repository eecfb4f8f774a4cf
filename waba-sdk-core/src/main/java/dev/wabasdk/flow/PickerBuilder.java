package dev.wabasdk.flow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters {@link PhotoPicker} and {@link DocumentPicker} share ({@code description},
 * {@code max-file-size-kb}, {@code enabled}) on top of {@link FieldBuilder}; package-private like
 * {@link ComponentBuilder}. Not thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class PickerBuilder<B extends PickerBuilder<B>> extends FieldBuilder<B> {
  @Nullable String description;
  @Nullable Integer maxFileSizeKb;
  @Nullable Dynamic<Boolean> enabled;

  /** {@code description}: a description. */
  public B description(String description) {
    this.description = Objects.requireNonNull(description, "description == null");
    return self();
  }

  /** {@code description} as a reference. */
  public B description(Ref description) {
    this.description = description.toString();
    return self();
  }

  /** {@code max-file-size-kb}: the largest file in KiB. */
  public B maxFileSizeKb(int maxFileSizeKb) {
    this.maxFileSizeKb = maxFileSizeKb;
    return self();
  }

  /** {@code enabled}: whether the user can change it (default true). */
  public B enabled(boolean enabled) {
    this.enabled = Dynamic.of(enabled);
    return self();
  }

  /** {@code enabled} as a reference. */
  public B enabled(Ref enabled) {
    this.enabled = Dynamic.of(enabled);
    return self();
  }
}
