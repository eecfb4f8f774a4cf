package dev.wabasdk.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks an id before it is put into a Graph API path, so a stray '/' or '?' can never reach another endpoint. */
public final class GraphIds {

  private static final Pattern GRAPH_ID = Pattern.compile("[A-Za-z0-9_.-]+");

  private GraphIds() {}

  /**
   * Returns {@code value} when it is a Graph id.
   *
   * @param name the field or parameter, named in the exception
   * @throws IllegalArgumentException when it is blank or has characters a Graph id never has
   */
  public static String check(String name, String value) {
    Objects.requireNonNull(value, name);
    if (!GRAPH_ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + ": must be a Graph id (letters, digits, '_', '.', '-'), was '" + value + "'");
    }
    return value;
  }
}
