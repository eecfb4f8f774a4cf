package dev.wabasdk.payment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a refund request. Immutable and thread-safe.
 *
 * @param id {@code id}: the refund's id, as it later appears in {@link Refund#id()}
 * @param status {@code status}: pending, failed or completed
 * @param speedProcessed {@code speed_processed}: the speed the gateway chose, {@code instant} or {@code normal}, when
 *     Meta sent it
 */
public record RefundResult(String id, RefundStatus status, @Nullable String speedProcessed) {

  public RefundResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }
}
