package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code solution_status} of a Multi-Partner Solution ({@code partner_solutions}).
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code INITIATED}
 */
public record PartnerSolutionStatus(String value) {
  /** The partner accepted; the solution can be used. */
  public static final PartnerSolutionStatus ACTIVE = new PartnerSolutionStatus("ACTIVE");
  /** The solution was deactivated. */
  public static final PartnerSolutionStatus DEACTIVATED = new PartnerSolutionStatus("DEACTIVATED");
  /** Saved, no request sent yet. */
  public static final PartnerSolutionStatus DRAFT = new PartnerSolutionStatus("DRAFT");
  /** Requested, not yet accepted or rejected. */
  public static final PartnerSolutionStatus INITIATED = new PartnerSolutionStatus("INITIATED");
  /** Deactivation requested, not yet answered. */
  public static final PartnerSolutionStatus PENDING_DEACTIVATION = new PartnerSolutionStatus("PENDING_DEACTIVATION");
  /** The partner rejected the request. */
  public static final PartnerSolutionStatus REJECTED = new PartnerSolutionStatus("REJECTED");

  private static final Map<String, PartnerSolutionStatus> KNOWN =
      Stream.of(ACTIVE, DEACTIVATED, DRAFT, INITIATED, PENDING_DEACTIVATION, REJECTED)
          .collect(Collectors.toUnmodifiableMap(PartnerSolutionStatus::value, Function.identity()));

  public PartnerSolutionStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static PartnerSolutionStatus of(String value) {
    Objects.requireNonNull(value, "value");
    PartnerSolutionStatus known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new PartnerSolutionStatus(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
