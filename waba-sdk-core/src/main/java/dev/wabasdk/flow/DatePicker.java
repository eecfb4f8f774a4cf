package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DatePicker}: A date field (label 40 characters, helper text 80); dates as {@code YYYY-MM-DD} from Flow JSON
 * 5.0. Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param label <strong>Required.</strong> {@code label}: the label
 * @param minDate {@code min-date}: the earliest date
 * @param maxDate {@code max-date}: the latest date
 * @param unavailableDates {@code unavailable-dates}: dates that cannot be picked, or a {@link Ref}
 * @param helperText {@code helper-text}: a hint under the field
 * @param required {@code required}: whether the user must fill it in
 * @param visible {@code visible}: whether it is shown (default true)
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param onSelectAction {@code on-select-action}: the action when an entry is selected
 * @param errorMessage {@code error-message}: an error shown under the field
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record DatePicker(
    String name, String label, @Nullable String minDate, @Nullable String maxDate,
    @Nullable Dynamic<List<String>> unavailableDates, @Nullable String helperText,
    @Nullable Dynamic<Boolean> required, @Nullable Dynamic<Boolean> visible, @Nullable Dynamic<Boolean> enabled,
    @Nullable Object initValue, @Nullable Action onSelectAction, @Nullable String errorMessage,
    Map<String, @Nullable Object> extra)
    implements Component {

  public DatePicker {
    Objects.requireNonNull(name, "DatePicker.name == null");
    Objects.requireNonNull(label, "DatePicker.label == null");
    initValue = FlowCodec.deepCopy(initValue);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, label);
  }

  /** A DatePicker with only its required properties. */
  public static DatePicker of(String name, String label) {
    return builder(name, label).build();
  }

  @Override
  public String type() {
    return "DatePicker";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("DatePicker")
        .put("name", name)
        .put("label", label)
        .put("min-date", minDate)
        .put("max-date", maxDate)
        .put("unavailable-dates", unavailableDates)
        .put("helper-text", helperText)
        .put("required", required)
        .put("visible", visible)
        .put("enabled", enabled)
        .put("init-value", initValue)
        .put("on-select-action", onSelectAction)
        .put("error-message", errorMessage)
        .done(extra);
  }

  static DatePicker read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    String label = r.requiredStr("label");
    @Nullable String minDate = r.str("min-date");
    @Nullable String maxDate = r.str("max-date");
    @Nullable Dynamic<List<String>> unavailableDates = r.strings("unavailable-dates");
    @Nullable String helperText = r.str("helper-text");
    @Nullable Dynamic<Boolean> required = r.bool("required");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable Action onSelectAction = r.action("on-select-action");
    @Nullable String errorMessage = r.str("error-message");
    return new DatePicker(
        name, label, minDate, maxDate, unavailableDates, helperText, required, visible, enabled, initValue,
        onSelectAction, errorMessage, r.rest());
  }

  /** Builds a {@link DatePicker}. Not thread-safe. */
  public static final class Builder extends InputBuilder<Builder> {
    private @Nullable String minDate;
    private @Nullable String maxDate;
    private @Nullable Dynamic<List<String>> unavailableDates;
    private @Nullable String helperText;
    private @Nullable Dynamic<Boolean> enabled;
    private @Nullable Action onSelectAction;

    private Builder(String name, String label) {
      this.name = Objects.requireNonNull(name, "name == null");
      this.label = Objects.requireNonNull(label, "label == null");
    }

    /** {@code min-date}: the earliest date. */
    public Builder minDate(String minDate) {
      this.minDate = Objects.requireNonNull(minDate, "minDate == null");
      return this;
    }

    /** {@code min-date} as a reference. */
    public Builder minDate(Ref minDate) {
      this.minDate = minDate.toString();
      return this;
    }

    /** {@code max-date}: the latest date. */
    public Builder maxDate(String maxDate) {
      this.maxDate = Objects.requireNonNull(maxDate, "maxDate == null");
      return this;
    }

    /** {@code max-date} as a reference. */
    public Builder maxDate(Ref maxDate) {
      this.maxDate = maxDate.toString();
      return this;
    }

    /** {@code unavailable-dates}: dates that cannot be picked, or a {@link Ref}. */
    public Builder unavailableDates(List<String> unavailableDates) {
      this.unavailableDates = Dynamic.of(List.copyOf(unavailableDates));
      return this;
    }

    /** {@code unavailable-dates} as a reference. */
    public Builder unavailableDates(Ref unavailableDates) {
      this.unavailableDates = Dynamic.of(unavailableDates);
      return this;
    }

    /** {@code helper-text}: a hint under the field. */
    public Builder helperText(String helperText) {
      this.helperText = Objects.requireNonNull(helperText, "helperText == null");
      return this;
    }

    /** {@code helper-text} as a reference. */
    public Builder helperText(Ref helperText) {
      this.helperText = helperText.toString();
      return this;
    }

    /** {@code enabled}: whether the user can change it (default true). */
    public Builder enabled(boolean enabled) {
      this.enabled = Dynamic.of(enabled);
      return this;
    }

    /** {@code enabled} as a reference. */
    public Builder enabled(Ref enabled) {
      this.enabled = Dynamic.of(enabled);
      return this;
    }

    /** {@code on-select-action}: the action when an entry is selected. */
    public Builder onSelectAction(Action onSelectAction) {
      this.onSelectAction = Objects.requireNonNull(onSelectAction, "onSelectAction == null");
      return this;
    }

    /** The DatePicker. */
    public DatePicker build() {
      return new DatePicker(
          Objects.requireNonNull(name, "DatePicker.name == null"), Objects.requireNonNull(label,
          "DatePicker.label == null"), minDate, maxDate, unavailableDates, helperText, required, visible, enabled, initValue,
          onSelectAction, errorMessage, extra);
    }
  }
}
