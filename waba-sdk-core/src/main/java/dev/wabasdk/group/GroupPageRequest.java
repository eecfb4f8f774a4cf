package dev.wabasdk.group;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which page of the active groups to read ({@code GET /{phone-number-id}/groups}): {@code limit} groups per page
 * (Meta's range 1 to 1,024, default 25) and at most one cursor, {@code after} (the next page) or {@code before}
 * (the previous one). Checked when built. Immutable and thread-safe.
 *
 * <pre>{@code
 * Page<GroupSummary> first = whatsApp.groups().listPage(GroupPageRequest.first(100));
 * Page<GroupSummary> next = whatsApp.groups().listPage(GroupPageRequest.after(first.after()).withLimit(100));
 * }</pre>
 *
 * @param limit {@code limit}, or null for Meta's default ({@value #DEFAULT_LIMIT})
 * @param after {@code after}: the cursor {@link dev.wabasdk.paging.Page#after()} of the page before, or null
 * @param before {@code before}: the cursor {@link dev.wabasdk.paging.Page#before()} of the page after, or null
 */
public record GroupPageRequest(@Nullable Integer limit, @Nullable String after, @Nullable String before) {
  /** Meta's smallest {@code limit}. */
  public static final int MIN_LIMIT = 1;
  /** Meta's largest {@code limit}. */
  public static final int MAX_LIMIT = 1024;
  /** Meta's {@code limit} when none is sent. */
  public static final int DEFAULT_LIMIT = 25;

  public GroupPageRequest {
    if (limit != null) {
      checkLimit(limit);
    }
    checkCursor("after", after);
    checkCursor("before", before);
    if (after != null && before != null) {
      throw new IllegalArgumentException("after, before: at most one cursor, had both");
    }
  }

  /** The first page, Meta's default size. */
  public static GroupPageRequest first() {
    return new GroupPageRequest(null, null, null);
  }

  /** The first page, {@code limit} groups. */
  public static GroupPageRequest first(int limit) {
    return new GroupPageRequest(limit, null, null);
  }

  /** The page after the one whose {@code after} cursor this is. */
  public static GroupPageRequest after(String cursor) {
    return new GroupPageRequest(null, Objects.requireNonNull(cursor, "after"), null);
  }

  /** The page before the one whose {@code before} cursor this is. */
  public static GroupPageRequest before(String cursor) {
    return new GroupPageRequest(null, null, Objects.requireNonNull(cursor, "before"));
  }

  /** This request with {@code limit} groups per page. */
  public GroupPageRequest withLimit(int limit) {
    return new GroupPageRequest(limit, after, before);
  }

  private static void checkLimit(int limit) {
    if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit: must be " + MIN_LIMIT + " to " + MAX_LIMIT + ", was " + limit);
    }
  }

  private static void checkCursor(String name, @Nullable String cursor) {
    if (cursor != null && cursor.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
  }
}
