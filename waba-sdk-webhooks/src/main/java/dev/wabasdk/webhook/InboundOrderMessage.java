package dev.wabasdk.webhook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order the user placed from a catalog ({@code type: order}): the cart they filled from a single-product,
 * multi-product or catalog message, which {@link #productMessageId()} names. Immutable and thread-safe.
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

  /**
   * The {@code wamid} of the business's product message (single-product, multi-product, catalog or a product
   * template) the cart was filled from ({@code context.id}), to match the order with the message it answers; null
   * when Meta sends no context.
   */
  public @Nullable String productMessageId() {
    MessageContext context = header.context();
    return context == null ? null : context.id();
  }

  /**
   * The order's total, {@code sum(item_price × quantity)}, exact; null when an item has no price or the items
   * have different currencies (Meta sends one currency per order, so that means the order is not priced).
   */
  public @Nullable BigDecimal total() {
    BigDecimal total = BigDecimal.ZERO;
    @Nullable String currency = null;
    for (OrderItem item : items) {
      BigDecimal price = item.itemPrice();
      if (price == null || item.currency() == null || (currency != null && !currency.equals(item.currency()))) {
        return null;
      }
      currency = item.currency();
      total = total.add(price.multiply(BigDecimal.valueOf(item.quantity())));
    }
    return total;
  }
}
