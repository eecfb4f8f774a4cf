package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Meta's calling rules the fake applies besides the permission itself: the per-user limits on call permission
 * requests (1 in 24 hours, 2 in 7 days, both reset by a connected call) and on connected business-initiated calls
 * (100 in 24 hours), the number's call hours (weekly hours in a time zone, holiday closures) and the validation of
 * the {@code calling} settings (call hours, SIP). Not thread-safe: used under the {@link FakeEngine}'s lock.
 */
final class CallRules {
  static final int REQUESTS_PER_DAY = 1;
  static final int REQUESTS_PER_WEEK = 2;
  static final int CONNECTED_CALLS_PER_DAY = 100;
  /** The fake's code for a call permission request over the limit (see the testkit README on error codes). */
  static final int PERMISSION_REQUEST_LIMIT_CODE = 138013;
  /** The fake's code for a business-initiated call over the daily connected-call limit. */
  static final int CALL_LIMIT_CODE = 138012;
  /** Meta's limit on {@code weekly_operating_hours} entries of one day of week. */
  static final int MAX_PERIODS_PER_DAY = 2;
  /** Meta's limit on {@code holiday_schedule} entries. */
  static final int MAX_HOLIDAYS = 20;
  /** Meta's code for a Graph API call action on a number whose calls go to a SIP server. */
  static final int SIP_ENABLED_CODE = 131055;

  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration WEEK = Duration.ofDays(7);

  private final Map<String, List<Instant>> requests = new HashMap<>();
  private final Map<String, List<Instant>> businessCalls = new HashMap<>();
  private final Map<String, Instant> lastConnected = new HashMap<>();

  void reset() {
    requests.clear();
    businessCalls.clear();
    lastConnected.clear();
  }

  /** Counts a call permission request to {@code waId}, or refuses it over Meta's limits. */
  void permissionRequest(String waId, Instant now) {
    if (requestsSince(waId, now.minus(DAY)) >= REQUESTS_PER_DAY) {
      throw GraphException.of(PERMISSION_REQUEST_LIMIT_CODE, "Call permission request limit reached: "
          + REQUESTS_PER_DAY + " request per user in 24 hours.");
    }
    if (requestsSince(waId, now.minus(WEEK)) >= REQUESTS_PER_WEEK) {
      throw GraphException.of(PERMISSION_REQUEST_LIMIT_CODE, "Call permission request limit reached: "
          + REQUESTS_PER_WEEK + " requests per user in 7 days.");
    }
    requests.computeIfAbsent(waId, k -> new ArrayList<>()).add(now);
  }

  /** Refuses a business-initiated call over the daily connected-call limit. */
  void checkCall(String waId, Instant now) {
    if (callsSince(waId, now.minus(DAY)) >= CONNECTED_CALLS_PER_DAY) {
      throw GraphException.of(CALL_LIMIT_CODE, "Business-initiated calls limit reached: "
          + CONNECTED_CALLS_PER_DAY + " connected calls per user in 24 hours.");
    }
  }

  /** A call with {@code waId} connected: resets the request limits; a business-initiated one counts. */
  void connected(String waId, Instant now, boolean businessInitiated) {
    lastConnected.put(waId, now);
    if (businessInitiated) {
      businessCalls.computeIfAbsent(waId, k -> new ArrayList<>()).add(now);
    }
  }

  /** The {@code limits} of the two actions, as {@code GET /call_permissions} answers them. */
  List<Object> requestLimits(String waId, Instant now) {
    return List.of(limit("PT24H", REQUESTS_PER_DAY, requestsSince(waId, now.minus(DAY)), DAY, requests.get(waId)),
        limit("P7D", REQUESTS_PER_WEEK, requestsSince(waId, now.minus(WEEK)), WEEK, requests.get(waId)));
  }

  List<Object> callLimits(String waId, Instant now) {
    return List.of(limit("PT24H", CONNECTED_CALLS_PER_DAY, callsSince(waId, now.minus(DAY)), DAY,
        businessCalls.get(waId)));
  }

  boolean canRequest(String waId, Instant now) {
    return requestsSince(waId, now.minus(DAY)) < REQUESTS_PER_DAY
        && requestsSince(waId, now.minus(WEEK)) < REQUESTS_PER_WEEK;
  }

  boolean canCall(String waId, Instant now) {
    return callsSince(waId, now.minus(DAY)) < CONNECTED_CALLS_PER_DAY;
  }

  private static Map<String, Object> limit(String period, int max, int used, Duration length,
      @Nullable List<Instant> times) {
    Map<String, Object> limit = obj("time_period", period, "max_allowed", max, "current_usage", used);
    if (used >= max && times != null) {
      // The limit lifts when the oldest counted one leaves the period.
      limit.put("limit_expiration_time", times.get(times.size() - used).plus(length).getEpochSecond());
    }
    return limit;
  }

  private int requestsSince(String waId, Instant from) {
    Instant reset = lastConnected.get(waId);
    return count(requests.get(waId), reset != null && reset.isAfter(from) ? reset : from);
  }

  private int callsSince(String waId, Instant from) {
    return count(businessCalls.get(waId), from);
  }

  private static int count(@Nullable List<Instant> times, Instant after) {
    if (times == null) {
      return 0;
    }
    int n = 0;
    for (Instant t : times) {
      n += t.isAfter(after) ? 1 : 0;
    }
    return n;
  }

  // ---------------------------------------------------------------- call hours

  /**
   * Whether a user's call at {@code now} is inside the number's call hours: always when {@code call_hours} is not
   * ENABLED; otherwise not during a holiday closure, and only within one of the day's weekly operating hours, both
   * in the hours' time zone.
   */
  static boolean withinCallHours(Map<String, Object> settings, Instant now) {
    Map<String, Object> hours = Json.map(settings, "call_hours");
    if (hours == null || !"ENABLED".equals(hours.get("status"))) {
      return true;
    }
    ZonedDateTime local = now.atZone(ZoneId.of(String.valueOf(hours.get("timezone_id"))));
    LocalTime time = local.toLocalTime();
    for (Object h : Json.list(hours, "holiday_schedule")) {
      if (LocalDate.parse(String.valueOf(Json.string(h, "date"))).equals(local.toLocalDate())
          && !time.isBefore(hhmm(Json.string(h, "start_time"))) && !time.isAfter(endOfMinute(Json.string(h,
              "end_time")))) {
        return false;
      }
    }
    for (Object w : Json.list(hours, "weekly_operating_hours")) {
      if (local.getDayOfWeek().name().equals(Json.string(w, "day_of_week"))
          && !time.isBefore(hhmm(Json.string(w, "open_time"))) && time.isBefore(hhmm(Json.string(w, "close_time")))) {
        return true;
      }
    }
    return false;
  }

  private static LocalTime endOfMinute(@Nullable String hhmm) {
    return hhmm(hhmm).plusSeconds(59);
  }

  private static LocalTime hhmm(@Nullable String hhmm) {
    if (hhmm == null || !hhmm.matches("\\d{4}")) {
      throw new DateTimeException("not an HHMM time: " + hhmm);
    }
    return LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2)));
  }

  // ---------------------------------------------------------------- settings validation

  /**
   * Validates {@code calling.call_hours} and {@code calling.sip} like Meta: error 100 naming the parameter, in
   * Meta's words where its call settings page gives them. A holiday before today (in the hours' time zone) is
   * refused.
   */
  static void validate(Map<String, Object> calling, Instant now) {
    Map<String, Object> hours = Json.map(calling, "call_hours");
    if (hours != null) {
      callHours(hours, now);
    }
    Map<String, Object> sip = Json.map(calling, "sip");
    if (sip != null) {
      status(sip, "sip");
      for (Object server : Json.list(sip, "servers")) {
        String host = Json.string(server, "hostname");
        Object port = server instanceof Map<?, ?> m ? m.get("port") : null;
        if (host == null || host.isBlank()) {
          throw bad("calling['sip']['servers'][]['hostname'] is required.");
        }
        if (!(port instanceof Number p) || p.intValue() < 1 || p.intValue() > 65535) {
          throw bad("calling['sip']['servers'][]['port'] must be 1 to 65535, was " + port + ".");
        }
      }
    }
  }

  private static void callHours(Map<String, Object> hours, Instant now) {
    status(hours, "call_hours");
    boolean enabled = "ENABLED".equals(hours.get("status"));
    String zone = Json.string(hours, "timezone_id");
    if (enabled && zone == null) {
      throw bad("calling['call_hours']['timezone_id'] is required when call hours are ENABLED.");
    }
    if ((enabled || zone != null) && !parses(() -> ZoneId.of(String.valueOf(zone)))) {
      throw bad("calling['call_hours']['timezone_id'] must be a time zone id such as America/Manaus, was \""
          + zone + "\".");
    }
    List<Object> weekly = Json.list(hours, "weekly_operating_hours");
    if (enabled && weekly.isEmpty()) {
      throw GraphException.of(100, "weekly_operating_hours in call_hours cannot be empty");
    }
    Map<String, List<LocalTime[]>> byDay = new HashMap<>();
    for (Object w : weekly) {
      String day = Json.string(w, "day_of_week");
      if (!parses(() -> DayOfWeek.valueOf(String.valueOf(day)))) {
        throw bad("calling['call_hours']['weekly_operating_hours'][]['day_of_week'] must be MONDAY to SUNDAY,"
            + " was \"" + day + "\".");
      }
      LocalTime open = time(w, "weekly_operating_hours", "open_time");
      LocalTime close = time(w, "weekly_operating_hours", "close_time");
      if (!open.isBefore(close)) {
        throw bad("calling['call_hours']['weekly_operating_hours'][]: open_time must be before close_time, were "
            + Json.string(w, "open_time") + " and " + Json.string(w, "close_time") + ".");
      }
      List<LocalTime[]> periods = byDay.computeIfAbsent(String.valueOf(day), d -> new ArrayList<>());
      for (LocalTime[] other : periods) {
        if (open.isBefore(other[1]) && other[0].isBefore(close)) {
          throw GraphException.of(100, "Overlapping schedule in call_hours is not allowed: " + day + " " + other[0]
              + "-" + other[1] + " and " + open + "-" + close + ".");
        }
      }
      periods.add(new LocalTime[] {open, close});
      if (periods.size() > MAX_PERIODS_PER_DAY) {
        throw GraphException.of(100, "More than " + MAX_PERIODS_PER_DAY + " entries not allowed: "
            + "calling['call_hours']['weekly_operating_hours'] has " + periods.size() + " for " + day + ".");
      }
    }
    List<Object> holidays = Json.list(hours, "holiday_schedule");
    if (holidays.size() > MAX_HOLIDAYS) {
      throw bad("calling['call_hours']['holiday_schedule'] must have at most " + MAX_HOLIDAYS + " entries, had "
          + holidays.size() + ".");
    }
    // Today where the business is; UTC when the (disabled) hours name no zone.
    LocalDate today = now.atZone(zone == null ? ZoneOffset.UTC : ZoneId.of(zone)).toLocalDate();
    for (Object h : holidays) {
      String date = Json.string(h, "date");
      if (!parses(() -> LocalDate.parse(String.valueOf(date)))) {
        throw bad("calling['call_hours']['holiday_schedule'][]['date'] must be YYYY-MM-DD, was \"" + date + "\".");
      }
      if (LocalDate.parse(date).isBefore(today)) {
        throw GraphException.of(100, "Holiday given in call_hours is a past date: " + date + " (today is " + today
            + (zone == null ? " UTC" : " in " + zone) + ").");
      }
      time(h, "holiday_schedule", "start_time");
      time(h, "holiday_schedule", "end_time");
    }
  }

  private static boolean parses(java.util.function.Supplier<?> parse) {
    try {
      return parse.get() != null;
    } catch (DateTimeException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the number's calls go to a SIP server ({@code calling.sip.status} ENABLED). */
  static boolean sipEnabled(Map<String, Object> settings) {
    return "ENABLED".equals(Json.string(settings, "sip", "status"));
  }

  private static void status(Map<String, Object> object, String name) {
    Object status = object.get("status");
    if (status != null && !status.equals("ENABLED") && !status.equals("DISABLED")) {
      throw bad("calling['" + name + "']['status'] must be ENABLED or DISABLED, was \"" + status + "\".");
    }
  }

  private static LocalTime time(Object entry, String list, String field) {
    String value = Json.string(entry, field);
    try {
      return hhmm(value);
    } catch (DateTimeException e) {
      throw bad("calling['call_hours']['" + list + "'][]['" + field + "'] must be a time HHMM such as 0930, was \""
          + value + "\".");
    }
  }

  private static GraphException bad(String details) {
    return GraphException.of(100, "Param " + details);
  }
}
