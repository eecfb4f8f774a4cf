package dev.wabasdk.spring.internal;

import java.util.Objects;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;

/**
 * The OkHttp client the auto-configured {@code WhatsApp} uses. It is built here (so customizers can add
 * interceptors), so the client does not own it: this bean releases its threads and connections on shutdown.
 */
public final class OwnedHttpClient implements DisposableBean {
  private final OkHttpClient client;

  public OwnedHttpClient(OkHttpClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** The client. */
  public OkHttpClient client() {
    return client;
  }

  @Override
  public void destroy() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "OwnedHttpClient";
  }
}
