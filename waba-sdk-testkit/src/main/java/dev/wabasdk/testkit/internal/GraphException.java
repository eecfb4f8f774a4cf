package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.GraphErrorResponse;

/**
 * Carries a Graph error out of request handling; the dispatcher turns it into Meta's error JSON. Immutable, so
 * thread-safe.
 */
public final class GraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient GraphErrorResponse error;

  public GraphException(GraphErrorResponse error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public static GraphException of(int code, String details) {
    return new GraphException(GraphErrorResponse.of(code, details));
  }

  public GraphErrorResponse error() {
    return error;
  }
}
