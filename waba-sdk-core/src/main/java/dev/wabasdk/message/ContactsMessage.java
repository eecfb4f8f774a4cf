package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One or more contact cards ({@code "type": "contacts"}), at most 257.
 *
 * <p>The type object of this message is a JSON array, so it has no place for extra type fields: use
 * {@link MessageBuilder#putExtraField} for top-level fields instead.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param contacts {@code contacts}, 1 to 257 cards
 * @param envelope reply context, callback data and extra fields
 */
public record ContactsMessage(Recipient recipient, List<Contact> contacts, Envelope envelope) implements Message {

  /** Meta's limit on the number of contact cards in one message. */
  public static final int MAX_CONTACTS = 257;

  public ContactsMessage {
    Checks.required(recipient, "to");
    contacts = Checks.list(contacts, "contacts", 1, MAX_CONTACTS);
    for (int i = 0; i < contacts.size(); i++) {
      check(contacts.get(i), "contacts[" + i + "]");
    }
    Checks.required(envelope, "envelope");
    if (!envelope.extraTypeFields().isEmpty()) {
      throw new IllegalArgumentException("contacts: is a JSON array and cannot take extra type fields "
          + envelope.extraTypeFields().keySet() + "; use putExtraField for top-level fields");
    }
  }

  private static void check(Contact contact, String path) {
    Contact.Name name = contact.name();
    Checks.nonBlank(name.formattedName(), path + ".name.formatted_name");
    for (int i = 0; i < contact.phones().size(); i++) {
      Checks.nonBlank(contact.phones().get(i).phone(), path + ".phones[" + i + "].phone");
    }
    for (int i = 0; i < contact.emails().size(); i++) {
      Checks.nonBlank(contact.emails().get(i).email(), path + ".emails[" + i + "].email");
    }
    for (int i = 0; i < contact.urls().size(); i++) {
      Checks.nonBlank(contact.urls().get(i).url(), path + ".urls[" + i + "].url");
    }
  }

  /** A builder for a contacts message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactsMessage}. */
  public static final class Builder extends MessageBuilder<Builder, ContactsMessage> {
    private final List<Contact> contacts = new ArrayList<>();

    Builder() {}

    /** <strong>Required</strong> (at least one). Adds contact cards. */
    public Builder contact(Contact... contacts) {
      return contacts(Arrays.asList(contacts));
    }

    /** Adds contact cards. */
    public Builder contacts(List<Contact> contacts) {
      contacts.forEach(c -> this.contacts.add(Objects.requireNonNull(c, "contact == null")));
      return this;
    }

    @Override
    public ContactsMessage build() {
      return new ContactsMessage(recipient(), contacts, envelope());
    }
  }
}
