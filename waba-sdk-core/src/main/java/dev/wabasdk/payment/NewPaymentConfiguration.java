package dev.wabasdk.payment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment configuration to create ({@code POST /{waba-id}/payment_configuration}). Checked here: the name (not
 * blank, at most 60 characters), a 4-digit merchant category code, a purpose code {@code 00} to {@code 10}, a UPI id
 * required for {@link PaymentProvider#UPI_VPA}, an absolute http(s) redirect URL. Immutable and thread-safe.
 *
 * <pre>{@code
 * NewPaymentConfiguration.gateway("razorpay-prod", PaymentProvider.RAZORPAY)
 *     .withRedirectUrl("https://shop.example/payments/linked")
 * NewPaymentConfiguration.upiVpa("upi-shop", "shop@upi").withMerchantCategoryCode("5411").withPurposeCode("00")
 * }</pre>
 *
 * @param name {@code configuration_name}: unique in the WABA
 * @param provider {@code provider_name}
 * @param merchantCategoryCode {@code merchant_category_code}, 4 digits, or null
 * @param purposeCode {@code purpose_code}, {@code 00} to {@code 10}, or null
 * @param merchantVpa {@code merchant_vpa}: the merchant's UPI id, required for {@link PaymentProvider#UPI_VPA}
 * @param redirectUrl {@code redirect_url}: where the merchant lands after linking the gateway, or null
 */
public record NewPaymentConfiguration(
    String name,
    PaymentProvider provider,
    @Nullable String merchantCategoryCode,
    @Nullable String purposeCode,
    @Nullable String merchantVpa,
    @Nullable String redirectUrl) {

  public NewPaymentConfiguration {
    PaymentsApiChecks.configurationName(name);
    Objects.requireNonNull(provider, "provider_name");
    if (merchantCategoryCode != null) {
      PaymentsApiChecks.merchantCategoryCode(merchantCategoryCode);
    }
    if (purposeCode != null) {
      PaymentsApiChecks.purposeCode(purposeCode);
    }
    if (merchantVpa != null) {
      PaymentsApiChecks.merchantVpa(merchantVpa);
    } else if (provider == PaymentProvider.UPI_VPA) {
      throw new IllegalArgumentException("merchant_vpa: is required for provider_name upi_vpa but was not set");
    }
    if (redirectUrl != null) {
      PaymentsApiChecks.httpUrl("redirect_url", redirectUrl);
    }
  }

  /**
   * A configuration linked to a payment gateway ({@link PaymentProvider#RAZORPAY}, {@link PaymentProvider#PAYU},
   * {@link PaymentProvider#ZAAKPAY}) through the OAuth link Meta answers.
   */
  public static NewPaymentConfiguration gateway(String name, PaymentProvider provider) {
    return new NewPaymentConfiguration(name, provider, null, null, null, null);
  }

  /** A configuration taking UPI payments to the merchant's own UPI id, e.g. {@code shop@upi}. */
  public static NewPaymentConfiguration upiVpa(String name, String merchantVpa) {
    return new NewPaymentConfiguration(name, PaymentProvider.UPI_VPA, null, null,
        Objects.requireNonNull(merchantVpa, "merchant_vpa"), null);
  }

  /** This configuration with a merchant category code, 4 digits, e.g. {@code 5411}. */
  public NewPaymentConfiguration withMerchantCategoryCode(String code) {
    return new NewPaymentConfiguration(name, provider, Objects.requireNonNull(code, "merchant_category_code"),
        purposeCode, merchantVpa, redirectUrl);
  }

  /** This configuration with a purpose code, {@code 00} (default) to {@code 10}. */
  public NewPaymentConfiguration withPurposeCode(String code) {
    return new NewPaymentConfiguration(name, provider, merchantCategoryCode,
        Objects.requireNonNull(code, "purpose_code"), merchantVpa, redirectUrl);
  }

  /** This configuration with the URL the merchant lands on after linking the gateway. */
  public NewPaymentConfiguration withRedirectUrl(String url) {
    return new NewPaymentConfiguration(name, provider, merchantCategoryCode, purposeCode, merchantVpa,
        Objects.requireNonNull(url, "redirect_url"));
  }
}
