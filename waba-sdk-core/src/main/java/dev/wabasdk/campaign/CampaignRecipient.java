package dev.wabasdk.campaign;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recipient of a campaign: the phone number as given (checked when the campaign reaches it, so one bad row in a
 * million does not stop the read), the values of the template's body variables in order, and optionally the
 * recipient's time zone for quiet hours (otherwise derived from the number's country). Immutable and thread-safe.
 *
 * @param phoneNumber the number in E.164 form, with or without {@code +}
 * @param parameters the body parameters {@code {{1}}, {{2}}, ...} of this recipient's message
 * @param zone the recipient's time zone, or null to derive it from the number
 */
public record CampaignRecipient(String phoneNumber, List<String> parameters, @Nullable ZoneId zone) {

  public CampaignRecipient {
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    parameters = List.copyOf(parameters);
  }

  /** A recipient with body parameters and no explicit zone. */
  public static CampaignRecipient of(String phoneNumber, String... parameters) {
    return new CampaignRecipient(phoneNumber, List.of(parameters), null);
  }

  /** The stable part of this recipient's send key: the number's digits. */
  public String digits() {
    StringBuilder digits = new StringBuilder(phoneNumber.length());
    for (int i = 0; i < phoneNumber.length(); i++) {
      char c = phoneNumber.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
