package dev.wabasdk.cost;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code pricing} object of a status webhook: how Meta billed one message. Immutable and thread-safe.
 *
 * @param model {@code pricing_model} ({@code PMP} or {@code CBP})
 * @param category {@code category}, e.g. {@code utility} or {@code referral_conversion}
 * @param type {@code type} ({@code regular}, {@code free_customer_service}, {@code free_entry_point}, ...), when sent
 * @param billable {@code billable} (slated for deprecation by Meta), when sent
 */
public record BilledPricing(PricingModel model, PricingCategory category, @Nullable String type,
    @Nullable Boolean billable) {

  public BilledPricing {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(category, "category");
  }

  /** Whether Meta charges the message: {@code type} {@code regular} when present, else {@code billable}. */
  public boolean charged() {
    if (type != null) {
      return type.equalsIgnoreCase("regular");
    }
    return Boolean.TRUE.equals(billable);
  }
}
