package dev.wabasdk.internal;

import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.MarketingMessagesOnboardingStatus;
import dev.wabasdk.message.ReachEstimate;
import dev.wabasdk.message.ReachEstimateRequest;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP implementation of {@link MarketingMessagesApi}: {@link RealMessagesApi}'s send, interceptor chain and
 * answer, addressed to {@code /marketing_messages}; the reach estimate and the onboarding status of the WhatsApp
 * Business Account. Thread-safe.
 */
final class RealMarketingMessagesApi implements MarketingMessagesApi {
  private static final String ONBOARDING_STATUS = "marketing_messages_onboarding_status";

  private final RealMessagesApi messages;
  private final GraphClient graph;
  private final @Nullable String businessAccountId;

  RealMarketingMessagesApi(RealMessagesApi messages, GraphClient graph, @Nullable String businessAccountId) {
    this.messages = messages;
    this.graph = graph;
    this.businessAccountId = businessAccountId;
  }

  @Override
  public SendResult send(TemplateMessage message, MarketingMessageOptions options) {
    return messages.send(message, Objects.requireNonNull(options, "options"));
  }

  @Override
  public CompletableFuture<SendResult> sendAsync(TemplateMessage message, MarketingMessageOptions options) {
    return messages.sendAsync(message, Objects.requireNonNull(options, "options"));
  }

  @Override
  public ReachEstimate reachEstimate(ReachEstimateRequest request) {
    return graph.execute(GraphCall.get(reachEstimateUrl(request)), RealMarketingMessagesApi::parseReachEstimate);
  }

  @Override
  public CompletableFuture<ReachEstimate> reachEstimateAsync(ReachEstimateRequest request) {
    return graph.executeAsync(GraphCall.get(reachEstimateUrl(request)),
        RealMarketingMessagesApi::parseReachEstimate);
  }

  @Override
  public MarketingMessagesOnboardingStatus onboardingStatus() {
    return graph.execute(GraphCall.get(onboardingStatusUrl()), RealMarketingMessagesApi::parseOnboardingStatus);
  }

  @Override
  public CompletableFuture<MarketingMessagesOnboardingStatus> onboardingStatusAsync() {
    return graph.executeAsync(GraphCall.get(onboardingStatusUrl()), RealMarketingMessagesApi::parseOnboardingStatus);
  }

  private HttpUrl onboardingStatusUrl() {
    return graph.url(waba("onboardingStatus")).newBuilder()
        .addQueryParameter("fields", ONBOARDING_STATUS)
        .build();
  }

  private static MarketingMessagesOnboardingStatus parseOnboardingStatus(Response response) throws IOException {
    String status = Json.string(Json.readObject(response.body().string()), ONBOARDING_STATUS);
    if (status == null) {
      throw new IOException("WhatsApp Business Account answered without " + ONBOARDING_STATUS);
    }
    return MarketingMessagesOnboardingStatus.of(status);
  }

  /** Meta's form: {@code targeting_spec} is serialized JSON in the query, e.g. {@code {"geo_locations":...}}. */
  private HttpUrl reachEstimateUrl(ReachEstimateRequest request) {
    Objects.requireNonNull(request, "request");
    String waba = waba("reachEstimate");
    String targeting = Json.writeTree(Map.of("geo_locations", Map.of("countries", request.countries())));
    return graph.url(waba, "reachestimate").newBuilder()
        .addQueryParameter("targeting_spec", targeting)
        .addQueryParameter("date_interval", request.dateInterval().name())
        .build();
  }

  private String waba(String call) {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for marketingMessages()." + call + "(...):"
          + " set WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    return businessAccountId;
  }

  /** Numbers kept exact: the cost bounds have decimals (e.g. 389.74). */
  private static ReachEstimate parseReachEstimate(Response response) throws IOException {
    Object root = Json.parse(response.body().string());
    if (!(root instanceof Map<?, ?>)) {
      throw new IOException("reachestimate answer is not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> answer = (Map<String, Object>) root;
    String currency = Json.string(answer, "waba_currency");
    if (currency == null) {
      throw new IOException("reachestimate answer has no waba_currency");
    }
    List<ReachEstimate.Estimate> estimates = new ArrayList<>();
    List<Object> list = Json.list(answer, "estimates");
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Map<?, ?>)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> e = (Map<String, Object>) list.get(i);
      String at = "estimates[" + i + "].";
      estimates.add(new ReachEstimate.Estimate(count(e, "bid_amount"), count(e, "users"),
          count(e, "deliveries_lower_bound"), count(e, "deliveries_upper_bound"),
          decimal(e, "cost_lower_bound", at), decimal(e, "cost_upper_bound", at)));
    }
    return new ReachEstimate(currency, estimates);
  }

  private static long count(Map<String, Object> estimate, String key) {
    Long value = Json.longValue(estimate, key);
    return value == null ? 0 : value;
  }

  private static BigDecimal decimal(Map<String, Object> estimate, String key, String at) throws IOException {
    Object value = estimate.get(key);
    if (value instanceof BigDecimal d) {
      return d;
    }
    try {
      return new BigDecimal(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw new IOException("reachestimate answer: " + at + key + " is not a number: '" + value + "'", e);
    }
  }
}
