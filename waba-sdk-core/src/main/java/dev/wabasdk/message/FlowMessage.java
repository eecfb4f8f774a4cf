package dev.wabasdk.message;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An interactive WhatsApp Flow message ({@code "interactive": {"type": "flow"}}): a button that opens a Flow.
 *
 * <pre>{@code
 * FlowMessage message = FlowMessage.builder()
 *     .to("+4915112345678")
 *     .body("Book your appointment")
 *     .flowId("1234567890")
 *     .flowCta("Book now")
 *     .flowToken("session-42")
 *     .navigate("APPOINTMENT", Map.of("clinic", "Berlin"))
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param header {@code interactive.header}: text, image, video or document
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters
 * @param flowMessageVersion {@code flow_message_version}, {@code "3"} by default
 * @param flowToken {@code flow_token}: your identifier for this session, sent back with the Flow's data
 * @param flowId {@code flow_id}; exactly one of {@code flowId} and {@code flowName}
 * @param flowName {@code flow_name}; exactly one of {@code flowId} and {@code flowName}
 * @param flowCta {@code flow_cta}: the button label, 1 to 30 characters, no emoji
 * @param mode {@code mode}: {@code draft} to test an unpublished Flow; Meta's default is {@code published}
 * @param flowAction {@code flow_action}; left out (null) it is Meta's default, {@code navigate}
 * @param screen {@code flow_action_payload.screen}: the first screen for {@code navigate}; when null Meta opens the
 *     Flow's first entry screen, and with no {@code data} either {@code flow_action_payload} is left out
 * @param data {@code flow_action_payload.data}: input for the first screen, a non-empty JSON object when given
 * @param envelope reply context, callback data and extra fields
 */
public record FlowMessage(
    Recipient recipient,
    @Nullable InteractiveHeader header,
    String body,
    @Nullable String footer,
    String flowMessageVersion,
    @Nullable String flowToken,
    @Nullable String flowId,
    @Nullable String flowName,
    String flowCta,
    @Nullable Mode mode,
    @Nullable FlowAction flowAction,
    @Nullable String screen,
    @Nullable Map<String, Object> data,
    Envelope envelope)
    implements InteractiveMessage {

  /** The current {@code flow_message_version}. */
  public static final String DEFAULT_FLOW_MESSAGE_VERSION = "3";
  /**
   * Meta's limit on {@code flow_cta}: "advised to be 30 characters or less (no emoji)". A
   * template's FLOW button text has its own limit.
   */
  public static final int MAX_FLOW_CTA_LENGTH = 30;

  private static final String PARAMETERS = "interactive.action.parameters.";

  public FlowMessage {
    Checks.interactive(recipient, header, body, MAX_BODY_LENGTH, footer);
    Checks.nonBlank(flowMessageVersion, PARAMETERS + "flow_message_version");
    Checks.optionalText(flowToken, PARAMETERS + "flow_token", Integer.MAX_VALUE);
    if ((flowId == null) == (flowName == null)) {
      throw new IllegalArgumentException(PARAMETERS + "flow_id/flow_name: exactly one is required, was flow_id="
          + flowId + ", flow_name=" + flowName);
    }
    Checks.optionalText(flowId, PARAMETERS + "flow_id", Integer.MAX_VALUE);
    Checks.optionalText(flowName, PARAMETERS + "flow_name", Integer.MAX_VALUE);
    Checks.text(flowCta, PARAMETERS + "flow_cta", 1, MAX_FLOW_CTA_LENGTH);
    if (Checks.containsEmoji(flowCta)) {
      throw new IllegalArgumentException(PARAMETERS + "flow_cta: must not contain emoji, was "
          + Checks.preview(flowCta));
    }
    if (flowAction == FlowAction.DATA_EXCHANGE) {
      if (screen != null || data != null) {
        throw new IllegalArgumentException(PARAMETERS + "flow_action_payload: must be omitted for "
            + "flow_action data_exchange (your endpoint supplies the first screen), was screen=" + screen);
      }
    } else if (screen != null) {
      // Meta: flow_action_payload is optional for navigate; without a screen the Flow opens at its entry screen.
      Checks.nonBlank(screen, PARAMETERS + "flow_action_payload.screen");
    }
    if (data != null) {
      data = Checks.jsonObject(data, PARAMETERS + "flow_action_payload.data");
      if (data.isEmpty()) {
        throw new IllegalArgumentException(
            PARAMETERS + "flow_action_payload.data: must be a non-empty object when given; leave it out instead");
      }
    }
    Checks.required(envelope, "envelope");
  }

  /** {@code mode}: whether the Flow is opened as published or as a draft. */
  public enum Mode {
    /** {@code draft}: test a Flow that is not published yet. */
    DRAFT("draft"),
    /** {@code published}: Meta's default. */
    PUBLISHED("published");

    private final String value;

    Mode(String value) {
      this.value = value;
    }

    /** The value on the wire. */
    public String value() {
      return value;
    }
  }

  /** {@code flow_action}: how the Flow's first screen is chosen. */
  public enum FlowAction {
    /** {@code navigate}: open the screen given in {@code flow_action_payload}, else the entry screen (default). */
    NAVIGATE("navigate"),
    /** {@code data_exchange}: ask the business's Flow endpoint for the first screen. */
    DATA_EXCHANGE("data_exchange");

    private final String value;

    FlowAction(String value) {
      this.value = value;
    }

    /** The value on the wire. */
    public String value() {
      return value;
    }
  }

  /** A builder for a Flow message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlowMessage}. */
  public static final class Builder extends InteractiveMessageBuilder.WithHeader<Builder, FlowMessage> {
    private String flowMessageVersion = DEFAULT_FLOW_MESSAGE_VERSION;
    private @Nullable String flowToken;
    private @Nullable String flowId;
    private @Nullable String flowName;
    private @Nullable String flowCta;
    private @Nullable Mode mode;
    private @Nullable FlowAction flowAction;
    private @Nullable String screen;
    private @Nullable Map<String, Object> data;

    Builder() {}

    /** The {@code flow_message_version}; {@code "3"} unless Meta publishes a new one. */
    public Builder flowMessageVersion(String flowMessageVersion) {
      this.flowMessageVersion = Objects.requireNonNull(flowMessageVersion, "flowMessageVersion == null");
      return this;
    }

    /** Your identifier for this Flow session; Meta sends it back with the user's answers. */
    public Builder flowToken(String flowToken) {
      this.flowToken = Objects.requireNonNull(flowToken, "flowToken == null");
      return this;
    }

    /** <strong>Required</strong> (or {@link #flowName}). The Flow's id. */
    public Builder flowId(String flowId) {
      this.flowId = Objects.requireNonNull(flowId, "flowId == null");
      this.flowName = null;
      return this;
    }

    /** <strong>Required</strong> (or {@link #flowId}). The Flow's name. */
    public Builder flowName(String flowName) {
      this.flowName = Objects.requireNonNull(flowName, "flowName == null");
      this.flowId = null;
      return this;
    }

    /** <strong>Required.</strong> The button label, 1 to 30 characters, no emoji. */
    public Builder flowCta(String flowCta) {
      this.flowCta = Objects.requireNonNull(flowCta, "flowCta == null");
      return this;
    }

    /** Opens the Flow in {@code draft} or {@code published} mode (Meta's default: published). */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode == null");
      return this;
    }

    /**
     * {@code flow_action: navigate}: opens {@code screen} first. Without this call (nor {@link #dataExchange()})
     * neither {@code flow_action} nor {@code flow_action_payload} is sent and Meta opens the Flow's first entry
     * screen.
     */
    public Builder navigate(String screen) {
      this.flowAction = FlowAction.NAVIGATE;
      this.screen = Objects.requireNonNull(screen, "screen == null");
      this.data = null;
      return this;
    }

    /** {@code flow_action: navigate}: opens {@code screen} first with {@code data} as its input. */
    public Builder navigate(String screen, Map<String, ?> data) {
      navigate(screen);
      this.data = Checks.jsonObject(data, PARAMETERS + "flow_action_payload.data");
      return this;
    }

    /** {@code flow_action: data_exchange}: the business's Flow endpoint supplies the first screen. */
    public Builder dataExchange() {
      this.flowAction = FlowAction.DATA_EXCHANGE;
      this.screen = null;
      this.data = null;
      return this;
    }

    @Override
    public FlowMessage build() {
      return new FlowMessage(recipient(), header(), requiredBody(), footer(),
          flowMessageVersion, flowToken, flowId, flowName, Checks.required(flowCta, PARAMETERS + "flow_cta"), mode,
          flowAction, screen, data, envelope());
    }
  }
}
