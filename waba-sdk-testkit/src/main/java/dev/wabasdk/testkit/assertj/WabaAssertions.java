package dev.wabasdk.testkit.assertj;

import dev.wabasdk.testkit.FakeWhatsApp;

/**
 * Entry point of the testkit's AssertJ assertions:
 *
 * <pre>{@code
 * assertThat(fake).sentTemplate("order_update").to("+4915112345678").withBodyParameters("Jane", "#42");
 * assertThat(fake).sentText("Thanks!").to("+4915112345678").withStatus(DeliveryStatus.DELIVERED);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class WabaAssertions {
  private WabaAssertions() {}

  public static FakeWhatsAppAssert assertThat(FakeWhatsApp actual) {
    return new FakeWhatsAppAssert(actual);
  }
}
