package dev.wabasdk.internal;

import dev.wabasdk.phone.BusinessProfile;
import dev.wabasdk.phone.BusinessProfileApi;
import dev.wabasdk.phone.BusinessProfileUpdate;
import dev.wabasdk.phone.BusinessVertical;
import dev.wabasdk.upload.ResumableUploadApi;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link BusinessProfileApi}. Thread-safe. */
final class RealBusinessProfileApi implements BusinessProfileApi {
  static final String FIELDS = "about,address,description,email,profile_picture_url,websites,vertical";

  private final GraphClient graph;
  private final HttpUrl profileUrl;
  private final ResumableUploadApi uploads;

  RealBusinessProfileApi(GraphClient graph, String phoneNumberId, ResumableUploadApi uploads) {
    this.graph = graph;
    this.profileUrl = graph.url(phoneNumberId, "whatsapp_business_profile");
    this.uploads = uploads;
  }

  @Override
  public void updatePhoto(Path file) {
    String type = photoType(file);
    update(BusinessProfileUpdate.builder().profilePictureHandle(uploads.upload(file, type)).build());
  }

  @Override
  public CompletableFuture<Void> updatePhotoAsync(Path file) {
    String type = photoType(file);
    return uploads.uploadAsync(file, type)
        .thenCompose(handle -> updateAsync(BusinessProfileUpdate.builder().profilePictureHandle(handle).build()));
  }

  private static String photoType(Path file) {
    String type = RealResumableUploadApi.fileTypeOf(file);
    if (!type.startsWith("image/")) {
      throw new IllegalArgumentException("file: a profile picture is a .jpg, .jpeg or .png image, was '"
          + file.getFileName() + "'");
    }
    return type;
  }

  @Override
  public BusinessProfile get() {
    return graph.execute(GraphCall.get(getUrl()), RealBusinessProfileApi::parse);
  }

  @Override
  public CompletableFuture<BusinessProfile> getAsync() {
    return graph.executeAsync(GraphCall.get(getUrl()), RealBusinessProfileApi::parse);
  }

  @Override
  public void update(BusinessProfileUpdate update) {
    graph.execute(updateCall(update), ResponseHandler.success());
  }

  @Override
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
