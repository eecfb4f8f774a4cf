package dev.wabasdk.message;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a sent message stands: the {@code status} of a {@code statuses[]} webhook ({@code sent}, {@code delivered},
 * {@code read}, ...), and {@link #ACCEPTED} before the first one. One type for the webhooks module, the policy engine
 * and the testkit. Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)}
 * returns the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value in Meta's spelling (lower case), e.g. {@code delivered}
 */
public record DeliveryStatus(String value) {
  /** Meta accepted the send ({@code message_status: accepted} in its answer); no status webhook yet. */
  public static final DeliveryStatus ACCEPTED = new DeliveryStatus("accepted");
  /** Meta sent the message to WhatsApp. */
  public static final DeliveryStatus SENT = new DeliveryStatus("sent");
  /** The message reached the user's device. */
  public static final DeliveryStatus DELIVERED = new DeliveryStatus("delivered");
  /** The user read the message. */
  public static final DeliveryStatus READ = new DeliveryStatus("read");
  /** The user played a voice message for the first time. */
  public static final DeliveryStatus PLAYED = new DeliveryStatus("played");
  /** The message could not be delivered (terminal); the webhook carries the error. */
  public static final DeliveryStatus FAILED = new DeliveryStatus("failed");
  /** The user deleted the message. */
  public static final DeliveryStatus DELETED = new DeliveryStatus("deleted");

  private static final Map<String, DeliveryStatus> KNOWN =
      Stream.of(ACCEPTED, SENT, DELIVERED, READ, PLAYED, FAILED, DELETED)
          .collect(Collectors.toUnmodifiableMap(DeliveryStatus::value, Function.identity()));

  public DeliveryStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static DeliveryStatus of(String value) {
    Objects.requireNonNull(value, "value");
    // Meta's own spelling first: no stripping or lower-casing for what nearly every webhook carries.
    DeliveryStatus known = KNOWN.get(value);
    if (known == null) {
      known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    }
    return known != null ? known : new DeliveryStatus(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  /** Whether the message failed: no later status follows. */
  public boolean isFailure() {
    return this == FAILED || value.equalsIgnoreCase("failed");
  }

  @Override
  public String toString() {
    return value;
  }
}
