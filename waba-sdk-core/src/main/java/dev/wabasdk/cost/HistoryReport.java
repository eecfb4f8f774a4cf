package dev.wabasdk.cost;

import java.util.Objects;

/**
 * The cost of one recorded history under both pricing models, side by side. Immutable and thread-safe.
 *
 * @param perMessage under per-message pricing (counts are messages)
 * @param conversationBased under conversation-based pricing (counts are 24-hour conversations)
 */
public record HistoryReport(Estimate perMessage, Estimate conversationBased) {

  public HistoryReport {
    Objects.requireNonNull(perMessage, "perMessage");
    Objects.requireNonNull(conversationBased, "conversationBased");
  }

  /** Both tables, then a two-line comparison of the totals. */
  public String toTable() {
    return "Per-message pricing (PMP)\n" + perMessage.toTable() + "\nConversation-based pricing (CBP)\n"
        + conversationBased.toTable() + "\nPMP total: " + perMessage.total() + "\nCBP total: "
        + conversationBased.total() + "\n";
  }
}
