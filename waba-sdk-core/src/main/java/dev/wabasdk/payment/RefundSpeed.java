package dev.wabasdk.payment;

/** How fast a refund should be processed ({@code speed}); the gateway decides ({@code speed_processed}). */
public enum RefundSpeed {
  /** Instant, when the gateway supports it. */
  INSTANT("instant"),
  /** The gateway's normal speed. */
  NORMAL("normal");

  private final String value;

  RefundSpeed(String value) {
    this.value = value;
  }

  /** Meta's spelling, e.g. {@code instant}. */
  public String value() {
    return value;
  }
}
