package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields a Marketing Messages API send adds to the template message ({@code POST /{phone-number-id}/
 * marketing_messages}). A field left null is not sent, so Meta's default applies: {@code CLOUD_API_FALLBACK} for
 * the product policy, the WhatsApp Business Account's setting for activity sharing, the template's own max price.
 *
 * <p>Meta's time-to-live for marketing messages is not a send field: it is the template's
 * {@code message_send_ttl_seconds} (12 hours to 30 days), set when the template is created or edited.
 *
 * <pre>{@code
 * MarketingMessageOptions options = MarketingMessageOptions.builder()
 *     .productPolicy(ProductPolicy.STRICT)
 *     .messageActivitySharing(true)
 *     .perMessageBidMultiplier(0.9)   // a template with a max price: 90% of its bid_amount for this message
 *     .build();
 * }</pre>
 * Immutable and thread-safe; the builder is not.
 *
 * @param productPolicy {@code product_policy}: fall back to Cloud API or not; null for Meta's default
 * @param messageActivitySharing {@code message_activity_sharing}: share this message's activity (delivered, read,
 *     clicked) with Meta to optimise marketing; null for the account's setting
 * @param perMessageBidMultiplier {@code bid_spec.per_message_bid_multiplier} (max price, BETA): this message's max
 *     price is the template's {@code bid_amount} times it ({@code 1.5} is 50% more, {@code 0.5} half); finite and
 *     greater than 0; null for 1, the template's max price unchanged. Meta says it may change during the beta and
 *     advises bulk changes on the template's {@code bid_amount} instead
 * @since 0.4
 */
public record MarketingMessageOptions(
    @Nullable ProductPolicy productPolicy, @Nullable Boolean messageActivitySharing,
    @Nullable Double perMessageBidMultiplier) {

  /** No option: Meta's defaults. */
  public static final MarketingMessageOptions DEFAULTS = new MarketingMessageOptions(null, null, null);

  /**
   * @throws IllegalArgumentException when {@code perMessageBidMultiplier} is not a finite number greater than 0
   */
  public MarketingMessageOptions {
    if (perMessageBidMultiplier != null) {
      checkMultiplier(perMessageBidMultiplier);
    }
  }

  private static double checkMultiplier(double multiplier) {
    if (!Double.isFinite(multiplier) || multiplier <= 0) {
      throw new IllegalArgumentException("bid_spec.per_message_bid_multiplier: must be a finite number greater than"
          + " 0 (1 keeps the template's max price), was " + multiplier);
    }
    return multiplier;
  }

  /** Options without a max price multiplier (the constructor before it existed). */
  public MarketingMessageOptions(@Nullable ProductPolicy productPolicy, @Nullable Boolean messageActivitySharing) {
    this(productPolicy, messageActivitySharing, null);
  }

  /** A builder with no option set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.productPolicy = productPolicy;
    b.messageActivitySharing = messageActivitySharing;
    b.perMessageBidMultiplier = perMessageBidMultiplier;
    return b;
  }

  /** Builds {@link MarketingMessageOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable ProductPolicy productPolicy;
    private @Nullable Boolean messageActivitySharing;
    private @Nullable Double perMessageBidMultiplier;

    private Builder() {}

    /** {@code product_policy}. */
    public Builder productPolicy(ProductPolicy productPolicy) {
      this.productPolicy = Objects.requireNonNull(productPolicy, "productPolicy == null");
      return this;
    }

    /** {@code message_activity_sharing}: overrides the account's setting for this message. */
    public Builder messageActivitySharing(boolean messageActivitySharing) {
      this.messageActivitySharing = messageActivitySharing;
      return this;
    }

    /**
     * {@code bid_spec.per_message_bid_multiplier}: multiplies the template's max price for this message (a template
     * with a max price only).
     *
     * @throws IllegalArgumentException when it is not a finite number greater than 0
     */
    public Builder perMessageBidMultiplier(double perMessageBidMultiplier) {
      this.perMessageBidMultiplier = checkMultiplier(perMessageBidMultiplier);
      return this;
    }

    /** The options. */
    public MarketingMessageOptions build() {
      return new MarketingMessageOptions(productPolicy, messageActivitySharing, perMessageBidMultiplier);
    }
  }
}
