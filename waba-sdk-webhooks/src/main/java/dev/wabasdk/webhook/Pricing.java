package dev.wabasdk.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The {@code pricing} of a status: how Meta charges (or does not charge) the message. Meta recommends
 * {@link #type()} and {@link #category()} over the deprecated {@link #billable()}.
 *
 * @param billable Meta's {@code billable} flag, null when absent
 * @param pricingModel {@code CBP} or {@code PMP}, null when absent
 * @param rawPricingModel {@code pricing_model} as Meta sent it
 * @param type {@code regular}, {@code free_customer_service}, {@code free_entry_point}, ...; null when absent
 * @param rawType {@code type} as Meta sent it
 * @param category the pricing category, null when absent
 * @param rawCategory {@code category} as Meta sent it
 */
public record Pricing(
    @Nullable Boolean billable,
    @Nullable PricingModel pricingModel,
    @Nullable String rawPricingModel,
    @Nullable PricingType type,
    @Nullable String rawType,
    @Nullable PricingCategory category,
    @Nullable String rawCategory) {}
