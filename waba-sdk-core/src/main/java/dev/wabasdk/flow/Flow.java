package dev.wabasdk.flow;

import dev.wabasdk.health.HealthStatus;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Flow as the Flows API describes it ({@code GET /{flow-id}}, or an item of {@code GET /{waba-id}/flows}). A list
 * item carries only Meta's default fields (id, name, status, categories, validation errors); the other properties
 * are then null. Immutable and thread-safe.
 *
 * @param id the flow's id
 * @param name its name, or null when not asked for
 * @param status its lifecycle status, or null when not asked for
 * @param categories its business purposes
 * @param validationErrors the errors Meta found in its current Flow JSON (a flow with errors cannot be published)
 * @param jsonVersion the Flow JSON {@code version} of its document, or null
 * @param dataApiVersion the endpoint protocol version ({@code data_api_version}), or null
 * @param endpointUri the URL of its endpoint, or null
 * @param preview a web preview link, or null
 * @param whatsappBusinessAccountId the id of the WhatsApp Business Account that owns it, or null
 * @param application the Meta app connected to it, or null
 * @param healthStatus whether it can be sent, and what blocks it, or null
 */
public record Flow(String id, @Nullable String name, @Nullable FlowStatus status, List<FlowCategory> categories,
    List<FlowValidationError> validationErrors, @Nullable String jsonVersion, @Nullable String dataApiVersion,
    @Nullable String endpointUri, @Nullable FlowPreview preview, @Nullable String whatsappBusinessAccountId,
    @Nullable Application application, @Nullable HealthStatus healthStatus) {

  public Flow {
    Objects.requireNonNull(id, "id");
    categories = List.copyOf(categories);
    validationErrors = List.copyOf(validationErrors);
  }

  /**
   * The Meta app connected to a flow ({@code application}). Immutable and thread-safe.
   *
   * @param id the app id
   * @param name the app's name, or null
   * @param link the app's link, or null
   */
  public record Application(String id, @Nullable String name, @Nullable String link) {
    public Application {
      Objects.requireNonNull(id, "id");
    }
  }
}
