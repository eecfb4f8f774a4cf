package dev.wabasdk.template;

import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Meta's template groups: named sets of the account's templates whose performance is measured together
 * ({@code template_group_analytics}). Create, read, list, change and delete them; account calls need the client's
 * {@code businessAccountId}. Every call has a {@code CompletableFuture} twin. Thread-safe.
 *
 * <pre>{@code
 * String id = client.templates().templateGroups()
 *     .create(NewTemplateGroup.of("Black Friday 2026", List.of("278077987957091", "1945418102598215")));
 * }</pre>
 */
public interface TemplateGroupsApi {
  /** Creates a group ({@code POST /{waba-id}/template_groups}) and returns its id. Not retried: not idempotent. */
  String create(NewTemplateGroup group);

  /** See {@link #create}. */
  CompletableFuture<String> createAsync(NewTemplateGroup group);

  /** One group with the first page of its templates ({@code GET /{template-group-id}}). */
  TemplateGroup get(String templateGroupId);

  /** See {@link #get}. */
  CompletableFuture<TemplateGroup> getAsync(String templateGroupId);

  /** Every group of the account, page by page ({@code GET /{waba-id}/template_groups}). */
  Paged<TemplateGroup> list();

  /** One page of {@link #list()}; {@code after} is the cursor of the previous page, null for the first. */
  Page<TemplateGroup> listPage(@Nullable String after);

  /** See {@link #listPage}. */
  CompletableFuture<Page<TemplateGroup>> listPageAsync(@Nullable String after);

  /** Changes a group's name, description or templates ({@code POST /{template-group-id}}). */
  void update(String templateGroupId, TemplateGroupUpdate update);

  /** See {@link #update}. */
  CompletableFuture<Void> updateAsync(String templateGroupId, TemplateGroupUpdate update);

  /** Deletes a group ({@code DELETE /{template-group-id}}); its templates stay. */
  void delete(String templateGroupId);

  /** See {@link #delete}. */
  CompletableFuture<Void> deleteAsync(String templateGroupId);
}
