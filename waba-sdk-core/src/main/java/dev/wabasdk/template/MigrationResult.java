package dev.wabasdk.template;

import java.util.List;
import java.util.Map;

/**
 * Meta's answer to a template migration: the ids of the templates created in the destination account, and the
 * source templates that were not, with Meta's reason ({@code "Incorrect category"}, ...); the call itself does not
 * fail for one template. Immutable and thread-safe.
 *
 * @param migrated the ids of the templates created in the destination ({@code migrated_templates})
 * @param failed Meta's reason per source template id that was not migrated ({@code failed_templates})
 */
public record MigrationResult(List<String> migrated, Map<String, String> failed) {
  public MigrationResult {
    migrated = List.copyOf(migrated);
    failed = Map.copyOf(failed);
  }

  /** Whether every template was migrated. */
  public boolean isComplete() {
    return failed.isEmpty();
  }
}
