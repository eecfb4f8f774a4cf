package dev.wabasdk.account;

import java.util.Objects;

/**
 * A Meta app's id and secret, used once to exchange an Embedded Signup code for a business token. The secret never
 * appears in {@link #toString()}. Immutable and thread-safe.
 *
 * @param appId the app id ({@code client_id}), digits
 * @param appSecret the app secret ({@code client_secret}) from App Dashboard &gt; App settings &gt; Basic
 */
public record AppCredentials(String appId, String appSecret) {

  public AppCredentials {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(appSecret, "appSecret");
    if (!appId.matches("\\d{1,30}")) {
      throw new IllegalArgumentException("appId: must be the app's numeric id, was '" + appId + "'");
    }
    if (appSecret.isBlank()) {
      throw new IllegalArgumentException("appSecret: must not be blank");
    }
  }

  @Override
  public String toString() {
    return "AppCredentials{appId=" + appId + ", appSecret=***}";
  }
}
