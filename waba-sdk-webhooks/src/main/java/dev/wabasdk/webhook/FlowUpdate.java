package dev.wabasdk.webhook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp Flow changed status or its endpoint's health crossed a threshold ({@code flows}). Immutable and
 * thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param flowId the Flow id
 * @param event what happened; an unknown value keeps Meta's string
 * @param message Meta's description
 * @param oldStatus the status before ({@code old_status}), for {@code FLOW_STATUS_CHANGE}
 * @param newStatus the status now ({@code new_status}), for {@code FLOW_STATUS_CHANGE}
 * @param alertState {@code ACTIVATED} or {@code DEACTIVATED}, for health alerts
 * @param threshold the threshold that was crossed or recovered from
 * @param errorRate {@code error_rate}, for error-rate alerts
 * @param errors the error breakdown ({@code errors[]}), for error-rate alerts
 * @param p50Latency {@code p50_latency} in ms, for latency alerts
 * @param p90Latency {@code p90_latency} in ms, for latency alerts
 * @param requestsCount {@code requests_count}, for endpoint alerts
 * @param availability {@code availability}, for availability alerts
 */
public record FlowUpdate(
    ChangeHeader header,
    @Nullable String flowId,
    @Nullable FlowEventType event,
    @Nullable String message,
    @Nullable String oldStatus,
    @Nullable String newStatus,
    @Nullable String alertState,
    @Nullable BigDecimal threshold,
    @Nullable BigDecimal errorRate,
    List<FlowError> errors,
    @Nullable BigDecimal p50Latency,
    @Nullable BigDecimal p90Latency,
    @Nullable BigDecimal requestsCount,
    @Nullable BigDecimal availability)
    implements AccountEvent {

  public FlowUpdate {
    Objects.requireNonNull(header, "header == null");
    errors = List.copyOf(Objects.requireNonNull(errors, "errors == null"));
  }

  /**
   * One kind of error of an error-rate alert.
   *
   * @param errorType {@code error_type}, e.g. {@code INVALID_SCREEN_TRANSITION}
   * @param errorRate {@code error_rate}
   * @param errorCount {@code error_count}
   */
  public record FlowError(
      @Nullable String errorType, @Nullable BigDecimal errorRate, @Nullable BigDecimal errorCount) {}
}
