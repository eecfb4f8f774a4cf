package dev.wabasdk.group;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group to create ({@code POST /{phone-number-id}/groups}). Meta's limits are checked here: the subject has 1 to
 * 128 characters (after trimming, as Meta trims it), the description at most 2,048. Immutable and thread-safe.
 *
 * @param subject {@code subject}: the group's name
 * @param description {@code description}, or null
 * @param joinApprovalMode {@code join_approval_mode}, or null for Meta's default (auto approve)
 */
public record NewGroup(String subject, @Nullable String description, @Nullable JoinApprovalMode joinApprovalMode) {
  /** Meta's limit on {@code subject}. */
  public static final int MAX_SUBJECT_LENGTH = 128;
  /** Meta's limit on {@code description}. */
  public static final int MAX_DESCRIPTION_LENGTH = 2048;

  public NewGroup {
    subject = checkSubject(subject);
    checkDescription(description);
  }

  /** A group with this subject, no description, joined without approval. */
  public static NewGroup of(String subject) {
    return new NewGroup(subject, null, null);
  }

  /** This group with a description. */
  public NewGroup withDescription(String description) {
    return new NewGroup(subject, Objects.requireNonNull(description, "description"), joinApprovalMode);
  }

  /** This group with a join approval mode. */
  public NewGroup withJoinApprovalMode(JoinApprovalMode mode) {
    return new NewGroup(subject, description, Objects.requireNonNull(mode, "join_approval_mode"));
  }

  static String checkSubject(String subject) {
    Objects.requireNonNull(subject, "subject");
    String trimmed = subject.strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    if (length < 1 || length > MAX_SUBJECT_LENGTH) {
      throw new IllegalArgumentException("subject: must have 1 to " + MAX_SUBJECT_LENGTH
          + " characters after trimming, had " + length + " ('" + subject + "')");
    }
    return trimmed;
  }

  static void checkDescription(@Nullable String description) {
    if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException("description: at most " + MAX_DESCRIPTION_LENGTH + " characters, had "
          + description.codePointCount(0, description.length()));
    }
  }
}
