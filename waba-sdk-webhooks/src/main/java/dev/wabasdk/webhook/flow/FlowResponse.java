package dev.wabasdk.webhook.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link FlowHandler} answers: the {@link NextScreen} with its data (also used to show an error message on a
 * screen), {@link Close} to end the flow, or {@link InvalidFlowToken} (HTTP 427). Immutable and thread-safe.
 */
public sealed interface FlowResponse {

  /** Shows {@code screen} with {@code data} for its data model. */
  record NextScreen(String screen, Map<String, @Nullable Object> data) implements FlowResponse {
    public NextScreen {
      Objects.requireNonNull(screen, "screen == null");
      data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data == null")));
    }
  }

  /**
   * Closes the flow: Meta's {@code SUCCESS} screen with {@code extension_message_response.params}, which reach the
   * business in the {@code nfm_reply} message (the {@code flow_token} is added to them, as Meta requires).
   */
  record Close(String flowToken, Map<String, @Nullable Object> params) implements FlowResponse {
    public Close {
      Objects.requireNonNull(flowToken, "flowToken == null");
      params = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params == null")));
    }
  }

  /**
   * The flow token is expired or unknown: answers HTTP 427 with {@code {"error_msg": message}}; WhatsApp shows the
   * message and disables the flow's button, and the business may send a new flow.
   */
  record InvalidFlowToken(String message) implements FlowResponse {
    public InvalidFlowToken {
      Objects.requireNonNull(message, "message == null");
    }
  }

  /** The next screen with data. */
  static NextScreen screen(String screen, Map<String, ?> data) {
    return new NextScreen(screen, new LinkedHashMap<>(data));
  }

  /** The next screen without data. */
  static NextScreen screen(String screen) {
    return new NextScreen(screen, Map.of());
  }

  /** A screen showing an error message (Meta's {@code error_message} data field) with its other data. */
  static NextScreen errorMessage(String screen, String message, Map<String, ?> data) {
    Map<String, @Nullable Object> all = new LinkedHashMap<>(data);
    all.put("error_message", Objects.requireNonNull(message, "message == null"));
    return new NextScreen(screen, all);
  }

  /** Closes the flow, sending {@code params} (and the flow token) to the business. */
  static Close close(String flowToken, Map<String, ?> params) {
    return new Close(flowToken, new LinkedHashMap<>(params));
  }

  /** HTTP 427 with a message for the user. */
  static InvalidFlowToken invalidFlowToken(String message) {
    return new InvalidFlowToken(message);
  }
}
