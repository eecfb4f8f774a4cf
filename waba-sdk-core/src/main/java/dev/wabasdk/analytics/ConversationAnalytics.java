package dev.wabasdk.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a {@link ConversationAnalyticsQuery} ({@code conversation_analytics}): conversations and their
 * approximate cost per period and breakdown. Meta says the data is approximate and may differ from invoices.
 * Immutable and thread-safe.
 *
 * @param dataPoints one per period and combination of the requested dimensions
 */
public record ConversationAnalytics(List<DataPoint> dataPoints) {

  public ConversationAnalytics {
    dataPoints = List.copyOf(dataPoints);
  }

  /** All conversations in the answer. */
  public long totalConversations() {
    return dataPoints.stream().mapToLong(p -> p.conversation() == null ? 0 : p.conversation()).sum();
  }

  /** The sum of the cost Meta reported (zero when it reported none). */
  public BigDecimal totalCost() {
    return dataPoints.stream().map(p -> p.cost() == null ? BigDecimal.ZERO : p.cost())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * One period of one breakdown; a property is null when its dimension was not requested. Immutable and
   * thread-safe.
   *
   * @param start the start of the period
   * @param end the end of the period
   * @param conversation conversations, when that metric was returned
   * @param phoneNumber the business phone number ({@link Dimension#PHONE})
   * @param country the users' country ({@link Dimension#COUNTRY})
   * @param conversationType {@code REGULAR}, {@code FREE_TIER}, {@code FREE_ENTRY_POINT}...
   * @param conversationDirection {@code BUSINESS_INITIATED}, {@code USER_INITIATED}, {@code UNKNOWN}
   * @param conversationCategory {@code MARKETING}, {@code UTILITY}, {@code AUTHENTICATION}, {@code SERVICE}...
   * @param cost the approximate cost in the WABA's currency, when that metric was returned
   */
  public record DataPoint(Instant start, Instant end, @Nullable Long conversation, @Nullable String phoneNumber,
      @Nullable String country, @Nullable String conversationType, @Nullable String conversationDirection,
      @Nullable String conversationCategory, @Nullable BigDecimal cost) {
    public DataPoint {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }
}
