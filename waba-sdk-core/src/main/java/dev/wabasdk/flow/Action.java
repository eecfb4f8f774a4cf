package dev.wabasdk.flow;

import java.util.Map;
import java.util.Objects;

/**
 * What a Footer, EmbeddedLink, OptIn or selection does: {@link Navigate}, {@link Complete}, {@link DataExchange},
 * {@link UpdateData} or {@link OpenUrl} (the last two from Flow JSON 6.0); an action this SDK does not know is kept
 * as {@link Unknown}. Payload values are literals or {@link Ref} strings. Immutable and thread-safe.
 */
public sealed interface Action {

  /** Meta's action name, e.g. {@code navigate}. */
  String name();

  /** {@code navigate}: go to another screen of the flow with a payload for its data model. */
  record Navigate(String screen, Map<String, Object> payload) implements Action {
    public Navigate {
      Objects.requireNonNull(screen, "screen == null");
      payload = FlowCodec.copyPayload(payload);
    }

    @Override
    public String name() {
      return "navigate";
    }
  }

  /** {@code complete}: end the flow and send the payload to the business in the {@code nfm_reply} message. */
  record Complete(Map<String, Object> payload) implements Action {
    public Complete {
      payload = FlowCodec.copyPayload(payload);
    }

    @Override
    public String name() {
      return "complete";
    }
  }

  /** {@code data_exchange}: send the payload to the Flow endpoint, which answers with the next screen. */
  record DataExchange(Map<String, Object> payload) implements Action {
    public DataExchange {
      payload = FlowCodec.copyPayload(payload);
    }

    @Override
    public String name() {
      return "data_exchange";
    }
  }

  /** {@code update_data}: update the current screen's data model on the device (Flow JSON 6.0+). */
  record UpdateData(Map<String, Object> payload) implements Action {
    public UpdateData {
      payload = FlowCodec.copyPayload(payload);
    }

    @Override
    public String name() {
      return "update_data";
    }
  }

  /** {@code open_url}: open a URL outside the flow (Flow JSON 6.0+). */
  record OpenUrl(String url) implements Action {
    public OpenUrl {
      Objects.requireNonNull(url, "url == null");
    }

    @Override
    public String name() {
      return "open_url";
    }
  }

  /** An action this SDK does not model, kept as raw JSON (with its {@code name}). */
  record Unknown(String name, Map<String, Object> raw) implements Action {
    public Unknown {
      Objects.requireNonNull(name, "name == null");
      raw = FlowCodec.copyPayload(raw);
    }
  }

  /** {@code navigate} to a screen. */
  static Navigate navigate(String screen, Map<String, Object> payload) {
    return new Navigate(screen, payload);
  }

  /** {@code navigate} to a screen without a payload. */
  static Navigate navigate(String screen) {
    return new Navigate(screen, Map.of());
  }

  /** {@code complete} with a payload. */
  static Complete complete(Map<String, Object> payload) {
    return new Complete(payload);
  }

  /** {@code data_exchange} with a payload. */
  static DataExchange dataExchange(Map<String, Object> payload) {
    return new DataExchange(payload);
  }

  /** {@code update_data} with a payload. */
  static UpdateData updateData(Map<String, Object> payload) {
    return new UpdateData(payload);
  }

  /** {@code open_url}. */
  static OpenUrl openUrl(String url) {
    return new OpenUrl(url);
  }
}
