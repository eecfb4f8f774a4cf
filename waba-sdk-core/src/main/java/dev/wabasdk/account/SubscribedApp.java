package dev.wabasdk.account;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An app subscribed to a WhatsApp Business Account's webhooks ({@code GET /{waba-id}/subscribed_apps}). Immutable
 * and thread-safe.
 *
 * @param appId the app's id ({@code whatsapp_business_api_data.id})
 * @param name the app's name
 * @param link the app's link
 * @param overrideCallbackUri the account's alternate callback URL for this app, or null when webhooks go to the app's
 *     own callback URL
 */
public record SubscribedApp(String appId, @Nullable String name, @Nullable String link,
    @Nullable String overrideCallbackUri) {

  public SubscribedApp {
    Objects.requireNonNull(appId, "appId");
  }
}
