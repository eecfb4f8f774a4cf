package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code PhotoPicker}: Lets the user attach up to 30 photos (label 30 characters, description 300); one per screen
 * (Flow JSON 4.0+). Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param description {@code description}: a description
 * @param photoSource {@code photo-source}: {@code camera_gallery}, {@code camera} or {@code gallery}
 * @param maxFileSizeKb {@code max-file-size-kb}: the largest file in KiB
 * @param minUploadedPhotos {@code min-uploaded-photos}: the fewest photos
 * @param maxUploadedPhotos {@code max-uploaded-photos}: the most photos (up to 30)
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param visible {@code visible}: whether it is shown (default true)
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record PhotoPicker(
    String name, String label, @Nullable String description, @Nullable String photoSource,
    @Nullable Integer maxFileSizeKb, @Nullable Integer minUploadedPhotos, @Nullable Integer maxUploadedPhotos,
    @Nullable Dynamic<Boolean> enabled, @Nullable Dynamic<Boolean> visible, @Nullable String errorMessage,
    Map<String, @Nullable Object> extra)
    implements Component {

  public PhotoPicker {
    Objects.requireNonNull(name, "PhotoPicker.name == null");
    Objects.requireNonNull(label, "PhotoPicker.label == null");
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, label);
  }

  /** A PhotoPicker with only its required properties. */
  public static PhotoPicker of(String name, String label) {
    return builder(name, label).build();
  }

  @Override
  public String type() {
    return "PhotoPicker";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("PhotoPicker")
        .put("name", name)
        .put("label", label)
        .put("description", description)
        .put("photo-source", photoSource)
        .put("max-file-size-kb", maxFileSizeKb)
        .put("min-uploaded-photos", minUploadedPhotos)
        .put("max-uploaded-photos", maxUploadedPhotos)
        .put("enabled", enabled)
        .put("visible", visible)
        .put("error-message", errorMessage)
        .done(extra);
  }

  static PhotoPicker read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    @Nullable String description = r.str("description");
    @Nullable String photoSource = r.str("photo-source");
    @Nullable Integer maxFileSizeKb = r.integer("max-file-size-kb");
    @Nullable Integer minUploadedPhotos = r.integer("min-uploaded-photos");
    @Nullable Integer maxUploadedPhotos = r.integer("max-uploaded-photos");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable String errorMessage = r.str("error-message");
    return new PhotoPicker(
        name, label, description, photoSource, maxFileSizeKb, minUploadedPhotos, maxUploadedPhotos, enabled,
        visible, errorMessage, r.rest());
  }

  /** Builds a {@link PhotoPicker}. Not thread-safe. */
  public static final class Builder extends PickerBuilder<Builder> {
    private @Nullable String photoSource;
    private @Nullable Integer minUploadedPhotos;
    private @Nullable Integer maxUploadedPhotos;

    private Builder(String name, String label) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
    }

    /** {@code photo-source}: {@code camera_gallery}, {@code camera} or {@code gallery}. */
    public Builder photoSource(String photoSource) {
      this.photoSource = Objects.requireNonNull(photoSource, "photoSource == null");
      return this;
    }

    /** {@code photo-source} as a reference. */
    public Builder photoSource(Ref photoSource) {
      this.photoSource = photoSource.toString();
      return this;
    }

    /** {@code min-uploaded-photos}: the fewest photos. */
    public Builder minUploadedPhotos(int minUploadedPhotos) {
      this.minUploadedPhotos = minUploadedPhotos;
      return this;
    }

    /** {@code max-uploaded-photos}: the most photos (up to 30). */
    public Builder maxUploadedPhotos(int maxUploadedPhotos) {
      this.maxUploadedPhotos = maxUploadedPhotos;
      return this;
    }

    /** The PhotoPicker. */
    public PhotoPicker build() {
      return new PhotoPicker(
          Objects.requireNonNull(name, "PhotoPicker.name == null"), Objects.requireNonNull(label,
          "PhotoPicker.label == null"), description, photoSource, maxFileSizeKb, minUploadedPhotos, maxUploadedPhotos, enabled,
          visible, errorMessage, extra);
    }
  }
}
