package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CalendarPicker}: A full calendar for one date or a range (title 80 characters, label 40; Flow JSON 6.1+).
 * Limits are checked when the {@link FlowJson} is built. Immutable and thread-safe.
 *
 * @param name <strong>Required.</strong> {@code name}: the form field name, unique in the screen
 * @param title {@code title}: the calendar's title
 * @param description {@code description}: a description
 * @param label {@code label}: the label: a string, or {@code start-date}/{@code end-date} labels in range mode
 * @param helperText {@code helper-text}: the hint: a string, or per date in range mode
 * @param required {@code required}: whether a date is required: a boolean, or per date in range mode
 * @param visible {@code visible}: whether it is shown (default true)
 * @param enabled {@code enabled}: whether the user can change it (default true)
 * @param mode {@code mode}: {@code single} or {@code range}
 * @param minDate {@code min-date}: the earliest date
 * @param maxDate {@code max-date}: the latest date
 * @param unavailableDates {@code unavailable-dates}: dates that cannot be picked, or a {@link Ref}
 * @param includeDays {@code include-days}: the weekdays that can be picked, e.g. {@code Mon}
 * @param minDays {@code min-days}: the shortest range
 * @param maxDays {@code max-days}: the longest range
 * @param initValue {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string
 * @param errorMessage {@code error-message}: an error: a string, or per date in range mode
 * @param onSelectAction {@code on-select-action}: the action when an entry is selected
 * @param extra properties this SDK does not model, kept as raw JSON
 */
public record CalendarPicker(
    String name, @Nullable String title, @Nullable String description, @Nullable Object label,
    @Nullable Object helperText, @Nullable Object required, @Nullable Dynamic<Boolean> visible,
    @Nullable Dynamic<Boolean> enabled, @Nullable String mode, @Nullable String minDate, @Nullable String maxDate,
    @Nullable Dynamic<List<String>> unavailableDates, @Nullable Dynamic<List<String>> includeDays,
    @Nullable Integer minDays, @Nullable Integer maxDays, @Nullable Object initValue, @Nullable Object errorMessage,
    @Nullable Action onSelectAction, Map<String, @Nullable Object> extra)
    implements Component {

  public CalendarPicker {
    Objects.requireNonNull(name, "CalendarPicker.name == null");
    label = FlowCodec.deepCopy(label);
    helperText = FlowCodec.deepCopy(helperText);
    required = FlowCodec.deepCopy(required);
    initValue = FlowCodec.deepCopy(initValue);
    errorMessage = FlowCodec.deepCopy(errorMessage);
    extra = FlowCodec.copy(extra);
  }

  /** A builder with the required properties. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A CalendarPicker with only its required properties. */
  public static CalendarPicker of(String name) {
    return builder(name).build();
  }

  @Override
  public String type() {
    return "CalendarPicker";
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return new FlowCodec.Writer("CalendarPicker")
        .put("name", name)
        .put("title", title)
        .put("description", description)
        .put("label", label)
        .put("helper-text", helperText)
        .put("required", required)
        .put("visible", visible)
        .put("enabled", enabled)
        .put("mode", mode)
        .put("min-date", minDate)
        .put("max-date", maxDate)
        .put("unavailable-dates", unavailableDates)
        .put("include-days", includeDays)
        .put("min-days", minDays)
        .put("max-days", maxDays)
        .put("init-value", initValue)
        .put("error-message", errorMessage)
        .put("on-select-action", onSelectAction)
        .done(extra);
  }

  static CalendarPicker read(FlowCodec.Reader r) {
    String name = r.requiredStr("name");
    @Nullable String title = r.str("title");
    @Nullable String description = r.str("description");
    @Nullable Object label = r.raw("label");
    @Nullable Object helperText = r.raw("helper-text");
    @Nullable Object required = r.raw("required");
    @Nullable Dynamic<Boolean> visible = r.bool("visible");
    @Nullable Dynamic<Boolean> enabled = r.bool("enabled");
    @Nullable String mode = r.str("mode");
    @Nullable String minDate = r.str("min-date");
    @Nullable String maxDate = r.str("max-date");
    @Nullable Dynamic<List<String>> unavailableDates = r.strings("unavailable-dates");
    @Nullable Dynamic<List<String>> includeDays = r.strings("include-days");
    @Nullable Integer minDays = r.integer("min-days");
    @Nullable Integer maxDays = r.integer("max-days");
    @Nullable Object initValue = r.raw("init-value");
    @Nullable Object errorMessage = r.raw("error-message");
    @Nullable Action onSelectAction = r.action("on-select-action");
    return new CalendarPicker(
        name, title, description, label, helperText, required, visible, enabled, mode, minDate, maxDate,
        unavailableDates, includeDays, minDays, maxDays, initValue, errorMessage, onSelectAction, r.rest());
  }

  /** Builds a {@link CalendarPicker}. Not thread-safe. */
  public static final class Builder extends ComponentBuilder<Builder> {
    private @Nullable String name;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable Object label;
    private @Nullable Object helperText;
    private @Nullable Object required;
    private @Nullable Dynamic<Boolean> enabled;
    private @Nullable String mode;
    private @Nullable String minDate;
    private @Nullable String maxDate;
    private @Nullable Dynamic<List<String>> unavailableDates;
    private @Nullable Dynamic<List<String>> includeDays;
    private @Nullable Integer minDays;
    private @Nullable Integer maxDays;
    private @Nullable Object initValue;
    private @Nullable Object errorMessage;
    private @Nullable Action onSelectAction;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
    }

    /** {@code name}: the form field name, unique in the screen. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** {@code name} as a reference. */
    public Builder name(Ref name) {
      this.name = name.toString();
      return this;
    }

    /** {@code title}: the calendar's title. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title == null");
      return this;
    }

    /** {@code title} as a reference. */
    public Builder title(Ref title) {
      this.title = title.toString();
      return this;
    }

    /** {@code description}: a description. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description == null");
      return this;
    }

    /** {@code description} as a reference. */
    public Builder description(Ref description) {
      this.description = description.toString();
      return this;
    }

    /** {@code label}: the label: a string, or {@code start-date}/{@code end-date} labels in range mode. */
    public Builder label(Object label) {
      this.label = Objects.requireNonNull(label, "label == null");
      return this;
    }

    /** {@code helper-text}: the hint: a string, or per date in range mode. */
    public Builder helperText(Object helperText) {
      this.helperText = Objects.requireNonNull(helperText, "helperText == null");
      return this;
    }

    /** {@code required}: whether a date is required: a boolean, or per date in range mode. */
    public Builder required(Object required) {
      this.required = Objects.requireNonNull(required, "required == null");
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

    /** {@code mode}: {@code single} or {@code range}. */
    public Builder mode(String mode) {
      this.mode = Objects.requireNonNull(mode, "mode == null");
      return this;
    }

    /** {@code mode} as a reference. */
    public Builder mode(Ref mode) {
      this.mode = mode.toString();
      return this;
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

    /** {@code include-days}: the weekdays that can be picked, e.g. {@code Mon}. */
    public Builder includeDays(List<String> includeDays) {
      this.includeDays = Dynamic.of(List.copyOf(includeDays));
      return this;
    }

    /** {@code include-days} as a reference. */
    public Builder includeDays(Ref includeDays) {
      this.includeDays = Dynamic.of(includeDays);
      return this;
    }

    /** {@code min-days}: the shortest range. */
    public Builder minDays(int minDays) {
      this.minDays = minDays;
      return this;
    }

    /** {@code max-days}: the longest range. */
    public Builder maxDays(int maxDays) {
      this.maxDays = maxDays;
      return this;
    }

    /** {@code init-value}: the initial value: a literal JSON value or a {@link Ref} string. */
    public Builder initValue(Object initValue) {
      this.initValue = Objects.requireNonNull(initValue, "initValue == null");
      return this;
    }

    /** {@code error-message}: an error: a string, or per date in range mode. */
    public Builder errorMessage(Object errorMessage) {
      this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage == null");
      return this;
    }

    /** {@code on-select-action}: the action when an entry is selected. */
    public Builder onSelectAction(Action onSelectAction) {
      this.onSelectAction = Objects.requireNonNull(onSelectAction, "onSelectAction == null");
      return this;
    }

    /** The CalendarPicker. */
    public CalendarPicker build() {
      return new CalendarPicker(
          Objects.requireNonNull(name, "CalendarPicker.name == null"), title, description, label, helperText,
          required, visible, enabled, mode, minDate, maxDate,
          unavailableDates, includeDays, minDays, maxDays, initValue, errorMessage, onSelectAction, extra);
    }
  }
}
