package dev.wabasdk.error;

import java.io.IOException;

/**
 * The request failed in transport: no connection, or no complete answer. {@link #outcome()} says whether it may
 * have reached Meta ({@link Outcome#UNKNOWN} after the request was written, e.g. a read timeout).
 * Safe to share between threads once thrown.
 */
public final class WabaNetworkException extends WabaException {
  private static final long serialVersionUID = 1L;

  public WabaNetworkException(String message, Outcome outcome, IOException cause) {
    super(message, outcome, true, cause);
  }
}
