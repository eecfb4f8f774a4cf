package dev.wabasdk.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The businesses one app serves ({@code waba.tenants.<name>.*}), next to the {@code waba.*} settings they share
 * (connections, retries, webhook endpoint). Each becomes a number view of the one {@code WhatsApp} client, reachable by
 * name from {@link WabaTenants}. Immutable; {@link #toString()} never shows a token.
 *
 * @param tenants the businesses by a name of the app's choosing
 */
@ConfigurationProperties("waba")
public record WabaTenantProperties(Map<String, Entry> tenants) {

  public WabaTenantProperties {
    tenants = tenants == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tenants));
  }

  /**
   * One business.
   *
   * @param phoneNumberId Business phone number id of this tenant
   * @param businessAccountId WhatsApp Business Account id of this tenant
   * @param accessToken System User access token of this tenant's business; unset to use waba.access-token or the
   *     AccessTokenProvider bean
   * @param messagesPerSecond Client-side send limit of this number; unset for waba.rate-limit's
   */
  public record Entry(
      @Nullable String phoneNumberId,
      @Nullable String businessAccountId,
      @Nullable String accessToken,
      @Nullable Integer messagesPerSecond) {

    @Override
    public String toString() {
      return "Entry{phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId + ", accessToken="
          + (accessToken == null ? "unset" : "***") + ", messagesPerSecond=" + messagesPerSecond + "}";
    }
  }
}
