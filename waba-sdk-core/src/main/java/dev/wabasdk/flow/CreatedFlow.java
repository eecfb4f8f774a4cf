package dev.wabasdk.flow;

import java.util.List;
import java.util.Objects;

/**
 * Meta's answer to a flow creation. Immutable and thread-safe.
 *
 * @param id the new flow's id
 * @param validationErrors the errors Meta found in the Flow JSON sent with it (empty when none was sent or it was
 *     valid); a flow with errors is created as a draft, not published
 */
public record CreatedFlow(String id, List<FlowValidationError> validationErrors) {
  public CreatedFlow {
    Objects.requireNonNull(id, "id");
    validationErrors = List.copyOf(validationErrors);
  }
}
