package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.CustomerServiceWindowRule;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.OptOutKeywords;
import dev.wabasdk.policy.OptOutRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.SentMessage;
import dev.wabasdk.policy.TemplateInfo;
import dev.wabasdk.policy.TemplateStatusRule;
import dev.wabasdk.policy.UserState;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@code WebhookProcessor.builder().policyEngine(..)} and {@code .billingReconciliation(..)}, with Meta's payloads. */
class PolicyFeedTest {
  private static final String WA_ID = "16505551234";
  /** The {@code timestamp} of the inbound fixtures ({@code text.json}, {@code referral.json}, ...). */
  private static final Instant SENT_AT = Instant.ofEpochSecond(1749416383L);

  private final MutableClock clock = new MutableClock(SENT_AT.plusSeconds(60));
  private final FlakyStore store = new FlakyStore();
  // WA_ID is a US number, where Meta does not deliver marketing (MarketingMarketsRule): not what these tests are about.
  private final PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store)
      .withoutRule(dev.wabasdk.policy.MarketingMarketsRule.class).build();

  private WebhookProcessor.Builder builder() {
    return WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN).policyEngine(engine);
  }

  private static WebhookResponse post(WebhookProcessor processor, byte[] body) {
    return processor.handle(signedHeaders(body), body);
  }

  private Decision freeForm() {
    return engine.evaluate(Message.text(WA_ID, "Here is the blue one"));
  }

  private Decision template(String name) {
    return engine.evaluate(Message.template(WA_ID, name, "en_US"));
  }

  @Test
  void anInboundTextOpensTheCustomerServiceWindow() {
    WebhookProcessor processor = builder().build();
    assertThat(freeForm().verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(freeForm().reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);

    assertThat(post(processor, bytes("text.json")).statusCode()).isEqualTo(200);

    Decision after = freeForm();
    assertThat(after.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(after.facts().lastInboundAt()).isEqualTo(SENT_AT);
    assertThat(after.facts().customerServiceWindowUntil()).isEqualTo(SENT_AT.plusSeconds(24 * 3600));
  }

  @Test
  void anEngineForOnePhoneNumberIgnoresMessagesToAnotherNumber() {
    WebhookProcessor other = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(engine, "999999999999999").build();
    assertThat(post(other, bytes("text.json")).statusCode()).isEqualTo(200);
    assertThat(freeForm().verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);

    WebhookProcessor same = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(engine, "106540352242922").build();
    assertThat(post(same, bytes("text.json")).statusCode()).isEqualTo(200);
    assertThat(freeForm().verdict()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void aReferralInboundAndAReplyOpenAFreeEntryPoint() {
    WebhookProcessor processor = builder().build();
    post(processor, bytes("referral.json"));
    assertThat(freeForm().facts().notes())
        .containsEntry("free_entry_point_reply_by", SENT_AT.plusSeconds(24 * 3600).toString());

    // The business answers (the client records every accepted send).
    engine.recordSent(Message.text(WA_ID, "Yes, until Sunday"),
        new SendResult("wamid.REPLY1", WA_ID, WA_ID, null, null), clock.instant());

    Decision d = template("summer_sale");
    assertThat(d.facts().freeEntryPointOpen()).isTrue();
    assertThat(d.facts().freeEntryPointUntil()).isEqualTo(clock.instant().plusSeconds(72 * 3600));
  }

  @Test
  void stopAsTextOptsOutOfMarketingAndStartOptsBackIn() {
    WebhookProcessor processor = builder().build();
    post(processor, templateChange("message_template_status_update",
        "\"event\":\"APPROVED\",\"message_template_id\":1689556908129832,\"message_template_name\":\"spring_sale\","
            + "\"message_template_language\":\"en_US\",\"reason\":\"NONE\",\"message_template_category\":\"MARKETING\""));
    post(processor, bytes("text.json"));
    assertThat(template("spring_sale").verdict()).isEqualTo(Verdict.ALLOW);

    post(processor, inboundText("wamid.STOP1", SENT_AT.plusSeconds(10), "STOP"));

    Decision denied = template("spring_sale");
    assertThat(denied.verdict()).isEqualTo(Verdict.DENY);
    assertThat(denied.reasonCode()).isEqualTo(OptOutRule.REASON_MARKETING);
    assertThat(denied.facts().templateCategory()).isSameAs(TemplateCategory.MARKETING);
    assertThat(denied.facts().optOut()).isEqualTo(OptOut.MARKETING);

    post(processor, inboundText("wamid.START1", SENT_AT.plusSeconds(20), "Start"));
    assertThat(template("spring_sale").verdict()).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void aTemplateQuickReplyButtonTextIsMatchedAgainstTheStopKeywords() {
    PolicyEngine withButton = PolicyEngine.builder().clock(clock).store(store)
        .optOutKeywords(new OptOutKeywords(Set.of("stop promotions"), Set.of(), OptOut.MARKETING))
        .build();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(withButton).build();

    post(processor, bytes("button-quick-reply.json")); // "text": "Stop promotions"

    assertThat(withButton.evaluate(Message.template(WA_ID, "spring_sale", "en_US")).reasonCode())
        .isEqualTo(OptOutRule.REASON_MARKETING);
  }

  @Test
  void userPreferencesStopAndResumeMarketing() {
    WebhookProcessor processor = builder().build();
    post(processor, bytes("user-preferences.json")); // stop, at 1731705721

    Decision stopped = template("spring_sale");
    assertThat(stopped.reasonCode()).isEqualTo(OptOutRule.REASON_MARKETING);
    assertThat(stopped.facts().optedOutSince()).isEqualTo(Instant.ofEpochSecond(1731705721L));

    post(processor, userPreference("resume", 1731800000L));

    assertThat(template("spring_sale").verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(template("spring_sale").facts().optOut()).isEqualTo(OptOut.NONE);
  }

  @Test
  void resumingMarketingDoesNotUndoAStopOfEveryMessage() {
    engine.recordOptOut(WhatsAppUser.ofWaId(WA_ID), OptOut.ALL, Instant.ofEpochSecond(1731700000L));
    WebhookProcessor processor = builder().build();

    post(processor, userPreference("resume", 1731800000L));

    assertThat(template("spring_sale").reasonCode()).isEqualTo(OptOutRule.REASON_ALL);
  }

  @Test
  void aPausedTemplateIsDenied() {
    WebhookProcessor processor = builder().build();
    assertThat(template("summer_promo").verdict()).isEqualTo(Verdict.ALLOW);

    post(processor, bytes("template-paused.json"));

    Decision d = template("summer_promo");
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo(TemplateStatusRule.REASON);
    assertThat(d.facts().templateStatus()).isSameAs(TemplateStatus.PAUSED);
    assertThat(store.template("summer_promo", "en_US"))
        .isEqualTo(new TemplateInfo(TemplateStatus.PAUSED, TemplateCategory.MARKETING));
  }

  @Test
  void aTemplateCategoryUpdateIsRecorded() {
    post(builder().build(), bytes("template-category.json"));
    TemplateCategoryUpdate update = (TemplateCategoryUpdate) Fixtures.single("template-category.json",
        TemplateCategoryUpdate.class);
    assertThat(store.template(update.templateName(), update.language()).category())
        .isSameAs(TemplateCategory.MARKETING);
  }

  @Test
  void aPhoneNumberQualityUpdateSetsTheMessagingLimit() {
    WebhookProcessor processor = builder().build();
    post(processor, bytes("phone-quality.json"));
    assertThat(store.tier()).isSameAs(MessagingLimitTier.TIER_10K);
    assertThat(template("spring_sale").facts().messagingLimitTier()).isSameAs(MessagingLimitTier.TIER_10K);

    // Since Feb 2026 without current_limit: the tier comes in max_daily_conversations_per_business.
    post(processor, templateChange("phone_number_quality_update", "\"display_phone_number\":\"15550783881\","
        + "\"event\":\"DOWNGRADE\",\"old_limit\":\"TIER_10K\",\"max_daily_conversations_per_business\":\"TIER_2K\""));
    assertThat(store.tier()).isSameAs(MessagingLimitTier.TIER_2K);

    post(processor, bytes("business-capability.json"));
    assertThat(store.tier()).isSameAs(MessagingLimitTier.TIER_10K);
  }

  @Test
  void aBusinessCapabilityUpdateWithACountSetsTheMessagingLimit() {
    WebhookProcessor processor = builder().build();
    // Meta's payload example: the portfolio's limit as the count 2000.
    assertThat(post(processor, bytes("business-capability-count.json")).statusCode()).isEqualTo(200);
    assertThat(store.tier()).isSameAs(MessagingLimitTier.TIER_2K);
    assertThat(template("spring_sale").facts().messagingLimitTier()).isSameAs(MessagingLimitTier.TIER_2K);

    post(processor, templateChange("business_capability_update", "\"max_daily_conversations_per_business\":-1"));
    assertThat(store.tier()).isSameAs(MessagingLimitTier.TIER_UNLIMITED);

    // A count no tier has leaves the limit as it was.
    post(processor, templateChange("business_capability_update", "\"max_daily_conversations_per_business\":5000"));
    assertThat(store.tier()).isSameAs(MessagingLimitTier.TIER_UNLIMITED);
  }

  @Test
  void aStatusWithFreeEntryPointPricingOpensTheWindowMetaReports() {
    clock.set(Instant.ofEpochSecond(1750857400L + 60));
    BillingReconciliation billing = new BillingReconciliation();
    WebhookProcessor processor = builder().billingReconciliation(billing).build();

    post(processor, bytes("status-read-fep.json"));

    Decision d = template("summer_sale");
    assertThat(d.facts().freeEntryPointOpen()).isTrue();
    assertThat(d.facts().freeEntryPointUntil()).isEqualTo(Instant.ofEpochSecond(1751116600L));
    assertThat(billing.summary().awaitingEstimate()).isEqualTo(1);

    post(processor, bytes("status-read-fep.json")); // a redelivery is not billed twice
    post(processor, bytes("status-failed.json"));
    assertThat(billing.summary().awaitingEstimate()).isEqualTo(1);
  }

  @Test
  void aFailedStatusTellsTheReconciliationThatNoBillIsComing() {
    BillingReconciliation billing = new BillingReconciliation();
    WebhookProcessor processor = builder().billingReconciliation(billing).build();
    MessagePrice estimate = CostEstimator.ofDefaults().priceOf(PriceQuery.of("+16505551234", PricingCategory.UTILITY));
    billing.recordEstimate("wamid.STATUSFAILED", estimate);
    billing.recordEstimate("wamid.OTHER", estimate);
    assertThat(billing.summary().awaitingBilling()).isEqualTo(2);

    post(processor, bytes("status-failed.json"));
    assertThat(billing.summary().awaitingBilling()).isEqualTo(1);

    // A group message's status is one participant's: the others may have received it.
    billing.recordEstimate("wamid.GROUPMSG", estimate);
    post(processor, new String(bytes("status-group.json"), StandardCharsets.UTF_8)
        .replace("\"status\": \"read\"", "\"status\": \"failed\"").getBytes(StandardCharsets.UTF_8));
    assertThat(billing.summary().awaitingBilling()).isEqualTo(2);
  }

  @Test
  void aChangedUserIdIsLinkedToTheNumber() {
    WebhookProcessor processor = builder().build();
    post(processor, bytes("text.json"));

    post(processor, inbound("{\"from\":\"16505551234\",\"id\":\"wamid.SYSTEM2\",\"timestamp\":\"1749416390\","
        + "\"type\":\"system\",\"system\":{\"body\":\"User changed user id\",\"type\":\"user_changed_user_id\","
        + "\"user_id\":\"US.13491208655302741918\"}}"));

    // State recorded under the number is found under the new business-scoped user id.
    UserState user = store.user("US.13491208655302741918");
    assertThat(user.lastInboundAt()).isEqualTo(SENT_AT.getEpochSecond());
  }

  @Test
  void theEngineIsFedBeforeTheAppsListeners() {
    List<Decision> seenByListener = new ArrayList<>();
    WebhookProcessor processor = builder()
        .on(InboundTextMessage.class,
            m -> seenByListener.add(engine.evaluate(Message.text(m.from().key(), "It comes in blue"))))
        .build();

    post(processor, bytes("text.json"));

    assertThat(seenByListener).singleElement().extracting(Decision::verdict).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void theEngineIsFedBeforeTheExecutorRunsTheListeners() {
    List<Runnable> queued = new ArrayList<>();
    List<Decision> seenByListener = new ArrayList<>();
    WebhookProcessor processor = builder()
        .executor(queued::add)
        .on(InboundTextMessage.class, m -> seenByListener.add(freeForm()))
        .build();

    assertThat(post(processor, bytes("text.json")).statusCode()).isEqualTo(200);
    assertThat(freeForm().verdict()).isEqualTo(Verdict.ALLOW); // recorded before handle returned
    assertThat(seenByListener).isEmpty();

    queued.forEach(Runnable::run);
    assertThat(seenByListener).singleElement().extracting(Decision::verdict).isEqualTo(Verdict.ALLOW);
  }

  @Test
  void aStoreFailureAnswers503DispatchesNothingAndTheRedeliveryGetsThrough() {
    List<WebhookEvent> received = new ArrayList<>();
    WebhookProcessor processor = builder().listener(new WebhookListener() {
      @Override
      public void onEvent(WebhookEvent event) {
        received.add(event);
      }
    }).build();
    byte[] body = bytes("text.json");

    store.failing = true;
    WebhookResponse failed = post(processor, body);
    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(received).isEmpty();

    store.failing = false;
    WebhookResponse redelivered = post(processor, body);
    assertThat(redelivered.statusCode()).isEqualTo(200);
    assertThat(received).singleElement().isInstanceOf(InboundTextMessage.class);
    assertThat(freeForm().verdict()).isEqualTo(Verdict.ALLOW);

    assertThat(post(processor, body).statusCode()).isEqualTo(200); // and then it is a duplicate again
    assertThat(received).hasSize(1);
  }

  // ---- Meta-shaped payloads ----

  private static byte[] inboundText(String id, Instant at, String text) {
    return inbound("{\"from\":\"16505551234\",\"id\":\"" + id + "\",\"timestamp\":\"" + at.getEpochSecond()
        + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}");
  }

  private static byte[] inbound(String message) {
    return utf8("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
        + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
        + "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},"
        + "\"wa_id\":\"16505551234\"}],\"messages\":[" + message + "]},\"field\":\"messages\"}]}]}");
  }

  private static byte[] userPreference(String value, long timestamp) {
    return utf8("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
        + "\"field\":\"user_preferences\",\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{"
        + "\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"106540352242922\"},\"contacts\":[{"
        + "\"wa_id\":\"16505551234\",\"profile\":{\"name\":\"Sheena Nelson\"}}],\"user_preferences\":[{"
        + "\"wa_id\":\"16505551234\",\"detail\":\"User requested to " + value + " marketing messages\","
        + "\"category\":\"marketing_messages\",\"value\":\"" + value + "\",\"timestamp\":" + timestamp + "}]}}]}]}");
  }

  private static byte[] templateChange(String field, String valueMembers) {
    return utf8("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\","
        + "\"time\":1739321024,\"changes\":[{\"field\":\"" + field + "\",\"value\":{" + valueMembers + "}}]}]}");
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The in-memory store, failing every write while {@link #failing} is set (like Redis being down). */
  private static final class FlakyStore implements ConversationStore {
    private final InMemoryConversationStore delegate = new InMemoryConversationStore();
    volatile boolean failing;

    private void check() {
      if (failing) {
        throw new IllegalStateException("store unavailable");
      }
    }

    @Override
    public UserState user(String key) {
      return delegate.user(key);
    }

    @Override
    public void link(String key, String otherKey) {
      check();
      delegate.link(key, otherKey);
    }

    @Override
    public void recordInbound(String key, long at, boolean referral) {
      check();
      delegate.recordInbound(key, at, referral);
    }

    @Override
    public void recordSent(SentMessage sent) {
      check();
      delegate.recordSent(sent);
    }

    @Override
    public void recordFreeEntryPoint(String key, long until) {
      check();
      delegate.recordFreeEntryPoint(key, until);
    }

    @Override
    public void recordOptOut(String key, OptOut optOut, long at) {
      check();
      delegate.recordOptOut(key, optOut, at);
    }

    @Override
    public int reachedUsers(long now) {
      return delegate.reachedUsers(now);
    }

    @Override
    public @Nullable MessagingLimitTier tier() {
      return delegate.tier();
    }

    @Override
    public void recordTier(MessagingLimitTier tier) {
      check();
      delegate.recordTier(tier);
    }

    @Override
    public @Nullable TemplateInfo template(String name, String language) {
      return delegate.template(name, language);
    }

    @Override
    public void recordTemplateStatus(String name, String language, TemplateStatus status) {
      check();
      delegate.recordTemplateStatus(name, language, status);
    }

    @Override
    public void recordTemplateCategory(String name, String language, TemplateCategory category) {
      check();
      delegate.recordTemplateCategory(name, language, category);
    }
  }
}
