package dev.wabasdk.internal;

import dev.wabasdk.phone.AccountMode;
import dev.wabasdk.phone.BusinessComplianceInfo;
import dev.wabasdk.phone.CodeMethod;
import dev.wabasdk.phone.CodeVerificationStatus;
import dev.wabasdk.phone.CustomerCareDetails;
import dev.wabasdk.phone.DisplayName;
import dev.wabasdk.phone.EntityType;
import dev.wabasdk.phone.GrievanceOfficerDetails;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link PhoneNumbersApi}. Thread-safe. */
final class RealPhoneNumbersApi implements PhoneNumbersApi {
  /** The fields read for every number; Meta returns fewer by default. */
  static final String FIELDS = "id,display_phone_number,verified_name,quality_rating,"
      + "whatsapp_business_manager_messaging_limit,messaging_limit_tier,throughput,name_status,new_name_status,"
      + "code_verification_status,status,platform_type,account_mode,is_official_business_account,health_status";

  private static final String DISPLAY_NAME_FIELDS = "verified_name,name_status,new_display_name,new_name_status";
  private static final Pattern PIN = Pattern.compile("\\d{6}");
  private static final Pattern CODE = Pattern.compile("\\d{1,10}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");

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
        Json.bool(m, "is_official_business_account"),
        HealthJson.of(m));
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

  // --- verification, registration, two-step PIN, display name of this client's number

  @Override
  public void requestCode(CodeMethod method, String language) {
    graph.execute(requestCodeCall(method, language), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> requestCodeAsync(CodeMethod method, String language) {
    return done(graph.executeAsync(requestCodeCall(method, language), ResponseHandler.success()));
  }

  private GraphCall requestCodeCall(CodeMethod method, String language) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(language, "language");
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException("language: must be a language code like 'en' or 'en_US', was '"
          + language + "'");
    }
    HttpUrl url = graph.url(phoneNumberId, "request_code").newBuilder()
        .addQueryParameter("code_method", method.name())
        .addQueryParameter("language", language)
        .build();
    return GraphCall.post(url, emptyBody(), false); // each call sends another code
  }

  @Override
  public void verifyCode(String code) {
    graph.execute(verifyCodeCall(code), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> verifyCodeAsync(String code) {
    return done(graph.executeAsync(verifyCodeCall(code), ResponseHandler.success()));
  }

  private GraphCall verifyCodeCall(String code) {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code: must be the 1 to 10 digits Meta sent, was " + code.length()
          + " characters");
    }
    HttpUrl url = graph.url(phoneNumberId, "verify_code").newBuilder().addQueryParameter("code", code).build();
    return GraphCall.post(url, emptyBody(), false); // a code works once
  }

  @Override
  public void register(String pin) {
    graph.execute(registerCall(pin, null), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> registerAsync(String pin) {
    return done(graph.executeAsync(registerCall(pin, null), ResponseHandler.success()));
  }

  @Override
  public void register(String pin, String dataLocalizationRegion) {
    graph.execute(registerCall(pin, region(dataLocalizationRegion)), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> registerAsync(String pin, String dataLocalizationRegion) {
    return done(graph.executeAsync(registerCall(pin, region(dataLocalizationRegion)), ResponseHandler.success()));
  }

  private static String region(String region) {
    Objects.requireNonNull(region, "dataLocalizationRegion");
    if (!DATA_LOCALIZATION_REGIONS.contains(region)) {
      throw new IllegalArgumentException("dataLocalizationRegion: must be one of Meta's Local Storage regions "
          + DATA_LOCALIZATION_REGIONS + ", was '" + region + "'");
    }
    return region;
  }

  private GraphCall registerCall(String pin, @Nullable String region) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("pin", pin(pin));
    if (region != null) {
      body.put("data_localization_region", region);
    }
    // Meta counts every attempt against 10 per 72 hours: never repeated automatically.
    return GraphCall.post(graph.url(phoneNumberId, "register"), body, false);
  }

  @Override
  public void deregister() {
    graph.execute(deregisterCall(), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deregisterAsync() {
    return done(graph.executeAsync(deregisterCall(), ResponseHandler.success()));
  }

  private GraphCall deregisterCall() {
    return GraphCall.post(graph.url(phoneNumberId, "deregister"), emptyBody(), false);
  }

  @Override
  public void setTwoStepPin(String pin) {
    graph.execute(pinCall(pin), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> setTwoStepPinAsync(String pin) {
    return done(graph.executeAsync(pinCall(pin), ResponseHandler.success()));
  }

  private GraphCall pinCall(String pin) {
    return GraphCall.post(graph.url(phoneNumberId), Map.of("pin", pin(pin)), true);
  }

  /** Checks a two-step PIN without echoing it: it is a credential. */
  private static String pin(String pin) {
    Objects.requireNonNull(pin, "pin");
    if (!PIN.matcher(pin).matches()) {
      throw new IllegalArgumentException("pin: must be exactly 6 digits, was " + pin.length() + " characters"
          + (pin.chars().allMatch(Character::isDigit) ? "" : " with non-digits"));
    }
    return pin;
  }

  @Override
  public void setIdentityChangeCheck(boolean enabled) {
    graph.execute(identityCheckCall(enabled), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> setIdentityChangeCheckAsync(boolean enabled) {
    return done(graph.executeAsync(identityCheckCall(enabled), ResponseHandler.success()));
  }

  private GraphCall identityCheckCall(boolean enabled) {
    return GraphCall.post(graph.url(phoneNumberId, "settings"),
        Map.of("user_identity_change", Map.of("enable_identity_key_check", enabled)), true);
  }

  @Override
  public void requestDisplayNameChange(String newDisplayName) {
    graph.execute(displayNameCall(newDisplayName), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> requestDisplayNameChangeAsync(String newDisplayName) {
    return done(graph.executeAsync(displayNameCall(newDisplayName), ResponseHandler.success()));
  }

  private GraphCall displayNameCall(String newDisplayName) {
    Objects.requireNonNull(newDisplayName, "newDisplayName");
    if (newDisplayName.isBlank()) {
      throw new IllegalArgumentException("newDisplayName: must not be blank");
    }
    HttpUrl url = graph.url(phoneNumberId).newBuilder().addQueryParameter("new_display_name", newDisplayName).build();
    return GraphCall.post(url, emptyBody(), false); // Meta allows 10 changes per 30 days
  }

  @Override
  public DisplayName displayName() {
    return graph.execute(GraphCall.get(displayNameUrl()), r -> parseDisplayName(Json.readObject(r.body().string())));
  }

  @Override
  public CompletableFuture<DisplayName> displayNameAsync() {
    return graph.executeAsync(GraphCall.get(displayNameUrl()),
        r -> parseDisplayName(Json.readObject(r.body().string())));
  }

  private HttpUrl displayNameUrl() {
    return graph.urlBuilder().addPathSegment(phoneNumberId).addQueryParameter("fields", DISPLAY_NAME_FIELDS).build();
  }

  static DisplayName parseDisplayName(Map<String, Object> m) {
    return new DisplayName(Json.string(m, "verified_name"), open(Json.string(m, "name_status"), NameStatus::of),
        Json.string(m, "new_display_name"), open(Json.string(m, "new_name_status"), NameStatus::of));
  }

  // --- business compliance information (India)

  @Override
  public Optional<BusinessComplianceInfo> businessComplianceInfo() {
    return graph.execute(GraphCall.get(graph.url(phoneNumberId, "business_compliance_info")),
        r -> parseCompliance(Json.readObject(r.body().string())));
  }

  @Override
  public CompletableFuture<Optional<BusinessComplianceInfo>> businessComplianceInfoAsync() {
    return graph.executeAsync(GraphCall.get(graph.url(phoneNumberId, "business_compliance_info")),
        r -> parseCompliance(Json.readObject(r.body().string())));
  }

  @Override
  public void setBusinessComplianceInfo(BusinessComplianceInfo info) {
    graph.execute(complianceCall(info), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> setBusinessComplianceInfoAsync(BusinessComplianceInfo info) {
    return done(graph.executeAsync(complianceCall(info), ResponseHandler.success()));
  }

  /** Meta's body, in the order of its example; absent fields are left out. */
  private GraphCall complianceCall(BusinessComplianceInfo info) {
    Objects.requireNonNull(info, "info").validate();
    GrievanceOfficerDetails officer = Objects.requireNonNull(info.grievanceOfficer());
    CustomerCareDetails care = Objects.requireNonNull(info.customerCare());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("entity_name", info.entityName());
    body.put("entity_type", Objects.requireNonNull(info.entityType()).value());
    putIfSet(body, "entity_type_custom", info.entityTypeCustom());
    putIfSet(body, "is_registered", info.registered());
    Map<String, Object> officerJson = new LinkedHashMap<>();
    officerJson.put("name", officer.name());
    officerJson.put("email", officer.email());
    putIfSet(officerJson, "landline_number", officer.landlineNumber());
    putIfSet(officerJson, "mobile_number", officer.mobileNumber());
    body.put("grievance_officer_details", officerJson);
    Map<String, Object> careJson = new LinkedHashMap<>();
    careJson.put("email", care.email());
    putIfSet(careJson, "landline_number", care.landlineNumber());
    putIfSet(careJson, "mobile_number", care.mobileNumber());
    body.put("customer_care_details", careJson);
    // Replaces the information with the same values: a repeat changes nothing.
    return GraphCall.post(graph.url(phoneNumberId, "business_compliance_info"), body, true);
  }

  private static void putIfSet(Map<String, Object> json, String key, @Nullable Object value) {
    if (value != null) {
      json.put(key, value);
    }
  }

  static Optional<BusinessComplianceInfo> parseCompliance(Map<String, Object> m) {
    Map<String, Object> info = Json.firstObject(m, "data");
    if (info == null) {
      return Optional.empty();
    }
    Map<String, Object> officer = Json.object(info, "grievance_officer_details");
    Map<String, Object> care = Json.object(info, "customer_care_details");
    return Optional.of(new BusinessComplianceInfo(
        Json.string(info, "entity_name"),
        open(Json.string(info, "entity_type"), EntityType::of),
        Json.string(info, "entity_type_custom"),
        Json.bool(info, "is_registered"),
        officer == null ? null : new GrievanceOfficerDetails(Json.string(officer, "name"),
            Json.string(officer, "email"), Json.string(officer, "landline_number"),
            Json.string(officer, "mobile_number")),
        care == null ? null : new CustomerCareDetails(Json.string(care, "email"),
            Json.string(care, "landline_number"), Json.string(care, "mobile_number"))));
  }

  private static RequestBody emptyBody() {
    return RequestBody.create(new byte[0], null);
  }

  private static CompletableFuture<Void> done(CompletableFuture<Boolean> call) {
    return call.thenApply(ok -> null);
  }
}
