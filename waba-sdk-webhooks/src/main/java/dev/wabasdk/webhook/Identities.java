package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parts every family of the {@code messages} and {@code user_preferences} fields shares: who a sender or
 * recipient is (from the item and the change's {@code contacts[]}), the business number and Meta's errors. Stateless.
 */
final class Identities {
  private Identities() {}

  /**
   * A sender or recipient: the user (null when nothing identifies one), and the profile name and identity hash its
   * contact gives.
   */
  record Party(@Nullable WhatsAppUser user, @Nullable String profileName, @Nullable String identityKeyHash) {}

  /**
   * What the parsers read of a {@code contacts[]} entry.
   *
   * @param username the profile's {@code username}
   * @param profileName the profile's {@code name}
   * @param identityKeyHash {@code identity_key_hash} (sent while the number's identity change check is on)
   */
  record Contact(
      @Nullable String waId,
      @Nullable String userId,
      @Nullable String parentUserId,
      @Nullable String username,
      @Nullable String profileName,
      @Nullable String identityKeyHash) {

    static Contact of(JsonView contact) {
      JsonView profile = contact.object("profile");
      return new Contact(contact.string("wa_id"), contact.string("user_id"), contact.string("parent_user_id"),
          profile == null ? null : profile.string("username"), profile == null ? null : profile.string("name"),
          contact.string("identity_key_hash"));
    }
  }

  /** The contacts of a {@code contacts[]} array's objects. */
  static List<Contact> contacts(List<JsonView> contacts) {
    if (contacts.isEmpty()) {
      return List.of();
    }
    List<Contact> result = new ArrayList<>(contacts.size());
    for (JsonView contact : contacts) {
      result.add(Contact.of(contact));
    }
    return result;
  }

  static Party party(
      List<JsonView> contacts,
      @Nullable String waId,
      @Nullable String userId,
      @Nullable String parentUserId,
      int index,
      int count) {
    return partyAmong(contacts(contacts), waId, userId, parentUserId, index, count);
  }

  /** A party, given its item's place among its siblings (to find its contact). */
  static Party partyAmong(
      List<Contact> contacts,
      @Nullable String waId,
      @Nullable String userId,
      @Nullable String parentUserId,
      int index,
      int count) {
    Contact contact = contact(contacts, waId, userId, index, count);
    return contact == null ? new Party(user(waId, userId, parentUserId, null), null, null)
        : new Party(user(waId, userId, parentUserId, contact), contact.profileName(), contact.identityKeyHash());
  }

  /**
   * The {@code contacts[]} entry describing a user: the one with a matching {@code wa_id} or {@code user_id};
   * failing that the only contact, or the contact at the same index when there is one per item — but never a
   * contact that names a different user.
   */
  private static @Nullable Contact contact(
      List<Contact> contacts, @Nullable String waId, @Nullable String userId, int index, int count) {
    if (contacts.isEmpty()) {
      return null;
    }
    for (Contact contact : contacts) {
      if ((waId != null && waId.equals(contact.waId())) || (userId != null && userId.equals(contact.userId()))) {
        return contact;
      }
    }
    Contact candidate =
        contacts.size() == 1 ? contacts.get(0) : contacts.size() == count ? contacts.get(index) : null;
    if (candidate == null) {
      return null;
    }
    String contactWaId = candidate.waId();
    String contactUserId = candidate.userId();
    boolean conflicts =
        (waId != null && contactWaId != null && !waId.equals(contactWaId))
            || (userId != null && contactUserId != null && !userId.equals(contactUserId));
    return conflicts ? null : candidate;
  }

  private static @Nullable WhatsAppUser user(
      @Nullable String waId, @Nullable String userId, @Nullable String parentUserId, @Nullable Contact contact) {
    String username = null;
    if (contact != null) {
      waId = waId != null ? waId : contact.waId();
      userId = userId != null ? userId : contact.userId();
      parentUserId = parentUserId != null ? parentUserId : contact.parentUserId();
      username = contact.username();
    }
    if (waId == null && userId == null) {
      return null;
    }
    return new WhatsAppUser(waId, userId, parentUserId, username);
  }

  static WebhookMetadata metadata(JsonView value) {
    JsonView metadata = value.object("metadata");
    return metadata == null
        ? new WebhookMetadata(null, null)
        : new WebhookMetadata(metadata.string("phone_number_id"), metadata.string("display_phone_number"));
  }

  static List<WebhookError> errors(JsonView owner) {
    return errors(owner.objects("errors"));
  }

  /** The errors of an {@code errors} array's objects. */
  static List<WebhookError> errors(List<JsonView> errors) {
    if (errors.isEmpty()) {
      return List.of();
    }
    List<WebhookError> result = new ArrayList<>(errors.size());
    for (JsonView error : errors) {
      JsonView data = error.object("error_data");
      result.add(
          new WebhookError(
              error.intOrZero("code"),
              error.string("title"),
              error.string("message"),
              data == null ? null : data.string("details"),
              error.string("href")));
    }
    return result;
  }

  /**
   * The recipient a status names, given its place among its siblings: {@code recipientId} is a BSUID when the
   * business sent to one (BSUIDs contain a dot, phone numbers never do), else a phone number. Shared by message
   * statuses and payment statuses.
   */
  static Party recipient(
      List<Contact> contacts,
      @Nullable String recipientId,
      @Nullable String userId,
      @Nullable String parentUserId,
      int index,
      int count) {
    boolean bsuid = recipientId != null && recipientId.indexOf('.') >= 0;
    String waId = bsuid ? null : recipientId;
    if (userId == null && bsuid) {
      userId = recipientId;
    }
    return partyAmong(contacts, waId, userId, parentUserId, index, count);
  }

  /** The parent BSUID of a status's recipient, under either spelling Meta has documented. */
  static @Nullable String parentRecipientUserId(JsonView status) {
    String parent = status.string("recipient_parent_user_id");
    return parent != null ? parent : status.string("parent_recipient_user_id");
  }
}
