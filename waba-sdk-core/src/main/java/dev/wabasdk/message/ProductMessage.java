package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A single-product message ({@code "interactive": {"type": "product"}}): one item of the business's catalog, shown
 * as a product detail page where the user can add it to the cart. A question about it comes back as an inbound
 * message whose context carries the product ({@code referred_product}); a sent cart comes back as an {@code order}.
 *
 * <pre>{@code
 * ProductMessage message = ProductMessage.builder()
 *     .to("+4915112345678")
 *     .catalogId("194836987003835")
 *     .productRetailerId("cactus-01")
 *     .body("Our best seller")
 *     .build();
 * }</pre>
 * Meta does not allow a header on a single-product message (it shows the product instead); the body is optional.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param body {@code interactive.body.text}, at most 1,024 characters, or null
 * @param footer {@code interactive.footer.text}, at most 60 characters, or null
 * @param catalogId {@code interactive.action.catalog_id}: the numeric id of a catalog connected to the account
 * @param productRetailerId {@code interactive.action.product_retailer_id}: the item's Content ID (SKU)
 * @param envelope reply context, callback data and extra fields
 */
public record ProductMessage(
    Recipient recipient,
    @Nullable String body,
    @Nullable String footer,
    String catalogId,
    String productRetailerId,
    Envelope envelope)
    implements InteractiveMessage {

  public ProductMessage {
    Checks.required(recipient, "to");
    Checks.optionalText(body, "interactive.body.text", MAX_BODY_LENGTH);
    Checks.optionalText(footer, "interactive.footer.text", MAX_FOOTER_LENGTH);
    Checks.catalogId(catalogId, "interactive.action.catalog_id");
    Checks.productRetailerId(productRetailerId, "interactive.action.product_retailer_id");
    Checks.required(envelope, "envelope");
  }

  /** A builder for a single-product message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductMessage}. Not thread-safe. */
  public static final class Builder extends MessageBuilder<Builder, ProductMessage> {
    private @Nullable String body;
    private @Nullable String footer;
    private @Nullable String catalogId;
    private @Nullable String productRetailerId;

    Builder() {}

    /** The body text, at most 1,024 characters. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body == null");
      return this;
    }

    /** A footer, at most 60 characters. */
    public Builder footer(String footer) {
      this.footer = Objects.requireNonNull(footer, "footer == null");
      return this;
    }

    /** <strong>Required.</strong> The numeric id of the catalog connected to the WhatsApp Business Account. */
    public Builder catalogId(String catalogId) {
      this.catalogId = Objects.requireNonNull(catalogId, "catalogId == null");
      return this;
    }

    /** <strong>Required.</strong> The product's Content ID (SKU) in that catalog. */
    public Builder productRetailerId(String productRetailerId) {
      this.productRetailerId = Objects.requireNonNull(productRetailerId, "productRetailerId == null");
      return this;
    }

    @Override
    public ProductMessage build() {
      return new ProductMessage(recipient(), body, footer,
          Checks.required(catalogId, "interactive.action.catalog_id"),
          Checks.required(productRetailerId, "interactive.action.product_retailer_id"), envelope());
    }
  }
}
