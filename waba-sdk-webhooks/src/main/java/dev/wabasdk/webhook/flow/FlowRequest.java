package dev.wabasdk.webhook.flow;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decrypted Flow endpoint request. Immutable and thread-safe.
 *
 * @param version the endpoint protocol version ({@code data_api_version}), e.g. {@code 3.0}
 * @param action what happened: {@link FlowAction#INIT}, {@link FlowAction#BACK}, {@link FlowAction#DATA_EXCHANGE}
 * @param screen the screen the request comes from (absent for {@code INIT})
 * @param data the payload the flow sent (form values, or {@code error} or {@code error_key} and
 *     {@code error_message} for an error notification); numbers are {@code BigDecimal}
 * @param flowToken the {@code flow_token} the business set when it sent the flow
 * @param flowTokenSignature Meta's {@code flow_token_signature}: a JWT the flow generates so the business can verify
 *     the flow token, sent only by flows with Flow JSON {@code version} 7.3 or later and {@code data_api_version}
 *     4.0 or later; null otherwise. The SDK passes it on as received and does not verify it (the request itself is
 *     already authenticated by its {@code X-Hub-Signature-256} and its encryption); see the README for how to
 *     check it.
 */
public record FlowRequest(String version, FlowAction action, @Nullable String screen,
    Map<String, @Nullable Object> data, @Nullable String flowToken, @Nullable String flowTokenSignature) {

  public FlowRequest {
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(data, "data == null");
  }

  /** A request without {@code flow_token_signature} (Flow JSON before 7.3 or {@code data_api_version} 3.0). */
  public FlowRequest(String version, FlowAction action, @Nullable String screen, Map<String, @Nullable Object> data,
      @Nullable String flowToken) {
    this(version, action, screen, data, flowToken, null);
  }

  /**
   * Whether this is an error notification (the client reports that the previous answer was unusable): {@code data}
   * has {@code error} (the key in Meta's sample request) or {@code error_key} (the key in Meta's field table).
   */
  public boolean isErrorNotification() {
    // Meta's endpoint guide names the field error_key in its table but error in its sample: either one counts.
    return data.get("error") != null || data.get("error_key") != null;
  }

  /**
   * The error key of an error notification, e.g. {@code invalid-screen-transition}: {@code data.error}, else
   * {@code data.error_key}; null when neither is a string. The raw field stays in {@link #data()}.
   */
  public @Nullable String error() {
    if (data.get("error") instanceof String s) {
      return s;
    }
    return data.get("error_key") instanceof String s ? s : null;
  }

  /** The error message of an error notification, or null. */
  public @Nullable String errorMessage() {
    return data.get("error_message") instanceof String s ? s : null;
  }

  /** A string value of {@code data}, or null. */
  public @Nullable String string(String key) {
    Object value = data.get(key);
    return value == null ? null : value.toString();
  }
}
