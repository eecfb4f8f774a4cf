package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Asks the user for a delivery address with WhatsApp's address form ({@code "interactive": {"type":
 * "address_message"}}; India only): the user taps the button, fills in or picks an address and submits it, and the
 * address arrives as an {@code nfm_reply} webhook named {@code address_message} (the webhooks module's
 * {@code InboundAddressMessage}).
 *
 * <pre>{@code
 * AddressMessage message = AddressMessage.builder()
 *     .to("+919876543210")
 *     .body("Thanks for your order! Tell us what address you'd like this order delivered to.")
 *     .country(AddressMessage.INDIA)
 *     .values(AddressValues.builder().name("Priya Sharma").phoneNumber("+919876543210").build())
 *     .build();
 * }</pre>
 *
 * <p>To ask again after the submitted address failed your checks, send the address back as {@code values} with
 * a message per field in {@code validationErrors}; WhatsApp shows the form with the errors. Immutable and
 * thread-safe.
 *
 * @param recipient who it goes to: one user
 * @param header {@code interactive.header.text}, at most 60 characters, or null
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters, or null
 * @param country {@code interactive.action.parameters.country}: the form's country, {@value #INDIA}
 * @param values {@code parameters.values}: fields to pre-fill, or null
 * @param savedAddresses {@code parameters.saved_addresses}: addresses the user can pick instead of filling in the
 *     form; ids unique
 * @param validationErrors {@code parameters.validation_errors}: an error to show next to each named field (Meta's
 *     field names, see {@link AddressValues#FIELDS})
 * @param envelope reply context, callback data and extra fields
 */
public record AddressMessage(
    Recipient recipient,
    @Nullable String header,
    String body,
    @Nullable String footer,
    String country,
    @Nullable AddressValues values,
    List<SavedAddress> savedAddresses,
    Map<String, String> validationErrors,
    Envelope envelope)
    implements InteractiveMessage {

  /** The only country whose businesses and users Meta offers address messages to. */
  public static final String INDIA = "IN";

  private static final String PARAMS = "interactive.action.parameters";
  /** A plausible phone number: an optional +, then digits with spaces, hyphens or brackets between, 7 to 24 of them. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,22}[0-9]");

  public AddressMessage {
    Checks.interactive(recipient, null, body, MAX_BODY_LENGTH, footer);
    Checks.oneUser(recipient, "address messages go");
    Checks.optionalText(header, "interactive.header.text", MAX_HEADER_TEXT_LENGTH);
    Checks.required(country, PARAMS + ".country");
    if (!INDIA.equals(country)) {
      throw new IllegalArgumentException(PARAMS + ".country: address messages are only available to businesses"
          + " and users in India, must be " + INDIA + ", was " + Checks.preview(country));
    }
    if (values != null) {
      checkValues(values, PARAMS + ".values");
    }
    savedAddresses = Checks.list(savedAddresses, PARAMS + ".saved_addresses", 0, Integer.MAX_VALUE);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < savedAddresses.size(); i++) {
      String path = PARAMS + ".saved_addresses[" + i + "]";
      SavedAddress saved = savedAddresses.get(i);
      Checks.unique(ids, saved.id(), path + ".id", "saved address ids");
      checkValues(saved.value(), path + ".value");
    }
    Checks.required(validationErrors, PARAMS + ".validation_errors");
    Map<String, String> errors = new LinkedHashMap<>();
    validationErrors.forEach((field, error) -> {
      String path = PARAMS + ".validation_errors." + field;
      if (field == null || !AddressValues.FIELDS.contains(field)) {
        throw new IllegalArgumentException(path + ": not an address field; the fields are " + AddressValues.FIELDS);
      }
      errors.put(field, Checks.nonBlank(error, path));
    });
    validationErrors = Collections.unmodifiableMap(errors);
    Checks.required(envelope, "envelope");
  }

  /**
   * One of {@code saved_addresses[]}: an address the user gave before, which they can pick as it is.
   *
   * @param id {@code id}: yours, sent back as {@code saved_address_id} when the user picks it
   * @param value {@code value}: the address
   */
  public record SavedAddress(String id, AddressValues value) {
    public SavedAddress {
      Checks.nonBlank(id, "id");
      Objects.requireNonNull(value, "value == null");
    }
  }

  private static void checkValues(AddressValues values, String path) {
    String pinCode = values.inPinCode();
    if (pinCode != null && Checks.length(pinCode) > AddressValues.MAX_PIN_CODE_LENGTH) {
      throw new IllegalArgumentException(path + ".in_pin_code: must be at most " + AddressValues.MAX_PIN_CODE_LENGTH
          + " characters, was " + Checks.preview(pinCode));
    }
    String phone = values.phoneNumber();
    if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException(path + ".phone_number: must be a phone number (digits, an optional"
          + " leading +), was " + Checks.preview(phone));
    }
  }

  /** A builder for an address message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AddressMessage}. Not thread-safe. */
  public static final class Builder extends InteractiveMessageBuilder<Builder, AddressMessage> {
    private @Nullable String header;
    private @Nullable String country;
    private @Nullable AddressValues values;
    private final List<SavedAddress> savedAddresses = new ArrayList<>();
    private final Map<String, String> validationErrors = new LinkedHashMap<>();

    Builder() {}

    /** A text header, at most 60 characters. */
    public Builder header(String header) {
      this.header = Objects.requireNonNull(header, "header == null");
      return this;
    }

    /** <strong>Required.</strong> The form's country: {@link AddressMessage#INDIA}. */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country == null");
      return this;
    }

    /** Fields to pre-fill in the form. */
    public Builder values(AddressValues values) {
      this.values = Objects.requireNonNull(values, "values == null");
      return this;
    }

    /** Adds an address the user can pick instead of filling in the form; {@code id} comes back if they do. */
    public Builder savedAddress(String id, AddressValues value) {
      savedAddresses.add(new SavedAddress(id, value));
      return this;
    }

    /** Shows {@code error} next to the field (Meta's name, e.g. {@code in_pin_code}) when the form opens. */
    public Builder validationError(String field, String error) {
      validationErrors.put(Objects.requireNonNull(field, "field == null"),
          Objects.requireNonNull(error, "error == null"));
      return this;
    }

    @Override
    public AddressMessage build() {
      return new AddressMessage(recipient(), header, requiredBody(), footer(),
          Checks.required(country, PARAMS + ".country"), values, savedAddresses, validationErrors, envelope());
    }
  }
}
