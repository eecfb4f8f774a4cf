package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The builder state and setters the WABA-wide analytics queries share (range, granularity, phone numbers, countries),
 * written once instead of in each public {@code Builder}. Package-private on purpose: users only see the public
 * builders, which inherit these methods with their own type as the return type ({@code B}). Not thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class RangeQueryBuilder<B extends RangeQueryBuilder<B>> {
  final Instant start;
  final Instant end;
  final Granularity granularity;
  final List<String> phoneNumbers = new ArrayList<>();
  final List<String> countryCodes = new ArrayList<>();

  RangeQueryBuilder(Instant start, Instant end, Granularity granularity) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    this.granularity = Objects.requireNonNull(granularity, "granularity");
  }

  /** Business phone numbers (digits) to include; none for all of the WABA's. */
  public B phoneNumbers(String... numbers) {
    phoneNumbers.addAll(List.of(numbers));
    return self();
  }

  /** Users' countries (ISO 3166 alpha-2) to include; none for all. */
  public B countryCodes(String... codes) {
    countryCodes.addAll(List.of(codes));
    return self();
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
