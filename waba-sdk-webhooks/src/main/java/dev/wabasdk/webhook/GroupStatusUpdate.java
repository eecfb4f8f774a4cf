package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * WhatsApp suspended a group the business manages, or lifted the suspension ({@code group_status_update};
 * {@link #type()} is {@link GroupEventType#GROUP_SUSPEND} or {@link GroupEventType#GROUP_SUSPEND_CLEARED}). A
 * suspended group takes no messages. Immutable and thread-safe.
 *
 * @param header group, type, time, errors and the raw item
 */
public record GroupStatusUpdate(GroupHeader header) implements GroupEvent {

  public GroupStatusUpdate {
    Objects.requireNonNull(header, "header == null");
  }

  /** Whether the group is suspended after this event. */
  public boolean suspended() {
    return header.type() == GroupEventType.GROUP_SUSPEND;
  }
}
