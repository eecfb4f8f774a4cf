package dev.wabasdk.webhook.flow;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A decrypted Flow endpoint request. Immutable and thread-safe.
 *
 * @param version the endpoint protocol version, {@code 3.0}
 * @param action what happened: {@link FlowAction#INIT}, {@link FlowAction#BACK}, {@link FlowAction#DATA_EXCHANGE}
 * @param screen the screen the request comes from (absent for {@code INIT})
 * @param data the payload the flow sent (form values, or {@code error}/{@code error_message} for an error
 *     notification); numbers are {@code BigDecimal}
 * @param flowToken the {@code flow_token} the business set when it sent the flow
 */
public record FlowRequest(String version, FlowAction action, @Nullable String screen,
    Map<String, @Nullable Object> data, @Nullable String flowToken) {

  public FlowRequest {
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(data, "data == null");
  }

  /** Whether this is an error notification (the client reports that the previous answer was unusable). */
  public boolean isErrorNotification() {
    return data.get("error") != null;
  }

  /** The error key of an error notification, e.g. {@code invalid-screen-transition}, or null. */
  public @Nullable String error() {
    return data.get("error") instanceof String s ? s : null;
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
