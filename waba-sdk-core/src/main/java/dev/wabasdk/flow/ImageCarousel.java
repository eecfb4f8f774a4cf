package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ImageCarousel}: 1 to 3 images the user swipes through; at most 2 per screen (Flow JSON 7.1+). Limits are
 * checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param images <strong>Required.</strong> {@code images}: the images: a list of {@code {src, alt-text}} objects, or
 *     a {@link Ref}
 * @param aspectRatio {@code aspect-ratio}: {@code 4:3} or {@code 16:9}
 * @param scaleType {@code scale-type}: {@code cover} or {@code contain}
 * @param visible {@code visible}: whether it is shown (default true)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record ImageCarousel(
    Object images, @Nullable String aspectRatio, @Nullable String scaleType, @Nullable Dynamic<Boolean> visible,
    Map<String, @Nullable Object> extra)
    implements Component {

  public ImageCarousel {
    Objects.requireNonNull(images, "ImageCarousel.images == null");
    images = FlowCodec.deepCopy(images);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(Object images) {
    return new Builder(images);
  }

  /** A ImageCarousel with only its required properties. */
  public static ImageCarousel of(Object images) {
    return builder(images).build();
  }

  @Override
  public String type() {
    return "ImageCarousel";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("ImageCarousel")
        .put("images", images)
        .put("aspect-ratio", aspectRatio)
        .put("scale-type", scaleType)
        .put("visible", visible)
        .done(extra);
  }

  static ImageCarousel read(FlowCodec.Reader r) {
    Object images = r.raw("images");
    @Nullable String aspectRatio = r.str("aspect-ratio");
    @Nullable String scaleType = r.str("scale-type");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    if (images == null) {
      throw new FlowCodec.Mismatch("images is missing");
    }
    return new ImageCarousel(images, aspectRatio, scaleType, visible, r.rest());
  }

  /** Builds a {@link ImageCarousel}. Not thread-safe. */
  public static final class Builder extends ComponentBuilder<Builder> {
    private @Nullable Object images;
    private @Nullable String aspectRatio;
    private @Nullable String scaleType;

    private Builder(Object images) {
      this.images = Objects.requireNonNull(images, "images == null");
    }

    /** {@code images}: the images: a list of {@code {src, alt-text}} objects, or a {@link Ref}. */
    public Builder images(Object images) {
      this.images = Objects.requireNonNull(images, "images == null");
      return this;
    }

    /** {@code aspect-ratio}: {@code 4:3} or {@code 16:9}. */
    public Builder aspectRatio(String aspectRatio) {
      this.aspectRatio = Objects.requireNonNull(aspectRatio, "aspectRatio == null");
      return this;
    }

    /** {@code aspect-ratio} as a reference. */
    public Builder aspectRatio(Ref aspectRatio) {
      this.aspectRatio = aspectRatio.toString();
      return this;
    }

    /** {@code scale-type}: {@code cover} or {@code contain}. */
    public Builder scaleType(String scaleType) {
      this.scaleType = Objects.requireNonNull(scaleType, "scaleType == null");
      return this;
    }

    /** {@code scale-type} as a reference. */
    public Builder scaleType(Ref scaleType) {
      this.scaleType = scaleType.toString();
      return this;
    }

    /** The ImageCarousel. */
    public ImageCarousel build() {
      return new ImageCarousel(Objects.requireNonNull(images, "ImageCarousel.images == null"), aspectRatio,
      scaleType, visible, extra);
    }
  }
}
