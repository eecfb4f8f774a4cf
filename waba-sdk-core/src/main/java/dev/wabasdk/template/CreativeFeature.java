package dev.wabasdk.template;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One of the Marketing Messages API's automatic creative optimizations, a key of a template's
 * {@code degrees_of_freedom_spec.creative_features_spec} (Meta, "Send marketing messages": "Configure automatic
 * creative optimizations"). Open: a feature Meta adds later is kept as is and {@link #isKnown()} is false;
 * {@link #of(String)} returns the constants below for known values (in either case), so they may be compared with
 * {@code ==}. Immutable and thread-safe.
 *
 * @param value Meta's key, lower case as a template is created with it, e.g. {@code image_touchups}
 */
public record CreativeFeature(String value) {
  // Before the constants, which the constructor checks with it.
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

  /** Brightness and contrast filters on the header image. */
  public static final CreativeFeature IMAGE_BRIGHTNESS_AND_CONTRAST =
      new CreativeFeature("image_brightness_and_contrast");
  /** General visual enhancements of the header image. */
  public static final CreativeFeature IMAGE_TOUCHUPS = new CreativeFeature("image_touchups");
  /** Text from the message laid over the header image. */
  public static final CreativeFeature ADD_TEXT_OVERLAY = new CreativeFeature("add_text_overlay");
  /** The header image animated. */
  public static final CreativeFeature IMAGE_ANIMATION = new CreativeFeature("image_animation");
  /** Other backgrounds generated for the header image. */
  public static final CreativeFeature IMAGE_BACKGROUND_GEN = new CreativeFeature("image_background_gen");
  /** Promotional phrases ("30% off") shown as a tag on the image. */
  public static final CreativeFeature AUTO_PROMOTION_TAG = new CreativeFeature("auto_promotion_tag");
  /** A headline drawn from the message's text. */
  public static final CreativeFeature TEXT_EXTRACTION_FOR_HEADLINE =
      new CreativeFeature("text_extraction_for_headline");
  /** A title for the tap target drawn from the message's text. */
  public static final CreativeFeature TEXT_EXTRACTION_FOR_TAP_TARGET =
      new CreativeFeature("text_extraction_for_tap_target");
  /** Related catalog products appended to a single-image message. */
  public static final CreativeFeature PRODUCT_EXTENSIONS = new CreativeFeature("product_extensions");
  /** Formatting of the text (whitespace, bold key phrases) without changing its words. */
  public static final CreativeFeature TEXT_FORMATTING_OPTIMIZATION =
      new CreativeFeature("text_formatting_optimization");

  /** The features of Meta's template-level example, in its order. */
  public static final List<CreativeFeature> DOCUMENTED = List.of(IMAGE_BRIGHTNESS_AND_CONTRAST, IMAGE_TOUCHUPS,
      ADD_TEXT_OVERLAY, IMAGE_ANIMATION, IMAGE_BACKGROUND_GEN, AUTO_PROMOTION_TAG, TEXT_EXTRACTION_FOR_HEADLINE,
      TEXT_EXTRACTION_FOR_TAP_TARGET, PRODUCT_EXTENSIONS, TEXT_FORMATTING_OPTIMIZATION);

  private static final Map<String, CreativeFeature> KNOWN =
      DOCUMENTED.stream().collect(Collectors.toUnmodifiableMap(CreativeFeature::value, Function.identity()));

  /**
   * @throws IllegalArgumentException when {@code value} is not a lower-case key of letters, digits and underscores
   */
  public CreativeFeature {
    Objects.requireNonNull(value, "value");
    if (!KEY.matcher(value).matches()) {
      throw new IllegalArgumentException("degrees_of_freedom_spec.creative_features_spec: a feature key is lower"
          + " case letters, digits and underscores, e.g. image_touchups, was '" + value + "'");
    }
  }

  /** The constant for a known key, in either case (templates read back name them in upper case). */
  public static CreativeFeature of(String value) {
    String key = Objects.requireNonNull(value, "value").strip().toLowerCase(Locale.ROOT);
    CreativeFeature known = KNOWN.get(key);
    return known != null ? known : new CreativeFeature(key);
  }

  /** Whether this is one of {@link #DOCUMENTED}. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
