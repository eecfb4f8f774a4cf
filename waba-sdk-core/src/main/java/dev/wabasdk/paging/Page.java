package dev.wabasdk.paging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Graph API list.
 * Immutable and thread-safe.
 *
 * @param items the items of this page
 * @param after the cursor of the next page ({@code paging.cursors.after}), or null on the last page
 */
public record Page<T>(List<T> items, @Nullable String after) {
  public Page {
    items = List.copyOf(items);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return after != null;
  }
}
