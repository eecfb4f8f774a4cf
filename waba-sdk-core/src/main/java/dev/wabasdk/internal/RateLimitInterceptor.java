package dev.wabasdk.internal;

import dev.failsafe.RateLimiter;
import dev.wabasdk.RateLimit;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.message.SendResult;
import java.time.Duration;

/**
 * The client-side send limit ({@link RateLimit}) as the last interceptor, so a send refused by an earlier one (the
 * policy engine) takes no permit. Thread-safe: Failsafe's limiter is.
 */
final class RateLimitInterceptor implements SendInterceptor {
  private final RateLimiter<Object> limiter;
  private final Duration maxWait;

  RateLimitInterceptor(RateLimit rateLimit) {
    this.limiter = RateLimiter.smoothBuilder(rateLimit.messagesPerSecond(), Duration.ofSeconds(1)).build();
    this.maxWait = rateLimit.maxWait();
  }

  @Override
  public SendResult intercept(Chain chain) {
    boolean permitted;
    try {
      permitted = limiter.tryAcquirePermit(maxWait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WabaException("interrupted while waiting for a client-side rate limit permit: not sent",
          Outcome.NOT_SENT, false, e);
    }
    if (!permitted) {
      throw new WabaException(
          "client-side rate limit: no send permit became free within the configured maxWait: not sent",
          Outcome.NOT_SENT, true, null);
    }
    return chain.proceed(chain.message());
  }

  @Override
  public String toString() {
    return "RateLimitInterceptor{maxWait=" + maxWait + "}";
  }
}
