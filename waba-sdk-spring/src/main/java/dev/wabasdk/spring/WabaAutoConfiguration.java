package dev.wabasdk.spring;

import static dev.wabasdk.spring.internal.Settings.apply;
import static dev.wabasdk.spring.internal.Settings.require;
import static dev.wabasdk.spring.internal.Settings.requireSecret;
import static dev.wabasdk.spring.internal.Settings.value;

import dev.wabasdk.AccessTokenProvider;
import dev.wabasdk.RateLimit;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.RateCard;
import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.DecisionListener;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.MarketingFrequencyCapRule;
import dev.wabasdk.policy.MessagingLimitRule;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.OptOutKeywords;
import dev.wabasdk.policy.PairRateRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyRule;
import dev.wabasdk.policy.QuietHoursRule;
import dev.wabasdk.policy.TemplateStatusRule;
import dev.wabasdk.spring.internal.OwnedHttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures the {@link WhatsApp} client, the {@link PolicyEngine} (with an in-memory
 * {@link ConversationStore}) and the {@link CostEstimator} from {@link WabaProperties}. Each bean backs off when
 * the application defines its own. A {@code Clock} bean, when there is exactly one, is used by all three (the
 * testkit's fake clock, for instance); extra {@link PolicyRule} beans are added after the built-in rules, and
 * {@link DecisionListener} beans observe every decision. The engine is the client's first send interceptor; other
 * {@link SendInterceptor} beans follow it in their order.
 */
@AutoConfiguration
@ConditionalOnClass(WhatsApp.class)
@EnableConfigurationProperties({WabaProperties.class, WabaTenantProperties.class})
public final class WabaAutoConfiguration {

  WabaAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean(ConversationStore.class)
  @ConditionalOnProperty(name = "waba.store", havingValue = "memory", matchIfMissing = true)
  InMemoryConversationStore wabaConversationStore() {
    return new InMemoryConversationStore();
  }

  @Bean
  @ConditionalOnMissingBean
  PolicyEngine wabaPolicyEngine(WabaProperties properties, ObjectProvider<ConversationStore> store,
      ObjectProvider<PolicyRule> rules, ObjectProvider<CostEstimator> cost, ObjectProvider<Clock> clock,
      ObjectProvider<DecisionListener> listeners) {
    WabaProperties.Policy p = properties.policy();
    ConversationStore conversationStore = store.getIfUnique();
    if (conversationStore == null) {
      WabaProperties.Store configured = properties.store();
      String value = configured == null ? "unset" : "'" + configured.name().toLowerCase(Locale.ROOT) + "'";
      throw new WabaPropertyException("waba.store", "is " + value + " but there is no single ConversationStore bean",
          "For waba.store=redis add the dev.wabasdk:waba-sdk-redis dependency (its stores are then configured on "
              + "Spring Data Redis's Lettuce connection or on waba.redis.uri), define exactly one ConversationStore "
              + "bean, or set waba.store=memory to keep the state in this JVM.");
    }
    PolicyEngine.Builder builder = PolicyEngine.builder()
        .mode(p.mode())
        .store(conversationStore)
        .clock(clock.getIfUnique(Clock::systemUTC));
    if (p.pairRateSpacing().isZero()) {
      builder.withoutRule(PairRateRule.class);
    } else {
      // The spacing is checked alone first, so an error names the property that is wrong.
      apply("waba.policy.pair-rate-spacing", () -> PairRateRule.minimumSpacing(p.pairRateSpacing()));
      apply("waba.policy.pair-rate-burst", () -> builder.replaceRule(
          new PairRateRule(p.pairRateSpacing(), p.pairRateBurst())));
    }
    String assumedTier = p.assumedMessagingLimitTier();
    if (assumedTier != null) {
      apply("waba.policy.assumed-messaging-limit-tier", () -> builder.replaceRule(
          new MessagingLimitRule(MessagingLimitTier.of(assumedTier))));
    }
    builder.replaceRule(new TemplateStatusRule(p.requireKnownTemplateStatus()));
    if (!p.optOutKeywords()) {
      builder.optOutKeywords(OptOutKeywords.NONE);
    }
    Integer cap = p.marketingFrequencyCap().maxMessages();
    if (cap != null) {
      apply("waba.policy.marketing-frequency-cap", () -> builder.rule(
          new MarketingFrequencyCapRule(cap, p.marketingFrequencyCap().period())));
    }
    WabaProperties.QuietHours quiet = p.quietHours();
    if (quiet.start() != null || quiet.end() != null) {
      LocalTime start = time("waba.policy.quiet-hours.start", quiet.start());
      LocalTime end = time("waba.policy.quiet-hours.end", quiet.end());
      apply("waba.policy.quiet-hours", () -> builder.rule(new QuietHoursRule(start, end)));
    }
    rules.orderedStream().forEach(builder::rule);
    listeners.orderedStream().forEach(builder::decisionListener);
    // Decisions then carry the expected price.
    cost.ifUnique(builder::costEstimator);
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  CostEstimator wabaCostEstimator(WabaProperties properties, ObjectProvider<Clock> clock) {
    WabaProperties.Cost c = properties.cost();
    CostEstimator.Builder builder = CostEstimator.builder()
        .clock(clock.getIfUnique(Clock::systemUTC))
        .zone(c.zone());
    if (!c.rateCards().isEmpty()) {
      List<RateCard> cards = new ArrayList<>();
      for (Path file : c.rateCards()) {
        apply("waba.cost.rate-cards", () -> cards.add(RateCard.load(file)));
      }
      builder.rateCards(cards);
    }
    String currency = c.currency();
    if (currency != null) {
      apply("waba.cost.currency", () -> builder.currency(currency));
    }
    for (Map.Entry<String, String> rate : c.exchangeRates().entrySet()) {
      apply("waba.cost.exchange-rates." + rate.getKey(), () -> builder.exchangeRate(rate.getKey(), rate.getValue()));
    }
    apply("waba.cost.free-entry-point-window", () -> builder.freeEntryPointWindow(c.freeEntryPointWindow()));
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean(WhatsApp.class)
  OwnedHttpClient wabaHttpClient(ObjectProvider<WabaHttpClientCustomizer> customizers) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return new OwnedHttpClient(builder.build());
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  WhatsApp whatsApp(WabaProperties p, OwnedHttpClient http, ObjectProvider<PolicyEngine> policy,
      ObjectProvider<SendInterceptor> interceptors, ObjectProvider<WhatsAppBuilderCustomizer> customizers,
      ObjectProvider<Clock> clock, WabaTenantProperties tenantProperties,
      ObjectProvider<AccessTokenProvider> tokenProviders) {
    Map<String, WabaTenantProperties.Entry> tenants = tenantProperties.tenants();
    WabaTenantProperties.@Nullable Entry first = tenants.isEmpty() ? null : tenants.values().iterator().next();
    @Nullable String defaultNumber = p.phoneNumberId() != null ? p.phoneNumberId() : first == null ? null : first.phoneNumberId();
    String phoneNumberId = require(defaultNumber, "waba.phone-number-id",
        "Set waba.phone-number-id to the phone number id shown in the App Dashboard under WhatsApp > API Setup "
            + "(an id such as 106540352242922, not the phone number).");
    @Nullable String businessAccountId = p.businessAccountId() != null || first == null || p.phoneNumberId() != null
        ? p.businessAccountId() : first.businessAccountId();
    @Nullable AccessTokenProvider provider = tokenProviders.getIfUnique();
    if (provider == null) {
      provider = tokenProvider(p, tenants);
    }
    AccessTokenProvider tokens = provider;
    WhatsApp.Builder builder = WhatsApp.builder().okHttpClient(http.client());
    builder.accessTokenProvider(tokens);
    apply("waba.phone-number-id", () -> builder.phoneNumberId(phoneNumberId));
    if (businessAccountId != null) {
      apply("waba.business-account-id", () -> builder.businessAccountId(businessAccountId));
    }
    @Nullable String appId = p.appId();
    if (appId != null) {
      apply("waba.app-id", () -> builder.appId(appId));
    }
    apply("waba.api-version", () -> builder.apiVersion(p.apiVersion()));
    apply("waba.base-url", () -> builder.baseUrl(p.baseUrl()));
    apply("waba.connect-timeout", () -> builder.connectTimeout(p.connectTimeout()));
    apply("waba.read-timeout", () -> builder.readTimeout(p.readTimeout()));
    apply("waba.write-timeout", () -> builder.writeTimeout(p.writeTimeout()));
    apply("waba.call-timeout", () -> builder.callTimeout(p.callTimeout()));
    WabaProperties.Retry r = p.retry();
    apply("waba.retry", () -> builder.retry(new RetrySettings(r.maxAttempts(), r.initialDelay(), r.maxDelay(),
        r.jitter(), r.maxDuration(), r.retryUnknownOutcome())));
    WabaProperties.RateLimit limit = p.rateLimit();
    if (limit.enabled()) {
      apply("waba.rate-limit", () -> builder.rateLimit(new RateLimit(limit.messagesPerSecond(), limit.maxWait())));
    } else {
      builder.noRateLimit();
    }
    builder.clock(clock.getIfUnique(Clock::systemUTC));
    // The policy engine runs first, then the other SendInterceptor beans in their order.
    PolicyEngine engine = policy.getIfUnique();
    if (engine != null) {
      builder.addInterceptor(engine);
    }
    interceptors.orderedStream().filter(i -> i != engine).forEach(builder::addInterceptor);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /**
   * The tokens from properties: each tenant's {@code access-token}, else {@code waba.access-token} (required unless
   * every tenant has its own).
   */
  private static AccessTokenProvider tokenProvider(WabaProperties p, Map<String, WabaTenantProperties.Entry> tenants) {
    Map<String, AccessTokenProvider> byNumber = new HashMap<>();
    tenants.forEach((name, t) -> {
      @Nullable String token = t.accessToken();
      @Nullable String number = t.phoneNumberId();
      if (token != null && number != null) {
        String property = "waba.tenants." + name + ".access-token";
        byNumber.put(number, value(property, () -> AccessTokenProvider.of(token)));
      }
    });
    boolean everyTenantHasOne = !tenants.isEmpty() && byNumber.size() == tenants.size() && p.phoneNumberId() == null;
    @Nullable AccessTokenProvider fallback = everyTenantHasOne ? null : AccessTokenProvider.of(requireSecret(p.accessToken(),
        "waba.access-token", "Set waba.access-token (for example from the WABA_ACCESS_TOKEN environment variable) to a"
            + " System User access token with the whatsapp_business_messaging permission (Business Settings > System"
            + " users)."));
    if (byNumber.isEmpty()) {
      return java.util.Objects.requireNonNull(fallback);
    }
    return new AccessTokenProvider() {
      @Override
      public String accessToken(Tenant tenant) {
        AccessTokenProvider own = byNumber.get(tenant.phoneNumberId());
        if (own != null) {
          return own.accessToken(tenant);
        }
        if (fallback == null) {
          throw new IllegalStateException("no access token for phone number " + tenant.phoneNumberId()
              + ": set waba.access-token or waba.tenants.<name>.access-token");
        }
        return fallback.accessToken(tenant);
      }

      @Override
      public String toString() {
        return "AccessTokenProvider{waba.tenants, " + byNumber.size() + " tokens=***}";
      }
    };
  }

  @Bean
  @ConditionalOnMissingBean
  WabaTenants wabaTenants(WhatsApp client, WabaTenantProperties p, WabaProperties waba,
      ObjectProvider<WabaTenants.Source> source) {
    WabaTenants.@Nullable Source supplied = source.getIfUnique();
    if (supplied != null) {
      return WabaTenants.of(client, supplied.tenants());
    }
    Map<String, WabaTenants.Definition> definitions = new LinkedHashMap<>();
    p.tenants().forEach((name, t) -> {
      String prefix = "waba.tenants." + name;
      String number = require(t.phoneNumberId(), prefix + ".phone-number-id",
          "Set the phone number id of tenant '" + name + "' (WhatsApp > API Setup of its business).");
      Tenant tenant = value(prefix + ".phone-number-id", () -> new Tenant(number, t.businessAccountId()));
      @Nullable Integer perSecond = t.messagesPerSecond();
      @Nullable RateLimit limit = perSecond == null ? null : value(prefix + ".messages-per-second",
          () -> new RateLimit(perSecond, waba.rateLimit().maxWait()));
      definitions.put(name, new WabaTenants.Definition(tenant, limit));
    });
    return WabaTenants.of(client, definitions);
  }

  private static LocalTime time(String property, @Nullable String value) {
    String text = require(value, property, "Set both waba.policy.quiet-hours.start and .end (e.g. 21:00 and 08:00).");
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new WabaPropertyException(property, "is not a time of day (HH:mm): '" + text + "'",
          "Use 24-hour times such as 21:00.");
    }
  }
}
