package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.account.AppCredentials;
import dev.wabasdk.account.BusinessToken;
import dev.wabasdk.account.CallbackOverride;
import dev.wabasdk.account.Permission;
import dev.wabasdk.account.SubscribedApp;
import dev.wabasdk.account.TokenInfo;
import dev.wabasdk.account.WebhookConfiguration;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.health.CanSendMessage;
import dev.wabasdk.health.HealthStatus;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.CodeMethod;
import dev.wabasdk.phone.DisplayName;
import dev.wabasdk.phone.NameStatus;
import dev.wabasdk.phone.PhoneNumberStatus;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's onboarding and account operations, driven through the SDK as an app would. */
class AccountOpsFakeTest {
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";
  private static final String USER = "+4915112345678";

  private FakeWhatsApp fake;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().tenant(WABA_B, NUMBER_B, TOKEN_B, "+49 30 1234567").start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static void failsWith(int code, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void embeddedSignupCodeBecomesTheBusinessTokenOnceAndDebugTokenShowsItsAccount() {
    AppCredentials app = new AppCredentials(FakeAccount.APP_ID, fake.appSecret());
    String code = fake.account().embeddedSignupCode();

    BusinessToken token = client.accounts().exchangeCode(app, code);
    TokenInfo info = client.accounts().debugToken(token.accessToken());

    assertThat(token.accessToken()).isEqualTo(fake.accessToken());
    assertThat(info.valid()).isTrue();
    assertThat(info.appId()).isEqualTo(FakeAccount.APP_ID);
    assertThat(info.targetIds(Permission.WHATSAPP_BUSINESS_MANAGEMENT)).containsExactly(fake.businessAccountId());
    assertThat(info.has(Permission.WHATSAPP_BUSINESS_MESSAGING)).isTrue();
    failsWith(100, () -> client.accounts().exchangeCode(app, code));
    failsWith(100, () -> client.accounts().exchangeCode(app, "AQnever-issued"));
    failsWith(1, () -> client.accounts().exchangeCode(new AppCredentials(FakeAccount.APP_ID, "wrong"),
        fake.account().embeddedSignupCode()));
    TokenInfo unknown = client.accounts().debugToken("EAAnot-a-token");
    assertThat(unknown.valid()).isFalse();
    assertThat(unknown.error()).isNotNull();
    assertThat(unknown.error().code()).isEqualTo(190);
  }

  @Test
  void verifiesTheNumberWithTheCodeTheTestReads() {
    failsWith(136025, () -> client.phoneNumbers().verifyCode("123456"));

    client.phoneNumbers().requestCode(CodeMethod.SMS, "en_US");
    String code = fake.account().verificationCode();
    assertThat(code).matches("\\d{6}");
    String wrong = code.equals("000000") ? "111111" : "000000";
    failsWith(136025, () -> client.phoneNumbers().verifyCode(wrong));
    client.phoneNumbers().verifyCode(code);

    assertThat(fake.account().verificationCode()).isNull();
    failsWith(136025, () -> client.phoneNumbers().verifyCode(code));
  }

  @Test
  void registrationUsesTheTwoStepPinAndSendsFailWhileDeregistered() {
    client.phoneNumbers().register("123456");
    assertThat(fake.account().twoStepPin()).isEqualTo("123456");
    failsWith(133005, () -> client.phoneNumbers().register("654321"));

    client.phoneNumbers().deregister();
    assertThat(fake.account().registered()).isFalse();
    assertThat(client.phoneNumbers().get().status()).isEqualTo(PhoneNumberStatus.of("DISCONNECTED"));
    failsWith(133010, () -> client.messages().send(Message.text(USER, "hello")));

    client.phoneNumbers().setTwoStepPin("654321");
    failsWith(133005, () -> client.phoneNumbers().register("123456"));
    client.phoneNumbers().register("654321", "DE");
    assertThat(fake.account().dataLocalizationRegion()).isEqualTo("DE");
    assertThat(client.phoneNumbers().get().status()).isSameAs(PhoneNumberStatus.CONNECTED);
    fake.user(USER).sends("hi");
    assertThat(client.messages().send(Message.text(USER, "hello")).messageId()).startsWith("wamid.");
  }

  /** The number's health status: every entity AVAILABLE, the number BLOCKED (133010) while deregistered. */
  @Test
  void theNumbersHealthStatusFollowsItsRegistration() {
    HealthStatus health = client.phoneNumbers().get().healthStatus();
    assertThat(health).isNotNull();
    assertThat(health.canSendMessage()).isSameAs(CanSendMessage.AVAILABLE);
    assertThat(health.entities()).extracting(HealthStatus.Entity::entityType).containsExactly(
        HealthStatus.EntityType.PHONE_NUMBER, HealthStatus.EntityType.WABA, HealthStatus.EntityType.BUSINESS,
        HealthStatus.EntityType.APP);
    assertThat(health.entity(HealthStatus.EntityType.PHONE_NUMBER).id()).isEqualTo(fake.phoneNumberId());
    assertThat(health.entity(HealthStatus.EntityType.WABA).id()).isEqualTo(fake.businessAccountId());
    assertThat(health.entity(HealthStatus.EntityType.APP).id()).isEqualTo(FakeAccount.APP_ID);

    client.phoneNumbers().deregister();
    HealthStatus blocked = client.phoneNumbers().get().healthStatus();
    assertThat(blocked.canSendMessage()).isSameAs(CanSendMessage.BLOCKED);
    HealthStatus.Entity number = blocked.entity(HealthStatus.EntityType.PHONE_NUMBER);
    assertThat(number.canSendMessage()).isSameAs(CanSendMessage.BLOCKED);
    assertThat(number.errors()).extracting(HealthStatus.Error::errorCode).containsExactly(133010);
    assertThat(blocked.entity(HealthStatus.EntityType.WABA).canSendMessage()).isSameAs(CanSendMessage.AVAILABLE);

    client.phoneNumbers().register("123456");
    assertThat(client.phoneNumbers().get().healthStatus().canSendMessage()).isSameAs(CanSendMessage.AVAILABLE);
  }

  /** Meta's registration page lists the Local Storage regions; US is not one of them. */
  @Test
  void aLocalStorageRegionMetaDoesNotSupportIsRefused() {
    assertThatThrownBy(() -> client.raw().post(fake.phoneNumberId() + "/register",
        Map.of("messaging_product", "whatsapp", "pin", "123456", "data_localization_region", "US"), false))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.error().details()).isEqualTo("Param data_localization_region must be one of"
              + " {AU, ID, IN, JP, SG, KR, DE, CH, GB, BR, BH, ZA, AE, CA} - got \"US\".");
        });
    assertThat(fake.account().dataLocalizationRegion()).isNull();
    client.phoneNumbers().register("123456", "AE");
    assertThat(fake.account().dataLocalizationRegion()).isEqualTo("AE");
  }

  @Test
  void reverificationAndTheRegistrationLimitUseMetasCodes() {
    fake.account().requireReverification();
    failsWith(133006, () -> client.phoneNumbers().register("123456"));
    client.phoneNumbers().requestCode(CodeMethod.VOICE, "de");
    client.phoneNumbers().verifyCode(fake.account().verificationCode());

    for (int i = 0; i < 9; i++) {
      client.phoneNumbers().register("123456");
    }
    failsWith(133016, () -> client.phoneNumbers().register("123456"));
    fake.clock().advance(Duration.ofHours(73));
    client.phoneNumbers().register("123456");
  }

  /**
   * Meta: deregistration is limited to 10 requests per business number in a 72-hour moving window, then 133016; a
   * limit of its own, next to the registrations'.
   */
  @Test
  void theEleventhDeregistrationIn72HoursFailsWith133016() {
    for (int i = 0; i < 10; i++) {
      client.phoneNumbers().deregister();
      fake.clock().advance(Duration.ofHours(1));
    }
    failsWith(133016, () -> client.phoneNumbers().deregister());
    client.phoneNumbers().register("123456"); // registrations are counted apart
    assertThat(fake.account().registered()).isTrue();

    fake.clock().advance(Duration.ofHours(62).plusMinutes(1)); // the first one has left the 72 hours
    client.phoneNumbers().deregister();
    failsWith(133016, () -> client.phoneNumbers().deregister());
    fake.clock().advance(Duration.ofHours(1));
    client.phoneNumbers().deregister();
  }

  @Test
  void aDisplayNameChangeIsPendingUntilMetaDecides() {
    client.phoneNumbers().requestDisplayNameChange("Lucky Shrub Garden");
    DisplayName pending = client.phoneNumbers().displayName();
    assertThat(pending.newDisplayName()).isEqualTo("Lucky Shrub Garden");
    assertThat(pending.newNameStatus()).isSameAs(NameStatus.PENDING_REVIEW);
    assertThat(pending.verifiedName()).isNotEqualTo("Lucky Shrub Garden");

    fake.account().approveDisplayName();

    DisplayName approved = client.phoneNumbers().displayName();
    assertThat(approved.verifiedName()).isEqualTo("Lucky Shrub Garden");
    assertThat(approved.newNameStatus()).isSameAs(NameStatus.APPROVED);
    client.phoneNumbers().requestDisplayNameChange("Lucky");
    fake.account().declineDisplayName();
    assertThat(client.phoneNumbers().displayName())
        .isEqualTo(new DisplayName("Lucky Shrub Garden", NameStatus.APPROVED, "Lucky", NameStatus.DECLINED));
  }

  @Test
  void webhooksGoToTheNumbersThenTheAccountsAlternateCallback() {
    try (WebhookReceiver appEndpoint = WebhookReceiver.start(fake.appSecret());
        WebhookReceiver wabaEndpoint = WebhookReceiver.start(fake.appSecret());
        WebhookReceiver numberEndpoint = WebhookReceiver.start(fake.appSecret())) {
      fake.webhookUrl(appEndpoint.url());
      client.accounts().subscribeApp(new CallbackOverride(wabaEndpoint.url(), "waba-verify"));
      assertThat(client.accounts().subscribedApps()).extracting(SubscribedApp::overrideCallbackUri)
          .containsExactly(wabaEndpoint.url());

      fake.user(USER).sends("to the account's endpoint");
      fake.awaitWebhooks();
      client.accounts().overrideNumberCallback(new CallbackOverride(numberEndpoint.url(), "number-verify"));
      fake.user(USER).sends("to the number's endpoint");
      fake.awaitWebhooks();
      WebhookConfiguration config = client.accounts().numberWebhookConfiguration();
      client.accounts().removeNumberCallbackOverride();
      client.accounts().subscribeApp();
      fake.user(USER).sends("to the app's endpoint");
      fake.awaitWebhooks();

      assertThat(wabaEndpoint.payloads()).hasSize(1).allMatch(p -> p.contains("to the account's endpoint"));
      assertThat(numberEndpoint.payloads()).hasSize(1).allMatch(p -> p.contains("to the number's endpoint"));
      assertThat(appEndpoint.payloads()).hasSize(1).allMatch(p -> p.contains("to the app's endpoint"));
      assertThat(config).isEqualTo(new WebhookConfiguration(numberEndpoint.url(), wabaEndpoint.url(),
          appEndpoint.url()));
      assertThat(client.accounts().numberWebhookConfiguration().effectiveCallbackUri()).isEqualTo(appEndpoint.url());
    }
    client.accounts().unsubscribeApp();
    assertThat(fake.account().appSubscribed()).isFalse();
    assertThat(client.accounts().subscribedApps()).isEmpty();
  }

  @Test
  void eachBusinessHasItsOwnRegistrationCodesAndTokens() {
    FakeWhatsApp b = fake.tenant(NUMBER_B);
    WhatsApp clientB = client.forNumber(Tenant.of(NUMBER_B, WABA_B));

    BusinessToken tokenB = client.accounts().exchangeCode(new AppCredentials(FakeAccount.APP_ID, fake.appSecret()),
        b.account().embeddedSignupCode());
    assertThat(tokenB.accessToken()).isEqualTo(TOKEN_B);

    try (WhatsApp asB = b.clientBuilder().retry(RetrySettings.none()).build()) {
      asB.phoneNumbers().deregister();
      asB.phoneNumbers().requestDisplayNameChange("Business B");
      assertThat(asB.accounts().debugToken(TOKEN_B).targetIds(Permission.WHATSAPP_BUSINESS_MANAGEMENT))
          .containsExactly(WABA_B);
    }
    assertThat(b.account().registered()).isFalse();
    assertThat(fake.account().registered()).isTrue();
    assertThat(client.phoneNumbers().displayName().newDisplayName()).isNull();
    assertThat(client.accounts().debugToken(TOKEN_B).valid()).as("A's fake knows only its own token").isFalse();
    // A's token cannot operate B's number
    failsWith(100, () -> clientB.phoneNumbers().register("123456"));
    assertThat(b.account().twoStepPin()).isNull();
  }
}
