package dev.wabasdk.spring;

import java.util.Objects;

/**
 * Start-up failed because a {@code waba.*} property is missing or invalid. The message names the property and
 * never contains a secret; Spring Boot's failure analysis prints it with {@link #action()}.
 */
public final class WabaPropertyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String action;

  /**
   * @param property the full property name, e.g. {@code waba.access-token}
   * @param problem what is wrong, e.g. "is not set"
   * @param action how to fix it
   */
  public WabaPropertyException(String property, String problem, String action) {
    super(Objects.requireNonNull(property, "property") + " " + Objects.requireNonNull(problem, "problem"));
    this.property = property;
    this.action = Objects.requireNonNull(action, "action");
  }

  /** The full property name, e.g. {@code waba.access-token}. */
  public String property() {
    return property;
  }

  /** How to fix the problem. */
  public String action() {
    return action;
  }
}
