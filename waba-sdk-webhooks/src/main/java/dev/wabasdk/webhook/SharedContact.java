package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A contact card inside an {@link InboundContactsMessage}. Immutable and thread-safe.
 *
 * @param formattedName {@code name.formatted_name}
 * @param firstName {@code name.first_name}
 * @param lastName {@code name.last_name}
 * @param middleName {@code name.middle_name}
 * @param prefix {@code name.prefix}
 * @param suffix {@code name.suffix}
 * @param birthday {@code birthday}, {@code YYYY-MM-DD}
 * @param org the organisation ({@code org}), when given
 * @param addresses the postal addresses on the card
 * @param urls the web addresses on the card
 * @param phones the phone numbers on the card
 * @param emails the email addresses on the card
 * @param vcard the vCard text (2026, answers to a contact information request), when Meta sent it
 * @param raw the contact object as Meta sent it
 */
public record SharedContact(
    @Nullable String formattedName,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String middleName,
    @Nullable String prefix,
    @Nullable String suffix,
    @Nullable String birthday,
    @Nullable Org org,
    List<Address> addresses,
    List<Url> urls,
    List<Phone> phones,
    List<Email> emails,
    @Nullable String vcard,
    RawJson raw) {

  public SharedContact {
    Objects.requireNonNull(phones, "phones == null");
    Objects.requireNonNull(emails, "emails == null");
    Objects.requireNonNull(raw, "raw == null");
    addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses == null"));
    urls = List.copyOf(Objects.requireNonNull(urls, "urls == null"));
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

  /**
   * The organisation on a contact card ({@code org}).
   *
   * @param company {@code company}
   * @param department {@code department}
   * @param title {@code title}
   */
  public record Org(@Nullable String company, @Nullable String department, @Nullable String title) {}

  /**
   * A postal address on a contact card.
   *
   * @param street {@code street}
   * @param city {@code city}
   * @param state {@code state}
   * @param zip {@code zip}
   * @param country {@code country}
   * @param countryCode {@code country_code}
   * @param type the label, e.g. {@code HOME}
   */
  public record Address(@Nullable String street, @Nullable String city, @Nullable String state, @Nullable String zip,
      @Nullable String country, @Nullable String countryCode, @Nullable String type) {}

  /**
   * A web address on a contact card.
   *
   * @param url the address
   * @param type the label, e.g. {@code WORK}
   */
  public record Url(@Nullable String url, @Nullable String type) {}
}
