package dev.wabasdk.template;

import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Manages the message templates of the WhatsApp Business Account ({@code /{waba-id}/message_templates}). Obtain it
 * from {@code WhatsApp.templates()}. Calls on the account (create, list, delete, archive, create from the library)
 * need {@code businessAccountId} on the client builder; calls by template id (get, edit, unpause, compare) and
 * browsing the library do not. Bad input throws {@link IllegalArgumentException} before any request. Thread-safe.
 *
 * <pre>{@code
 * CreatedTemplate created = whatsApp.templates().create(definition);
 * for (Template t : whatsApp.templates().list(TemplateFilter.all().withStatus(TemplateStatus.APPROVED))) { ... }
 * }</pre>
 */
public interface TemplatesApi {
  /**
   * The account's template groups ({@code /{waba-id}/template_groups}): sets of templates measured together.
   *
   * @since 0.5
   */
  TemplateGroupsApi templateGroups();

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
   * The template's opt-ins and opt-outs of the Marketing Messages API's automatic creative optimizations
   * ({@code GET /{template-id}?fields=degrees_of_freedom_spec}); {@link CreativeFeatures#NONE} when it names none
   * (Meta's defaults apply).
   */
  CreativeFeatures creativeFeatures(String templateId);

  /** Async {@link #creativeFeatures(String)}. */
  CompletableFuture<CreativeFeatures> creativeFeaturesAsync(String templateId);

  /**
   * The template's max price for the Marketing Messages API ({@code GET /{template-id}?fields=optimization_spec});
   * empty when it has none (Meta's rate card applies).
   */
  Optional<MaxPrice> maxPrice(String templateId);

  /** Async {@link #maxPrice(String)}. */
  CompletableFuture<Optional<MaxPrice>> maxPriceAsync(String templateId);

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

  // ---- lifecycle

  /**
   * Unpauses a paused template ({@code POST /{template-id}/unpause}) so it can be sent again; Meta refuses a
   * template that is not paused.
   */
  void unpause(String templateId);

  /** The asynchronous twin of {@link #unpause}. */
  CompletableFuture<Void> unpauseAsync(String templateId);

  /**
   * Archives up to 100 templates ({@code POST /{waba-id}/message_templates/archive}): they cannot be sent and are
   * deleted after 28 days unless unarchived. Meta archives only APPROVED or REJECTED templates and reports the
   * others in {@link ArchiveResult#failed()}.
   *
   * @throws IllegalArgumentException when {@code templateIds} is empty, over 100, repeats an id or holds a non-id
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  ArchiveResult archive(List<String> templateIds);

  /** The asynchronous twin of {@link #archive}. */
  CompletableFuture<ArchiveResult> archiveAsync(List<String> templateIds);

  /**
   * Unarchives up to 100 templates archived in the last 28 days ({@code POST /{waba-id}/message_templates/unarchive});
   * each returns to its status before archiving (APPROVED when Meta has none).
   *
   * @throws IllegalArgumentException as {@link #archive}
   */
  ArchiveResult unarchive(List<String> templateIds);

  /** The asynchronous twin of {@link #unarchive}. */
  CompletableFuture<ArchiveResult> unarchiveAsync(List<String> templateIds);

  /**
   * Compares two templates of the account over the last 7, 30, 60 or 90 days, ending now
   * ({@code GET /{template-id}/compare?template_ids=[..]&start=&end=}). Meta answers only when both were sent at
   * least 1,000 times in the window.
   */
  TemplateComparison compare(String templateId, String otherTemplateId, ComparisonLookback lookback);

  /**
   * Compares two templates between {@code start} and {@code end} (UNIX seconds on the wire).
   *
   * @throws IllegalArgumentException when the window is not exactly 7, 30, 60 or 90 days (Meta's only lookbacks),
   *     or the two ids are the same
   */
  TemplateComparison compare(String templateId, String otherTemplateId, Instant start, Instant end);

  /** The asynchronous twin of {@link #compare(String, String, ComparisonLookback)}. */
  CompletableFuture<TemplateComparison> compareAsync(String templateId, String otherTemplateId,
      ComparisonLookback lookback);

  /** The asynchronous twin of {@link #compare(String, String, Instant, Instant)}. */
  CompletableFuture<TemplateComparison> compareAsync(String templateId, String otherTemplateId, Instant start,
      Instant end);

  // ---- Template Library

  /** Meta's Template Library templates matching the filter ({@code GET /message_template_library}), read lazily. */
  Paged<LibraryTemplate> library(LibraryFilter filter);

  /** One page of library templates after the cursor ({@code null} for the first page). */
  Page<LibraryTemplate> libraryPage(LibraryFilter filter, @Nullable String after);

  /** The asynchronous twin of {@link #libraryPage}. */
  CompletableFuture<Page<LibraryTemplate>> libraryPageAsync(LibraryFilter filter, @Nullable String after);

  /**
   * Creates a template from a Template Library template ({@code POST /{waba-id}/message_templates} with
   * {@code library_template_name}); unless customised, it is approved at once with the library's category.
   *
   * @throws IllegalArgumentException listing every problem {@link LibraryTemplateRequest#problems()} finds
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  CreatedTemplate createFromLibrary(LibraryTemplateRequest request);

  /** The asynchronous twin of {@link #createFromLibrary}; bad input still throws at once. */
  CompletableFuture<CreatedTemplate> createFromLibraryAsync(LibraryTemplateRequest request);

  // ---- bulk management and migration

  /**
   * Creates or updates an authentication template in several languages at once
   * ({@code POST /{waba-id}/upsert_message_templates}): per language, the template of that name is updated, or
   * created when the account has none. Safe to repeat.
   *
   * @return one entry per language, in Meta's order
   * @throws IllegalArgumentException listing every problem {@link TemplateUpsert#problems()} finds
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   * @since 0.5
   */
  List<UpsertedTemplate> upsert(TemplateUpsert upsert);

  /** The asynchronous twin of {@link #upsert}; bad input still throws at once. */
  CompletableFuture<List<UpsertedTemplate>> upsertAsync(TemplateUpsert upsert);

  /**
   * Copies templates from another WhatsApp Business Account of the same business into the client's
   * ({@code POST /{waba-id}/migrate_message_templates}); Meta recreates them, so each gets a new id. Not repeated
   * automatically after an unclear failure: a page takes up to 30 seconds, and a second request would do the work
   * again (run the failed ones again with {@link TemplateMigration#onlyTemplates}).
   *
   * @throws IllegalArgumentException when the source is the client's own account
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   * @since 0.5
   */
  MigrationResult migrate(TemplateMigration migration);

  /** The asynchronous twin of {@link #migrate}; bad input still throws at once. */
  CompletableFuture<MigrationResult> migrateAsync(TemplateMigration migration);
}
