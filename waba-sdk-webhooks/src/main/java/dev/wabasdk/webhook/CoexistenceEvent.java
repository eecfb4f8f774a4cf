package dev.wabasdk.webhook;

/**
 * A notification about a WhatsApp Business app number that also uses Cloud API (coexistence): a message the
 * business sent from the app ({@link MessageEcho}), a contact synchronised from it ({@link AppStateSync}) or its chat history
 * ({@link HistorySync}). None
 * is a message from a user. Implementations are immutable and thread-safe.
 */
public sealed interface CoexistenceEvent extends WebhookEvent permits MessageEcho, AppStateSync, HistorySync {

  /** The business phone number. */
  WebhookMetadata metadata();
}
