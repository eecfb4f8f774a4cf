package dev.wabasdk.campaign;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Hours in the recipient's own time zone when the campaign sends nothing, e.g. 21:00 to 08:00. Immutable and
 * thread-safe.
 *
 * @param start the first quiet minute
 * @param end the first minute sending may resume; before {@code start} when the quiet hours span midnight
 */
public record QuietHours(LocalTime start, LocalTime end) {
  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new IllegalArgumentException("quietHours: start and end must differ, both were " + start);
    }
  }

  /** Whether {@code at} falls in the quiet hours in {@code zone}. */
  public boolean isQuiet(Instant at, ZoneId zone) {
    LocalTime t = at.atZone(zone).toLocalTime();
    return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
  }

  /** The next instant at or after {@code at} that is not quiet in {@code zone}. */
  public Instant nextAllowed(Instant at, ZoneId zone) {
    if (!isQuiet(at, zone)) {
      return at;
    }
    ZonedDateTime local = at.atZone(zone);
    ZonedDateTime candidate = local.with(end).withSecond(0).withNano(0);
    if (!candidate.isAfter(local)) {
      candidate = candidate.plusDays(1);
    }
    return candidate.toInstant();
  }
}
