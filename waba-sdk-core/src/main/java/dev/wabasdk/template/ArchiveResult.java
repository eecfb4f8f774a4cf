package dev.wabasdk.template;

import java.util.List;
import java.util.Map;

/**
 * Meta's answer to archiving or unarchiving templates ({@code POST /{waba-id}/message_templates/archive} or
 * {@code .../unarchive}): each id either succeeded or failed with Meta's reason; the call itself does not fail for
 * one bad id. Immutable and thread-safe.
 *
 * @param succeeded the ids archived ({@code archived_templates}) or unarchived ({@code unarchived_templates})
 * @param failed Meta's reason per id that was not ({@code failed_templates})
 */
public record ArchiveResult(List<String> succeeded, Map<String, String> failed) {
  public ArchiveResult {
    succeeded = List.copyOf(succeeded);
    failed = Map.copyOf(failed);
  }

  /** Whether every id succeeded. */
  public boolean isComplete() {
    return failed.isEmpty();
  }
}
