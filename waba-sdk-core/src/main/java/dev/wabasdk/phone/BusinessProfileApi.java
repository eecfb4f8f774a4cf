package dev.wabasdk.phone;

import dev.wabasdk.internal.GraphCall;
import dev.wabasdk.internal.GraphClient;
import dev.wabasdk.internal.Json;
import dev.wabasdk.internal.ResponseHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Reads and updates the WhatsApp business profile of the client's phone number
 * ({@code /{phone-number-id}/whatsapp_business_profile}). Obtain it from {@code WhatsApp.businessProfile()}.
 * Thread-safe.
 */
public final class BusinessProfileApi {
  static final String FIELDS = "about,address,description,email,profile_picture_url,websites,vertical";

  private final GraphClient graph;
  private final HttpUrl profileUrl;

  /** Used by {@code WhatsApp}; not meant to be called directly. */
  public BusinessProfileApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.profileUrl = graph.url(phoneNumberId, "whatsapp_business_profile");
  }

  /** The profile. */
  public BusinessProfile get() {
    return graph.execute(GraphCall.get(getUrl()), BusinessProfileApi::parse);
  }

  /** The asynchronous twin of {@link #get()}. */
  public CompletableFuture<BusinessProfile> getAsync() {
    return graph.executeAsync(GraphCall.get(getUrl()), BusinessProfileApi::parse);
  }

  /** Changes the fields set in the update; the others keep their value. */
  public void update(BusinessProfileUpdate update) {
    graph.execute(updateCall(update), ResponseHandler.success());
  }

  /** The asynchronous twin of {@link #update}. */
  public CompletableFuture<Void> updateAsync(BusinessProfileUpdate update) {
    return graph.executeAsync(updateCall(update), ResponseHandler.success()).thenApply(ok -> null);
  }

  private HttpUrl getUrl() {
    return profileUrl.newBuilder().addQueryParameter("fields", FIELDS).build();
  }

  private GraphCall updateCall(BusinessProfileUpdate update) {
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    putIfSet(body, "about", update.about());
    putIfSet(body, "address", update.address());
    putIfSet(body, "description", update.description());
    putIfSet(body, "email", update.email());
    putIfSet(body, "websites", update.websites());
    putIfSet(body, "vertical", update.vertical() == null ? null : update.vertical().value());
    putIfSet(body, "profile_picture_handle", update.profilePictureHandle());
    // Setting the same values twice leaves the same profile.
    return GraphCall.post(profileUrl, body, true);
  }

  private static void putIfSet(Map<String, Object> body, String key, @org.jspecify.annotations.Nullable Object value) {
    if (value != null) {
      body.put(key, value);
    }
  }

  private static BusinessProfile parse(Response response) throws IOException {
    // Members of a missing profile read as absent.
    @Nullable Map<String, Object> p = Json.firstObject(Json.readObject(response.body().string()), "data");
    List<String> websites = new ArrayList<>();
    for (Object w : Json.list(p, "websites")) {
      if (w != null) {
        websites.add(w.toString());
      }
    }
    String vertical = Json.string(p, "vertical");
    return new BusinessProfile(
        Json.string(p, "about"),
        Json.string(p, "address"),
        Json.string(p, "description"),
        Json.string(p, "email"),
        Json.string(p, "profile_picture_url"),
        websites,
        vertical == null ? null : BusinessVertical.of(vertical));
  }
}
