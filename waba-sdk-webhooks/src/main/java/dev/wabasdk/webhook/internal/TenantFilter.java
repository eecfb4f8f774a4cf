package dev.wabasdk.webhook.internal;

import dev.wabasdk.webhook.ApiErrorEvent;
import dev.wabasdk.webhook.CallEvent;
import dev.wabasdk.webhook.GroupEvent;
import dev.wabasdk.webhook.HandoverEvent;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.MarketingEvent;
import dev.wabasdk.webhook.MessageEcho;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.PaymentStatusUpdate;
import dev.wabasdk.webhook.StandbyEvent;
import dev.wabasdk.webhook.UserPreferenceUpdate;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookListener;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Hands a listener only the events of one tenant. An event about a phone number (messages, statuses, payment
 * statuses, errors, user preferences, handovers and standby copies: {@code metadata.phone_number_id}, a handover's
 * {@code recipient.phone_number_id}) belongs to that number; an event with only a
 * WABA id ({@code entry[].id}: templates, account updates) belongs to that WABA; an event with neither reaches no
 * tenant's listener. Thread-safe when the listener is.
 */
public final class TenantFilter implements WebhookListener {
  private final @Nullable String phoneNumberId;
  private final @Nullable String businessAccountId;
  private final WebhookListener delegate;

  /** At least one of the ids is set. */
  public TenantFilter(@Nullable String phoneNumberId, @Nullable String businessAccountId, WebhookListener delegate) {
    if (phoneNumberId == null && businessAccountId == null) {
      throw new IllegalArgumentException("tenant: needs a phone number id or a WABA id");
    }
    this.phoneNumberId = phoneNumberId;
    this.businessAccountId = businessAccountId;
    this.delegate = Objects.requireNonNull(delegate, "listener == null");
  }

  /** The business phone number an event concerns ({@code metadata.phone_number_id}), when it has one. */
  public static @Nullable String phoneNumberIdOf(WebhookEvent event) {
    if (event instanceof InboundMessage m) {
      return m.metadata().phoneNumberId();
    }
    if (event instanceof MessageStatus s) {
      return s.metadata().phoneNumberId();
    }
    if (event instanceof PaymentStatusUpdate p) {
      return p.metadata().phoneNumberId();
    }
    if (event instanceof ApiErrorEvent e) {
      return e.metadata().phoneNumberId();
    }
    if (event instanceof UserPreferenceUpdate u) {
      return u.metadata().phoneNumberId();
    }
    if (event instanceof CallEvent c) {
      return c.metadata().phoneNumberId();
    }
    if (event instanceof MessageEcho e) {
      return e.metadata().phoneNumberId();
    }
    if (event instanceof GroupEvent g) {
      return g.metadata().phoneNumberId();
    }
    if (event instanceof MarketingEvent m) {
      return m.metadata().phoneNumberId();
    }
    if (event instanceof HandoverEvent h) {
      return h.metadata().phoneNumberId();
    }
    if (event instanceof StandbyEvent s) {
      return s.metadata().phoneNumberId();
    }
    return null;
  }

  /** Whether {@code event} belongs to this tenant (see the class documentation). */
  public boolean matches(WebhookEvent event) {
    String eventWaba = event.businessAccountId();
    if (businessAccountId != null && eventWaba != null && !businessAccountId.equals(eventWaba)) {
      return false;
    }
    String eventNumber = phoneNumberIdOf(event);
    if (eventNumber != null) {
      return phoneNumberId == null || phoneNumberId.equals(eventNumber);
    }
    return businessAccountId != null && businessAccountId.equals(eventWaba);
  }

  @Override
  public void onEvent(WebhookEvent event) {
    if (matches(event)) {
      delegate.onEvent(event);
    }
  }

  @Override
  public String toString() {
    return "TenantFilter{phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId + ", "
        + delegate + "}";
  }
}
