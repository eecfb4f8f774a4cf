package dev.wabasdk.paging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A Graph API list read lazily: the next page is requested only when iteration reaches it, following
 * {@code paging.cursors.after}. Each iteration (or stream) starts again from the first page.
 *
 * <pre>{@code
 * for (Template t : whatsApp.templates().list()) { ... }
 * List<String> approved = whatsApp.templates().list(TemplateFilter.all().withStatus(TemplateStatus.APPROVED))
 *     .stream().map(Template::name).toList();
 * }</pre>
 * Thread-safe when its fetch function is: each iteration or stream keeps its own cursor.
 */
public final class Paged<T> implements Iterable<T> {
  private final Function<@Nullable String, Page<T>> fetch;

  private Paged(Function<@Nullable String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /** A lazy list over {@code fetch}, which answers the page after a cursor (null for the first page). */
  public static <T> Paged<T> of(Function<@Nullable String, Page<T>> fetch) {
    return new Paged<>(Objects.requireNonNull(fetch, "fetch"));
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final Deque<T> buffered = new ArrayDeque<>();
      private @Nullable String after;
      private boolean first = true;

      @Override
      public boolean hasNext() {
        while (buffered.isEmpty() && (first || after != null)) {
          String cursor = after;
          Page<T> page = fetch.apply(cursor);
          first = false;
          buffered.addAll(page.items());
          // An empty page or a repeated cursor ends the list rather than looping.
          after = page.items().isEmpty() || Objects.equals(page.after(), cursor) ? null : page.after();
        }
        return !buffered.isEmpty();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return buffered.removeFirst();
      }
    };
  }

  /** A sequential stream that fetches pages as it is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
