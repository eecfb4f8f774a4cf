package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.FlowRunner.Start;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One opened flow, as the user's WhatsApp client walks it: the current screen and its data, the screens behind it
 * (for the back button), the forms filled so far. Submitting a screen follows its Footer's action ({@code navigate},
 * {@code data_exchange} to the endpoint, {@code complete}); going back returns to the previous screen, or asks the
 * endpoint ({@code action: BACK}) when the screen left has {@code refresh_on_back: true}. The end is the
 * {@code nfm_reply} webhook. Thread-safe: its methods are synchronized; the endpoint is called while holding only
 * this session's monitor, never the engine's lock.
 */
public final class FlowSession {
  private static final String VERSION = "3.0";

  /** A screen the user saw, with its data and the form as they left it. */
  private record Step(String screen, Map<String, Object> data) {}

  private final String id;
  private final FlowRunner runner;
  private final Start start;
  private final Deque<Step> history = new ArrayDeque<>();
  private final Map<String, Map<String, ?>> filled = new LinkedHashMap<>();
  private String screen;
  private Map<String, Object> data;
  private @Nullable UserMessage reply;

  private FlowSession(String id, FlowRunner runner, Start start, String screen, Map<String, Object> data) {
    this.id = id;
    this.runner = runner;
    this.start = start;
    this.screen = screen;
    this.data = data;
  }

  /** Opens the flow: its first screen, or the endpoint's answer to {@code INIT}. */
  static FlowSession open(String id, FlowRunner runner, Start start) {
    if (start.firstScreen() != null) {
      return new FlowSession(id, runner, start, known(start, start.firstScreen()), start.firstData());
    }
    Map<String, Object> first = runner.exchange(start, obj("version", VERSION, "action", "INIT", "flow_token",
        start.flowToken()));
    return new FlowSession(id, runner, start, known(start, String.valueOf(first.get("screen"))),
        map(first.get("data")));
  }

  public String id() {
    return id;
  }

  /** The message that opened the flow. */
  public String messageId() {
    return start.wamid();
  }

  public String waId() {
    return start.waId();
  }

  public String flowToken() {
    return start.flowToken();
  }

  public String flowName() {
    return start.flowName();
  }

  public synchronized String screen() {
    return screen;
  }

  /** The current screen's data (from the open, the previous screen's navigate payload, or the endpoint). */
  public synchronized Map<String, Object> data() {
    return map(Json.copy(data));
  }

  /** The current screen's Flow JSON. */
  public synchronized Map<String, Object> screenJson() {
    return map(start.screens().get(screen));
  }

  public synchronized boolean canGoBack() {
    return reply == null && !history.isEmpty();
  }

  /** The {@code nfm_reply} the completion sent, or null while the flow is open. */
  public synchronized @Nullable UserMessage reply() {
    return reply;
  }

  /** Submits the current screen with {@code form} (field name to value) through its Footer's action. */
  public synchronized void submit(Map<String, ?> form) {
    requireOpen();
    filled.put(screen, form);
    Map<String, Object> action = footerAction(Json.map(start.screens().get(screen), "layout"));
    if (action == null) {
      throw new IllegalStateException("screen " + screen + " has no Footer with an on-click-action");
    }
    Map<String, Object> payload = map(resolve(action.get("payload"), form, data, filled));
    String name = String.valueOf(action.get("name"));
    switch (name) {
      case "navigate" -> move(known(start, String.valueOf(Json.at(action, "next", "name"))), payload);
      case "complete" -> reply = runner.reply(start, payload);
      case "data_exchange" -> {
        Map<String, Object> answer = runner.exchange(start, obj("version", VERSION, "action", "data_exchange",
            "screen", screen, "data", payload, "flow_token", start.flowToken()));
        String next = String.valueOf(answer.get("screen"));
        Map<String, Object> nextData = map(answer.get("data"));
        if (next.equals("SUCCESS")) {
          reply = runner.reply(start, map(Json.at(nextData, "extension_message_response", "params")));
        } else if (next.equals(screen)) {
          data = nextData; // the same screen again, e.g. with an error message: nothing to go back to
        } else {
          move(known(start, next), nextData);
        }
      }
      default -> throw new IllegalStateException("screen " + screen + ": the fake cannot follow action " + name);
    }
  }

  /**
   * The back button: the previous screen as it was, or, when the current screen has {@code refresh_on_back: true}
   * and the flow an endpoint, the screen and data the endpoint answers to {@code action: BACK}.
   */
  public synchronized void back() {
    requireOpen();
    if (history.isEmpty()) {
      throw new IllegalStateException("screen " + screen + " is the flow's first screen: there is no screen to go "
          + "back to");
    }
    boolean refresh = Boolean.TRUE.equals(map(start.screens().get(screen)).get("refresh_on_back"));
    if (refresh && start.endpointUri() != null) {
      // Meta leaves "screen" out of a BACK request; the flow token tells the endpoint whose flow it is.
      Map<String, Object> answer = runner.exchange(start, obj("version", VERSION, "action", "BACK", "flow_token",
          start.flowToken()));
      String next = known(start, String.valueOf(answer.get("screen")));
      while (!history.isEmpty() && !history.peek().screen().equals(next)) {
        history.pop();
      }
      if (!history.isEmpty()) {
        history.pop();
      }
      screen = next;
      data = map(answer.get("data"));
      return;
    }
    Step previous = history.pop();
    screen = previous.screen();
    data = previous.data();
  }

  /** The form the user filled on {@code screenId}, or an empty one. */
  public synchronized Map<String, ?> filled(String screenId) {
    Map<String, ?> form = filled.get(screenId);
    return form == null ? Map.of() : form;
  }

  private void move(String next, Map<String, Object> nextData) {
    history.push(new Step(screen, data));
    screen = next;
    data = nextData;
  }

  private void requireOpen() {
    if (reply != null) {
      throw new IllegalStateException("the flow " + start.flowName() + " is completed");
    }
  }

  private static String known(Start start, String screen) {
    if (!start.screens().containsKey(screen)) {
      throw new IllegalStateException("the flow has no screen " + screen + "; screens: " + start.screens().keySet());
    }
    return screen;
  }

  /** The on-click-action of the screen's Footer (searched through forms and other containers), or null. */
  static @Nullable Map<String, Object> footerAction(@Nullable Object node) {
    if (node instanceof Map<?, ?> m) {
      if ("Footer".equals(m.get("type")) && m.get("on-click-action") instanceof Map<?, ?>) {
        return map(m.get("on-click-action"));
      }
      for (String key : List.of("children", "then", "else")) {
        Map<String, Object> found = footerAction(m.get(key));
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> found = footerAction(o);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Replaces {@code ${form.x}}, {@code ${data.x}} and {@code ${screen.S.form.x}} with their values. */
  static @Nullable Object resolve(@Nullable Object value, Map<String, ?> form, Map<String, Object> data,
      Map<String, Map<String, ?>> filled) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> {
        Object resolved = resolve(v, form, data, filled);
        if (resolved != null) {
          out.put(String.valueOf(k), resolved);
        }
      });
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(resolve(v, form, data, filled)));
      return out;
    }
    if (value instanceof String s && s.startsWith("${") && s.endsWith("}")) {
      String[] path = s.substring(2, s.length() - 1).split("\\.");
      if (path.length == 2 && path[0].equals("form")) {
        return form.get(path[1]);
      }
      if (path.length == 2 && path[0].equals("data")) {
        return data.get(path[1]);
      }
      if (path.length == 4 && path[0].equals("screen") && path[2].equals("form")) {
        Map<String, ?> other = filled.get(path[1]);
        return other == null ? null : other.get(path[3]);
      }
      if (path.length == 4 && path[0].equals("screen") && path[2].equals("data")) {
        return null; // earlier screens' data are not kept by the fake
      }
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object value) {
    return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
  }
}
