package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code product_policy} as an open value, and the options' defaults. */
class MarketingMessageOptionsTest {

  @Test
  void knownPoliciesAreTheConstantsAndUnknownOnesKeepMetasString() {
    assertThat(ProductPolicy.of("STRICT")).isSameAs(ProductPolicy.STRICT);
    assertThat(ProductPolicy.of(" cloud_api_fallback ")).isSameAs(ProductPolicy.CLOUD_API_FALLBACK);
    assertThat(ProductPolicy.STRICT.isKnown()).isTrue();
    ProductPolicy later = ProductPolicy.of("CLOUD_API_ONLY");
    assertThat(later.isKnown()).isFalse();
    assertThat(later.value()).isEqualTo("CLOUD_API_ONLY");
    assertThat(later).hasToString("CLOUD_API_ONLY");
    assertThatThrownBy(() -> ProductPolicy.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product_policy: must not be blank");
  }

  @Test
  void defaultsSendNothingAndTheBuilderStartsFromExistingOptions() {
    assertThat(MarketingMessageOptions.DEFAULTS.productPolicy()).isNull();
    assertThat(MarketingMessageOptions.DEFAULTS.messageActivitySharing()).isNull();
    MarketingMessageOptions strict = MarketingMessageOptions.builder().productPolicy(ProductPolicy.STRICT).build();
    MarketingMessageOptions both = strict.toBuilder().messageActivitySharing(false).build();
    assertThat(both).isEqualTo(new MarketingMessageOptions(ProductPolicy.STRICT, false));
    assertThat(strict.messageActivitySharing()).isNull();
  }
}
