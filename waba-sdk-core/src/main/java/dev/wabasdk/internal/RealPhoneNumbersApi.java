package dev.wabasdk.internal;

import dev.wabasdk.phone.AccountMode;
import dev.wabasdk.phone.CodeVerificationStatus;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.phone.NameStatus;
import dev.wabasdk.phone.PhoneNumber;
import dev.wabasdk.phone.PhoneNumberStatus;
import dev.wabasdk.phone.PhoneNumbersApi;
import dev.wabasdk.phone.PlatformType;
import dev.wabasdk.phone.QualityRating;
import dev.wabasdk.phone.ThroughputLevel;
import dev.wabasdk.paging.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link PhoneNumbersApi}. Thread-safe. */
final class RealPhoneNumbersApi implements PhoneNumbersApi {
  /** The fields read for every number; Meta returns fewer by default. */
  static final String FIELDS = "id,display_phone_number,verified_name,quality_rating,"
      + "whatsapp_business_manager_messaging_limit,messaging_limit_tier,throughput,name_status,new_name_status,"
      + "code_verification_status,status,platform_type,account_mode,is_official_business_account";

  private final GraphClient graph;
  private final String phoneNumberId;
  private final @Nullable String businessAccountId;

  RealPhoneNumbersApi(GraphClient graph, String phoneNumberId, @Nullable String businessAccountId) {
    this.graph = graph;
    this.phoneNumberId = phoneNumberId;
    this.businessAccountId = businessAccountId;
  }

  @Override
  public List<PhoneNumber> list() {
    String waba = waba();
    List<PhoneNumber> all = new ArrayList<>();
    String after = null;
    do {
      Page<PhoneNumber> page =
          graph.execute(GraphCall.get(listUrl(waba, after)), ResponseHandler.page(RealPhoneNumbersApi::parse));
      all.addAll(page.items());
      after = page.items().isEmpty() || Objects.equals(after, page.after()) ? null : page.after();
    } while (after != null);
    return List.copyOf(all);
  }

  @Override
  public CompletableFuture<List<PhoneNumber>> listAsync() {
    return listFrom(waba(), null, new ArrayList<>());
  }

  private CompletableFuture<List<PhoneNumber>> listFrom(String waba, @Nullable String after, List<PhoneNumber> acc) {
    return graph.executeAsync(GraphCall.get(listUrl(waba, after)), ResponseHandler.page(RealPhoneNumbersApi::parse))
        .thenCompose(page -> {
          acc.addAll(page.items());
          String next = page.items().isEmpty() || Objects.equals(after, page.after()) ? null : page.after();
          return next == null ? CompletableFuture.completedFuture(List.copyOf(acc)) : listFrom(waba, next, acc);
        });
  }

  @Override
  public PhoneNumber get() {
    return get(phoneNumberId);
  }

  @Override
  public PhoneNumber get(String phoneNumberId) {
    return graph.execute(GraphCall.get(getUrl(phoneNumberId)), r -> parse(Json.readObject(r.body().string())));
  }

  @Override
  public CompletableFuture<PhoneNumber> getAsync() {
    return getAsync(phoneNumberId);
  }

  @Override
  public CompletableFuture<PhoneNumber> getAsync(String phoneNumberId) {
    return graph.executeAsync(GraphCall.get(getUrl(phoneNumberId)), r -> parse(Json.readObject(r.body().string())));
  }

  private HttpUrl getUrl(String id) {
    return graph.urlBuilder()
        .addPathSegment(GraphIds.check("phoneNumberId", id))
        .addQueryParameter("fields", FIELDS)
        .build();
  }

  private HttpUrl listUrl(String waba, @Nullable String after) {
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(waba).addPathSegment("phone_numbers")
        .addQueryParameter("fields", FIELDS);
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  static PhoneNumber parse(Map<String, Object> m) throws IOException {
    String id = Json.string(m, "id");
    if (id == null) {
      throw new IOException("phone number without id");
    }
    String tier = Json.string(m, "whatsapp_business_manager_messaging_limit");
    if (tier == null) {
      tier = Json.string(m, "messaging_limit_tier");
    }
    return new PhoneNumber(
        id,
        Json.string(m, "display_phone_number"),
        Json.string(m, "verified_name"),
        open(Json.string(m, "quality_rating"), QualityRating::of),
        open(tier, MessagingLimitTier::of),
        open(Json.string(Json.object(m, "throughput"), "level"), ThroughputLevel::of),
        open(Json.string(m, "name_status"), NameStatus::of),
        open(Json.string(m, "new_name_status"), NameStatus::of),
        open(Json.string(m, "code_verification_status"), CodeVerificationStatus::of),
        open(Json.string(m, "status"), PhoneNumberStatus::of),
        open(Json.string(m, "platform_type"), PlatformType::of),
        open(Json.string(m, "account_mode"), AccountMode::of),
        Json.bool(m, "is_official_business_account"));
  }

  private static <T> @Nullable T open(@Nullable String value, Function<String, T> of) {
    return value == null ? null : of.apply(value);
  }

  private String waba() {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for phoneNumbers().list(): set "
          + "WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    return businessAccountId;
  }
}
