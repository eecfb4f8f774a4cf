package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.GraphError;

/** Carries a Graph error out of request handling; the dispatcher turns it into Meta's error JSON. */
public final class GraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient GraphError error;

  public GraphException(GraphError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public static GraphException of(int code, String details) {
    return new GraphException(GraphError.of(code, details));
  }

  public GraphError error() {
    return error;
  }
}
