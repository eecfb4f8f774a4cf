package dev.wabasdk.template;

import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Manages the message templates of the WhatsApp Business Account ({@code /{waba-id}/message_templates}). Obtain it
 * from {@code WhatsApp.templates()}. Calls on the account (create, list, delete) need {@code businessAccountId} on
 * the client builder; calls by template id do not. Thread-safe.
 *
 * <pre>{@code
 * CreatedTemplate created = whatsApp.templates().create(definition);
 * for (Template t : whatsApp.templates().list(TemplateFilter.all().withStatus(TemplateStatus.APPROVED))) { ... }
 * }</pre>
 */
public interface TemplatesApi {
  /**
   * Submits a new template for review ({@code POST /{waba-id}/message_templates}).
   *
   * @throws IllegalArgumentException listing every problem {@link TemplateDefinition#problems()} finds; nothing is
   *     sent
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  CreatedTemplate create(TemplateDefinition definition);

  /** The asynchronous twin of {@link #create}; bad input still throws at once. */
  CompletableFuture<CreatedTemplate> createAsync(TemplateDefinition definition);

  /** Every template of the account, read lazily page by page. */
  Paged<Template> list();

  /**
   * The templates matching the filter, read lazily: a request is made when iteration reaches the next page.
   *
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  Paged<Template> list(TemplateFilter filter);

  /** One page of templates after the cursor ({@code null} for the first page). */
  Page<Template> listPage(TemplateFilter filter, @Nullable String after);

  /** The asynchronous twin of {@link #listPage}: follow {@link Page#after()} for the next page. */
  CompletableFuture<Page<Template>> listPageAsync(TemplateFilter filter, @Nullable String after);

  /** One template by id ({@code GET /{template-id}}). */
  Template get(String templateId);

  /** The asynchronous twin of {@link #get}. */
  CompletableFuture<Template> getAsync(String templateId);

  /**
   * Edits a template ({@code POST /{template-id}}); it goes back to review.
   *
   * @throws IllegalArgumentException listing the problems of new components; nothing is sent
   */
  void edit(String templateId, TemplateEdit edit);

  /** The asynchronous twin of {@link #edit}. */
  CompletableFuture<Void> editAsync(String templateId, TemplateEdit edit);

  /** Deletes a template in all its languages ({@code DELETE /{waba-id}/message_templates?name=…}). */
  void delete(String name);

  /** Deletes one language of a template by its id ({@code …&hsm_id=…}). */
  void delete(String name, String templateId);

  /** The asynchronous twin of {@link #delete(String)}. */
  CompletableFuture<Void> deleteAsync(String name);

  /** The asynchronous twin of {@link #delete(String, String)}. */
  CompletableFuture<Void> deleteAsync(String name, String templateId);
}
