package dev.wabasdk.paging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Graph API list.
 * Immutable and thread-safe.
 *
 * @param items the items of this page
 * @param after the cursor of the next page ({@code paging.cursors.after}), or null on the last page
 * @param before the cursor of the previous page ({@code paging.cursors.before} when Meta sends
 *     {@code paging.previous}), or null on the first page and for lists read forward only
 */
public record Page<T>(List<T> items, @Nullable String after, @Nullable String before) {
  public Page {
    items = List.copyOf(items);
  }

  /** A page of a list read forward only: no cursor to the page before. */
  public Page(List<T> items, @Nullable String after) {
    this(items, after, null);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return after != null;
  }

  /** Whether a page precedes this one ({@link #before()} names it). */
  public boolean hasPrevious() {
    return before != null;
  }
}
