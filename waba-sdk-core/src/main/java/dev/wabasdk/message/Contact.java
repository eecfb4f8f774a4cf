package dev.wabasdk.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One contact card of a {@link ContactsMessage}. Only {@code name.formatted_name} is required.
 *
 * <pre>{@code
 * Contact jane = Contact.builder("Jane Doe")
 *     .name(new Contact.Name("Jane Doe", "Jane", "Doe", null, null, null))
 *     .phone(new Contact.Phone("+16505551234", "WORK", "16505551234"))
 *     .email(new Contact.Email("jane@example.com", "WORK"))
 *     .birthday(LocalDate.of(1990, 1, 31))
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param name {@code name}
 * @param phones {@code phones}
 * @param emails {@code emails}
 * @param addresses {@code addresses}
 * @param org {@code org}
 * @param urls {@code urls}
 * @param birthday {@code birthday}, sent as {@code YYYY-MM-DD}
 */
public record Contact(
    Name name,
    List<Phone> phones,
    List<Email> emails,
    List<Address> addresses,
    @Nullable Org org,
    List<Url> urls,
    @Nullable LocalDate birthday) {

  public Contact {
    Objects.requireNonNull(name, "name == null");
    phones = List.copyOf(phones);
    emails = List.copyOf(emails);
    addresses = List.copyOf(addresses);
    urls = List.copyOf(urls);
  }

  /** A builder for a contact whose full name, as displayed, is {@code formattedName}. */
  public static Builder builder(String formattedName) {
    return new Builder(formattedName);
  }

  /**
   * The contact's name.
   *
   * @param formattedName {@code formatted_name}, <strong>required</strong>
   * @param firstName {@code first_name}
   * @param lastName {@code last_name}
   * @param middleName {@code middle_name}
   * @param suffix {@code suffix}
   * @param prefix {@code prefix}
   */
  public record Name(
      String formattedName,
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String middleName,
      @Nullable String suffix,
      @Nullable String prefix) {

    public Name {
      Objects.requireNonNull(formattedName, "formattedName == null");
    }

    /** A name with only {@code formatted_name}. */
    public static Name of(String formattedName) {
      return new Name(formattedName, null, null, null, null, null);
    }
  }

  /**
   * A phone number.
   *
   * @param phone {@code phone}, as the user should see it
   * @param type {@code type}, e.g. {@code CELL}, {@code MAIN}, {@code IPHONE}, {@code HOME}, {@code WORK}
   * @param waId {@code wa_id}: the WhatsApp id, which adds a "Message" button to the card
   */
  public record Phone(String phone, @Nullable String type, @Nullable String waId) {
    public Phone {
      Objects.requireNonNull(phone, "phone == null");
    }
  }

  /**
   * An email address.
   *
   * @param email {@code email}
   * @param type {@code type}, e.g. {@code HOME} or {@code WORK}
   */
  public record Email(String email, @Nullable String type) {
    public Email {
      Objects.requireNonNull(email, "email == null");
    }
  }

  /**
   * A postal address; every part is optional.
   *
   * @param street {@code street}
   * @param city {@code city}
   * @param state {@code state}
   * @param zip {@code zip}
   * @param country {@code country}
   * @param countryCode {@code country_code}, ISO 3166-1 alpha-2
   * @param type {@code type}, e.g. {@code HOME} or {@code WORK}
   */
  public record Address(
      @Nullable String street,
      @Nullable String city,
      @Nullable String state,
      @Nullable String zip,
      @Nullable String country,
      @Nullable String countryCode,
      @Nullable String type) {}

  /**
   * The contact's organisation.
   *
   * @param company {@code company}
   * @param department {@code department}
   * @param title {@code title}
   */
  public record Org(@Nullable String company, @Nullable String department, @Nullable String title) {}

  /**
   * A web address.
   *
   * @param url {@code url}
   * @param type {@code type}, e.g. {@code HOME} or {@code WORK}
   */
  public record Url(String url, @Nullable String type) {
    public Url {
      Objects.requireNonNull(url, "url == null");
    }
  }

  /** Builds a {@link Contact}. */
  public static final class Builder {
    private Name name;
    private final List<Phone> phones = new ArrayList<>();
    private final List<Email> emails = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private @Nullable Org org;
    private final List<Url> urls = new ArrayList<>();
    private @Nullable LocalDate birthday;

    Builder(String formattedName) {
      this.name = Name.of(Objects.requireNonNull(formattedName, "formattedName == null"));
    }

    /** Replaces the name with a full one (first, last, middle name, prefix, suffix). */
    public Builder name(Name name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** Adds a phone number. */
    public Builder phone(Phone phone) {
      phones.add(Objects.requireNonNull(phone, "phone == null"));
      return this;
    }

    /** Adds an email address. */
    public Builder email(Email email) {
      emails.add(Objects.requireNonNull(email, "email == null"));
      return this;
    }

    /** Adds a postal address. */
    public Builder address(Address address) {
      addresses.add(Objects.requireNonNull(address, "address == null"));
      return this;
    }

    /** Sets the organisation. */
    public Builder org(Org org) {
      this.org = Objects.requireNonNull(org, "org == null");
      return this;
    }

    /** Adds a web address. */
    public Builder url(Url url) {
      urls.add(Objects.requireNonNull(url, "url == null"));
      return this;
    }

    /** Sets the birthday. */
    public Builder birthday(LocalDate birthday) {
      this.birthday = Objects.requireNonNull(birthday, "birthday == null");
      return this;
    }

    /** Builds the contact; limits are checked when it is added to a {@link ContactsMessage}. */
    public Contact build() {
      return new Contact(name, phones, emails, addresses, org, urls, birthday);
    }
  }
}
