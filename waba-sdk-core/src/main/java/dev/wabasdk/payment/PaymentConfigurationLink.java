package dev.wabasdk.payment;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What Meta answers when a payment configuration is created or its OAuth link made again: the link where the
 * merchant connects the configuration to the payment gateway. A {@code upi_vpa} configuration needs none. Immutable
 * and thread-safe.
 *
 * @param oauthUrl {@code oauth_url}: open it to link the payment gateway account, or null when there is none
 * @param expiresAt {@code expiration}: when the link stops working, or null
 */
public record PaymentConfigurationLink(@Nullable String oauthUrl, @Nullable Instant expiresAt) {}
