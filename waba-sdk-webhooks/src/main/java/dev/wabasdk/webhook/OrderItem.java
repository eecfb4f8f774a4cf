package dev.wabasdk.webhook;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One product line of an {@link InboundOrderMessage}. Immutable and thread-safe.
 *
 * @param productRetailerId the product's retailer id in the catalog
 * @param quantity how many the user ordered
 * @param itemPrice the unit price, exact
 * @param currency the ISO 4217 currency of the price
 */
public record OrderItem(
    String productRetailerId, int quantity, @Nullable BigDecimal itemPrice, @Nullable String currency) {

  public OrderItem {
    Objects.requireNonNull(productRetailerId, "productRetailerId == null");
  }
}
