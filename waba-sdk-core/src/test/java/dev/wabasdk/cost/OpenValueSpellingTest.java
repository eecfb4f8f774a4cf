package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.DeliveryStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The open values webhooks read most: Meta's own spelling gives the constant, any other spelling reads as before. */
class OpenValueSpellingTest {

  @Test
  void metasSpellingGivesTheConstantItself() {
    for (PricingCategory c : List.of(PricingCategory.MARKETING, PricingCategory.MARKETING_LITE, PricingCategory.UTILITY,
        PricingCategory.AUTHENTICATION, PricingCategory.AUTHENTICATION_INTERNATIONAL, PricingCategory.SERVICE,
        PricingCategory.BUSINESS_INITIATED, PricingCategory.USER_INITIATED, PricingCategory.REFERRAL_CONVERSION,
        PricingCategory.GROUP_MARKETING, PricingCategory.GROUP_UTILITY, PricingCategory.GROUP_SERVICE)) {
      assertThat(PricingCategory.of(c.value())).isSameAs(c);
      assertThat(PricingCategory.of(" " + c.value().toUpperCase() + "\t")).isEqualTo(c);
    }
    for (PricingModel m : List.of(PricingModel.PMP, PricingModel.CBP, PricingModel.NBP)) {
      assertThat(PricingModel.of(m.value())).isSameAs(m);
      assertThat(PricingModel.of(" " + m.value().toLowerCase() + " ")).isEqualTo(m);
    }
    for (PricingType t : List.of(PricingType.REGULAR, PricingType.FREE_CUSTOMER_SERVICE, PricingType.FREE_ENTRY_POINT,
        PricingType.FREE_GROUP_CUSTOMER_SERVICE)) {
      assertThat(PricingType.of(t.value())).isSameAs(t);
      assertThat(PricingType.of(" " + t.value().toUpperCase())).isSameAs(t);
    }
    for (DeliveryStatus s : List.of(DeliveryStatus.ACCEPTED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED,
        DeliveryStatus.READ, DeliveryStatus.PLAYED, DeliveryStatus.FAILED, DeliveryStatus.DELETED)) {
      assertThat(DeliveryStatus.of(s.value())).isSameAs(s);
      assertThat(DeliveryStatus.of(s.value().toUpperCase() + " ")).isSameAs(s);
    }
  }

  @Test
  void otherValuesKeepTheirOwnRulesAndNullIsRefusedAsBefore() {
    assertThat(PricingCategory.of("Marketing_Next").value()).isEqualTo("marketing_next");
    assertThat(PricingModel.of("xyz").value()).isEqualTo("XYZ");
    assertThat(PricingType.of("New_Type").value()).isEqualTo("New_Type");
    assertThat(DeliveryStatus.of("Pending").value()).isEqualTo("Pending");
    assertThatThrownBy(() -> PricingCategory.of(" ")).hasMessage("pricing category: must not be blank");
    assertThatThrownBy(() -> PricingModel.of("")).hasMessage("pricing model: must not be blank");
    assertThatThrownBy(() -> PricingCategory.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("pricing category");
    assertThatThrownBy(() -> PricingModel.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("pricing model");
  }
}
