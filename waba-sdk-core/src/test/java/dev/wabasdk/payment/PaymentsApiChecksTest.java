package dev.wabasdk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inputs of the Payments API calls, refused before any request with the field, the rule and the value. */
class PaymentsApiChecksTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String NAME_61 = "c".repeat(61);

  @Test
  void badLookUpsNeverReachMeta() {
    PaymentsApi payments = graph.client().payments();

    assertThatThrownBy(() -> payments.lookup(" ", "ORD-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("configuration_name: a payment configuration name must be 1 to 60 characters and not blank,"
            + " was 1 (' ')");
    assertThatThrownBy(() -> payments.lookup(NAME_61, "ORD-1"))
        .hasMessageStartingWith("configuration_name: a payment configuration name must be 1 to 60 characters")
        .hasMessageContaining("was 61");
    assertThatThrownBy(() -> payments.lookupAsync("razorpay-prod", "ORD 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference_id: only English letters, digits, '_', '-' and '.' are allowed, was 'ORD 1'");
    assertThatThrownBy(() -> payments.lookup("razorpay-prod", "r".repeat(61)))
        .hasMessageStartingWith("reference_id: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> payments.lookup("razorpay-prod", ""))
        .hasMessage("reference_id: must be 1 to 60 characters, was 0 ('')");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void theLongestNamesAndReferenceIdsAreAccepted() {
    assertThat(PaymentsApiChecks.configurationName("c".repeat(60))).hasSize(60);
    assertThat(PaymentsApiChecks.referenceId("Az09_.-".repeat(8) + "abcd")).hasSize(60);
  }

  @Test
  void badRefundsAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> RefundRequest.of(NAME_61, "ORD-1", Amount.of(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("payment_config_id: a payment configuration name must be 1 to 60 characters");
    assertThatThrownBy(() -> RefundRequest.of("razorpay-prod", "ORD#1", Amount.of(100)))
        .hasMessage("reference_id: only English letters, digits, '_', '-' and '.' are allowed, was 'ORD#1'");
    assertThatThrownBy(() -> RefundRequest.of("razorpay-prod", "ORD-1", Amount.of(0)))
        .hasMessage("amount.value: a refund must be positive, was 0");
    assertThatThrownBy(() -> RefundRequest.of("razorpay-prod", "ORD-1", new Amount(100, 1000)))
        .hasMessage("amount.offset: must be 100 for INR, was 1000");
    assertThat(RefundRequest.of("razorpay-prod", "ORD-1", Amount.of(new BigDecimal("0.01"))).speed()).isNull();
  }

  @Test
  void badConfigurationCallsNeverReachMeta() {
    PaymentsApi payments = graph.client().payments();

    assertThatThrownBy(() -> payments.configuration(""))
        .hasMessageStartingWith("configuration_name: a payment configuration name must be 1 to 60 characters");
    assertThatThrownBy(() -> payments.regenerateOAuthLink("razorpay-prod", "ftp://shop.example/linked"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("redirect_url: must be an absolute http:// or https:// URL, was 'ftp://shop.example/linked'");
    assertThatThrownBy(() -> payments.updateDataEndpoint("razorpay-prod", "/relative/path"))
        .hasMessage("data_endpoint_url: must be an absolute http:// or https:// URL, was '/relative/path'");
    assertThatThrownBy(() -> payments.updateDataEndpointAsync(NAME_61, "https://shop.example/data"))
        .hasMessageStartingWith("configuration_name:");
    assertThatThrownBy(() -> payments.deleteConfiguration("\t"))
        .hasMessageStartingWith("configuration_name:");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "541", "54a1", "05411"})
  void merchantCategoryCodesHaveFourDigits(String code) {
    assertThatThrownBy(() -> NewPaymentConfiguration.gateway("razorpay-prod", PaymentProvider.RAZORPAY)
        .withMerchantCategoryCode(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merchant_category_code: must be 4 digits, e.g. '0000', was '" + code + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"11", "0", "000", "1", "-1", "99"})
  void purposeCodesAreMetasZeroToTen(String code) {
    assertThatThrownBy(() -> NewPaymentConfiguration.upiVpa("upi-shop", "shop@upi").withPurposeCode(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purpose_code: must be one of Meta's purpose codes '00' to '10', was '" + code + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "05", "09", "10"})
  void everyPurposeCodeOfMetasListIsAccepted(String code) {
    assertThat(NewPaymentConfiguration.upiVpa("upi-shop", "shop@upi").withPurposeCode(code).purposeCode())
        .isEqualTo(code);
  }

  @Test
  void aNewConfigurationChecksItsNameVpaAndRedirect() {
    assertThatThrownBy(() -> NewPaymentConfiguration.gateway(NAME_61, PaymentProvider.PAYU))
        .hasMessageStartingWith("configuration_name: a payment configuration name must be 1 to 60 characters");
    assertThatThrownBy(() -> NewPaymentConfiguration.gateway("upi-shop", PaymentProvider.UPI_VPA))
        .hasMessage("merchant_vpa: is required for provider_name upi_vpa but was not set");
    assertThatThrownBy(() -> NewPaymentConfiguration.upiVpa("upi-shop", "shop"))
        .hasMessage("merchant_vpa: must be a UPI id such as 'shop@upi' (at most 255 characters), was 'shop'");
    assertThatThrownBy(() -> NewPaymentConfiguration.gateway("razorpay-prod", PaymentProvider.RAZORPAY)
        .withRedirectUrl("shop.example/linked"))
        .hasMessage("redirect_url: must be an absolute http:// or https:// URL, was 'shop.example/linked'");
    assertThatThrownBy(() -> new NewPaymentConfiguration("razorpay-prod", null, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("provider_name");
  }

  @Test
  void configurationStatusesReadBothOfMetasSpellingsInAnyCase() {
    assertThat(PaymentConfigurationStatus.of("Active")).isSameAs(PaymentConfigurationStatus.ACTIVE);
    assertThat(PaymentConfigurationStatus.of("ACTIVE")).isSameAs(PaymentConfigurationStatus.ACTIVE);
    assertThat(PaymentConfigurationStatus.of("Needs_Testing")).isSameAs(PaymentConfigurationStatus.NEEDS_TESTING);
    assertThat(PaymentConfigurationStatus.of("Needs Testing")).isSameAs(PaymentConfigurationStatus.NEEDS_TESTING);
    assertThat(PaymentConfigurationStatus.of("needs  testing ")).isSameAs(PaymentConfigurationStatus.NEEDS_TESTING);
    assertThat(PaymentConfigurationStatus.of("Needs Connecting"))
        .isSameAs(PaymentConfigurationStatus.NEEDS_CONNECTING);
    assertThat(PaymentConfigurationStatus.of("NEEDS_CONNECTING"))
        .isSameAs(PaymentConfigurationStatus.NEEDS_CONNECTING);
    assertThat(PaymentConfigurationStatus.NEEDS_TESTING.isKnown()).isTrue();

    PaymentConfigurationStatus later = PaymentConfigurationStatus.of("Suspended");
    assertThat(later.value()).isEqualTo("Suspended");
    assertThat(later.isKnown()).isFalse();
    assertThat(new PaymentConfigurationStatus("needs testing").isKnown()).isFalse();
  }

  @Test
  void refundStatusesAreOpen() {
    assertThat(RefundStatus.of("Completed")).isSameAs(RefundStatus.COMPLETED);
    assertThat(RefundStatus.of("reversed").isKnown()).isFalse();
    assertThat(RefundStatus.of("reversed").value()).isEqualTo("reversed");
  }
}
