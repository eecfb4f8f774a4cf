package dev.wabasdk.webhook;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses the account-level fields that are neither templates nor phone numbers: {@code security},
 * {@code partner_solutions}, {@code payment_configuration_update} and {@code flows}. Stateless.
 */
final class OtherFieldsParser {
  private OtherFieldsParser() {}

  /** The event of one of these fields, or null when the field is none of them. */
  static @Nullable WebhookEvent parse(WebhookParser.Change c) {
    return switch (c.field()) {
      case "security" -> new SecurityUpdate(c.header(), c.string("display_phone_number"),
          c.open("event", SecurityEventType::of), c.string("requester"));
      case "partner_solutions" -> new PartnerSolutionUpdate(c.header(), c.string("event"), c.string("solution_id"),
          c.open("solution_status", PartnerSolutionStatus::of));
      case "payment_configuration_update" -> new PaymentConfigurationUpdate(c.header(),
          c.string("configuration_name"), c.string("provider_name"), c.string("provider_mid"), c.string("status"),
          c.value().epochSecondsOrNull("created_timestamp"), c.value().epochSecondsOrNull("updated_timestamp"));
      case "flows" -> flow(c);
      default -> null;
    };
  }

  private static FlowUpdate flow(WebhookParser.Change c) {
    JsonView v = c.value();
    List<FlowUpdate.FlowError> errors = new ArrayList<>();
    for (JsonView error : v.objects("errors")) {
      errors.add(new FlowUpdate.FlowError(
          error.string("error_type"), error.numberOrNull("error_rate"), error.numberOrNull("error_count")));
    }
    return new FlowUpdate(c.header(), c.string("flow_id"), c.open("event", FlowEventType::of), c.string("message"),
        c.string("old_status"), c.string("new_status"), c.string("alert_state"), v.numberOrNull("threshold"),
        v.numberOrNull("error_rate"), errors, v.numberOrNull("p50_latency"), v.numberOrNull("p90_latency"),
        v.numberOrNull("requests_count"), v.numberOrNull("availability"));
  }
}
