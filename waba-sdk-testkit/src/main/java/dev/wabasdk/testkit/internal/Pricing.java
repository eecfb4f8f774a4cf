package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The pricing of status webhooks: per-message pricing (PMP, cloud-api.md §9.3) and, for v23 and older or free entry
 * points, the conversation a message opens or joins. Not thread-safe: used under {@link FakeEngine}'s lock.
 */
final class Pricing {
  private static final Pattern VERSION = Pattern.compile("v(\\d+)");

  // Open conversations by user and origin: {id, expiration_timestamp}.
  private final Map<String, String[]> conversations = new HashMap<>();

  /** Sets the record's pricing (and conversation) for a send to {@code user} at {@code now}. */
  void price(SentRecord record, UserState user, @Nullable TemplateRecord template, String version, Ids ids,
      Instant now) {
    price(record, user, template == null ? null : PricingCategory.of(template.category.value()), version, ids, now);
  }

  /** As a template of {@code templateCategory}, or as a free-form message when it is null. */
  private void price(SentRecord record, UserState user, @Nullable PricingCategory templateCategory, String version,
      Ids ids, Instant now) {
    boolean open = user.windowOpen(now);
    String origin;
    if (user.inFreeEntryPoint(now)) {
      record.pricingType = "free_entry_point";
      record.pricingCategory = PricingCategory.REFERRAL_CONVERSION;
      record.billable = false;
      origin = "referral_conversion";
    } else if (templateCategory == null) {
      record.pricingType = "free_customer_service";
      record.pricingCategory = PricingCategory.SERVICE;
      record.billable = false;
      origin = "service";
    } else {
      PricingCategory category = templateCategory;
      record.pricingCategory = category;
      boolean free = category.equals(PricingCategory.UTILITY) && open;
      record.pricingType = free ? "free_customer_service" : "regular";
      record.billable = !free;
      origin = category.value();
    }
    if (majorVersion(version) <= 23 || origin.equals("referral_conversion")) {
      String key = user.waId + ":" + origin;
      String[] conversation = conversations.get(key);
      long nowSeconds = now.getEpochSecond();
      if (conversation == null || Long.parseLong(conversation[1]) <= nowSeconds) {
        Duration length = origin.equals("referral_conversion") ? Users.FREE_ENTRY_POINT : Users.WINDOW;
        String id = Signatures.sha256Hex((user.waId + ":" + origin + ":" + ids.next())
            .getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        conversation = new String[] {id, Long.toString(nowSeconds + length.toSeconds())};
        conversations.put(key, conversation);
      }
      record.conversation = obj("id", conversation[0], "expiration_timestamp", conversation[1],
          "origin", obj("type", origin));
    }
  }

  /**
   * A Direct Send message: priced as a template of its category (Meta's Direct Send pages: "charged at utility
   * rates"), so statuses carry that pricing category.
   */
  void priceDirectSend(SentRecord record, UserState user, PricingCategory category, String version, Ids ids,
      Instant now) {
    price(record, user, category, version, ids, now);
  }

  static int majorVersion(String version) {
    Matcher m = VERSION.matcher(version);
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : 99;
  }

  void reset() {
    conversations.clear();
  }
}
