package dev.wabasdk.testkit;

import java.util.Objects;

/**
 * A call as the fake saw it (signalling only). Immutable and thread-safe.
 *
 * @param id the call id ({@code wacid...})
 * @param waId the user
 * @param direction {@code USER_INITIATED} or {@code BUSINESS_INITIATED}
 * @param status {@code RINGING}, {@code PRE_ACCEPTED}, {@code ACCEPTED}, {@code REJECTED} or {@code COMPLETED}
 */
public record CallRecord(String id, String waId, String direction, String status) {
  public CallRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(waId, "waId");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(status, "status");
  }
}
