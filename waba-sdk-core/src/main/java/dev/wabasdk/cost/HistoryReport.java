package dev.wabasdk.cost;

import java.util.Objects;

/**
 * The cost of one recorded history under both pricing models, side by side. Immutable and thread-safe.
 *
 * @param perMessage under per-message pricing (counts are messages)
 * @param conversationBased under conversation-based pricing (counts are 24-hour conversations)
 * @param asBilled as Meta billed it: each month under the model in force then (template notifications until
 *     2022-01-31, conversations until 2025-06-30, messages after); its {@code model()} is the latest month's
 */
public record HistoryReport(Estimate perMessage, Estimate conversationBased, Estimate asBilled) {

  public HistoryReport {
    Objects.requireNonNull(perMessage, "perMessage");
    Objects.requireNonNull(conversationBased, "conversationBased");
    Objects.requireNonNull(asBilled, "asBilled");
  }

  /** Both tables, then a two-line comparison of the totals. */
  public String toTable() {
    return "Per-message pricing (PMP)\n" + perMessage.toTable() + "\nConversation-based pricing (CBP)\n"
        + conversationBased.toTable() + "\nPMP total: " + perMessage.total() + "\nCBP total: "
        + conversationBased.total() + "\n";
  }
}
