package dev.wabasdk.error;

/** The families of Graph API errors a caller handles differently (cloud-api.md §7.2). Immutable and thread-safe. */
public enum ErrorKind {
  /** Token expired, invalid or lacking permission (0, 190, 10, 200–299, 131005). */
  AUTHENTICATION,
  /** Throughput, pair-rate, spam or API-call limits (4, 80007, 80008, 130429, 131056, 131048, 131049, 131064). */
  RATE_LIMIT,
  /** More than 24 h since the user last wrote: send a template instead (131047). */
  REENGAGEMENT_REQUIRED,
  /** Template missing, not approved, paused or its parameters wrong (132xxx). */
  TEMPLATE,
  /** The recipient cannot receive this message (131026, 131021, 131030, 131050, 131062, 130472, 130497, 137000). */
  RECIPIENT,
  /** The media in the message or the upload is unusable (131052, 131053). */
  MEDIA,
  /** Temporary failure on Meta's side: retry with backoff (1, 2, 131000, 131016, 131057, 133004). */
  TEMPORARY,
  /**
   * Invalid request: parameters, permissions, account state (e.g. 131063, marketing templates disabled on Cloud API;
   * 131061, a template with a max price sent through Cloud API), or anything else.
   */
  INVALID_REQUEST
}
