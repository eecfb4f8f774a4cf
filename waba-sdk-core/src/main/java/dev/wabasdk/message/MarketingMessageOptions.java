package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields a Marketing Messages API send adds to the template message ({@code POST /{phone-number-id}/
 * marketing_messages}). A field left null is not sent, so Meta's default applies: {@code CLOUD_API_FALLBACK} for
 * the product policy, the WhatsApp Business Account's setting for activity sharing.
 *
 * <p>Meta's time-to-live for marketing messages is not a send field: it is the template's
 * {@code message_send_ttl_seconds} (12 hours to 30 days), set when the template is created or edited.
 *
 * <pre>{@code
 * MarketingMessageOptions options = MarketingMessageOptions.builder()
 *     .productPolicy(ProductPolicy.STRICT)
 *     .messageActivitySharing(true)
 *     .build();
 * }</pre>
 * Immutable and thread-safe; the builder is not.
 *
 * @param productPolicy {@code product_policy}: fall back to Cloud API or not; null for Meta's default
 * @param messageActivitySharing {@code message_activity_sharing}: share this message's activity (delivered, read,
 *     clicked) with Meta to optimise marketing; null for the account's setting
 * @since 0.4
 */
public record MarketingMessageOptions(
    @Nullable ProductPolicy productPolicy, @Nullable Boolean messageActivitySharing) {

  /** No option: Meta's defaults. */
  public static final MarketingMessageOptions DEFAULTS = new MarketingMessageOptions(null, null);

  /** A builder with no option set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.productPolicy = productPolicy;
    b.messageActivitySharing = messageActivitySharing;
    return b;
  }

  /** Builds {@link MarketingMessageOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable ProductPolicy productPolicy;
    private @Nullable Boolean messageActivitySharing;

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

    public MarketingMessageOptions build() {
      return new MarketingMessageOptions(productPolicy, messageActivitySharing);
    }
  }
}
