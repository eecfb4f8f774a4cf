package dev.wabasdk.testkit;

/** The review states a template goes through in the fake (Meta's {@code status} values). */
public enum TemplateStatus {
  PENDING,
  APPROVED,
  REJECTED,
  PAUSED,
  DISABLED
}
