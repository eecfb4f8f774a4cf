package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fake's small Template Library ({@code GET /message_template_library}): a handful of pre-categorised utility
 * templates in Meta's shape (order management, payments, account updates, a Flows form). Immutable, so thread-safe.
 */
final class TemplateLibrary {
  /** The library templates, each as Meta lists it. */
  static final List<Map<String, Object>> TEMPLATES = List.of(
      entry("7162301245889103", "delivery_update_1", "ORDER_MANAGEMENT", "DELIVERY_UPDATE", List.of("E_COMMERCE"),
          null,
          "Good news! Your order {{1}} is on its way and should arrive by {{2}}. Track your package below.",
          List.of("#12345", "March 3, 2026"), List.of("TEXT", "DATE"),
          List.of(obj("type", "URL", "text", "Track order", "url", "https://www.example.com/"))),
      entry("7138055039625658", "delivery_failed_2_form", "ORDER_MANAGEMENT", "DELIVERY_FAILED",
          List.of("E_COMMERCE"), null,
          "We were unable to deliver order {{1}} today.\n\nPlease {{2}} to schedule another delivery attempt.",
          List.of("#12345", "try a redelivery"), List.of("TEXT", "TEXT"),
          List.of(obj("type", "FLOW", "text", "Reschedule"))),
      entry("7147013345418927", "low_balance_warning_1", "PAYMENTS", "LOW_BALANCE_WARNING",
          List.of("FINANCIAL_SERVICES"), "Your account balance is low",
          "Hi {{1}},\nThis is to notify you that your {{2}} in your {{3}} account, ending in {{4}} is below your "
              + "pre-set {{5}} of {{6}}.\nClick the button to deposit more {{7}}.\n{{8}}",
          List.of("Jim", "available funds", "CS Mutual checking plus", "1234", "limit", "$75.00", "funds",
              "CS Mutual"),
          List.of("TEXT", "TEXT", "TEXT", "NUMBER", "TEXT", "AMOUNT", "TEXT", "TEXT"),
          List.of(obj("type", "URL", "text", "Make a deposit", "url", "https://www.example.com/"),
              obj("type", "PHONE_NUMBER", "text", "Call us", "phone_number", "+18005551234"))),
      entry("7170459826113040", "payment_confirmation_1", "PAYMENTS", "PAYMENT_CONFIRMATION",
          List.of("E_COMMERCE", "FINANCIAL_SERVICES"), null,
          "Hi {{1}}, we received your payment of {{2}} for {{3}} on {{4}}. Thank you!",
          List.of("Jim", "$75.00", "order #12345", "2026-03-01"), List.of("TEXT", "AMOUNT", "TEXT", "DATE"),
          List.of(obj("type", "URL", "text", "View receipt", "url", "https://www.example.com/"))),
      entry("7154882205361927", "account_creation_confirmation_1", "ACCOUNT_UPDATE", "ACCOUNT_CREATION_CONFIRMATION",
          List.of("E_COMMERCE", "FINANCIAL_SERVICES"), "Finish setting up your account",
          "Hi {{1}},\n\nYour new account has been created successfully.\n\nPlease verify {{2}} to complete your "
              + "profile.",
          List.of("Jim", "your email address"), List.of("TEXT", "TEXT"),
          List.of(obj("type", "URL", "text", "Verify account", "url", "https://www.example.com/"))));

  private TemplateLibrary() {}

  private static Map<String, Object> entry(String id, String name, String topic, String usecase,
      List<String> industry, @Nullable String header, String body, List<String> params, List<String> types,
      List<Map<String, Object>> buttons) {
    return obj("name", name, "language", "en_US", "category", "UTILITY", "topic", topic, "usecase", usecase,
        "industry", industry, "header", header, "body", body, "body_params", params, "body_param_types", types,
        "buttons", buttons, "id", id);
  }

  /** The library template of that name and language, or null. */
  static @Nullable Map<String, Object> find(@Nullable String name, @Nullable String language) {
    for (Map<String, Object> t : TEMPLATES) {
      if (name != null && name.equals(t.get("name")) && language != null && language.equals(t.get("language"))) {
        return t;
      }
    }
    return null;
  }
}
