package dev.wabasdk.flow;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The builder state and setters the option lists share ({@code data-source}, {@code enabled},
 * {@code on-select-action}) on top of {@link InputBuilder}; package-private like {@link ComponentBuilder}. Not
 * thread-safe.
 *
 * @param <B> the public builder, returned by every setter so calls chain
 */
abstract class OptionsBuilder<B extends OptionsBuilder<B>> extends InputBuilder<B> {
  @Nullable Dynamic<List<Option>> dataSource;
  @Nullable Dynamic<Boolean> enabled;
  @Nullable Action onSelectAction;

  /** {@code data-source}: the entries, or a {@link Ref} to a data field. */
  public B dataSource(List<Option> dataSource) {
    this.dataSource = Dynamic.of(List.copyOf(dataSource));
    return self();
  }

  /** {@code data-source} as a reference to a data field. */
  public B dataSource(Ref dataSource) {
    this.dataSource = Dynamic.of(dataSource);
    return self();
  }

  /** {@code enabled}: whether the user can change it (default true). */
  public B enabled(boolean enabled) {
    this.enabled = Dynamic.of(enabled);
    return self();
  }

  /** {@code enabled} as a reference. */
  public B enabled(Ref enabled) {
    this.enabled = Dynamic.of(enabled);
    return self();
  }

  /** {@code on-select-action}: the action when an entry is selected. */
  public B onSelectAction(Action onSelectAction) {
    this.onSelectAction = Objects.requireNonNull(onSelectAction, "onSelectAction == null");
    return self();
  }
}
