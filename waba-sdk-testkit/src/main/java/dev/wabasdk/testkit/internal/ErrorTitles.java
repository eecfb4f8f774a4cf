package dev.wabasdk.testkit.internal;

import java.util.Map;

/** Meta's titles and HTTP statuses for the error codes the fake produces (cloud-api.md §7.2). Thread-safe. */
public final class ErrorTitles {
  private ErrorTitles() {}

  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(0, "AuthException"),
      Map.entry(1, "API Unknown"),
      Map.entry(2, "API Service"),
      Map.entry(3, "API Method"),
      Map.entry(4, "API Too Many Calls"),
      Map.entry(10, "Permission denied"),
      Map.entry(33, "Parameter value is not valid"),
      Map.entry(100, "Invalid parameter"),
      Map.entry(190, "Access token has expired"),
      // UNCONFIRMED: partner docs give 2494191 for a take by a non-escalation partner; Meta's title is unknown.
      Map.entry(2494191, "Take is not permitted"),
      Map.entry(2046, "New order status was not correctly transitioned."),
      Map.entry(2047, "Could not change order status to 'canceled'"),
      Map.entry(368, "Temporarily blocked for policies violations"),
      Map.entry(80007, "Rate limit issues"),
      Map.entry(80008, "Too many calls to this WhatsApp Business Account"),
      Map.entry(130429, "Rate limit hit"),
      Map.entry(130472, "User's number is part of an experiment"),
      Map.entry(130497, "Business account is restricted from messaging users in this country"),
      Map.entry(131000, "Something went wrong"),
      Map.entry(131005, "Access denied"),
      Map.entry(134011, "WhatsApp Payments terms of service has not been accepted"),
      Map.entry(131008, "Required parameter is missing"),
      Map.entry(131009, "Parameter value is not valid"),
      Map.entry(131016, "Service unavailable"),
      Map.entry(131021, "Recipient cannot be sender"),
      Map.entry(131026, "Message undeliverable"),
      Map.entry(131030, "Recipient phone number not in allowed list"),
      Map.entry(131031, "Business Account locked"),
      Map.entry(131047, "Re-engagement message"),
      Map.entry(131048, "Spam rate limit hit"),
      Map.entry(131049, "This message was not delivered to maintain healthy ecosystem engagement."),
      Map.entry(131063, "Marketing templates disabled for Cloud API"),
      // Meta documents only the message for 131061; the fake uses its first sentence as the title.
      Map.entry(131061, "Marketing templates containing bid_spec are not supported by the Cloud API"),
      Map.entry(131050, "User stopped marketing messages"),
      Map.entry(131051, "Unsupported message type"),
      Map.entry(131052, "Media download error"),
      Map.entry(131053, "Media upload error"),
      Map.entry(131056, "(Business Account, Consumer Account) pair rate limit hit"),
      Map.entry(131057, "Account in maintenance mode"),
      Map.entry(132000, "Number of parameters does not match the expected number of params"),
      Map.entry(132001, "Template name does not exist in the translation"),
      Map.entry(132005, "Translated text too long"),
      Map.entry(132007, "Template Format Character Policy Violated"),
      Map.entry(132008, "Template Parameter Value Invalid"),
      Map.entry(132012, "Parameter format does not match format in the created template"),
      Map.entry(132015, "Template is Paused"),
      Map.entry(132016, "Template is Disabled"),
      Map.entry(132018, "There's an issue with the parameters in your template."),
      Map.entry(133004, "Server temporarily unavailable"),
      Map.entry(133010, "Phone number Not Registered"),
      Map.entry(133000, "Incomplete Deregistration"),
      Map.entry(133005, "Two step verification PIN Mismatch"),
      Map.entry(133006, "Phone number re-verification needed"),
      Map.entry(133008, "Too Many two step verification PIN Guesses"),
      Map.entry(133009, "Two step verification PIN Guessed Too Fast"),
      Map.entry(133015, "Please wait a few minutes before attempting to register this phone number"),
      Map.entry(133016, "Account register deregister rate limit exceeded"),
      Map.entry(136024, "Request code error"),
      Map.entry(136025, "Verify code error"),
      Map.entry(137000, "Recipient identity key hash mismatch"));

  public static String title(int code) {
    return TITLES.getOrDefault(code, "Unknown error");
  }

  /** Meta's HTTP status where its table gives one; otherwise 400, as the Graph API answers client errors. */
  public static int httpStatus(int code) {
    return switch (code) {
      case 0, 190 -> 401;
      case 10, 368, 130497 -> 403;
      case 1, 2, 3, 131000, 131016, 133004 -> 500;
      default -> code >= 200 && code <= 299 ? 403 : 400;
    };
  }
}
