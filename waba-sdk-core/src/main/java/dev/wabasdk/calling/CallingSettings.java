package dev.wabasdk.calling;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Calling API settings of a business phone number (the {@code calling} object of
 * {@code GET/POST /{phone-number-id}/settings}). Every field is optional: an update sends only the fields that are
 * set, and Meta replaces the whole {@code call_hours} object when it is sent. Immutable and thread-safe; the
 * builder is not.
 *
 * <pre>{@code
 * whatsApp.calling().updateSettings(CallingSettings.builder()
 *     .status(FeatureStatus.ENABLED)
 *     .callbackPermissionStatus(FeatureStatus.ENABLED)
 *     .build());
 * }</pre>
 *
 * @param status {@code status}: whether calling is on for the number
 * @param callIconVisibility {@code call_icon_visibility}
 * @param callIcons {@code call_icons}: the countries whose users see the call icon
 * @param callHours {@code call_hours}: when users may call
 * @param callbackPermissionStatus {@code callback_permission_status}: whether a user who called is asked for a
 *     call permission
 * @param sip {@code sip}: signalling over SIP instead of the Graph API and webhooks
 */
public record CallingSettings(
    @Nullable FeatureStatus status,
    @Nullable CallIconVisibility callIconVisibility,
    @Nullable CallIcons callIcons,
    @Nullable CallHours callHours,
    @Nullable FeatureStatus callbackPermissionStatus,
    @Nullable Sip sip) {

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code call_icons} of Meta's call settings page ({@code "call_icons": {"restrict_to_user_countries": ["US",
   * "BR"]}}): the call icon is shown only to users in these countries.
   *
   * @param restrictToUserCountries {@code restrict_to_user_countries}: ISO 3166-1 alpha-2 country codes
   */
  public record CallIcons(List<String> restrictToUserCountries) {
    public CallIcons {
      restrictToUserCountries = List.copyOf(restrictToUserCountries);
      for (String country : restrictToUserCountries) {
        if (country.length() != 2 || !Character.isUpperCase(country.charAt(0))
            || !Character.isUpperCase(country.charAt(1))) {
          throw new IllegalArgumentException("call_icons.restrict_to_user_countries: must be ISO 3166-1 alpha-2"
              + " country codes such as 'US', was '" + country + "'");
        }
      }
    }
  }

  /**
   * {@code call_hours}: the business's time zone, weekly opening hours and holidays. Calls outside them are not
   * connected.
   *
   * <p>Building checks each entry's shape only, so hours read back from Meta always fit; {@link #problems()} lists
   * every rule of Meta's call settings page the hours break, and {@code updateSettings} refuses hours with problems
   * before the call.
   *
   * @param status {@code status}; when ENABLED, {@code timezone_id} and {@code weekly_operating_hours} are required
   * @param timezoneId {@code timezone_id}, an IANA zone id such as {@code America/Manaus}
   * @param weeklyOperatingHours {@code weekly_operating_hours}: at most {@value #MAX_PERIODS_PER_DAY} entries per
   *     day of week, not overlapping
   * @param holidaySchedule {@code holiday_schedule}: at most {@value #MAX_HOLIDAYS} entries
   */
  public record CallHours(
      FeatureStatus status,
      @Nullable String timezoneId,
      List<OperatingHours> weeklyOperatingHours,
      List<Holiday> holidaySchedule) {
    /** Meta's limit on {@code weekly_operating_hours} entries of one day of week. */
    public static final int MAX_PERIODS_PER_DAY = 2;
    /** Meta's limit on {@code holiday_schedule} entries. */
    public static final int MAX_HOLIDAYS = 20;

    public CallHours {
      Objects.requireNonNull(status, "call_hours.status");
      if (timezoneId != null) {
        try {
          ZoneId.of(timezoneId);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException(
              "call_hours.timezone_id: must be an IANA time zone id, was '" + timezoneId + "'", e);
        }
      }
      weeklyOperatingHours = List.copyOf(weeklyOperatingHours);
      holidaySchedule = List.copyOf(holidaySchedule);
    }

    /**
     * Every rule of Meta's the hours break, each naming the field, the limit and the value, e.g.
     * {@code "call_hours.weekly_operating_hours: at most 2 entries per day of week, MONDAY had 3"}; empty when
     * they look valid. Whether a holiday is past is left to Meta (it depends on the day in {@code timezone_id}).
     */
    public List<String> problems() {
      List<String> problems = new ArrayList<>();
      if (FeatureStatus.ENABLED.equals(status)) {
        if (timezoneId == null) {
          problems.add("call_hours.timezone_id: is required when call_hours.status is ENABLED");
        }
        if (weeklyOperatingHours.isEmpty()) {
          problems.add("call_hours.weekly_operating_hours: must not be empty when call_hours.status is ENABLED");
        }
      }
      Map<DayOfWeek, List<OperatingHours>> byDay = new EnumMap<>(DayOfWeek.class);
      for (OperatingHours period : weeklyOperatingHours) {
        byDay.computeIfAbsent(period.dayOfWeek(), d -> new ArrayList<>()).add(period);
      }
      byDay.forEach((day, periods) -> {
        if (periods.size() > MAX_PERIODS_PER_DAY) {
          problems.add("call_hours.weekly_operating_hours: at most " + MAX_PERIODS_PER_DAY
              + " entries per day of week, " + day + " had " + periods.size());
        }
        for (int i = 0; i < periods.size(); i++) {
          for (int j = i + 1; j < periods.size(); j++) {
            OperatingHours a = periods.get(i);
            OperatingHours b = periods.get(j);
            // Periods that only touch (one closes when the other opens) do not overlap.
            if (a.openTime().isBefore(b.closeTime()) && b.openTime().isBefore(a.closeTime())) {
              problems.add("call_hours.weekly_operating_hours: entries of one day must not overlap, " + day
                  + " had " + a.openTime() + "-" + a.closeTime() + " and " + b.openTime() + "-" + b.closeTime());
            }
          }
        }
      });
      if (holidaySchedule.size() > MAX_HOLIDAYS) {
        problems.add("call_hours.holiday_schedule: at most " + MAX_HOLIDAYS + " entries, had "
            + holidaySchedule.size());
      }
      return problems;
    }
  }

  /**
   * One opening period of {@code weekly_operating_hours}; Meta writes times as {@code HHmm}.
   *
   * @param dayOfWeek {@code day_of_week}
   * @param openTime {@code open_time}
   * @param closeTime {@code close_time}, after {@code openTime}
   */
  public record OperatingHours(DayOfWeek dayOfWeek, LocalTime openTime, LocalTime closeTime) {
    public OperatingHours {
      Objects.requireNonNull(dayOfWeek, "day_of_week");
      checkPeriod("weekly_operating_hours", openTime, closeTime);
    }
  }

  /**
   * One day of {@code holiday_schedule} with the hours calls are closed on it.
   *
   * @param date {@code date}
   * @param startTime {@code start_time}
   * @param endTime {@code end_time}, after {@code startTime}
   */
  public record Holiday(LocalDate date, LocalTime startTime, LocalTime endTime) {
    public Holiday {
      Objects.requireNonNull(date, "holiday_schedule.date");
      checkPeriod("holiday_schedule", startTime, endTime);
    }
  }

  /**
   * {@code sip}: when enabled, Meta signals calls to these SIP servers and the Graph call endpoints and
   * {@code calls} webhooks are not used.
   *
   * @param status {@code status}
   * @param servers {@code servers}
   */
  public record Sip(FeatureStatus status, List<SipServer> servers) {
    public Sip {
      Objects.requireNonNull(status, "sip.status");
      servers = List.copyOf(servers);
    }
  }

  /**
   * One SIP server.
   *
   * @param hostname {@code hostname}
   * @param port {@code port}, 1 to 65535
   * @param requestUriUserParams {@code request_uri_user_params}: parameters Meta adds to the request URI
   */
  public record SipServer(String hostname, int port, Map<String, String> requestUriUserParams) {
    public SipServer {
      Objects.requireNonNull(hostname, "sip.servers.hostname");
      if (hostname.isBlank()) {
        throw new IllegalArgumentException("sip.servers.hostname: must not be blank");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("sip.servers.port: must be 1 to 65535, was " + port);
      }
      requestUriUserParams = Map.copyOf(requestUriUserParams);
    }
  }

  private static void checkPeriod(String field, LocalTime from, LocalTime to) {
    Objects.requireNonNull(from, field + " start");
    Objects.requireNonNull(to, field + " end");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(field + ": the end must be after the start, was " + from + " to " + to);
    }
    if (from.getSecond() != 0 || to.getSecond() != 0 || from.getNano() != 0 || to.getNano() != 0) {
      throw new IllegalArgumentException(field + ": Meta takes whole minutes (HHmm), was " + from + " to " + to);
    }
  }

  /** Builds {@link CallingSettings}. Not thread-safe. */
  public static final class Builder {
    private @Nullable FeatureStatus status;
    private @Nullable CallIconVisibility callIconVisibility;
    private @Nullable CallIcons callIcons;
    private @Nullable CallHours callHours;
    private @Nullable FeatureStatus callbackPermissionStatus;
    private @Nullable Sip sip;

    private Builder() {}

    /** {@code status}. */
    public Builder status(FeatureStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** {@code call_icon_visibility}. */
    public Builder callIconVisibility(CallIconVisibility visibility) {
      this.callIconVisibility = Objects.requireNonNull(visibility, "call_icon_visibility");
      return this;
    }

    /** {@code call_icons}: show the call icon only to users in these countries. */
    public Builder callIcons(CallIcons callIcons) {
      this.callIcons = Objects.requireNonNull(callIcons, "call_icons");
      return this;
    }

    /** {@code call_hours}; replaces the hours Meta has. */
    public Builder callHours(CallHours callHours) {
      this.callHours = Objects.requireNonNull(callHours, "call_hours");
      return this;
    }

    /** {@code callback_permission_status}. */
    public Builder callbackPermissionStatus(FeatureStatus status) {
      this.callbackPermissionStatus = Objects.requireNonNull(status, "callback_permission_status");
      return this;
    }

    /** {@code sip}. */
    public Builder sip(Sip sip) {
      this.sip = Objects.requireNonNull(sip, "sip");
      return this;
    }

    /** The settings. */
    public CallingSettings build() {
      return new CallingSettings(status, callIconVisibility, callIcons, callHours, callbackPermissionStatus, sip);
    }
  }
}
