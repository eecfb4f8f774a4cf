package dev.wabasdk.phone;

/**
 * How Meta delivers a phone number's verification code ({@code request_code}'s {@code code_method}). Immutable and
 * thread-safe.
 */
public enum CodeMethod {
  /** A text message. */
  SMS,
  /** A voice call. */
  VOICE
}
