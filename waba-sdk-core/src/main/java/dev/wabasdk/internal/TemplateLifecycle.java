package dev.wabasdk.internal;

import dev.wabasdk.template.ArchiveResult;
import dev.wabasdk.template.Button;
import dev.wabasdk.template.ComparisonLookback;
import dev.wabasdk.template.LibraryBodyInputs;
import dev.wabasdk.template.LibraryButton;
import dev.wabasdk.template.LibraryButtonInput;
import dev.wabasdk.template.LibraryButtonType;
import dev.wabasdk.template.LibraryFilter;
import dev.wabasdk.template.LibraryIndustry;
import dev.wabasdk.template.LibraryParameterType;
import dev.wabasdk.template.LibraryTemplate;
import dev.wabasdk.template.LibraryTemplateRequest;
import dev.wabasdk.template.LibraryTopic;
import dev.wabasdk.template.LibraryUseCase;
import dev.wabasdk.template.TemplateBlockReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateComparison;
import dev.wabasdk.template.MigrationResult;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateMigration;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.template.TemplateUpsert;
import dev.wabasdk.template.UpsertedTemplate;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle calls of {@link RealTemplatesApi} (unpause, archive, compare, Template Library): request building,
 * checks and answer parsing, kept apart so the API class stays small. Stateless and thread-safe.
 */
final class TemplateLifecycle {
  /** Meta's limit of template ids per archive or unarchive call. */
  static final int MAX_ARCHIVE_IDS = 100;

  private final GraphClient graph;

  TemplateLifecycle(GraphClient graph) {
    this.graph = graph;
  }

  // ---- unpause

  GraphCall unpause(String templateId) {
    HttpUrl url = graph.url(GraphIds.check("templateId", templateId), "unpause");
    // Unpausing twice leaves the template unpaused: safe to retry.
    return GraphCall.post(url, Map.of(), true);
  }

  // ---- archive / unarchive

  GraphCall archive(String wabaId, List<String> templateIds, String action) {
    Objects.requireNonNull(templateIds, "templateIds");
    if (templateIds.isEmpty() || templateIds.size() > MAX_ARCHIVE_IDS) {
      throw new IllegalArgumentException("templateIds: must hold 1 to " + MAX_ARCHIVE_IDS + " ids, has "
          + templateIds.size());
    }
    Set<String> seen = new HashSet<>();
    for (String id : templateIds) {
      GraphIds.check("templateIds", id);
      if (!seen.add(id)) {
        throw new IllegalArgumentException("templateIds: '" + id + "' is given twice");
      }
    }
    HttpUrl url = graph.url(wabaId, "message_templates", action);
    // Archiving an archived template again changes nothing: safe to retry.
    return GraphCall.post(url, Map.of("hsm_ids", List.copyOf(templateIds)), true);
  }

  static ResponseHandler<ArchiveResult> archiveResult(String succeededKey) {
    return response -> {
      Map<String, Object> root = Json.readObject(response.body().string());
      List<String> succeeded = new ArrayList<>();
      for (Object id : Json.list(root, succeededKey)) {
        succeeded.add(id instanceof Double d ? Long.toString(d.longValue()) : String.valueOf(id));
      }
      Map<String, String> failed = new LinkedHashMap<>();
      Object failures = root.get("failed_templates");
      if (failures instanceof Map<?, ?> byId) {
        for (Map.Entry<?, ?> e : byId.entrySet()) {
          failed.put(String.valueOf(e.getKey()), reason(e.getValue()));
        }
      } else if (failures instanceof List<?> list) {
        // Kept readable should Meta answer a list of {id, reason} objects instead of the documented map.
        for (Object o : list) {
          if (o instanceof Map<?, ?> m) {
            failed.put(String.valueOf(m.get("id")), reason(m));
          }
        }
      }
      return new ArchiveResult(succeeded, failed);
    };
  }

  private static String reason(@Nullable Object value) {
    if (value instanceof Map<?, ?> m) {
      for (String key : List.of("reason", "error", "message")) {
        if (m.get(key) != null) {
          return String.valueOf(m.get(key));
        }
      }
      return Json.write(m);
    }
    return String.valueOf(value);
  }

  // ---- compare

  GraphCall compare(String templateId, String otherTemplateId, Instant start, Instant end) {
    GraphIds.check("templateId", templateId);
    GraphIds.check("otherTemplateId", otherTemplateId);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (templateId.equals(otherTemplateId)) {
      throw new IllegalArgumentException("otherTemplateId: must differ from templateId, both were " + templateId);
    }
    Duration window = Duration.between(start, end);
    if (lookback(window) == null) {
      throw new IllegalArgumentException("end - start: must be exactly 7, 30, 60 or 90 days (Meta's lookbacks), was "
          + window + " (" + start + " to " + end + ")");
    }
    HttpUrl url = graph.urlBuilder().addPathSegment(templateId).addPathSegment("compare")
        .addQueryParameter("template_ids", "[" + otherTemplateId + "]")
        .addQueryParameter("start", Long.toString(start.getEpochSecond()))
        .addQueryParameter("end", Long.toString(end.getEpochSecond()))
        .build();
    return GraphCall.get(url);
  }

  private static @Nullable ComparisonLookback lookback(Duration window) {
    for (ComparisonLookback l : ComparisonLookback.values()) {
      if (l.duration().equals(window)) {
        return l;
      }
    }
    return null;
  }

  static TemplateComparison comparison(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    List<String> order = new ArrayList<>();
    Map<String, Long> sends = new LinkedHashMap<>();
    Map<String, TemplateBlockReason> reasons = new LinkedHashMap<>();
    for (Object o : Json.list(root, "data")) {
      if (!(o instanceof Map<?, ?> raw)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> metric = (Map<String, Object>) raw;
      String name = Json.string(metric, "metric");
      if ("BLOCK_RATE".equals(name)) {
        for (Object id : Json.list(metric, "order_by_relative_metric")) {
          order.add(id instanceof Double d ? Long.toString(d.longValue()) : String.valueOf(id));
        }
      } else if ("MESSAGE_SENDS".equals(name)) {
        for (Map<String, Object> kv : objects(Json.list(metric, "number_values"))) {
          Long value = Json.longValue(kv, "value");
          String key = Json.string(kv, "key");
          if (key != null && value != null) {
            sends.put(key, value);
          }
        }
      } else if ("TOP_BLOCK_REASON".equals(name)) {
        for (Map<String, Object> kv : objects(Json.list(metric, "string_values"))) {
          String key = Json.string(kv, "key");
          String value = Json.string(kv, "value");
          if (key != null && value != null) {
            reasons.put(key, TemplateBlockReason.of(value));
          }
        }
      }
    }
    return new TemplateComparison(order, sends, reasons);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(List<Object> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> m) {
        out.add((Map<String, Object>) m);
      }
    }
    return out;
  }

  // ---- Template Library

  HttpUrl libraryUrl(LibraryFilter filter, @Nullable String after) {
    Objects.requireNonNull(filter, "filter");
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment("message_template_library");
    add(b, "search", filter.search());
    add(b, "topic", filter.topic() == null ? null : filter.topic().value());
    add(b, "usecase", filter.useCase() == null ? null : filter.useCase().value());
    add(b, "industry", filter.industry() == null ? null : filter.industry().value());
    add(b, "language", filter.language());
    add(b, "name", filter.name());
    add(b, "limit", filter.pageSize() == null ? null : filter.pageSize().toString());
    add(b, "after", after);
    return b.build();
  }

  private static void add(HttpUrl.Builder b, String name, @Nullable String value) {
    if (value != null) {
      b.addQueryParameter(name, value);
    }
  }

  static LibraryTemplate libraryTemplate(Map<String, Object> json) {
    List<LibraryIndustry> industries = new ArrayList<>();
    for (Object o : Json.list(json, "industry")) {
      industries.add(LibraryIndustry.of(String.valueOf(o)));
    }
    List<String> params = new ArrayList<>();
    for (Object o : Json.list(json, "body_params")) {
      params.add(String.valueOf(o));
    }
    List<LibraryParameterType> types = new ArrayList<>();
    for (Object o : Json.list(json, "body_param_types")) {
      types.add(LibraryParameterType.of(String.valueOf(o)));
    }
    List<LibraryButton> buttons = new ArrayList<>();
    for (Map<String, Object> b : objects(Json.list(json, "buttons"))) {
      buttons.add(new LibraryButton(LibraryButtonType.of(orEmpty(Json.string(b, "type"))),
          orEmpty(Json.string(b, "text")), Json.string(b, "url"), Json.string(b, "phone_number")));
    }
    return new LibraryTemplate(orEmpty(Json.string(json, "id")), orEmpty(Json.string(json, "name")),
        orEmpty(Json.string(json, "language")), TemplateCategory.of(orEmpty(Json.string(json, "category"))),
        LibraryTopic.of(orEmpty(Json.string(json, "topic"))), LibraryUseCase.of(orEmpty(Json.string(json, "usecase"))),
        industries, Json.string(json, "header"), orEmpty(Json.string(json, "body")), params, types, buttons);
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  GraphCall createFromLibrary(String wabaId, LibraryTemplateRequest request) {
    Objects.requireNonNull(request, "request");
    request.validate();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", request.name());
    body.put("language", request.language());
    body.put("category", request.category().value());
    body.put("library_template_name", request.libraryTemplateName());
    if (!request.buttonInputs().isEmpty()) {
      List<Object> inputs = new ArrayList<>();
      for (LibraryButtonInput input : request.buttonInputs()) {
        inputs.add(buttonInput(input));
      }
      body.put("library_template_button_inputs", inputs);
    }
    LibraryBodyInputs extras = request.bodyInputs();
    if (!extras.isEmpty()) {
      Map<String, Object> m = new LinkedHashMap<>();
      putIfPresent(m, "add_contact_number", extras.addContactNumber());
      putIfPresent(m, "add_learn_more_link", extras.addLearnMoreLink());
      putIfPresent(m, "add_security_recommendation", extras.addSecurityRecommendation());
      putIfPresent(m, "add_track_package_link", extras.addTrackPackageLink());
      putIfPresent(m, "code_expiration_minutes", extras.codeExpirationMinutes());
      body.put("library_template_body_inputs", m);
    }
    // Creating twice is a duplicate-name error, not two templates, but keep to Meta-confirmed failures.
    return GraphCall.post(graph.url(wabaId, "message_templates"), body, false);
  }

  private static Map<String, Object> buttonInput(LibraryButtonInput input) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", input.type().value());
    if (input instanceof LibraryButtonInput.Url u) {
      Map<String, Object> url = new LinkedHashMap<>();
      url.put("base_url", u.baseUrl());
      putIfPresent(url, "url_suffix_example", u.urlSuffixExample());
      m.put("url", url);
    } else if (input instanceof LibraryButtonInput.PhoneNumber p) {
      m.put("phone_number", p.phoneNumber());
    } else if (input instanceof LibraryButtonInput.Otp o) {
      m.put("otp_type", o.otpType());
      putIfPresent(m, "zero_tap_terms_accepted", o.zeroTapTermsAccepted());
      if (!o.supportedApps().isEmpty()) {
        List<Object> apps = new ArrayList<>();
        for (Button.SupportedApp app : o.supportedApps()) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("package_name", app.packageName());
          a.put("signature_hash", app.signatureHash());
          apps.add(a);
        }
        m.put("supported_apps", apps);
      }
    }
    return m;
  }

  private static void putIfPresent(Map<String, Object> m, String key, @Nullable Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
  // ---- bulk management and migration

  GraphCall upsert(String wabaId, TemplateUpsert upsert) {
    Objects.requireNonNull(upsert, "upsert");
    upsert.validate();
    TemplateDefinition template = upsert.template();
    // Meta's order (bulk management guide): name, languages, category, components.
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", template.name());
    body.put("languages", upsert.languages());
    body.put("category", template.category().value());
    body.put("components", TemplateJson.components(template.components(), template.parameterFormat()));
    if (template.messageSendTtlSeconds() != null) {
      body.put("message_send_ttl_seconds", template.messageSendTtlSeconds());
    }
    // Creates or updates by name and language: the same request again leaves the same templates.
    return GraphCall.post(graph.url(wabaId, "upsert_message_templates"), body, true);
  }

  static List<UpsertedTemplate> upserted(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    List<UpsertedTemplate> upserted = new ArrayList<>();
    for (Object item : Json.list(root, "data")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> template = item instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      String id = Json.string(template, "id");
      if (id == null) {
        throw new WabaException("Meta answered the template upsert without an id for a language: outcome unknown",
            Outcome.UNKNOWN, false, null);
      }
      String status = Json.string(template, "status");
      String language = Json.string(template, "language");
      upserted.add(new UpsertedTemplate(id, TemplateStatus.of(status == null ? "" : status),
          language == null ? "" : language));
    }
    return List.copyOf(upserted);
  }

  GraphCall migrate(String wabaId, TemplateMigration migration) {
    Objects.requireNonNull(migration, "migration");
    if (migration.sourceBusinessAccountId().equals(wabaId)) {
      throw new IllegalArgumentException("sourceBusinessAccountId: must be another account than the client's ("
          + wabaId + "); a migration copies templates into the client's account");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("source_waba_id", migration.sourceBusinessAccountId());
    if (migration.pageNumber() != null) {
      body.put("page_number", migration.pageNumber());
    }
    if (migration.count() != null) {
      body.put("count", migration.count());
    }
    if (!migration.templateIds().isEmpty()) {
      body.put("template_ids", migration.templateIds());
    }
    // Not retried: Meta recreates templates for up to 30 seconds a page; the failed ones can be asked again.
    return GraphCall.post(graph.url(wabaId, "migrate_message_templates"), body, false);
  }

  /** Meta's {@code migrated_templates} and {@code failed_templates}, read as the archive answer is. */
  static MigrationResult migrated(Response response) throws IOException {
    ArchiveResult read = archiveResult("migrated_templates").handle(response);
    return new MigrationResult(read.succeeded(), read.failed());
  }
}
