package dev.wabasdk.internal;

import dev.wabasdk.flow.BusinessPublicKey;
import dev.wabasdk.flow.CreatedFlow;
import dev.wabasdk.flow.Flow;
import dev.wabasdk.flow.FlowAsset;
import dev.wabasdk.flow.FlowCategory;
import dev.wabasdk.flow.FlowMetric;
import dev.wabasdk.flow.FlowMigration;
import dev.wabasdk.flow.FlowPreview;
import dev.wabasdk.flow.FlowStatus;
import dev.wabasdk.flow.FlowValidationError;
import dev.wabasdk.health.HealthStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Reads the Flows API's answers into the {@code dev.wabasdk.flow} types. Stateless. */
final class FlowsJson {
  /** Meta writes times as {@code 2023-12-12T12:10:24+0000} (offset without a colon). */

  private FlowsJson() {}

  static CreatedFlow created(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    String id = Json.string(root, "id");
    if (id == null) {
      throw new IOException("flow create answered without id");
    }
    return new CreatedFlow(id, validationErrors(root));
  }

  static List<FlowValidationError> uploaded(Response response) throws IOException {
    String body = response.body().string();
    return body.isBlank() ? List.of() : validationErrors(Json.readObject(body));
  }

  static Flow flow(Map<String, Object> m) throws IOException {
    String id = Json.string(m, "id");
    if (id == null) {
      throw new IOException("flow without id");
    }
    List<FlowCategory> categories = new ArrayList<>();
    for (Object o : Json.list(m, "categories")) {
      if (o != null) {
        categories.add(FlowCategory.of(o.toString()));
      }
    }
    String status = Json.string(m, "status");
    Map<String, Object> app = Json.object(m, "application");
    String appId = Json.string(app, "id");
    Map<String, Object> previewJson = Json.object(m, "preview");
    return new Flow(id, Json.string(m, "name"), status == null ? null : FlowStatus.of(status), categories,
        validationErrors(m), Json.string(m, "json_version"), Json.string(m, "data_api_version"),
        Json.string(m, "endpoint_uri"), previewJson == null ? null : preview(previewJson),
        Json.string(Json.object(m, "whatsapp_business_account"), "id"),
        appId == null ? null : new Flow.Application(appId, Json.string(app, "name"), Json.string(app, "link")),
        HealthJson.of(m));
  }

  static HealthStatus healthStatus(Response response) throws IOException {
    HealthStatus health = HealthJson.of(Json.readObject(response.body().string()));
    if (health == null) {
      throw new IOException("flow answered without health_status");
    }
    return health;
  }

  static FlowPreview preview(Response response) throws IOException {
    Map<String, Object> p = Json.object(Json.readObject(response.body().string()), "preview");
    FlowPreview preview = p == null ? null : preview(p);
    if (preview == null) {
      throw new IOException("flow answered without preview.preview_url");
    }
    return preview;
  }

  private static @Nullable FlowPreview preview(Map<String, Object> p) {
    String url = Json.string(p, "preview_url");
    return url == null ? null : new FlowPreview(url, Json.graphTime(Json.string(p, "expires_at")));
  }

  @SuppressWarnings("unchecked")
  static List<FlowValidationError> validationErrors(Map<String, Object> root) {
    List<FlowValidationError> errors = new ArrayList<>();
    for (Object o : Json.list(root, "validation_errors")) {
      if (o instanceof Map<?, ?> map) {
        Map<String, Object> e = (Map<String, Object>) map;
        List<FlowValidationError.Pointer> pointers = new ArrayList<>();
        for (Object po : Json.list(e, "pointers")) {
          if (po instanceof Map<?, ?> pm) {
            Map<String, Object> p = (Map<String, Object>) pm;
            pointers.add(new FlowValidationError.Pointer(integer(p, "line_start"), integer(p, "line_end"),
                integer(p, "column_start"), integer(p, "column_end"), Json.string(p, "path")));
          }
        }
        errors.add(new FlowValidationError(Objects.requireNonNullElse(Json.string(e, "error"), ""),
            Objects.requireNonNullElse(Json.string(e, "error_type"), ""),
            Objects.requireNonNullElse(Json.string(e, "message"), ""), integer(e, "line_start"),
            integer(e, "line_end"), integer(e, "column_start"), integer(e, "column_end"), pointers));
      }
    }
    return errors;
  }

  static FlowAsset asset(Map<String, Object> m) throws IOException {
    String name = Json.string(m, "name");
    String type = Json.string(m, "asset_type");
    if (name == null || type == null) {
      throw new IOException("flow asset without name or asset_type");
    }
    return new FlowAsset(name, type, Json.string(m, "download_url"));
  }

  @SuppressWarnings("unchecked")
  static FlowMetric metric(Response response) throws IOException {
    Map<String, Object> m = Json.object(Json.readObject(response.body().string()), "metric");
    String name = Json.string(m, "name");
    String granularity = Json.string(m, "granularity");
    if (m == null || name == null || granularity == null) {
      throw new IOException("flow answered without metric.name and metric.granularity");
    }
    List<FlowMetric.DataPoint> points = new ArrayList<>();
    for (Object o : Json.list(m, "data_points")) {
      if (o instanceof Map<?, ?> pm) {
        Map<String, Object> p = (Map<String, Object>) pm;
        List<FlowMetric.Value> values = new ArrayList<>();
        for (Object vo : Json.list(p, "data")) {
          if (vo instanceof Map<?, ?> vm) {
            Object key = vm.get("key");
            if (key != null && vm.get("value") instanceof Number n) {
              values.add(new FlowMetric.Value(key.toString(), n.doubleValue()));
            }
          }
        }
        points.add(new FlowMetric.DataPoint(Json.graphTime(Json.string(p, "timestamp")), values));
      }
    }
    return new FlowMetric(FlowMetric.Name.of(name), FlowMetric.Granularity.of(granularity), points);
  }

  @SuppressWarnings("unchecked")
  static FlowMigration migration(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    List<FlowMigration.Migrated> migrated = new ArrayList<>();
    for (Object o : Json.list(root, "migrated_flows")) {
      if (o instanceof Map<?, ?> mm) {
        Map<String, Object> m = (Map<String, Object>) mm;
        migrated.add(new FlowMigration.Migrated(text(m, "source_name"), text(m, "source_id"),
            text(m, "migrated_id")));
      }
    }
    List<FlowMigration.Failed> failed = new ArrayList<>();
    for (Object o : Json.list(root, "failed_flows")) {
      if (o instanceof Map<?, ?> fm) {
        Map<String, Object> f = (Map<String, Object>) fm;
        failed.add(new FlowMigration.Failed(text(f, "source_name"), text(f, "error_code"),
            text(f, "error_message")));
      }
    }
    return new FlowMigration(migrated, failed);
  }

  static BusinessPublicKey publicKey(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    // The Graph API reference answers {"data": [{...}]}; Meta's encryption guide shows the fields at the top level.
    Map<String, Object> first = root.containsKey("data") ? Json.firstObject(root, "data") : root;
    String status = Json.string(first, "business_public_key_signature_status");
    return new BusinessPublicKey(Json.string(first, "business_public_key"),
        status == null ? null : BusinessPublicKey.SignatureStatus.of(status));
  }

  private static String text(Map<String, Object> m, String key) {
    return Objects.requireNonNullElse(Json.string(m, key), "");
  }

  private static @Nullable Integer integer(Map<String, Object> m, String key) {
    Long value = Json.longValue(m, key);
    return value == null ? null : value.intValue();
  }
}
