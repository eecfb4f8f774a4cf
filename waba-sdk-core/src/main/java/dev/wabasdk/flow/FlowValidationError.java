package dev.wabasdk.flow;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One error Meta found in a Flow JSON document ({@code validation_errors} of a flow, an upload or a create), with
 * where it is in the uploaded text. A flow with validation errors cannot be published. Immutable and thread-safe.
 *
 * @param error the error code, e.g. {@code INVALID_PROPERTY_VALUE}
 * @param errorType the error family, e.g. {@code FLOW_JSON_ERROR} or {@code JSON_SCHEMA_ERROR}
 * @param message Meta's explanation
 * @param lineStart the first line of the offending text (1-based), or null
 * @param lineEnd the last line, or null
 * @param columnStart the first column, or null
 * @param columnEnd the last column, or null
 * @param pointers the places in the document the error points at (may be empty)
 */
public record FlowValidationError(String error, String errorType, String message, @Nullable Integer lineStart,
    @Nullable Integer lineEnd, @Nullable Integer columnStart, @Nullable Integer columnEnd, List<Pointer> pointers) {

  public FlowValidationError {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(message, "message");
    pointers = List.copyOf(pointers);
  }

  /**
   * A place in the Flow JSON an error points at. Immutable and thread-safe.
   *
   * @param lineStart the first line, or null
   * @param lineEnd the last line, or null
   * @param columnStart the first column, or null
   * @param columnEnd the last column, or null
   * @param path the JSON path, e.g. {@code screens[0].layout.children[0].type}, or null
   */
  public record Pointer(@Nullable Integer lineStart, @Nullable Integer lineEnd, @Nullable Integer columnStart,
      @Nullable Integer columnEnd, @Nullable String path) {}
}
