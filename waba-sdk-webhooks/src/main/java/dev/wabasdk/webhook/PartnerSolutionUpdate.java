package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Multi-Partner Solution was created or changed status ({@code partner_solutions}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), portfolio ({@code entry[].id}), field,
 *     time and raw change
 * @param event {@code SOLUTION_CREATED} or {@code SOLUTION_UPDATED}, as Meta sent it
 * @param solutionId the solution id
 * @param solutionStatus the solution's status; an unknown value keeps Meta's string
 */
public record PartnerSolutionUpdate(
    ChangeHeader header, @Nullable String event, @Nullable String solutionId,
    @Nullable PartnerSolutionStatus solutionStatus) implements AccountEvent {

  public PartnerSolutionUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
