package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact card inside an {@link InboundContactsMessage}. Addresses, organisation, URLs and birthday are in
 * {@link #raw()}. Immutable and thread-safe.
 *
 * @param formattedName {@code name.formatted_name}
 * @param firstName {@code name.first_name}
 * @param lastName {@code name.last_name}
 * @param phones the phone numbers on the card
 * @param emails the email addresses on the card
 * @param vcard the vCard text (2026, answers to a contact information request), when Meta sent it
 * @param raw the contact object as Meta sent it
 */
public record SharedContact(
    @Nullable String formattedName,
    @Nullable String firstName,
    @Nullable String lastName,
    List<Phone> phones,
    List<Email> emails,
    @Nullable String vcard,
    RawJson raw) {

  public SharedContact {
    Objects.requireNonNull(phones, "phones == null");
    Objects.requireNonNull(emails, "emails == null");
    Objects.requireNonNull(raw, "raw == null");
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
  }

  /**
   * A phone number on a contact card.
   *
   * @param phone the number as written on the card
   * @param type the label, e.g. {@code WORK}
   * @param waId the number's {@code wa_id} when it is on WhatsApp
   */
  public record Phone(@Nullable String phone, @Nullable String type, @Nullable String waId) {}

  /**
   * An email address on a contact card.
   *
   * @param email the address
   * @param type the label, e.g. {@code WORK}
   */
  public record Email(@Nullable String email, @Nullable String type) {}
}
