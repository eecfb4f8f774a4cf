package dev.wabasdk.policy;

/** How the client acts on a {@link Decision} that is not {@link Verdict#ALLOW}. Immutable and thread-safe. */
public enum PolicyMode {
  /** Throw {@link WabaPolicyException} and send nothing. */
  ENFORCE,
  /** Log the decision at WARN and send anyway; the decision is on the {@code SendResult}. */
  WARN,
  /** Do not evaluate; facts are still recorded, so switching to ENFORCE later starts with a warm state. */
  OFF
}
