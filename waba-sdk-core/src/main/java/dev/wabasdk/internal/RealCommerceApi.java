package dev.wabasdk.internal;

import dev.wabasdk.commerce.CommerceApi;
import dev.wabasdk.commerce.CommerceSettings;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link CommerceApi}. Thread-safe. */
final class RealCommerceApi implements CommerceApi {
  private final GraphClient graph;
  private final HttpUrl settingsUrl;

  RealCommerceApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.settingsUrl = graph.url(phoneNumberId, "whatsapp_commerce_settings");
  }

  @Override
  public CommerceSettings settings() {
    return graph.execute(GraphCall.get(settingsUrl), RealCommerceApi::parse);
  }

  @Override
  public CompletableFuture<CommerceSettings> settingsAsync() {
    return graph.executeAsync(GraphCall.get(settingsUrl), RealCommerceApi::parse);
  }

  @Override
  public void updateSettings(CommerceSettings settings) {
    graph.execute(updateCall(settings), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> updateSettingsAsync(CommerceSettings settings) {
    return graph.executeAsync(updateCall(settings), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall updateCall(CommerceSettings settings) {
    Objects.requireNonNull(settings, "settings == null");
    // Meta's endpoint takes the settings as query parameters, not as a JSON body.
    HttpUrl url = settingsUrl.newBuilder()
        .addQueryParameter("is_cart_enabled", Boolean.toString(settings.cartEnabled()))
        .addQueryParameter("is_catalog_visible", Boolean.toString(settings.catalogVisible()))
        .build();
    // Setting the same values twice leaves the same settings.
    return GraphCall.post(url, RequestBody.create(new byte[0], null), true);
  }

  private static CommerceSettings parse(Response response) throws IOException {
    @Nullable Map<String, Object> s = Json.firstObject(Json.readObject(response.body().string()), "data");
    // A number that never changed its settings answers an empty list: Meta's defaults apply.
    Boolean cart = Json.bool(s, "is_cart_enabled");
    Boolean catalog = Json.bool(s, "is_catalog_visible");
    return new CommerceSettings(cart == null || cart, catalog != null && catalog);
  }
}
