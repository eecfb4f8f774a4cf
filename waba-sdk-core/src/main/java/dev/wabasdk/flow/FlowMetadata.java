package dev.wabasdk.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a Flow's metadata ({@code POST /{flow-id}}): only the properties set here are sent. Checked like
 * {@link NewFlow}. Immutable and thread-safe.
 *
 * <pre>{@code
 * whatsApp.flows().update(flowId, FlowMetadata.none().withEndpointUri("https://example.com/flows/v2"));
 * }</pre>
 *
 * @param name a new name, or null to keep it
 * @param categories new categories (at least one), or null to keep them
 * @param endpointUri a new endpoint URL, or null to keep it
 * @param applicationId the Meta app to connect the flow to, or null to keep it
 */
public record FlowMetadata(@Nullable String name, @Nullable List<FlowCategory> categories,
    @Nullable String endpointUri, @Nullable String applicationId) {

  public FlowMetadata {
    if (name != null) {
      name = name.strip();
      if (name.isEmpty() || name.length() > NewFlow.MAX_NAME_LENGTH) {
        throw new IllegalArgumentException("name: must be 1 to " + NewFlow.MAX_NAME_LENGTH + " characters, was \""
            + name + "\" (" + name.length() + ")");
      }
    }
    if (categories != null) {
      categories = NewFlow.checkCategories(categories);
    }
    NewFlow.checkEndpointUri(endpointUri);
    if (applicationId != null && applicationId.isBlank()) {
      throw new IllegalArgumentException("application_id: must not be blank, was \"" + applicationId + "\"");
    }
  }

  /** No change yet: add some with the {@code with...} methods. */
  public static FlowMetadata none() {
    return new FlowMetadata(null, null, null, null);
  }

  /** With a new name. */
  public FlowMetadata withName(String newName) {
    return new FlowMetadata(newName, categories, endpointUri, applicationId);
  }

  /** With new categories. */
  public FlowMetadata withCategories(FlowCategory... newCategories) {
    return new FlowMetadata(name, List.of(newCategories), endpointUri, applicationId);
  }

  /** With a new endpoint URL. */
  public FlowMetadata withEndpointUri(String uri) {
    return new FlowMetadata(name, categories, uri, applicationId);
  }

  /** Connected to this Meta app. */
  public FlowMetadata withApplicationId(String id) {
    return new FlowMetadata(name, categories, endpointUri, id);
  }

  /** Whether nothing would change. */
  public boolean isEmpty() {
    return name == null && categories == null && endpointUri == null && applicationId == null;
  }
}
