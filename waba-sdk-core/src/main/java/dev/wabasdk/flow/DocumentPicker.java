package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DocumentPicker}: Lets the user attach up to 30 documents (label 30 characters, description 300); one per
 * screen (Flow JSON 4.0+). Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param description {@code description}: a description
 * @param maxFileSizeKb {@code max-file-size-kb}: the largest file in KiB
 * @param minUploadedDocuments {@code min-uploaded-documents}: the fewest documents
 * @param maxUploadedDocuments {@code max-uploaded-documents}: the most documents (up to 30)
 * @param allowedMimeTypes {@code allowed-mime-types}: the MIME types accepted
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param visible {@code visible}: whether it is shown (default true)
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record DocumentPicker(
    String name, String label, @Nullable String description, @Nullable Integer maxFileSizeKb,
    @Nullable Integer minUploadedDocuments, @Nullable Integer maxUploadedDocuments,
    @Nullable Dynamic<List<String>> allowedMimeTypes, @Nullable Dynamic<Boolean> enabled,
    @Nullable Dynamic<Boolean> visible, @Nullable String errorMessage, Map<String, @Nullable Object> extra)
    implements Component {

  public DocumentPicker {
    Objects.requireNonNull(name, "DocumentPicker.name == null");
    Objects.requireNonNull(label, "DocumentPicker.label == null");
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, label);
  }

  /** A DocumentPicker with only its required properties. */
  public static DocumentPicker of(String name, String label) {
    return builder(name, label).build();
  }

  @Override
  public String type() {
    return "DocumentPicker";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("DocumentPicker")
        .put("name", name)
        .put("label", label)
        .put("description", description)
        .put("max-file-size-kb", maxFileSizeKb)
        .put("min-uploaded-documents", minUploadedDocuments)
        .put("max-uploaded-documents", maxUploadedDocuments)
        .put("allowed-mime-types", allowedMimeTypes)
        .put("enabled", enabled)
        .put("visible", visible)
        .put("error-message", errorMessage)
        .done(extra);
  }

  static DocumentPicker read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    @Nullable String description = r.str("description");
    @Nullable Integer maxFileSizeKb = r.integer("max-file-size-kb");
    @Nullable Integer minUploadedDocuments = r.integer("min-uploaded-documents");
    @Nullable Integer maxUploadedDocuments = r.integer("max-uploaded-documents");
    @Nullable Dynamic<List<String>> allowedMimeTypes = r.strings("allowed-mime-types");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable String errorMessage = r.str("error-message");
    return new DocumentPicker(
        name, label, description, maxFileSizeKb, minUploadedDocuments, maxUploadedDocuments, allowedMimeTypes,
        enabled, visible, errorMessage, r.rest());
  }

  /** Builds a {@link DocumentPicker}. Not thread-safe. */
  public static final class Builder extends PickerBuilder<Builder> {
    private @Nullable Integer minUploadedDocuments;
    private @Nullable Integer maxUploadedDocuments;
    private @Nullable Dynamic<List<String>> allowedMimeTypes;

    private Builder(String name, String label) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
    }

    /** {@code min-uploaded-documents}: the fewest documents. */
    public Builder minUploadedDocuments(int minUploadedDocuments) {
      this.minUploadedDocuments = minUploadedDocuments;
      return this;
    }

    /** {@code max-uploaded-documents}: the most documents (up to 30). */
    public Builder maxUploadedDocuments(int maxUploadedDocuments) {
      this.maxUploadedDocuments = maxUploadedDocuments;
      return this;
    }

    /** {@code allowed-mime-types}: the MIME types accepted. */
    public Builder allowedMimeTypes(List<String> allowedMimeTypes) {
      this.allowedMimeTypes = Dynamic.of(List.copyOf(allowedMimeTypes));
      return this;
    }

    /** {@code allowed-mime-types} as a reference. */
    public Builder allowedMimeTypes(Ref allowedMimeTypes) {
      this.allowedMimeTypes = Dynamic.of(allowedMimeTypes);
      return this;
    }

    /** The DocumentPicker. */
    public DocumentPicker build() {
      return new DocumentPicker(
          Objects.requireNonNull(name, "DocumentPicker.name == null"), Objects.requireNonNull(label,
          "DocumentPicker.label == null"), description, maxFileSizeKb, minUploadedDocuments, maxUploadedDocuments, allowedMimeTypes,
          enabled, visible, errorMessage, extra);
    }
  }
}
