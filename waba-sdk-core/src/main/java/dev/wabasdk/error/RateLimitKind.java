package dev.wabasdk.error;

/** Which limit a {@link WabaRateLimitException} hit. Immutable and thread-safe. */
public enum RateLimitKind {
  /** Cloud API throughput of the business phone number (130429). */
  THROUGHPUT,
  /** Too many messages to the same user in a short time (131056): other recipients are unaffected. */
  PAIR_RATE,
  /** Spam limit or Meta's per-user marketing limit (131048, 131049, 131064): wait hours, not seconds. */
  SPAM,
  /** Graph API call limits of the app or the WABA (4, 80007, 80008). */
  API_CALLS
}
