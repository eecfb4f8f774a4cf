package dev.wabasdk.phone;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The legal form of the business behind a number ({@code entity_type} of its {@link BusinessComplianceInfo}).
 * Open: Meta reads the type back in words ({@code "Partnership"}), which {@link #of(String)} maps to the constants
 * below; a value it does not know is kept as is and {@link #isKnown()} is false. The constants compare with
 * {@code ==}. Immutable and thread-safe.
 *
 * @param value Meta's value, e.g. {@code PARTNERSHIP}
 */
public record EntityType(String value) {
  /** A limited liability partnership. */
  public static final EntityType LIMITED_LIABILITY_PARTNERSHIP = new EntityType("LIMITED_LIABILITY_PARTNERSHIP");
  /** A sole proprietorship. */
  public static final EntityType SOLE_PROPRIETORSHIP = new EntityType("SOLE_PROPRIETORSHIP");
  /** A partnership: say whether it is registered ({@code is_registered}). */
  public static final EntityType PARTNERSHIP = new EntityType("PARTNERSHIP");
  /** A public company. */
  public static final EntityType PUBLIC_COMPANY = new EntityType("PUBLIC_COMPANY");
  /** A private company. */
  public static final EntityType PRIVATE_COMPANY = new EntityType("PRIVATE_COMPANY");
  /** None of the others: described in {@code entity_type_custom}, and say whether it is registered. */
  public static final EntityType OTHER = new EntityType("OTHER");

  /** The values Meta's update takes, in the order of its reference. */
  public static final List<EntityType> DOCUMENTED = List.of(LIMITED_LIABILITY_PARTNERSHIP, SOLE_PROPRIETORSHIP,
      PARTNERSHIP, PUBLIC_COMPANY, PRIVATE_COMPANY, OTHER);

  private static final Map<String, EntityType> KNOWN =
      DOCUMENTED.stream().collect(Collectors.toUnmodifiableMap(EntityType::value, Function.identity()));

  public EntityType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The constant for a known value, written as the update takes it ({@code PRIVATE_COMPANY}) or as Meta reads it
   * back ({@code "Private company"}); else a new instance keeping the value as is.
   */
  public static EntityType of(String value) {
    Objects.requireNonNull(value, "value");
    String key = value.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
    EntityType known = KNOWN.get(key);
    return known != null ? known : new EntityType(value);
  }

  /** Whether this is one of {@link #DOCUMENTED}. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  /** Whether Meta requires {@code is_registered} with this type ({@code PARTNERSHIP} and {@code OTHER}). */
  public boolean requiresRegistration() {
    return this.equals(PARTNERSHIP) || this.equals(OTHER);
  }

  @Override
  public String toString() {
    return value;
  }
}
