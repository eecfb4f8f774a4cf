package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /testkit/campaigns}: the broadcasts the fake has seen, for the console's campaign panel. Template
 * sends are grouped by campaign: the SDK's send key ({@code wabacampaign:<id>:<number>} in
 * {@code biz_opaque_callback_data}) names it, else the template's name and language do. Each group counts its
 * messages by how far they got (sent, delivered, read, failed), newest activity first. Thread-safe: it reads the
 * {@link FakeEngine}'s message log under its lock.
 */
final class CampaignRoutes {
  static final String ROUTE = "GET /testkit/campaigns";
  private static final String SDK_KEY = "wabacampaign:";

  private final FakeEngine engine;

  CampaignRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** Answers the route, or null when {@code s} is not it. */
  @Nullable MockResponse route(String method, List<String> s) {
    if (!method.equals("GET") || s.size() != 2 || !s.get(1).equals("campaigns")) {
      return null;
    }
    return FakeDispatcher.json(200, obj("campaigns", campaigns()));
  }

  /** Counters of one campaign. */
  private static final class Tally {
    final String key;
    final String template;
    long messages;
    long sent;
    long delivered;
    long read;
    long failed;
    Instant first = Instant.MAX;
    Instant last = Instant.MIN;

    Tally(String key, String template) {
      this.key = key;
      this.template = template;
    }
  }

  List<Map<String, Object>> campaigns() {
    Map<String, Tally> tallies = new HashMap<>();
    synchronized (engine.lock) {
      // One pass over the log: cheap enough for the console's one poll a second, even at 100,000 messages.
      for (SentRecord r : engine.messages.sent()) {
        if (!r.type.equals("template")) {
          continue;
        }
        String template = Json.string(r.body, "template", "name") + " (" + Json.string(r.body, "template",
            "language", "code") + ")";
        String data = r.callbackData;
        String key;
        if (data != null && data.startsWith(SDK_KEY) && data.indexOf(':', SDK_KEY.length()) > 0) {
          key = data.substring(SDK_KEY.length(), data.indexOf(':', SDK_KEY.length()));
        } else {
          key = template;
        }
        Tally t = tallies.computeIfAbsent(key, k -> new Tally(k, template));
        t.messages++;
        DeliveryStatus status = r.status;
        if (status.equals(DeliveryStatus.FAILED)) {
          t.failed++;
        } else if (status.equals(DeliveryStatus.READ) || status.equals(DeliveryStatus.PLAYED)) {
          t.sent++;
          t.delivered++;
          t.read++;
        } else if (status.equals(DeliveryStatus.DELIVERED)) {
          t.sent++;
          t.delivered++;
        } else if (status.equals(DeliveryStatus.SENT)) {
          t.sent++;
        }
        if (r.timestamp.isBefore(t.first)) {
          t.first = r.timestamp;
        }
        if (r.timestamp.isAfter(t.last)) {
          t.last = r.timestamp;
        }
      }
    }
    List<Tally> sorted = new ArrayList<>(tallies.values());
    sorted.sort(Comparator.comparing((Tally t) -> t.last).reversed().thenComparing(t -> t.key));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Tally t : sorted) {
      out.add(obj("key", t.key, "template", t.template, "messages", t.messages, "sent", t.sent,
          "delivered", t.delivered, "read", t.read, "failed", t.failed, "first_sent", t.first.toString(),
          "last_sent", t.last.toString()));
    }
    return out;
  }
}
