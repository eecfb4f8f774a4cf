package dev.wabasdk.spring;

import okhttp3.OkHttpClient;

/**
 * Customizes the OkHttp client the auto-configured {@code WhatsApp} client uses (a proxy, TLS, an interceptor).
 * Declare it as a bean; every one is applied, in {@code @Order}. Timeouts come from {@code waba.*-timeout} and
 * are applied after the customizers.
 */
@FunctionalInterface
public interface WabaHttpClientCustomizer {
  /** Adjusts the builder. */
  void customize(OkHttpClient.Builder builder);
}
