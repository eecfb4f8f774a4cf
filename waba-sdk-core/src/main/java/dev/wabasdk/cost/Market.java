package dev.wabasdk.cost;

import java.util.Objects;

/**
 * One of Meta's pricing markets: a country billed on its own ({@code India}) or a region ({@code Rest of
 * Africa}, {@code North America}, {@code Other}), named exactly as on Meta's rate card. Immutable and thread-safe.
 *
 * @param name Meta's market name
 */
public record Market(String name) implements Comparable<Market> {
  /** Where every number goes whose country Meta does not list. */
  public static final Market OTHER = new Market("Other");

  public Market {
    Objects.requireNonNull(name, "market");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("market: must not be blank");
    }
  }

  public static Market of(String name) {
    return new Market(name);
  }

  @Override
  public int compareTo(Market other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
