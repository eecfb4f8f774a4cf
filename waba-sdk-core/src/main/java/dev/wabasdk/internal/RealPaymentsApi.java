package dev.wabasdk.internal;

import dev.wabasdk.payment.NewPaymentConfiguration;
import dev.wabasdk.payment.Payment;
import dev.wabasdk.payment.PaymentConfiguration;
import dev.wabasdk.payment.PaymentConfigurationLink;
import dev.wabasdk.payment.PaymentsApi;
import dev.wabasdk.payment.PaymentsApiChecks;
import dev.wabasdk.payment.RefundRequest;
import dev.wabasdk.payment.RefundResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP implementation of {@link PaymentsApi}. Which calls may be repeated after a temporary failure: the reads;
 * the data endpoint update and the deletion (doing them twice leaves the same state); a new OAuth link (each call
 * makes a fresh link, and the caller gets the last one). Never: a refund (money) and a new configuration (a second
 * one fails on the taken name or starts a second OAuth session). Thread-safe.
 */
final class RealPaymentsApi implements PaymentsApi {
  private final GraphClient graph;
  private final String phoneNumberId;
  private final @Nullable String businessAccountId;

  RealPaymentsApi(GraphClient graph, String phoneNumberId, @Nullable String businessAccountId) {
    this.graph = graph;
    this.phoneNumberId = phoneNumberId;
    this.businessAccountId = businessAccountId;
  }

  // ---- look-up and refund (the phone number)

  @Override
  public List<Payment> lookup(String configurationName, String referenceId) {
    return graph.execute(lookupCall(configurationName, referenceId),
        response -> PaymentsJson.payments(response, referenceId));
  }

  @Override
  public CompletableFuture<List<Payment>> lookupAsync(String configurationName, String referenceId) {
    return graph.executeAsync(lookupCall(configurationName, referenceId),
        response -> PaymentsJson.payments(response, referenceId));
  }

  private GraphCall lookupCall(String configurationName, String referenceId) {
    PaymentsApiChecks.configurationName(configurationName);
    PaymentsApiChecks.referenceId(referenceId);
    // Path segments are encoded: a configuration name may hold spaces or slashes.
    return GraphCall.get(graph.url(phoneNumberId, "payments", configurationName, referenceId));
  }

  @Override
  public RefundResult refund(RefundRequest request) {
    return graph.execute(refundCall(request), PaymentsJson::refundResult);
  }

  @Override
  public CompletableFuture<RefundResult> refundAsync(RefundRequest request) {
    return graph.executeAsync(refundCall(request), PaymentsJson::refundResult);
  }

  private GraphCall refundCall(RefundRequest request) {
    Objects.requireNonNull(request, "request");
    // Moves money: never repeated by the SDK, even when the user opted into retrying unknown outcomes.
    return GraphCall.postOnce(graph.url(phoneNumberId, "payments_refund"), PaymentsJson.refund(request),
        "the refund may have been made: look the payment up before asking again");
  }

  // ---- payment configurations (the WABA)

  @Override
  public List<PaymentConfiguration> configurations() {
    return graph.execute(configurationsCall(), PaymentsJson::configurations);
  }

  @Override
  public CompletableFuture<List<PaymentConfiguration>> configurationsAsync() {
    return graph.executeAsync(configurationsCall(), PaymentsJson::configurations);
  }

  private GraphCall configurationsCall() {
    return GraphCall.get(graph.url(waba("configurations"), "payment_configurations"));
  }

  @Override
  public PaymentConfiguration configuration(String name) {
    return graph.execute(configurationCall(name), response -> PaymentsJson.configuration(response, name));
  }

  @Override
  public CompletableFuture<PaymentConfiguration> configurationAsync(String name) {
    return graph.executeAsync(configurationCall(name), response -> PaymentsJson.configuration(response, name));
  }

  private GraphCall configurationCall(String name) {
    HttpUrl url = graph.url(waba("configuration"), "payment_configuration", PaymentsApiChecks.configurationName(name));
    return GraphCall.get(url);
  }

  @Override
  public PaymentConfigurationLink createConfiguration(NewPaymentConfiguration configuration) {
    return graph.execute(createCall(configuration), PaymentsJson::link);
  }

  @Override
  public CompletableFuture<PaymentConfigurationLink> createConfigurationAsync(NewPaymentConfiguration configuration) {
    return graph.executeAsync(createCall(configuration), PaymentsJson::link);
  }

  private GraphCall createCall(NewPaymentConfiguration configuration) {
    Objects.requireNonNull(configuration, "configuration");
    // Not repeated: a second attempt after one Meta took would fail on the name, or start a second OAuth session.
    return GraphCall.postOnce(graph.url(waba("createConfiguration"), "payment_configuration"),
        PaymentsJson.create(configuration), "the payment configuration may have been created");
  }

  @Override
  public PaymentConfigurationLink regenerateOAuthLink(String name, @Nullable String redirectUrl) {
    return graph.execute(oauthLinkCall(name, redirectUrl), PaymentsJson::link);
  }

  @Override
  public CompletableFuture<PaymentConfigurationLink> regenerateOAuthLinkAsync(String name,
      @Nullable String redirectUrl) {
    return graph.executeAsync(oauthLinkCall(name, redirectUrl), PaymentsJson::link);
  }

  private GraphCall oauthLinkCall(String name, @Nullable String redirectUrl) {
    HttpUrl url = graph.url(waba("regenerateOAuthLink"), "generate_payment_configuration_oauth_link");
    PaymentsApiChecks.configurationName(name);
    if (redirectUrl != null) {
      PaymentsApiChecks.httpUrl("redirect_url", redirectUrl);
    }
    // Repeatable: each call makes a fresh link, and the caller gets the last one.
    return GraphCall.post(url, PaymentsJson.oauthLink(name, redirectUrl), true);
  }

  @Override
  public void updateDataEndpoint(String name, String url) {
    graph.execute(updateCall(name, url), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> updateDataEndpointAsync(String name, String url) {
    return graph.executeAsync(updateCall(name, url), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall updateCall(String name, String endpoint) {
    HttpUrl url = graph.url(waba("updateDataEndpoint"), "payment_configuration",
        PaymentsApiChecks.configurationName(name));
    // Setting the same URL twice leaves the same configuration.
    return GraphCall.post(url, Map.of("data_endpoint_url", PaymentsApiChecks.httpUrl("data_endpoint_url", endpoint)),
        true);
  }

  @Override
  public void deleteConfiguration(String name) {
    graph.execute(deleteCall(name), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteConfigurationAsync(String name) {
    return graph.executeAsync(deleteCall(name), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall deleteCall(String name) {
    HttpUrl url = graph.url(waba("deleteConfiguration"), "payment_configuration");
    // Meta names the configuration in the body of the DELETE, not in the path.
    return GraphCall.delete(url, Map.of("configuration_name", PaymentsApiChecks.configurationName(name)));
  }

  private String waba(String call) {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for payments()." + call
          + "(...): set WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    return businessAccountId;
  }
}
