package dev.wabasdk.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The {@code context} of an inbound message: the message it replies to, forwarding flags, or the product a user
 * asked about. Immutable and thread-safe.
 *
 * @param from the sender of the replied-to message (the business number when the user replied to the business)
 * @param id the wamid of the replied-to message (for a template quick reply: the template message's wamid)
 * @param forwarded whether the message was forwarded
 * @param frequentlyForwarded whether the message was forwarded many times
 * @param referredProductCatalogId {@code referred_product.catalog_id}, when the user asked about a product
 * @param referredProductRetailerId {@code referred_product.product_retailer_id}
 */
public record MessageContext(
    @Nullable String from,
    @Nullable String id,
    boolean forwarded,
    boolean frequentlyForwarded,
    @Nullable String referredProductCatalogId,
    @Nullable String referredProductRetailerId) {

  /**
   * Whether the user asked about a product ({@code referred_product}): a product inquiry sent from a single- or
   * multi-product message or the catalog, whose {@link #id()} is the business message the product was shown in.
   */
  public boolean isProductInquiry() {
    return referredProductRetailerId != null;
  }
}
