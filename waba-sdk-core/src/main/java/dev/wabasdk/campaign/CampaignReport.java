package dev.wabasdk.campaign;

import dev.wabasdk.cost.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a campaign: counts by state and by status, failures by error code, skips by reason, and the actual
 * cost (from the {@code pricing} of status webhooks) next to the estimate. Immutable and thread-safe; the
 * per-recipient rows are read from the outbox when {@link #writeCsv} is called.
 *
 * @param progress the final counters
 * @param failedByCode failed sends by Graph error code (from the response or the {@code failed} webhook)
 * @param skippedByReason skipped recipients by policy reason code or {@code invalid_number}
 * @param expectedCost the expected cost of the accepted messages, or null without a cost estimator
 * @param actualCost what billable statuses say was charged (priced with the estimator), or null without one
 */
public record CampaignReport(CampaignProgress progress, Map<String, Long> failedByCode,
    Map<String, Long> skippedByReason, @Nullable Money expectedCost, @Nullable Money actualCost,
    RowSource rows) {

  public CampaignReport {
    Objects.requireNonNull(progress, "progress");
    failedByCode = Map.copyOf(failedByCode);
    skippedByReason = Map.copyOf(skippedByReason);
    Objects.requireNonNull(rows, "rows");
  }

  /** The rows of a report, read on demand (the outbox's records). Implementations must be thread-safe. */
  @FunctionalInterface
  public interface RowSource {
    /** Every recipient's record; the caller closes the stream. */
    Stream<OutboxRecord> open();
  }

  /** Writes one CSV line per recipient: {@code key,state,message_id,detail,at}. */
  public void writeCsv(Appendable out) {
    try {
      out.append("key,state,message_id,detail,at\n");
      try (Stream<OutboxRecord> records = rows.open()) {
        for (OutboxRecord r : (Iterable<OutboxRecord>) records::iterator) {
          out.append(CsvLine.field(r.key())).append(',').append(r.state().name()).append(',')
              .append(r.messageId() == null ? "" : CsvLine.field(r.messageId())).append(',')
              .append(CsvLine.field(r.detail())).append(',').append(r.at().toString()).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A summary table for a terminal. */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    String line = "+----------------------------+--------------+\n";
    b.append(line).append(String.format("| %-26s | %12s |%n", "Campaign " + progress.campaignId(),
        progress.control().state()));
    b.append(line);
    for (SendState s : SendState.values()) {
      if (s != SendState.PENDING) {
        row(b, s.name().toLowerCase(java.util.Locale.ROOT), Long.toString(progress.count(s)));
      }
    }
    for (String status : new String[] {"sent", "delivered", "read", "failed"}) {
      row(b, "status " + status, Long.toString(progress.statusCount(status)));
    }
    new TreeMap<>(failedByCode).forEach((k, v) -> row(b, "failed " + k, Long.toString(v)));
    new TreeMap<>(skippedByReason).forEach((k, v) -> row(b, "skipped " + k, Long.toString(v)));
    if (expectedCost != null) {
      row(b, "expected cost", expectedCost.toString());
    }
    if (actualCost != null) {
      row(b, "actual cost", actualCost.toString());
    }
    if (progress.control().reason() != null) {
      row(b, "stopped", String.valueOf(progress.control().reason()));
    }
    return b.append(line).toString();
  }

  private static void row(StringBuilder b, String name, String value) {
    b.append(String.format("| %-26s | %12s |%n", name.length() > 26 ? name.substring(0, 26) : name, value));
  }
}
