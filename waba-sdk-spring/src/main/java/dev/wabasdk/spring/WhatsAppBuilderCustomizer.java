package dev.wabasdk.spring;

import dev.wabasdk.WhatsApp;

/**
 * Customizes the auto-configured {@code WhatsApp} client after the {@code waba.*} properties were applied.
 * Declare it as a bean; every one is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface WhatsAppBuilderCustomizer {
  /** Adjusts the builder. */
  void customize(WhatsApp.Builder builder);
}
