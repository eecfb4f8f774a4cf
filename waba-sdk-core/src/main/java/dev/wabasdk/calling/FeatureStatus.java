package dev.wabasdk.calling;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a calling feature is on: the {@code status} of calling, of {@code call_hours}, of {@code sip}, and the
 * {@code callback_permission_status}. Open: a value Meta adds later is kept as is and {@link #isKnown()} is false;
 * {@link #of(String)} returns the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value, e.g. {@code ENABLED}
 */
public record FeatureStatus(String value) {
  /** On. */
  public static final FeatureStatus ENABLED = new FeatureStatus("ENABLED");
  /** Off. */
  public static final FeatureStatus DISABLED = new FeatureStatus("DISABLED");

  private static final Map<String, FeatureStatus> KNOWN = Map.of(ENABLED.value, ENABLED, DISABLED.value, DISABLED);

  public FeatureStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static FeatureStatus of(String value) {
    Objects.requireNonNull(value, "value");
    FeatureStatus known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new FeatureStatus(value);
  }

  /** {@link #ENABLED} or {@link #DISABLED}. */
  public static FeatureStatus of(boolean enabled) {
    return enabled ? ENABLED : DISABLED;
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
