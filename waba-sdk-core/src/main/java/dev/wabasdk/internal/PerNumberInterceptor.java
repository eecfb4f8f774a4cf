package dev.wabasdk.internal;

import dev.wabasdk.SendInterceptor;
import dev.wabasdk.Tenant;
import dev.wabasdk.message.SendResult;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Routes each send to one interceptor per phone number ({@code SendInterceptor.perNumber}). Thread-safe: the
 * interceptors are created once per number in a concurrent map.
 */
public final class PerNumberInterceptor implements SendInterceptor {
  private final Function<? super Tenant, ? extends SendInterceptor> factory;
  private final ConcurrentMap<String, SendInterceptor> byNumber = new ConcurrentHashMap<>();

  public PerNumberInterceptor(Function<? super Tenant, ? extends SendInterceptor> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public SendResult intercept(Chain chain) {
    SendInterceptor interceptor = byNumber.computeIfAbsent(chain.phoneNumberId(), id -> Objects.requireNonNull(
        factory.apply(new Tenant(id, chain.businessAccountId())), "the perNumber factory returned null for " + id));
    return interceptor.intercept(chain);
  }

  @Override
  public String toString() {
    return "SendInterceptor.perNumber{" + byNumber.size() + " numbers}";
  }
}
