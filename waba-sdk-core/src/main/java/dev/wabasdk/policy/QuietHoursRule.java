package dev.wabasdk.policy;

import dev.wabasdk.message.Recipient;
import dev.wabasdk.policy.internal.RegionZones;
import dev.wabasdk.template.TemplateCategory;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * No templates of the given categories (marketing by default) during quiet hours in the recipient's local time,
 * e.g. 21:00 to 08:00. Off by default. The country comes from the phone number (libphonenumber) or the user id's
 * prefix; a country with several time zones is quiet when any of its populated zones is. Free-form replies inside
 * the customer service window are never held back. A recipient whose zone is unknown is allowed, and the decision
 * notes it.
 * Immutable and thread-safe.
 */
public final class QuietHoursRule implements PolicyRule {
  /** The reason code inside quiet hours. */
  public static final String REASON = "quiet_hours";

  private final LocalTime start;
  private final LocalTime end;
  private final Set<TemplateCategory> categories;
  private final Function<Recipient, List<ZoneId>> zones;

  /**
   * Quiet from {@code start} (inclusive) to {@code end} (exclusive), wrapping midnight when {@code start} is
   * later than {@code end}; for marketing templates.
   */
  public QuietHoursRule(LocalTime start, LocalTime end) {
    this(start, end, Set.of(TemplateCategory.MARKETING), RegionZones::of);
  }

  private QuietHoursRule(LocalTime start, LocalTime end, Set<TemplateCategory> categories,
      Function<Recipient, List<ZoneId>> zones) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new IllegalArgumentException("quiet hours: start and end must differ, both were " + start);
    }
    this.categories = Set.copyOf(categories);
    this.zones = Objects.requireNonNull(zones, "zones");
  }

  /** The same hours for templates of these categories (unknown categories count as marketing). */
  public QuietHoursRule forCategories(Set<TemplateCategory> categories) {
    Objects.requireNonNull(categories, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories: must not be empty");
    }
    return new QuietHoursRule(start, end, categories, zones);
  }

  /** The same hours with your own recipient-to-zones mapping (e.g. from your CRM). */
  public QuietHoursRule withZones(Function<Recipient, List<ZoneId>> zones) {
    return new QuietHoursRule(start, end, categories, zones);
  }

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!context.isTemplate() || !categories.contains(context.templateCategory())) {
      return Decision.allow();
    }
    List<ZoneId> recipientZones = zones.apply(context.recipient());
    if (recipientZones == null || recipientZones.isEmpty()) {
      context.note("local_time", "unknown (no time zone for this recipient)");
      return Decision.allow();
    }
    Instant now = context.now();
    for (ZoneId zone : recipientZones) {
      LocalTime local = now.atZone(zone).toLocalTime();
      if (isQuiet(local)) {
        String shown = local.withNano(0).toString();
        context.note("local_time", shown + " " + zone);
        return Decision.deny(REASON, "It is " + shown + " for this user (" + zone + "), inside the quiet hours "
            + start + "–" + end + " for " + context.templateCategory() + " templates.");
      }
    }
    return Decision.allow();
  }

  private boolean isQuiet(LocalTime t) {
    return start.isBefore(end)
        ? !t.isBefore(start) && t.isBefore(end)
        : !t.isBefore(start) || t.isBefore(end);
  }

  @Override
  public String toString() {
    return "QuietHoursRule{" + start + "–" + end + ", " + categories + "}";
  }
}
