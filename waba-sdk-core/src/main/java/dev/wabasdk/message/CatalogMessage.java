package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A catalog message ({@code "interactive": {"type": "catalog_message"}}): a "View catalog" button that opens the
 * business's whole catalog inside WhatsApp, headed by the thumbnail of one product.
 *
 * <pre>{@code
 * CatalogMessage message = CatalogMessage.builder()
 *     .to("+4915112345678")
 *     .body("Browse our spring collection")
 *     .thumbnailProductRetailerId("cactus-01")
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param body {@code interactive.body.text}: required, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters, or null
 * @param thumbnailProductRetailerId {@code interactive.action.parameters.thumbnail_product_retailer_id}: the product
 *     whose image heads the message; null for the catalog's first product
 * @param envelope reply context, callback data and extra fields
 */
public record CatalogMessage(
    Recipient recipient,
    String body,
    @Nullable String footer,
    @Nullable String thumbnailProductRetailerId,
    Envelope envelope)
    implements InteractiveMessage {

  public CatalogMessage {
    Checks.interactive(recipient, null, body, MAX_BODY_LENGTH, footer);
    if (thumbnailProductRetailerId != null) {
      Checks.productRetailerId(thumbnailProductRetailerId,
          "interactive.action.parameters.thumbnail_product_retailer_id");
    }
    Checks.required(envelope, "envelope");
  }

  /** A builder for a catalog message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogMessage}. Not thread-safe. */
  public static final class Builder extends InteractiveMessageBuilder<Builder, CatalogMessage> {
    private @Nullable String thumbnailProductRetailerId;

    Builder() {}

    /** The product (Content ID) whose image heads the message; without it Meta uses the catalog's first item. */
    public Builder thumbnailProductRetailerId(String productRetailerId) {
      this.thumbnailProductRetailerId = Objects.requireNonNull(productRetailerId, "productRetailerId == null");
      return this;
    }

    @Override
    public CatalogMessage build() {
      return new CatalogMessage(recipient(), requiredBody(), footer(), thumbnailProductRetailerId, envelope());
    }
  }
}
