package dev.wabasdk.cost;

import java.util.Locale;
import java.util.Objects;

/**
 * Meta's pricing category ({@code pricing.category} in status webhooks), open: a value this SDK does not know
 * is kept as its raw string, so new categories never break parsing. Immutable and thread-safe.
 *
 * @param value Meta's lower-case name, for example {@code utility}
 */
public record PricingCategory(String value) {
  public static final PricingCategory MARKETING = new PricingCategory("marketing");
  /** Marketing Messages API (MM Lite) messages, billed at the Cloud API marketing rate. */
  public static final PricingCategory MARKETING_LITE = new PricingCategory("marketing_lite");
  public static final PricingCategory UTILITY = new PricingCategory("utility");
  public static final PricingCategory AUTHENTICATION = new PricingCategory("authentication");
  public static final PricingCategory AUTHENTICATION_INTERNATIONAL = new PricingCategory("authentication_international");
  /** Non-template (free-form) messages, which need an open customer service window. */
  public static final PricingCategory SERVICE = new PricingCategory("service");
  /**
   * Conversation-based pricing until 2023-05-31: a conversation the business opened with a template outside the
   * customer service window.
   */
  public static final PricingCategory BUSINESS_INITIATED = new PricingCategory("business_initiated");
  /**
   * Conversation-based pricing until 2023-05-31: a conversation opened by the business's reply inside the customer
   * service window.
   */
  public static final PricingCategory USER_INITIATED = new PricingCategory("user_initiated");
  /** What Meta reports for messages inside a free entry point window. */
  public static final PricingCategory REFERRAL_CONVERSION = new PricingCategory("referral_conversion");
  /**
   * A marketing template sent to a group (Groups API): charged per participant it is delivered to at the marketing
   * rate, free inside the group's customer service window.
   */
  public static final PricingCategory GROUP_MARKETING = new PricingCategory("group_marketing");
  /** A utility template sent to a group (Groups API); priced as {@link #GROUP_MARKETING} is, at the utility rate. */
  public static final PricingCategory GROUP_UTILITY = new PricingCategory("group_utility");
  /** A non-template message sent to a group (Groups API), free inside the group's customer service window. */
  public static final PricingCategory GROUP_SERVICE = new PricingCategory("group_service");

  public PricingCategory {
    Objects.requireNonNull(value, "pricing category");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("pricing category: must not be blank");
    }
  }

  /** The category for Meta's name, known or not ({@code "UTILITY"} and {@code "utility"} are the same). */
  public static PricingCategory of(String value) {
    Objects.requireNonNull(value, "pricing category");
    // Meta's own spelling: the constant, without the constructor's stripping and lower-casing.
    return switch (value) {
      case "marketing" -> MARKETING;
      case "marketing_lite" -> MARKETING_LITE;
      case "utility" -> UTILITY;
      case "authentication" -> AUTHENTICATION;
      case "authentication_international" -> AUTHENTICATION_INTERNATIONAL;
      case "service" -> SERVICE;
      case "business_initiated" -> BUSINESS_INITIATED;
      case "user_initiated" -> USER_INITIATED;
      case "referral_conversion" -> REFERRAL_CONVERSION;
      case "group_marketing" -> GROUP_MARKETING;
      case "group_utility" -> GROUP_UTILITY;
      case "group_service" -> GROUP_SERVICE;
      default -> new PricingCategory(value);
    };
  }

  /** Whether this is one of the categories named by the constants of this class. */
  public boolean isKnown() {
    return switch (value) {
      case "marketing", "marketing_lite", "utility", "authentication", "authentication_international", "service",
          "referral_conversion", "business_initiated", "user_initiated", "group_marketing", "group_utility",
          "group_service" -> true;
      default -> false;
    };
  }

  /**
   * Whether this is a template category of a message to one user (marketing, utility, authentication), as opposed to
   * service. The Groups API's categories ({@code group_marketing}, ...) are not: the cost estimator prices no group
   * message.
   */
  public boolean isTemplate() {
    return switch (value) {
      case "marketing", "marketing_lite", "utility", "authentication", "authentication_international" -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return value;
  }
}
