package dev.wabasdk.flow;

import java.util.List;
import java.util.Objects;

/**
 * The result of copying flows from another WhatsApp Business Account of the same business
 * ({@code POST /{destination-waba-id}/migrate_flows}). Migration copies: the source flows stay, the copies get new
 * ids and keep their names (and their published status). Immutable and thread-safe.
 *
 * @param migratedFlows the flows copied
 * @param failedFlows the flows not copied, with Meta's reason (e.g. a flow with the same name exists)
 */
public record FlowMigration(List<Migrated> migratedFlows, List<Failed> failedFlows) {
  public FlowMigration {
    migratedFlows = List.copyOf(migratedFlows);
    failedFlows = List.copyOf(failedFlows);
  }

  /**
   * A flow copied. Immutable and thread-safe.
   *
   * @param sourceName its name (the same in both accounts)
   * @param sourceId its id in the source account
   * @param migratedId the copy's id in the destination account
   */
  public record Migrated(String sourceName, String sourceId, String migratedId) {
    public Migrated {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(migratedId, "migratedId");
    }
  }

  /**
   * A flow not copied. Immutable and thread-safe.
   *
   * @param sourceName its name
   * @param errorCode Meta's error code, e.g. {@code 4233041}
   * @param errorMessage Meta's reason
   */
  public record Failed(String sourceName, String errorCode, String errorMessage) {
    public Failed {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(errorCode, "errorCode");
      Objects.requireNonNull(errorMessage, "errorMessage");
    }
  }
}
