package dev.wabasdk.flow;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Flow to create ({@code POST /{waba-id}/flows}): its name and categories, and optionally its Flow JSON (published
 * at once when {@link #publish} is set), a flow to clone, and the endpoint URI. Checked when built: a non-blank name
 * of at most {@value #MAX_NAME_LENGTH} characters, at least one category, Flow JSON of at most 10 MB, an HTTPS
 * endpoint (plain http only on localhost, for tests with the testkit's fake), and {@code publish} only with Flow
 * JSON. Immutable and thread-safe.
 *
 * <pre>{@code
 * CreatedFlow created = whatsApp.flows().create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
 *     .withFlowJson(bookingFlow)
 *     .withEndpointUri("https://example.com/flows"));
 * }</pre>
 *
 * @param name the flow's name, unique in the WhatsApp Business Account
 * @param categories the business purposes, at least one
 * @param flowJson the Flow JSON document as text, or null to upload it later
 * @param publish whether Meta should publish the flow at once (needs valid {@code flowJson})
 * @param cloneFlowId the id of a flow to copy, or null
 * @param endpointUri the URL of the flow's endpoint (Flow JSON 3.0 and later), or null
 */
public record NewFlow(String name, List<FlowCategory> categories, @Nullable String flowJson, boolean publish,
    @Nullable String cloneFlowId, @Nullable String endpointUri) {
  /** The longest flow name this SDK accepts. */
  public static final int MAX_NAME_LENGTH = 200;
  /** Meta's limit on the size of a Flow JSON document, in bytes. */
  public static final int MAX_FLOW_JSON_BYTES = 10 * 1024 * 1024;

  public NewFlow {
    Objects.requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name: must be 1 to " + MAX_NAME_LENGTH + " characters, was \"" + name
          + "\" (" + name.length() + ")");
    }
    categories = checkCategories(categories);
    checkFlowJson(flowJson);
    if (publish && flowJson == null) {
      throw new IllegalArgumentException("publish: needs flow_json, which is not set");
    }
    if (cloneFlowId != null && cloneFlowId.isBlank()) {
      throw new IllegalArgumentException("clone_flow_id: must not be blank, was \"" + cloneFlowId + "\"");
    }
    checkEndpointUri(endpointUri);
  }

  /** A flow with this name and these categories, no Flow JSON yet. */
  public static NewFlow of(String name, FlowCategory... categories) {
    return new NewFlow(name, List.of(categories), null, false, null, null);
  }

  /** This flow with its Flow JSON document. */
  public NewFlow withFlowJson(FlowJson flowJson) {
    return withFlowJson(flowJson.toJson());
  }

  /** This flow with its Flow JSON document as text (sent as is; Meta validates it). */
  public NewFlow withFlowJson(String flowJson) {
    return new NewFlow(name, categories, Objects.requireNonNull(flowJson, "flowJson"), publish, cloneFlowId,
        endpointUri);
  }

  /** This flow, published at once by Meta when its Flow JSON is valid. */
  public NewFlow published() {
    return new NewFlow(name, categories, flowJson, true, cloneFlowId, endpointUri);
  }

  /** This flow as a copy of the flow with this id. */
  public NewFlow withCloneFlowId(String flowId) {
    return new NewFlow(name, categories, flowJson, publish, Objects.requireNonNull(flowId, "cloneFlowId"),
        endpointUri);
  }

  /** This flow with the URL of its endpoint. */
  public NewFlow withEndpointUri(String uri) {
    return new NewFlow(name, categories, flowJson, publish, cloneFlowId, Objects.requireNonNull(uri, "endpointUri"));
  }

  static List<FlowCategory> checkCategories(List<FlowCategory> categories) {
    Objects.requireNonNull(categories, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories: must name at least one category, named none");
    }
    return List.copyOf(categories);
  }

  static void checkFlowJson(@Nullable String flowJson) {
    if (flowJson == null) {
      return;
    }
    int bytes = flowJson.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_FLOW_JSON_BYTES) {
      throw new IllegalArgumentException("flow_json: must be at most " + MAX_FLOW_JSON_BYTES + " bytes, was " + bytes);
    }
  }

  static void checkEndpointUri(@Nullable String uri) {
    if (uri == null) {
      return;
    }
    URI parsed;
    try {
      parsed = URI.create(uri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint_uri: must be an https URL, was \"" + uri + "\"", e);
    }
    String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
    String host = parsed.getHost();
    // Meta calls only HTTPS endpoints; plain http is let through for a local endpoint tested against the fake.
    boolean loopback = host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    if (host == null || !(scheme.equals("https") || (scheme.equals("http") && loopback))) {
      throw new IllegalArgumentException("endpoint_uri: must be an https URL, was \"" + uri + "\"");
    }
  }
}
