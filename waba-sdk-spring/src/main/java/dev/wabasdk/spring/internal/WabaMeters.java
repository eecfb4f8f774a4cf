package dev.wabasdk.spring.internal;

import com.squareup.moshi.JsonReader;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.InteractiveMessage;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.DecisionListener;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.spring.WabaHttpClientCustomizer;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Micrometer meters for the client and the webhook endpoint:
 * <ul>
 *   <li>{@code waba.messages.sent} (counter; {@code type} = Meta's message type, {@code outcome} = {@code sent},
 *       {@code failed} (Graph error), {@code error} (no answer, or another failure) or {@code refused} (an
 *       interceptor such as the policy engine refused it: nothing was sent)), one per send, whatever its retries;
 *   <li>{@code waba.graph.errors} (counter; {@code code} = the Graph error code, {@code http} = the status);
 *   <li>{@code waba.graph.requests} (timer; {@code endpoint}, {@code method}, {@code status});
 *   <li>{@code waba.webhook.events} (counter; {@code type} = the event record, e.g. {@code InboundTextMessage});
 *   <li>{@code waba.webhook.signature.failures} (counter);
 *   <li>{@code waba.webhook.requests} (timer; {@code status});
 *   <li>{@code waba.policy.decisions} (counter; {@code verdict} = {@code allow}, {@code template_required} or
 *       {@code deny}, {@code reason} = the decision's reason code), one per policy evaluation.
 * </ul>
 * Thread-safe.
 */
public final class WabaMeters
    implements WabaHttpClientCustomizer, SendInterceptor, WebhookListener, WebhookObserver, DecisionListener {
  private static final Set<String> ENDPOINTS =
      Set.of("messages", "media", "message_templates", "phone_numbers", "whatsapp_business_profile");
  private static final long MAX_PEEK = 64 * 1024;

  private final MeterRegistry registry;
  private final Counter signatureFailures;

  public WabaMeters(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.signatureFailures = Counter.builder("waba.webhook.signature.failures")
        .description("Webhook notifications rejected because X-Hub-Signature-256 was missing or wrong")
        .register(registry);
  }

  @Override
  public void customize(OkHttpClient.Builder builder) {
    builder.addInterceptor(this::intercept);
  }

  private Response intercept(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    String endpoint = endpoint(request);
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      timer(endpoint, request.method(), "IO_ERROR").record(Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
    timer(endpoint, request.method(), Integer.toString(response.code()))
        .record(Duration.ofNanos(System.nanoTime() - start));
    if (!response.isSuccessful()) {
      Counter.builder("waba.graph.errors")
          .description("Graph API error answers by error code")
          .tag("code", errorCode(response))
          .tag("http", Integer.toString(response.code()))
          .register(registry)
          .increment();
    }
    return response;
  }

  /** Counts each send once by its type and outcome: the client installs this bean as a send interceptor. */
  @Override
  public SendResult intercept(SendInterceptor.Chain chain) {
    String type = typeOf(chain.message());
    try {
      SendResult result = chain.proceed(chain.message());
      sent(type, "sent");
      return result;
    } catch (WabaPolicyException e) {
      sent(type, "refused");
      throw e;
    } catch (WabaApiException e) {
      sent(type, "failed");
      throw e;
    } catch (RuntimeException e) {
      sent(type, "error");
      throw e;
    }
  }

  /** Meta's top-level {@code type} of a message. */
  private static String typeOf(Message message) {
    if (message instanceof InteractiveMessage) {
      return "interactive";
    }
    if (message instanceof TemplateMessage) {
      return "template";
    }
    // The other records are named after Meta's type: TextMessage -> text, StickerMessage -> sticker, ...
    String name = message.getClass().getSimpleName();
    return name.endsWith("Message") ? name.substring(0, name.length() - 7).toLowerCase(Locale.ROOT) : "other";
  }

  @Override
  public void onEvent(WebhookEvent event) {
    Counter.builder("waba.webhook.events")
        .description("Webhook events dispatched (after de-duplication) by type")
        .tag("type", event.getClass().getSimpleName())
        .register(registry)
        .increment();
  }

  @Override
  public void onNotification(WebhookResponse response, Duration elapsed) {
    if (response.statusCode() == 401) {
      signatureFailures.increment();
    }
    Timer.builder("waba.webhook.requests")
        .description("Webhook notification handling time")
        .tag("status", Integer.toString(response.statusCode()))
        .register(registry)
        .record(elapsed);
  }

  @Override
  public void onDecision(Message message, Decision decision) {
    Counter.builder("waba.policy.decisions")
        .description("Policy engine decisions by verdict and reason code")
        .tag("verdict", decision.verdict().name().toLowerCase(Locale.ROOT))
        .tag("reason", decision.reasonCode())
        .register(registry)
        .increment();
  }

  private void sent(String type, String outcome) {
    Counter.builder("waba.messages.sent")
        .description("Send attempts by message type and outcome")
        .tag("type", type)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  private Timer timer(String endpoint, String method, String status) {
    return Timer.builder("waba.graph.requests")
        .description("Graph API call latency")
        .tag("endpoint", endpoint)
        .tag("method", method)
        .tag("status", status)
        .register(registry);
  }

  private static String endpoint(Request request) {
    List<String> segments = request.url().pathSegments();
    String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    return ENDPOINTS.contains(last) ? last : "other";
  }

  private static String errorCode(Response response) {
    try {
      JsonReader reader = JsonReader.of(response.peekBody(MAX_PEEK).source());
      String code = topLevelString(reader, "error", "code");
      return code == null ? "none" : code;
    } catch (IOException | RuntimeException e) {
      return "none";
    }
  }

  /** The string or number at {@code name} (or {@code name.child}) of the top-level object, or null. */
  private static @Nullable String topLevelString(JsonReader reader, String name, @Nullable String child)
      throws IOException {
    reader.beginObject();
    while (reader.hasNext()) {
      if (!reader.nextName().equals(name)) {
        reader.skipValue();
      } else if (child == null) {
        return reader.peek() == JsonReader.Token.STRING || reader.peek() == JsonReader.Token.NUMBER
            ? reader.nextString() : null;
      } else if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        return topLevelString(reader, child, null);
      } else {
        return null;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WabaMeters";
  }
}
