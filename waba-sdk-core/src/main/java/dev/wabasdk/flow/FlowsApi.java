package dev.wabasdk.flow;

import dev.wabasdk.health.HealthStatus;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The Flows API: manage the WhatsApp Flows of the client's WhatsApp Business Account, and the flow encryption key of
 * its phone number. Obtain it from {@code WhatsApp.flows()}; account calls need the client's
 * {@code businessAccountId}. Thread-safe.
 *
 * <p>A flow's life: {@link #create} (a {@link FlowStatus#DRAFT}), {@link #uploadFlowJson} (Meta answers the
 * validation errors it found), {@link #get} it with a preview link and its health, {@link #publish}, later
 * {@link #deprecate}. Changing a published flow's metadata or Flow JSON puts it back to DRAFT (messages already sent
 * keep the old content; publish it again to send it to users); a deprecated flow never changes. Only a draft can be
 * {@link #delete}d. A flow with an endpoint needs the
 * phone number's public key registered ({@link #setBusinessPublicKey}).
 *
 * <pre>{@code
 * FlowsApi flows = whatsApp.flows();
 * String id = flows.create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
 *     .withEndpointUri("https://example.com/flows")).id();
 * List<FlowValidationError> errors = flows.uploadFlowJson(id, bookingFlow);   // a FlowJson built in Java
 * if (errors.isEmpty()) {
 *   flows.publish(id);
 * }
 * }</pre>
 */
public interface FlowsApi {
  /** The Flow fields {@link #get} asks for. */
  String FIELDS = "id,name,status,categories,validation_errors,json_version,data_api_version,endpoint_uri,preview,"
      + "whatsapp_business_account,application,health_status";

  /** Creates a flow ({@code POST /{waba-id}/flows}); a draft unless it was sent published with valid Flow JSON. */
  CreatedFlow create(NewFlow flow);

  /** The asynchronous twin of {@link #create}. */
  CompletableFuture<CreatedFlow> createAsync(NewFlow flow);

  /**
   * Changes a flow's name, categories, endpoint or app ({@code POST /{flow-id}}); a published flow becomes a
   * DRAFT again.
   */
  void update(String flowId, FlowMetadata metadata);

  /** The asynchronous twin of {@link #update}. */
  CompletableFuture<Void> updateAsync(String flowId, FlowMetadata metadata);

  /**
   * Replaces a flow's Flow JSON ({@code POST /{flow-id}/assets}, {@code asset_type=FLOW_JSON}); a published flow
   * becomes a DRAFT again.
   *
   * @return the errors Meta found in it (empty when it is valid); the document is stored either way
   */
  List<FlowValidationError> uploadFlowJson(String flowId, FlowJson flowJson);

  /** As {@link #uploadFlowJson(String, FlowJson)}, with the document as text (sent as is). */
  List<FlowValidationError> uploadFlowJson(String flowId, String flowJson);

  /** The asynchronous twin of {@link #uploadFlowJson(String, String)}. */
  CompletableFuture<List<FlowValidationError>> uploadFlowJsonAsync(String flowId, String flowJson);

  /** A flow's assets, with links to download them ({@code GET /{flow-id}/assets}). */
  List<FlowAsset> assets(String flowId);

  /** The asynchronous twin of {@link #assets}. */
  CompletableFuture<List<FlowAsset>> assetsAsync(String flowId);

  /** Publishes a draft flow ({@code POST /{flow-id}/publish}): it can be sent to users. */
  void publish(String flowId);

  /** The asynchronous twin of {@link #publish}. */
  CompletableFuture<Void> publishAsync(String flowId);

  /** Deprecates a published flow ({@code POST /{flow-id}/deprecate}): it can no longer be sent or opened. */
  void deprecate(String flowId);

  /** The asynchronous twin of {@link #deprecate}. */
  CompletableFuture<Void> deprecateAsync(String flowId);

  /** Deletes a draft flow ({@code DELETE /{flow-id}}). */
  void delete(String flowId);

  /** The asynchronous twin of {@link #delete}. */
  CompletableFuture<Void> deleteAsync(String flowId);

  /** Every flow of the account ({@code GET /{waba-id}/flows}), read page by page as iterated. */
  Paged<Flow> list();

  /** One page of the account's flows, after a cursor (null for the first page). */
  Page<Flow> listPage(@Nullable String after);

  /** The asynchronous twin of {@link #listPage}. */
  CompletableFuture<Page<Flow>> listPageAsync(@Nullable String after);

  /** A flow with every field in {@link #FIELDS} ({@code GET /{flow-id}?fields=...}). */
  Flow get(String flowId);

  /** The asynchronous twin of {@link #get}. */
  CompletableFuture<Flow> getAsync(String flowId);

  /**
   * Whether a flow can be sent from one of the business's phone numbers
   * ({@code GET /{flow-id}?fields=health_status.phone_number(<PHONE_NUMBER_ID>)}): the overall answer and each
   * entity's (Meta's example lists the flow, its WhatsApp Business Account, the business portfolio and the app),
   * with what blocks or limits it.
   *
   * @param phoneNumberId the id of the number the flow would be sent from
   * @throws IllegalArgumentException before the request, when an id is not a Graph id
   * @throws dev.wabasdk.error.WabaApiException when Meta refuses it, e.g. an unknown flow (Graph's code 100)
   */
  HealthStatus healthStatus(String flowId, String phoneNumberId);

  /** The asynchronous twin of {@link #healthStatus}. */
  CompletableFuture<HealthStatus> healthStatusAsync(String flowId, String phoneNumberId);

  /**
   * A flow's web preview link ({@code fields=preview.invalidate(..)}).
   *
   * @param invalidate whether to revoke the current link and make a new one
   */
  FlowPreview preview(String flowId, boolean invalidate);

  /** The asynchronous twin of {@link #preview}. */
  CompletableFuture<FlowPreview> previewAsync(String flowId, boolean invalidate);

  /**
   * One metric of a flow's endpoint ({@code fields=metric.name(..).granularity(..).since(..).until(..)}).
   *
   * @param since the first day, or null for Meta's default
   * @param until the last day, or null for Meta's default
   */
  FlowMetric metric(String flowId, FlowMetric.Name name, FlowMetric.Granularity granularity,
      @Nullable LocalDate since, @Nullable LocalDate until);

  /** The asynchronous twin of {@link #metric}. */
  CompletableFuture<FlowMetric> metricAsync(String flowId, FlowMetric.Name name, FlowMetric.Granularity granularity,
      @Nullable LocalDate since, @Nullable LocalDate until);

  /** Meta's limit on the flows one {@code migrate_flows} request names ("Only 100 Flows can be migrated"). */
  int MAX_MIGRATED_FLOWS = 100;

  /**
   * Copies flows from another WhatsApp Business Account of the same business into this client's account
   * ({@code POST /{waba-id}/migrate_flows}).
   *
   * @param sourceWabaId the account to copy from
   * @param sourceFlowNames the names of the flows to copy, at most {@link #MAX_MIGRATED_FLOWS}; empty copies them
   *     all
   * @throws IllegalArgumentException before the request, for a blank name or more than 100 names
   */
  FlowMigration migrate(String sourceWabaId, List<String> sourceFlowNames);

  /** The asynchronous twin of {@link #migrate}. */
  CompletableFuture<FlowMigration> migrateAsync(String sourceWabaId, List<String> sourceFlowNames);

  /**
   * Registers the phone number's public key for flows ({@code POST /{phone-number-id}/whatsapp_business_encryption}):
   * Meta encrypts the requests to every flow endpoint of this number for it.
   *
   * @param publicKeyPem the RSA public key, PEM-encoded ({@code -----BEGIN PUBLIC KEY-----...})
   */
  void setBusinessPublicKey(String publicKeyPem);

  /** The asynchronous twin of {@link #setBusinessPublicKey}. */
  CompletableFuture<Void> setBusinessPublicKeyAsync(String publicKeyPem);

  /** The phone number's registered public key and its signature status ({@code GET .../whatsapp_business_encryption}). */
  BusinessPublicKey businessPublicKey();

  /** The asynchronous twin of {@link #businessPublicKey}. */
  CompletableFuture<BusinessPublicKey> businessPublicKeyAsync();
}
