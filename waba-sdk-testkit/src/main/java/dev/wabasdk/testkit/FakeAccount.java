package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.AccountOpsRoutes;
import dev.wabasdk.testkit.internal.FakeEngine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Account handle of {@link FakeWhatsApp#account()}: plays what Meta does to the business (restrictions, display name
 * reviews, re-verification) and shows what the fake's account operations did (the verification code it "sent", the
 * two-step PIN, registration). Thread-safe, like the fake.
 */
public final class FakeAccount {
  /** Meta's restriction type for business-initiated messaging. */
  public static final String RESTRICTED_BIZ_INITIATED_MESSAGING = "RESTRICTED_BIZ_INITIATED_MESSAGING";

  /** The fake's app id: the {@code client_id} of Embedded Signup's code exchange (the secret is the fake's). */
  public static final String APP_ID = AccountOpsRoutes.APP_ID;

  private final FakeEngine engine;

  FakeAccount(FakeEngine engine) {
    this.engine = engine;
  }

  /**
   * Meta restricts business-initiated messaging for {@code duration} from now: the {@code account_update}
   * webhook with {@code event: ACCOUNT_RESTRICTION} and {@code RESTRICTED_BIZ_INITIATED_MESSAGING}.
   */
  public FakeAccount restrict(Duration duration) {
    return restrict(RESTRICTED_BIZ_INITIATED_MESSAGING, duration);
  }

  /** Meta restricts the account in the way {@code restrictionType} names, for {@code duration} from now. */
  public FakeAccount restrict(String restrictionType, Duration duration) {
    Objects.requireNonNull(restrictionType, "restrictionType");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration: must be positive, was " + duration);
    }
    engine.restrictAccount(restrictionType, engine.now().plus(duration));
    return this;
  }

  /**
   * A new Embedded Signup code for this business, as the signup flow hands it to the browser; exchanging it
   * ({@code GET /oauth/access_token} with {@link #APP_ID} and the fake's app secret) answers the business's access
   * token, once.
   */
  public String embeddedSignupCode() {
    return engine.accountOps().issueSignupCode();
  }

  /**
   * Groups templates of this business, as {@code POST /{waba-id}/template_groups} does: their sends then count
   * together in template group analytics. Meta's limitations hold: a unique name of at most 256 characters, each
   * template in one group at a time ({@link IllegalArgumentException} with Meta's message otherwise). Answers the
   * template group's id.
   */
  public String templateGroup(String name, String... templateIds) {
    Objects.requireNonNull(name, "name");
    return engine.templateGroup(name, List.of(templateIds));
  }

  /** The code Meta "sent" by SMS or voice for the last {@code request_code}, or null when none is pending. */
  public @Nullable String verificationCode() {
    return engine.accountOps().verificationCode();
  }

  /** Meta asks to verify the number's ownership again: registering fails with 133006 until a code is verified. */
  public FakeAccount requireReverification() {
    engine.accountOps().requireReverification();
    return this;
  }

  /** Whether the number is registered with the Cloud API (sends fail with 133010 while it is not). */
  public boolean registered() {
    return engine.accountOps().registered();
  }

  /** The number's two-step verification PIN, or null before the first registration or PIN change. */
  public @Nullable String twoStepPin() {
    return engine.accountOps().twoStepPin();
  }

  /** The Local Storage region the number was registered with, or null. */
  public @Nullable String dataLocalizationRegion() {
    return engine.accountOps().dataLocalizationRegion();
  }

  /** Meta approves the requested display name: it becomes the number's {@code verified_name}. */
  public FakeAccount approveDisplayName() {
    engine.accountOps().decideDisplayName(true);
    return this;
  }

  /** Meta declines the requested display name ({@code new_name_status} {@code DECLINED}). */
  public FakeAccount declineDisplayName() {
    engine.accountOps().decideDisplayName(false);
    return this;
  }

  /** Whether the app is subscribed to the account's webhooks ({@code subscribed_apps}). */
  public boolean appSubscribed() {
    return engine.accountOps().appSubscribed();
  }

  /**
   * Adds payment configuration {@code name} of {@code provider} ({@code razorpay}, {@code payu}, {@code zaakpay},
   * {@code billdesk} or {@code upi_vpa}) as Meta shows one whose gateway account is linked and tested:
   * {@code Active}, usable by {@code order_details} messages and payments at once, without the OAuth flow of
   * {@code POST /{waba-id}/payment_configuration}. No webhook.
   *
   * @throws IllegalStateException when the business has a configuration of that name
   */
  public FakeAccount paymentConfiguration(String name, String provider) {
    engine.paymentConfigurations().createActive(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(provider, "provider"));
    return this;
  }

  /**
   * Moves payment configuration {@code name} to {@code status} ({@code Active}, {@code Needs_Connecting},
   * {@code Needs_Testing}) as Meta does when the gateway account is linked, tested or disconnected, and sends the
   * {@code payment_configuration_update} webhook (status spelled with spaces there, as Meta does). Users can pay
   * only through an {@code Active} configuration.
   */
  public FakeAccount paymentConfigurationStatus(String name, String status) {
    engine.paymentConfigurations().status(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(status, "status"));
    return this;
  }

  /**
   * Whether the business accepted the WhatsApp Payments terms of service (true at first). Without them, Meta refuses
   * the payment configuration APIs with 131005 "Access denied" and {@code order_details} sends (messages and
   * checkout or order details templates) with 134011, each naming where to accept them.
   */
  public FakeAccount paymentsTermsAccepted(boolean accepted) {
    engine.paymentConfigurations().termsAccepted(accepted);
    return this;
  }

  /**
   * Whether the business has completed Marketing Messages API onboarding (signed the terms); false at first. An
   * onboarded business's {@code /marketing_messages} sends are priced {@code marketing_lite}; otherwise they fall
   * back to Cloud API ({@code marketing}), or are refused when {@code product_policy} is {@code STRICT}. The WABA's
   * {@code marketing_messages_onboarding_status} reads {@code ONBOARDED}, or {@code ELIGIBLE} before.
   */
  public FakeAccount marketingMessagesOnboarded(boolean onboarded) {
    engine.marketingMessagesOnboarded(onboarded);
    return this;
  }

  /**
   * The account's {@code disable_marketing_messages_on_cloud_api}: when true, a marketing template sent through
   * Cloud API ({@code /messages}, or a {@code /marketing_messages} fallback) is refused with 131063.
   */
  public FakeAccount disableMarketingMessagesOnCloudApi(boolean disabled) {
    engine.disableMarketingMessagesOnCloudApi(disabled);
    return this;
  }
}
