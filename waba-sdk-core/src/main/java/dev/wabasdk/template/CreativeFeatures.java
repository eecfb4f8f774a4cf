package dev.wabasdk.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which automatic creative optimizations of the Marketing Messages API a marketing template opts in to or out of
 * ({@code degrees_of_freedom_spec.creative_features_spec}, each feature's {@code enroll_status}): set when the
 * template is created or edited, read with {@code templates().creativeFeatures(templateId)}. A feature not named
 * keeps Meta's default. Meta applies them only to messages sent through the Marketing Messages API.
 *
 * <pre>{@code
 * CreativeFeatures brandSafe = CreativeFeatures.builder()
 *     .optOut(CreativeFeature.IMAGE_BACKGROUND_GEN, CreativeFeature.ADD_TEXT_OVERLAY)
 *     .optIn(CreativeFeature.TEXT_FORMATTING_OPTIMIZATION)
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param enrollments each feature's status, in the order given
 */
public record CreativeFeatures(Map<CreativeFeature, EnrollStatus> enrollments) {

  /** A feature's {@code enroll_status}. */
  public enum EnrollStatus {
    /** {@code OPT_IN}: Meta may apply the feature. */
    OPT_IN,
    /** {@code OPT_OUT}: Meta never applies it. */
    OPT_OUT
  }

  /** No feature named: Meta's defaults apply. */
  public static final CreativeFeatures NONE = new CreativeFeatures(Map.of());

  public CreativeFeatures {
    Objects.requireNonNull(enrollments, "enrollments");
    Map<CreativeFeature, EnrollStatus> copy = new LinkedHashMap<>();
    enrollments.forEach((feature, status) -> copy.put(Objects.requireNonNull(feature, "feature"),
        Objects.requireNonNull(status, "status of " + feature)));
    enrollments = Collections.unmodifiableMap(copy);
  }

  /** Every feature of {@link CreativeFeature#DOCUMENTED} opted out: the template is sent as written. */
  public static CreativeFeatures allOptedOut() {
    return builder().optOut(CreativeFeature.DOCUMENTED.toArray(CreativeFeature[]::new)).build();
  }

  /** Whether this names no feature. */
  public boolean isEmpty() {
    return enrollments.isEmpty();
  }

  /** The status of {@code feature}, or null when this does not name it. */
  public @Nullable EnrollStatus status(CreativeFeature feature) {
    return enrollments.get(feature);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreativeFeatures}; a feature named twice takes the last status. Not thread-safe. */
  public static final class Builder {
    private final Map<CreativeFeature, EnrollStatus> enrollments = new LinkedHashMap<>();

    Builder() {}

    /** Lets Meta apply these features. */
    public Builder optIn(CreativeFeature... features) {
      return set(EnrollStatus.OPT_IN, features);
    }

    /** Keeps Meta from applying these features. */
    public Builder optOut(CreativeFeature... features) {
      return set(EnrollStatus.OPT_OUT, features);
    }

    private Builder set(EnrollStatus status, CreativeFeature... features) {
      for (CreativeFeature feature : features) {
        enrollments.put(Objects.requireNonNull(feature, "feature"), status);
      }
      return this;
    }

    /** The features. */
    public CreativeFeatures build() {
      return new CreativeFeatures(enrollments);
    }
  }
}
