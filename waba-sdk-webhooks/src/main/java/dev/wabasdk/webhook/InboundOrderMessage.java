package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order the user placed from a catalog ({@code type: order}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param catalogId the catalog id
 * @param text the text the user sent with the order
 * @param items the ordered products
 */
public record InboundOrderMessage(
    MessageHeader header,
    @Nullable String catalogId,
    @Nullable String text,
    List<OrderItem> items)
    implements InboundMessage {

  public InboundOrderMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(items, "items == null");
    items = List.copyOf(items);
  }

  @Override
  public String type() {
    return "order";
  }
}
