package dev.wabasdk.commerce;

import java.util.concurrent.CompletableFuture;

/**
 * Reads and changes the commerce settings of the client's phone number
 * ({@code GET/POST /{phone-number-id}/whatsapp_commerce_settings}). Obtain it from {@code WhatsApp.commerce()}.
 *
 * <pre>{@code
 * CommerceSettings settings = whatsApp.commerce().settings();
 * if (!settings.catalogVisible()) {
 *   whatsApp.commerce().updateSettings(new CommerceSettings(true, true));
 * }
 * }</pre>
 * Thread-safe.
 */
public interface CommerceApi {
  /** The current settings. */
  CommerceSettings settings();

  /** The asynchronous twin of {@link #settings()}. */
  CompletableFuture<CommerceSettings> settingsAsync();

  /** Sets both settings ({@code is_cart_enabled} and {@code is_catalog_visible}). */
  void updateSettings(CommerceSettings settings);

  /** The asynchronous twin of {@link #updateSettings}. */
  CompletableFuture<Void> updateSettingsAsync(CommerceSettings settings);
}
