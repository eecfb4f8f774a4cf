package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A request for messaging analytics ({@code analytics}): messages sent and delivered by the WABA's phone numbers.
 * Meta keeps one year of data. Checked when built; immutable and thread-safe.
 *
 * @param start the start of the range (sent as a UNIX timestamp)
 * @param end the end of the range, after {@code start}
 * @param granularity {@link Granularity#HALF_HOUR}, {@link Granularity#DAY} or {@link Granularity#MONTH}
 * @param phoneNumbers business phone numbers (digits) to include; empty for all of the WABA's
 * @param productTypes the kinds of messages to count ({@code product_types}); empty for Meta's default, all messages
 *     together
 * @param countryCodes users' countries (ISO 3166 alpha-2) to include; empty for all
 */
public record MessagingAnalyticsQuery(Instant start, Instant end, Granularity granularity, List<String> phoneNumbers,
    List<ProductType> productTypes, List<String> countryCodes) {

  static final String KIND = "messaging analytics";
  static final Set<Granularity> GRANULARITIES = Set.of(Granularity.HALF_HOUR, Granularity.DAY, Granularity.MONTH);

  public MessagingAnalyticsQuery {
    Checks.range(KIND, start, end);
    Checks.granularity(KIND, granularity, GRANULARITIES);
    phoneNumbers = Checks.phoneNumbers(phoneNumbers);
    productTypes = List.copyOf(Objects.requireNonNull(productTypes, "productTypes"));
    countryCodes = Checks.countryCodes(countryCodes);
  }

  /** A builder for the range and granularity; the filters are optional. */
  public static Builder builder(Instant start, Instant end, Granularity granularity) {
    return new Builder(start, end, granularity);
  }

  /**
   * A kind of message messaging analytics count ({@code product_types}, a number on the wire). Open: a code Meta adds
   * later is kept as is and {@link #isKnown()} is false; {@link #of(int)} returns the constants below for known codes,
   * so they may be compared with {@code ==}. Immutable and thread-safe.
   *
   * @param code Meta's code, e.g. {@code 0}
   */
  public record ProductType(int code) {
    /** Template messages ({@code 0}). */
    public static final ProductType TEMPLATE = new ProductType(0);
    /** Non-template messages ({@code 2}). */
    public static final ProductType NON_TEMPLATE = new ProductType(2);
    /** Incoming messages, sent by users to the business ({@code 100}). */
    public static final ProductType INCOMING = new ProductType(100);

    private static final Map<Integer, ProductType> KNOWN = Stream.of(TEMPLATE, NON_TEMPLATE, INCOMING)
        .collect(Collectors.toUnmodifiableMap(ProductType::code, Function.identity()));

    public ProductType {
      if (code < 0) {
        throw new IllegalArgumentException("productTypes: Meta's codes are 0 or more (0 template, 2 non-template,"
            + " 100 incoming), was " + code);
      }
    }

    /** The constant for a known code, or a new instance keeping an unknown one. */
    public static ProductType of(int code) {
      ProductType known = KNOWN.get(code);
      return known != null ? known : new ProductType(code);
    }

    /** Whether this is one of the codes documented when this SDK was released. */
    public boolean isKnown() {
      return KNOWN.containsKey(code);
    }

    @Override
    public String toString() {
      return Integer.toString(code);
    }
  }

  /** Builds a {@link MessagingAnalyticsQuery}; not thread-safe. */
  public static final class Builder extends RangeQueryBuilder<Builder> {
    private final List<ProductType> productTypes = new ArrayList<>();

    private Builder(Instant start, Instant end, Granularity granularity) {
      super(start, end, granularity);
    }

    /** The kinds of messages to count, e.g. {@link ProductType#TEMPLATE}; none for all messages together. */
    public Builder productTypes(ProductType... types) {
      productTypes.addAll(List.of(types));
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public MessagingAnalyticsQuery build() {
      return new MessagingAnalyticsQuery(start, end, granularity, phoneNumbers, productTypes, countryCodes);
    }
  }
}
