package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code type} of an item of a Groups API webhook ({@code groups[].type}).
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code group_create}
 */
public record GroupEventType(String value) {
  /** A group was created ({@code group_lifecycle_update}), or creating it failed (with errors). */
  public static final GroupEventType GROUP_CREATE = new GroupEventType("group_create");
  /** A group was deleted ({@code group_lifecycle_update}), or deleting it failed (with errors). */
  public static final GroupEventType GROUP_DELETE = new GroupEventType("group_delete");
  /** Users joined, e.g. through the invite link or an approved join request ({@code group_participants_update}). */
  public static final GroupEventType GROUP_PARTICIPANTS_ADD = new GroupEventType("group_participants_add");
  /** The business removed participants, or a participant left ({@code group_participants_update}). */
  public static final GroupEventType GROUP_PARTICIPANTS_REMOVE = new GroupEventType("group_participants_remove");
  /** A user asked to join a group that needs approval ({@code group_participants_update}). */
  public static final GroupEventType GROUP_JOIN_REQUEST_CREATED = new GroupEventType("group_join_request_created");
  /** A user cancelled their join request ({@code group_participants_update}). */
  public static final GroupEventType GROUP_JOIN_REQUEST_REVOKED = new GroupEventType("group_join_request_revoked");
  /** The subject, description or photo changed, in full or in part ({@code group_settings_update}). */
  public static final GroupEventType GROUP_SETTINGS_UPDATE = new GroupEventType("group_settings_update");
  /** WhatsApp suspended the group ({@code group_status_update}). */
  public static final GroupEventType GROUP_SUSPEND = new GroupEventType("group_suspend");
  /** WhatsApp lifted the group's suspension ({@code group_status_update}). */
  public static final GroupEventType GROUP_SUSPEND_CLEARED = new GroupEventType("group_suspend_cleared");

  private static final Map<String, GroupEventType> KNOWN =
      Stream.of(GROUP_CREATE, GROUP_DELETE, GROUP_PARTICIPANTS_ADD, GROUP_PARTICIPANTS_REMOVE,
              GROUP_JOIN_REQUEST_CREATED, GROUP_JOIN_REQUEST_REVOKED, GROUP_SETTINGS_UPDATE, GROUP_SUSPEND,
              GROUP_SUSPEND_CLEARED)
          .collect(Collectors.toUnmodifiableMap(GroupEventType::value, Function.identity()));

  public GroupEventType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static GroupEventType of(String value) {
    Objects.requireNonNull(value, "value");
    GroupEventType known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new GroupEventType(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
