package dev.wabasdk.message;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A WhatsApp Business Account's status for the Marketing Messages API for WhatsApp
 * ({@code marketing_messages_onboarding_status}, read with {@code MarketingMessagesApi.onboardingStatus()}).
 * Open: Meta's onboarding guide names these two and refers to its WhatsApp Business Account reference for the
 * others; any other value is kept as is and {@link #isKnown()} is false. {@link #of(String)} returns the constants
 * below for known values, so they may be compared with {@code ==}. Immutable and thread-safe. Meta's guide:
 * <a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/onboarding">
 * Onboard</a>.
 *
 * @param value the raw value as Meta sends it, e.g. {@code ELIGIBLE}
 */
public record MarketingMessagesOnboardingStatus(String value) {
  /** The account meets the requirements: the business can accept the terms and onboard. */
  public static final MarketingMessagesOnboardingStatus ELIGIBLE = new MarketingMessagesOnboardingStatus("ELIGIBLE");
  /** The account has been onboarded: its marketing templates can be sent through {@code /marketing_messages}. */
  public static final MarketingMessagesOnboardingStatus ONBOARDED =
      new MarketingMessagesOnboardingStatus("ONBOARDED");

  private static final Map<String, MarketingMessagesOnboardingStatus> KNOWN = Stream.of(ELIGIBLE, ONBOARDED)
      .collect(Collectors.toUnmodifiableMap(MarketingMessagesOnboardingStatus::value, Function.identity()));

  public MarketingMessagesOnboardingStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static MarketingMessagesOnboardingStatus of(String value) {
    Objects.requireNonNull(value, "value");
    MarketingMessagesOnboardingStatus known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new MarketingMessagesOnboardingStatus(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
