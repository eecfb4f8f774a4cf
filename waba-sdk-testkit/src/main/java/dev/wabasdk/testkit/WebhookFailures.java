package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.WebhookSender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What went wrong when the fake delivered webhooks to the app: every non-2xx answer (a listener threw, the
 * signature check failed...) and every listener error the app reported, since the fake started or was last reset.
 * {@code FakeWhatsAppExtension} fails a test that leaves any behind unless the test called {@link #expect()}
 * ({@link FakeWhatsApp#expectWebhookFailures()}). An app that answers 200 whatever its listeners do (the SDK's
 * {@code AT_MOST_ONCE}) reports them through its error handler:
 *
 * <pre>{@code
 * WebhookProcessor.builder()...errorHandler((event, listener, error) -> fake.webhookFailures().record(error))
 * }</pre>
 *
 * <p>Connection failures (no app listening yet) are not counted: they are the test's setup, and
 * {@link FakeWhatsApp#awaitWebhooks()} reports them. The failures {@link WebhookReceiver#failNext} asks for are
 * not counted either. Thread-safe.
 */
public final class WebhookFailures {
  private final List<WebhookSender> senders;

  WebhookFailures(List<WebhookSender> senders) {
    this.senders = List.copyOf(senders);
  }

  /** Each failure as one sentence, e.g. {@code webhook #1 (messages), attempt 1: the app answered 500: ...}. */
  public List<String> all() {
    List<String> all = new ArrayList<>();
    senders.forEach(s -> all.addAll(s.failures()));
    return all;
  }

  /** The listener errors the app reported with {@link #record}, oldest first. */
  public List<Throwable> listenerErrors() {
    List<Throwable> all = new ArrayList<>();
    senders.forEach(s -> all.addAll(s.listenerErrors()));
    return all;
  }

  /** Records a listener error the app caught (e.g. in the SDK's {@code WebhookErrorHandler}). */
  public WebhookFailures record(Throwable error) {
    senders.get(0).recordListenerError(Objects.requireNonNull(error, "error"));
    return this;
  }

  /** This test expects webhook failures: {@link #assertNoneUnexpected()} passes until the next reset. */
  public WebhookFailures expect() {
    senders.forEach(WebhookSender::expectFailures);
    return this;
  }

  /**
   * Forgets the failures seen so far and any {@link #expect()}, without resetting the fake: for a fake several tests
   * share (a cached Spring test context), before each test.
   */
  public WebhookFailures clear() {
    senders.forEach(WebhookSender::clearFailures);
    return this;
  }

  /** True after {@link #expect()}, until the next reset or {@link #clear()}. */
  public boolean expected() {
    return senders.get(0).failuresExpected();
  }

  /**
   * Waits briefly (up to 1 s) for webhooks in flight, then throws {@link AssertionError} naming every failure,
   * with the reported listener errors attached, unless there were none or they were {@linkplain #expect() expected}.
   */
  public void assertNoneUnexpected() {
    senders.forEach(s -> s.settle(Duration.ofSeconds(1)));
    List<String> all = all();
    if (all.isEmpty() || expected()) {
      return;
    }
    List<Throwable> errors = listenerErrors();
    AssertionError failure = new AssertionError("The app failed " + all.size() + " webhook(s) the fake delivered "
        + "(call fake.expectWebhookFailures() in a test that expects this; the app's log says why when it has an "
        + "SLF4J provider):\n  " + String.join("\n  ", all), errors.isEmpty() ? null : errors.get(0));
    errors.stream().skip(1).forEach(failure::addSuppressed);
    throw failure;
  }

  @Override
  public String toString() {
    return "WebhookFailures" + all();
  }
}
