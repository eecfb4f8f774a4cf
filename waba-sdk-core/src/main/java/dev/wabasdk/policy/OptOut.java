package dev.wabasdk.policy;

/** What a user opted out of. Immutable and thread-safe. */
public enum OptOut {
  /** Not opted out. */
  NONE,
  /** No marketing templates (Meta's in-app "stop promotions", a STOP keyword by default). */
  MARKETING,
  /** No messages at all. */
  ALL
}
