package dev.wabasdk.template;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's comparison of two templates over a lookback window ({@code GET /{template-id}/compare}): which one users
 * block less, how often each was sent, and each one's top block reason.
 * Immutable and thread-safe.
 *
 * @param blockRateOrder the template ids in increasing order of block rate (blocks per send): the first is the
 *     better one ({@code BLOCK_RATE}, {@code order_by_relative_metric})
 * @param messageSends the number of sends per template id ({@code MESSAGE_SENDS})
 * @param topBlockReasons the most common block reason per template id ({@code TOP_BLOCK_REASON})
 */
public record TemplateComparison(
    List<String> blockRateOrder,
    Map<String, Long> messageSends,
    Map<String, TemplateBlockReason> topBlockReasons) {

  public TemplateComparison {
    blockRateOrder = List.copyOf(blockRateOrder);
    messageSends = Map.copyOf(messageSends);
    topBlockReasons = Map.copyOf(topBlockReasons);
  }

  /** The id of the template with the lower block rate, or null when Meta gave no order. */
  public @Nullable String lowerBlockRate() {
    return blockRateOrder.isEmpty() ? null : blockRateOrder.get(0);
  }

  /** The number of sends of {@code templateId} in the window, 0 when Meta gave none. */
  public long sends(String templateId) {
    Objects.requireNonNull(templateId, "templateId");
    return messageSends.getOrDefault(templateId, 0L);
  }
}
