package dev.wabasdk.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A whole Flow JSON document: {@code version}, {@code data_api_version} (for flows with an endpoint),
 * {@code routing_model} and {@code screens}.
 *
 * <pre>{@code
 * FlowJson flow = FlowJson.builder("7.2")
 *     .screen(Screen.builder("SIGN_UP").title("Sign up").terminal(true).success(true)
 *         .add(TextInput.builder("email", "Email").inputType("email").required(true).build(),
 *              Footer.of("Done", Action.complete(Map.of("email", Ref.form("email")))))
 *         .build())
 *     .build();                       // checked against Meta's rules here
 * String json = flow.toJson();        // upload this
 * }</pre>
 *
 * <p>Every instance satisfies Meta's documented rules, whether built or
 * {@link #parse parsed}: at least one screen, screen ids of letters and underscores (not {@code SUCCESS}) and unique,
 * at least one terminal screen and a Footer on each, routes and {@code navigate} targets that exist, at most 50
 * components per screen (and Meta's per-type counts: one Footer, 5 OptIns, 2 EmbeddedLinks, 3 Images...), unique
 * form field names, character limits and entry counts per property, and {@code ${form.x}}/{@code ${data.x}}/
 * {@code ${screen.S...}} references to fields that exist, and {@code data_api_version} when an action is
 * {@code data_exchange}. A violation is an {@link IllegalArgumentException}
 * naming the screen, the component
 * (index and name) and the limit. Parsing keeps what this SDK does not model ({@link UnknownComponent}, the
 * {@code extra} maps), so {@code parse(json).toJson()} is the same JSON tree. Immutable and thread-safe.
 *
 * @param version <strong>Required.</strong> the Flow JSON version, e.g. {@code 7.2}
 * @param dataApiVersion the endpoint protocol version ({@code 3.0}) when the flow uses an endpoint
 * @param routingModel which screens each screen may lead to (endpoint flows), or null
 * @param screens <strong>Required.</strong> the screens, at least one
 * @param extra top-level properties this SDK does not model (e.g. {@code data_channel_uri}), kept as raw JSON
 */
public record FlowJson(String version, @Nullable String dataApiVersion,
    @Nullable Map<String, List<String>> routingModel, List<Screen> screens, Map<String, @Nullable Object> extra) {

  public FlowJson {
    Objects.requireNonNull(version, "version == null");
    screens = FlowCodec.list(screens, "screens");
    if (routingModel != null) {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      routingModel.forEach((k, v) -> copy.put(k, FlowCodec.list(v, "routing_model." + k)));
      routingModel = Collections.unmodifiableMap(copy);
    }
    extra = FlowCodec.copy(extra);
    FlowValidator.check(version, dataApiVersion, routingModel, screens);
  }

  /** A builder for a flow of this Flow JSON version (e.g. {@code "7.2"}). */
  public static Builder builder(String version) {
    return new Builder(version);
  }

  /** The screen with this id, or null. */
  public @Nullable Screen screen(String id) {
    for (Screen s : screens) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  /** This flow as a JSON tree (insertion-ordered maps and lists). */
  public Map<String, @Nullable Object> toJsonTree() {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("version", version);
    if (dataApiVersion != null) {
      m.put("data_api_version", dataApiVersion);
    }
    if (routingModel != null) {
      m.put("routing_model", routingModel);
    }
    m.put("screens", screens.stream().map(Screen::toJsonTree).toList());
    extra.forEach(m::putIfAbsent);
    return m;
  }

  /** The Flow JSON Meta expects (compact), ready to upload. */
  public String toJson() {
    return FlowCodec.write(toJsonTree());
  }

  /**
   * Reads Flow JSON, keeping unknown components and properties.
   *
   * @throws IllegalArgumentException when it is not JSON, lacks the required structure or breaks Meta's rules
   */
  public static FlowJson parse(String json) {
    Objects.requireNonNull(json, "json == null");
    Object tree = FlowCodec.read(json);
    if (!(tree instanceof Map<?, ?> raw)) {
      throw new IllegalArgumentException("Flow JSON must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> m = new LinkedHashMap<>((Map<String, @Nullable Object>) raw);
    if (!(m.remove("version") instanceof String version)) {
      throw new IllegalArgumentException("Flow JSON needs a string \"version\"");
    }
    String dataApiVersion = m.get("data_api_version") instanceof String ? (String) m.remove("data_api_version") : null;
    Map<String, List<String>> routing = null;
    if (m.get("routing_model") instanceof Map<?, ?> r && r.values().stream().allMatch(
        v -> v instanceof List<?> l && l.stream().allMatch(String.class::isInstance))) {
      m.remove("routing_model");
      routing = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : r.entrySet()) {
        routing.put(String.valueOf(e.getKey()), ((List<?>) e.getValue()).stream().map(String.class::cast).toList());
      }
    }
    if (!(m.remove("screens") instanceof List<?> screens)) {
      throw new IllegalArgumentException("Flow JSON needs a \"screens\" array");
    }
    List<Screen> parsed = new ArrayList<>();
    for (Object s : screens) {
      parsed.add(Screen.read(s));
    }
    return new FlowJson(version, dataApiVersion, routing, parsed, m);
  }

  /** Builds a {@link FlowJson}; {@link #build()} checks Meta's rules. Not thread-safe. */
  public static final class Builder {
    private final String version;
    private @Nullable String dataApiVersion;
    private @Nullable Map<String, List<String>> routingModel;
    private final List<Screen> screens = new ArrayList<>();
    private final Map<String, @Nullable Object> extra = new LinkedHashMap<>();

    private Builder(String version) {
      this.version = Objects.requireNonNull(version, "version == null");
    }

    /** {@code data_api_version}: {@code 3.0} for a flow with an endpoint. */
    public Builder dataApiVersion(String dataApiVersion) {
      this.dataApiVersion = Objects.requireNonNull(dataApiVersion, "dataApiVersion == null");
      return this;
    }

    /** A {@code routing_model} entry: the screens {@code from} may lead to (none for a last screen). */
    public Builder route(String from, String... to) {
      if (routingModel == null) {
        routingModel = new LinkedHashMap<>();
      }
      routingModel.put(Objects.requireNonNull(from, "from == null"), List.of(to));
      return this;
    }

    /** Adds a screen. */
    public Builder screen(Screen screen) {
      screens.add(Objects.requireNonNull(screen, "screen == null"));
      return this;
    }

    /** A top-level property this SDK does not model yet, written as is. */
    public Builder extra(String name, Object value) {
      extra.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * The flow.
     *
     * @throws IllegalArgumentException naming the screen, component and limit when a rule of Meta's is broken
     */
    public FlowJson build() {
      return new FlowJson(version, dataApiVersion, routingModel, screens, extra);
    }
  }
}
