package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code Image}: An image given as base64 ({@code src}); at most 3 per screen. Limits are checked when the {@link
 * FlowJson} is built. Immutable and thread-safe.
 *
 * @param src <strong>Required.</strong> {@code src}: the base64 image, or a {@link Ref}
 * @param width {@code width}: the width
 * @param height {@code height}: the height
 * @param scaleType {@code scale-type}: {@code cover} or {@code contain}
 * @param aspectRatio {@code aspect-ratio}: the aspect ratio
 * @param altText {@code alt-text}: the alternative text
 * @param visible {@code visible}: whether it is shown (default true)
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record Image(
    String src, @Nullable Number width, @Nullable Number height, @Nullable String scaleType,
    @Nullable Number aspectRatio, @Nullable String altText, @Nullable Dynamic<Boolean> visible,
    Map<String, @Nullable Object> extra)
    implements Component {

  public Image {
    Objects.requireNonNull(src, "Image.src == null");
    width = FlowCodec.number(width);
    height = FlowCodec.number(height);
    aspectRatio = FlowCodec.number(aspectRatio);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String src) {
    return new Builder(src);
  }

  /** A Image with only its required properties. */
  public static Image of(String src) {
    return builder(src).build();
  }

  @Override
  public String type() {
    return "Image";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("Image")
        .put("src", src)
        .put("width", width)
        .put("height", height)
        .put("scale-type", scaleType)
        .put("aspect-ratio", aspectRatio)
        .put("alt-text", altText)
        .put("visible", visible)
        .done(extra);
  }

  static Image read(FlowCodec.Reader r) {
    String src = r.requiredStr("src");
    @Nullable Number width = r.number("width");
    @Nullable Number height = r.number("height");
    @Nullable String scaleType = r.str("scale-type");
    @Nullable Number aspectRatio = r.number("aspect-ratio");
    @Nullable String altText = r.str("alt-text");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    return new Image(src, width, height, scaleType, aspectRatio, altText, visible, r.rest());
  }

  /** Builds a {@link Image}. Not thread-safe. */
  public static final class Builder extends ComponentBuilder<Builder> {
    private @Nullable String src;
    private @Nullable Number width;
    private @Nullable Number height;
    private @Nullable String scaleType;
    private @Nullable Number aspectRatio;
    private @Nullable String altText;

    private Builder(String src) {
      this.src = Objects.requireNonNull(src, "src == null");
    }

    /** {@code src}: the base64 image, or a {@link Ref}. */
    public Builder src(String src) {
      this.src = Objects.requireNonNull(src, "src == null");
      return this;
    }

    /** {@code src} as a reference. */
    public Builder src(Ref src) {
      this.src = src.toString();
      return this;
    }

    /** {@code width}: the width. */
    public Builder width(Number width) {
      this.width = Objects.requireNonNull(width, "width == null");
      return this;
    }

    /** {@code height}: the height. */
    public Builder height(Number height) {
      this.height = Objects.requireNonNull(height, "height == null");
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

    /** {@code aspect-ratio}: the aspect ratio. */
    public Builder aspectRatio(Number aspectRatio) {
      this.aspectRatio = Objects.requireNonNull(aspectRatio, "aspectRatio == null");
      return this;
    }

    /** {@code alt-text}: the alternative text. */
    public Builder altText(String altText) {
      this.altText = Objects.requireNonNull(altText, "altText == null");
      return this;
    }

    /** {@code alt-text} as a reference. */
    public Builder altText(Ref altText) {
      this.altText = altText.toString();
      return this;
    }

    /** The Image. */
    public Image build() {
      return new Image(Objects.requireNonNull(src, "Image.src == null"), width, height, scaleType, aspectRatio,
      altText, visible, extra);
    }
  }
}
