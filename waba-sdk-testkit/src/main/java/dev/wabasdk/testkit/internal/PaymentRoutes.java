package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.FakeDispatcher.json;
import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.PaymentConfigurations.Configuration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * The Payments API's orders (India and Brazil) of one business: the state checks of an {@code order_details} send,
 * message or checkout template (configuration, unique reference id, expiration), the orders it creates,
 * {@code order_status} transitions (a bad one fails asynchronously with 2046 or 2047), the users' payments with
 * Meta's {@code payment} status webhooks, the one-click card confirmation,
 * {@code GET /{phone-number-id}/payments/{configuration}/{reference-id}},
 * {@code POST /{phone-number-id}/payments_refund} and the control API's payment routes. Every business of a fake
 * has its own; thread-safe: state is guarded by the engine's lock.
 */
public final class PaymentRoutes {
  static final List<String> CONTROL_ROUTES = List.of(
      "GET /testkit/orders",
      "POST /testkit/users/{wa_id}/payments",
      "POST /testkit/users/{wa_id}/card-payments",
      "POST /testkit/payment-configurations",
      "POST /testkit/payment-configurations/{name}/status");
  /** Meta's "New order status was not correctly transitioned." */
  static final int BAD_TRANSITION = 2046;
  /** Meta's "Could not change order status to 'canceled'". */
  static final int CANCEL_REFUSED = 2047;
  /** UPI's limit per transaction, ₹5,00,000, in paise. */
  private static final long UPI_LIMIT = 50_000_000L;

  /** One order: an {@code order_details} message the app sent and what happened to it since. */
  static final class Order {
    String referenceId = "";
    String waId = "";
    String wamid = "";
    String currency = "";
    boolean india;
    long amount;
    /** The payment gateway setting's {@code configuration_name}, or the legacy {@code payment_configuration}. */
    @Nullable String configuration;
    /** The payment gateway setting's {@code type} ({@code razorpay}...), null without one. */
    @Nullable String gateway;
    /** The gateway's own fields, echoed in the webhooks and look-ups ({@code receipt}, {@code notes}, ...). */
    Map<String, Object> echo = new LinkedHashMap<>();
    List<String> settings = new ArrayList<>();
    @Nullable Map<String, Object> card;
    boolean upiOverLimit;
    @Nullable Long expiresAt;
    String orderStatus = "pending";
    String paymentStatus = "pending";
    /** The user tried to pay (a transaction, or a confirmed card payment): Meta refuses to cancel then. */
    boolean attempted;
    @Nullable String pgOrderId;
    final List<Map<String, Object>> transactions = new ArrayList<>();
    final List<Map<String, Object>> refunds = new ArrayList<>();

    long refunded() {
      return refunds.stream().filter(r -> !"failed".equals(r.get("status")))
          .mapToLong(r -> Json.at(r, "amount", "value") instanceof Long v ? v : 0).sum();
    }
  }

  private final FakeEngine engine;
  private final Map<String, Order> orders = new LinkedHashMap<>();

  PaymentRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  void reset() {
    orders.clear();
  }

  // ---------------------------------------------------------------- sends

  /**
   * The checks of an {@code order_details} send that need the business's state: the payments terms of service
   * accepted (134011), a configuration the business has
   * (of the gateway named), a reference id not used before, an expiration at least 300 s after the fake's now.
   * Call under the engine's lock, before the send is admitted.
   */
  void checkSend(Map<String, Object> body, String type, Instant now) {
    OrderObject found = orderObject(body, type);
    if (found == null) {
      return;
    }
    engine.paymentConfigurations.requireTerms(134011);
    Map<String, Object> p = found.parameters();
    String at = found.at();
    String reference = String.valueOf(p.get("reference_id"));
    Order earlier = orders.get(reference);
    if (earlier != null) {
      throw GraphException.of(131009, "Param " + at + "['reference_id'] must be unique per order_details message "
          + "of the business: \"" + reference + "\" was used by " + earlier.wamid + ".");
    }
    List<Object> settings = Json.list(p, "payment_settings");
    for (int i = 0; i < settings.size(); i++) {
      if ("payment_gateway".equals(Json.string(settings.get(i), "type"))) {
        Map<String, Object> g = Json.map(settings.get(i), "payment_gateway");
        configuration(String.valueOf(Json.at(g, "configuration_name")), Json.string(g, "type"),
            at + "['payment_settings'][" + i + "]['payment_gateway']['configuration_name']");
      }
    }
    if (settings.isEmpty() && p.get("payment_configuration") instanceof String legacy) {
      configuration(legacy, null, at + "['payment_configuration']");
    }
    Map<String, Object> order = Json.map(p, "order");
    if (order != null && order.get("expiration") != null) {
      long expires = PaymentsValidator.expirationTimestamp(order);
      long earliest = now.getEpochSecond() + 300;
      if (expires < earliest) {
        throw GraphException.of(131009, "Param " + at + "['order']['expiration']['timestamp'] must be at least "
            + "300 seconds after now (" + now.getEpochSecond() + ", so at least " + earliest + "), was " + expires
            + ".");
      }
    }
  }

  private void configuration(String name, @Nullable String gateway, String at) {
    Configuration c = engine.paymentConfigurations.find(name);
    if (c == null) {
      throw GraphException.of(131009, "Param " + at + " must name a payment configuration of the WhatsApp Business "
          + "Account: \"" + name + "\" does not exist (the account has " + engine.paymentConfigurations.names()
          + ").");
    }
    if (gateway != null && !gateway.equals(c.provider)) {
      throw GraphException.of(131009, "Param " + at + " names payment configuration \"" + name + "\" of provider "
          + c.provider + ", but the payment gateway type is " + gateway + ".");
    }
  }

  /**
   * After a payments message was accepted and not failed otherwise: an {@code order_details} becomes an order, an
   * {@code order_status} moves its order. Returns the error the send fails with asynchronously (2046, 2047), or
   * null. Call under the engine's lock.
   */
  @Nullable GraphErrorResponse accepted(SentRecord record, Instant now) {
    OrderObject found = orderObject(record.body, record.type);
    if (found != null) {
      register(record, found.parameters());
      return null;
    }
    String kind = record.type.equals("interactive") ? Json.string(record.body, "interactive", "type") : null;
    if (!"order_status".equals(kind)) {
      return null;
    }
    return transition(record.to, parameters(record.body));
  }

  /** An order a send makes, and the path of its object for errors. */
  private record OrderObject(Map<String, Object> parameters, String at) {}

  /**
   * The order of a send: an {@code order_details} message's {@code action.parameters}, or the
   * {@code action.order_details} of a checkout button template's (India) or order details template's (Brazil)
   * {@code order_details} button, the same object; null for any other send.
   */
  private static @Nullable OrderObject orderObject(Map<String, Object> body, String type) {
    if (type.equals("interactive") && "order_details".equals(Json.string(body, "interactive", "type"))) {
      return new OrderObject(parameters(body), PaymentsValidator.PARAMETERS);
    }
    if (!type.equals("template")) {
      return null;
    }
    List<Object> components = Json.list(body, "template", "components");
    for (int i = 0; i < components.size(); i++) {
      Map<String, Object> orderDetails = TemplateSendCheck.orderDetailsObject(components.get(i));
      if (orderDetails != null) {
        return new OrderObject(orderDetails, TemplateSendCheck.orderDetailsPath(i));
      }
    }
    return null;
  }

  private void register(SentRecord record, Map<String, Object> p) {
    Order o = new Order();
    o.referenceId = String.valueOf(p.get("reference_id"));
    o.waId = record.to;
    o.wamid = record.id;
    o.currency = String.valueOf(p.get("currency"));
    o.india = o.currency.equals("INR");
    o.amount = Json.at(p, "total_amount", "value") instanceof Long total ? total : 0;
    for (Object setting : Json.list(p, "payment_settings")) {
      String type = String.valueOf(Json.at(setting, "type"));
      o.settings.add(type);
      Map<String, Object> s = Json.map(setting, type);
      if (type.equals("payment_gateway") && o.gateway == null && s != null) {
        o.gateway = Json.string(s, "type");
        o.configuration = Json.string(s, "configuration_name");
        Map<String, Object> echo = o.gateway == null ? null : Json.map(s, o.gateway);
        if (echo != null) {
          o.echo.putAll(echo);
          o.echo.remove("encrypted_payment_gateway_data");
        }
        List<Object> options = Json.list(s, "enabled_payment_options");
        o.upiOverLimit = o.amount > UPI_LIMIT && (options.isEmpty() || options.contains("upi"));
      }
      if (type.equals("offsite_card_pay")) {
        o.card = s;
      }
    }
    if (o.settings.isEmpty() && p.get("payment_configuration") instanceof String legacy) {
      o.configuration = legacy;
      o.settings.add("upi_intent");
    }
    Map<String, Object> order = Json.map(p, "order");
    if (order != null && order.get("expiration") != null) {
      o.expiresAt = PaymentsValidator.expirationTimestamp(order);
    }
    orders.put(o.referenceId, o);
  }

  private @Nullable GraphErrorResponse transition(String waId, Map<String, Object> p) {
    String reference = String.valueOf(p.get("reference_id"));
    Order o = orders.get(reference);
    if (o == null || !o.waId.equals(waId)) {
      return GraphErrorResponse.of(BAD_TRANSITION, "No order_details message with reference_id \"" + reference
          + "\" was sent to this user, so its status cannot change.");
    }
    String next = Json.string(p, "order", "status");
    String payment = Json.string(p, "payment", "status");
    if (next == null) {
      if (o.india) {
        return GraphErrorResponse.of(BAD_TRANSITION, "An order_status message for India order \"" + reference
            + "\" needs order.status.");
      }
      o.paymentStatus = payment == null ? o.paymentStatus : payment;
      return null;
    }
    String current = o.orderStatus;
    if (current.equals("completed") || current.equals("canceled")) {
      return GraphErrorResponse.of(BAD_TRANSITION, "Order \"" + reference + "\" is " + current + "; completed and "
          + "canceled are final, so it cannot become " + next + ".");
    }
    if (next.equals("pending") && !current.equals("pending")) {
      return GraphErrorResponse.of(BAD_TRANSITION, "Order \"" + reference + "\" is " + current + "; it cannot go "
          + "back to pending.");
    }
    if (next.equals("canceled") && (o.paymentStatus.equals("captured") || o.attempted)) {
      return GraphErrorResponse.of(CANCEL_REFUSED, "Order \"" + reference + "\" cannot be canceled: "
          + (o.paymentStatus.equals("captured") ? "its payment is captured." : "the user attempted a payment "
          + "(payment pending)."));
    }
    o.orderStatus = next;
    if (!o.india && payment != null) {
      o.paymentStatus = payment; // Brazil: the business reports what its PSP said
    }
    return null;
  }

  private static Map<String, Object> parameters(Map<String, Object> body) {
    return PaymentsValidator.parameters(java.util.Objects.requireNonNull(Json.map(body, "interactive", "action")));
  }

  // ---------------------------------------------------------------- the users' side

  /** The user pays order {@code reference} through its payment gateway: captured, with a success transaction. */
  public void pays(String waId, String reference) {
    synchronized (engine.lock) {
      Order o = gatewayOrder(waId, reference);
      if (o.upiOverLimit) {
        throw new IllegalStateException("order " + reference + " is above UPI's limit of Rs 5,00,000 with UPI "
            + "enabled; such payments fail: send enabled_payment_options [\"web\"]");
      }
      attempt(o, "success", null, null);
    }
  }

  /** The user's payment of order {@code reference} fails: a failed transaction, the payment stays pending. */
  public void failsToPay(String waId, String reference, String errorCode, String reason) {
    synchronized (engine.lock) {
      attempt(gatewayOrder(waId, reference), "failed", errorCode, reason);
    }
  }

  /**
   * The user confirms the one-click card payment ({@code offsite_card_pay}) of Brazilian order {@code reference}:
   * Meta's inbound {@code interactive} {@code payment_method} message.
   */
  public UserMessage confirmsCardPayment(String waId, String reference) {
    synchronized (engine.lock) {
      Order o = payable(waId, reference);
      if (o.card == null) {
        throw new IllegalStateException("order " + reference + " has no offsite_card_pay payment setting (it has "
            + o.settings + "); only one-click card orders are confirmed in WhatsApp");
      }
      o.attempted = true;
      Map<String, Object> method = obj("payment_method", "offsite_card_pay",
          "payment_timestamp", engine.now().getEpochSecond(), "reference_id", reference,
          "last_four_digits", o.card.get("last_four_digits"), "credential_id", o.card.get("credential_id"));
      return engine.userSends(waId, obj("type", "interactive",
          "interactive", obj("type", "payment_method", "payment_method", method)));
    }
  }

  private Order gatewayOrder(String waId, String reference) {
    Order o = payable(waId, reference);
    if (!o.india) {
      throw new IllegalStateException("order " + reference + " is a Brazilian order (" + o.settings + "): WhatsApp "
          + "does not report Pix, Boleto or payment link payments, the business confirms them with its PSP and "
          + "sends order_status" + (o.card != null ? "; a one-click card payment is confirmsCardPayment" : ""));
    }
    if (o.gateway == null) {
      throw new IllegalStateException("order " + reference + " is paid through " + o.settings + ": the payment "
          + "gateway reports that payment, not WhatsApp; only payment_gateway orders are paid in the fake");
    }
    Configuration c = engine.paymentConfigurations.find(String.valueOf(o.configuration));
    if (c == null || !c.status.equals("Active")) {
      throw new IllegalStateException("payment configuration " + o.configuration + " of order " + reference
          + (c == null ? " no longer exists" : " is " + c.status + ", not Active") + ": the user cannot pay");
    }
    return o;
  }

  private Order payable(String waId, String reference) {
    Order o = orders.get(reference);
    if (o == null) {
      throw new IllegalStateException("no order_details message with reference_id " + reference + " was sent in "
          + "this business; orders: " + orders.keySet());
    }
    if (!o.waId.equals(waId)) {
      throw new IllegalStateException("order " + reference + " was sent to " + o.waId + ", not to " + waId);
    }
    if (o.orderStatus.equals("canceled")) {
      throw new IllegalStateException("order " + reference + " is canceled; WhatsApp removed its payment button");
    }
    if (o.paymentStatus.equals("captured")) {
      throw new IllegalStateException("order " + reference + " is already paid (payment captured)");
    }
    if (o.expiresAt != null && engine.now().getEpochSecond() >= o.expiresAt) {
      throw new IllegalStateException("order " + reference + " expired at " + Instant.ofEpochSecond(o.expiresAt));
    }
    return o;
  }

  private void attempt(Order o, String status, @Nullable String errorCode, @Nullable String reason) {
    long now = engine.now().getEpochSecond();
    if (o.pgOrderId == null) {
      o.pgOrderId = "order_" + engine.ids.numeric(8_000_000_000L);
    }
    Map<String, Object> t = obj("id", o.pgOrderId, "pg_transaction_id", "pay_" + engine.ids.numeric(9_000_000_000L),
        "type", o.gateway, "status", status, "created_timestamp", now, "updated_timestamp", now,
        "method", obj("type", "upi"));
    if (errorCode != null) {
      t.put("error", obj("code", errorCode, "reason", reason));
    }
    o.transactions.add(t);
    o.attempted = true;
    if (status.equals("success")) {
      o.paymentStatus = "captured";
    }
    paymentWebhook(o, t);
  }

  /** Meta's {@code statuses[]} entry of {@code type: payment} for order {@code o} and transaction {@code t}. */
  private void paymentWebhook(Order o, Map<String, Object> t) {
    Map<String, Object> payment = obj("reference_id", o.referenceId, "amount", amount(o.amount),
        "currency", o.currency, "transaction", Json.copy(t));
    payment.putAll(java.util.Objects.requireNonNull(Json.map(Json.copy(o.echo))));
    if (!o.refunds.isEmpty()) {
      payment.put("refunds", Json.copy(o.refunds));
    }
    Map<String, Object> status = obj("id", o.wamid, "recipient_id", o.waId, "type", "payment",
        "status", o.paymentStatus, "payment", payment, "timestamp", Long.toString(engine.now().getEpochSecond()));
    engine.events.change("messages", obj("statuses", List.of(status)));
  }

  // ---------------------------------------------------------------- Graph API

  /**
   * {@code GET /{phone-number-id}/payments/{configuration}/{reference-id}}: the order's payment with its
   * transactions (refunds on the successful one); an empty list for a reference id the business has no order
   * for under that configuration (Meta documents no error for it).
   */
  Map<String, Object> lookup(String configuration, String reference) {
    synchronized (engine.lock) {
      Order o = orders.get(reference);
      if (o == null || !configuration.equals(o.configuration)) {
        return obj("payments", List.of());
      }
      return obj("payments", List.of(paymentJson(o)));
    }
  }

  private Map<String, Object> paymentJson(Order o) {
    Map<String, Object> payment = obj("reference_id", o.referenceId, "status", o.paymentStatus,
        "amount", amount(o.amount), "currency", o.currency);
    if (!o.transactions.isEmpty()) {
      List<Object> transactions = new ArrayList<>();
      for (Map<String, Object> t : o.transactions) {
        Map<String, Object> out = new LinkedHashMap<>(t);
        Object method = out.remove("method");
        Object error = out.remove("error");
        out.put("amount", amount(o.amount));
        out.put("order_amount", amount(o.amount));
        out.put("currency", o.currency);
        out.put("method", method);
        if (error != null) {
          out.put("error", error);
        }
        if ("success".equals(t.get("status")) && !o.refunds.isEmpty()) {
          out.put("refunds", Json.copy(o.refunds));
        }
        transactions.add(out);
      }
      payment.put("transactions", transactions);
    }
    payment.putAll(java.util.Objects.requireNonNull(Json.map(Json.copy(o.echo))));
    return payment;
  }

  /**
   * {@code POST /{phone-number-id}/payments_refund}: refunds (part of) a captured payment. Answers Meta's
   * {@code pending}; the fake's gateway settles at once, so the refund is {@code success} in the webhook that
   * follows and in look-ups.
   */
  Map<String, Object> refund(String text) {
    Map<String, Object> body = Json.parseObject(text);
    String reference = required(body, "reference_id");
    String configuration = required(body, "payment_config_id");
    Object speedValue = body.get("speed");
    if (speedValue != null && !"instant".equals(speedValue) && !"normal".equals(speedValue)) {
      throw GraphException.of(100, "Param speed must be \"instant\" or \"normal\", was \"" + speedValue + "\".");
    }
    String speed = speedValue == null ? "normal" : (String) speedValue;
    Map<String, Object> amount = Json.map(body, "amount");
    if (amount == null) {
      throw GraphException.of(100, "The parameter amount is required.");
    }
    String currency = required(amount, "currency");
    String value = required(amount, "value");
    String offset = required(amount, "offset");
    if (!value.matches("\\d{1,15}") || Long.parseLong(value) == 0) {
      throw GraphException.of(100, "Param amount['value'] must be a positive integer as a string (the amount "
          + "times 100), was \"" + value + "\".");
    }
    if (!offset.equals("100")) {
      throw GraphException.of(100, "Param amount['offset'] must be \"100\", was \"" + offset + "\".");
    }
    synchronized (engine.lock) {
      Order o = orders.get(reference);
      if (o == null || !o.india || o.gateway == null) {
        throw GraphException.of(100, "Param reference_id (" + reference + ") is not a payment gateway order of "
            + "this business" + (o == null ? "." : "; refunds are for India payment gateway orders."));
      }
      if (!configuration.equals(o.configuration)) {
        throw GraphException.of(100, "Param payment_config_id must be the order's payment configuration ("
            + o.configuration + "), was \"" + configuration + "\".");
      }
      if (!currency.equals(o.currency)) {
        throw GraphException.of(100, "Param amount['currency'] must be " + o.currency + ", was \"" + currency
            + "\".");
      }
      if (!o.paymentStatus.equals("captured")) {
        throw GraphException.of(100, "The payment of order " + reference + " is " + o.paymentStatus + "; only a "
            + "captured payment can be refunded.");
      }
      long left = o.amount - o.refunded();
      if (Long.parseLong(value) > left) {
        throw GraphException.of(100, "Param amount['value'] (" + value + ") is more than what is left to refund: "
            + left + " of " + o.amount + ".");
      }
      long now = engine.now().getEpochSecond();
      String id = "rfnd_" + engine.ids.numeric(9_500_000_000L);
      o.refunds.add(obj("id", id, "amount", amount(Long.parseLong(value)), "speed_processed", speed,
          "status", "success", "created_timestamp", now, "updated_timestamp", now));
      Map<String, Object> success = o.transactions.stream().filter(t -> "success".equals(t.get("status")))
          .findFirst().orElseThrow();
      paymentWebhook(o, success);
      return obj("id", id, "status", "pending", "speed_processed", speed);
    }
  }

  private static Map<String, Object> amount(long value) {
    return obj("value", value, "offset", 100L);
  }

  private static String required(Map<String, Object> body, String key) {
    Object value = body.get(key);
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw GraphException.of(100, "The parameter " + key + " is required.");
    }
    if (!(value instanceof String s)) {
      throw GraphException.of(100, "Param " + key + " must be a string, was " + value + ".");
    }
    return s;
  }

  // ---------------------------------------------------------------- control API

  /** The orders as the control API shows them, oldest first. */
  List<Object> orders() {
    synchronized (engine.lock) {
      List<Object> out = new ArrayList<>();
      for (Order o : orders.values()) {
        Map<String, Object> view = obj("reference_id", o.referenceId, "to", o.waId, "message_id", o.wamid,
            "currency", o.currency, "amount", amount(o.amount), "order_status", o.orderStatus,
            "payment_status", o.paymentStatus, "payment_settings", List.copyOf(o.settings),
            "configuration_name", o.configuration, "payment_gateway", o.gateway);
        Map<String, Object> payment = paymentJson(o);
        view.put("transactions", payment.getOrDefault("transactions", List.of()));
        view.put("refunds", Json.copy(o.refunds));
        out.add(view);
      }
      return out;
    }
  }

  /** Answers a payment control route, or null when {@code s} names none. */
  @Nullable MockResponse control(String method, List<String> s, String body) {
    if (s.size() == 2 && s.get(1).equals("orders") && method.equals("GET")) {
      return json(200, obj("data", orders()));
    }
    if (!method.equals("POST")) {
      return null;
    }
    if (s.size() == 4 && s.get(1).equals("users")
        && (s.get(3).equals("payments") || s.get(3).equals("card-payments"))) {
      String waId = FakeEngine.waId(s.get(2));
      Map<String, Object> request = Json.parseObject(body);
      String reference = controlField(request, "reference_id");
      if (s.get(3).equals("card-payments")) {
        return json(200, Json.parseObject(confirmsCardPayment(waId, reference).message()));
      }
      Object error = request.get("error");
      if (error == null) {
        pays(waId, reference);
      } else {
        failsToPay(waId, reference, controlField(Json.map(error), "code"), controlField(Json.map(error), "reason"));
      }
      return json(200, obj("reference_id", reference, "payment_status", paymentStatus(reference)));
    }
    if (s.size() == 2 && s.get(1).equals("payment-configurations")) {
      Map<String, Object> request = Json.parseObject(body);
      engine.paymentConfigurations.createActive(controlField(request, "configuration_name"),
          controlField(request, "provider_name"));
      return json(200, obj("success", true));
    }
    if (s.size() == 4 && s.get(1).equals("payment-configurations") && s.get(3).equals("status")) {
      engine.paymentConfigurations.status(s.get(2), controlField(Json.parseObject(body), "status"));
      return json(200, obj("success", true));
    }
    return null;
  }

  private String paymentStatus(String reference) {
    synchronized (engine.lock) {
      Order o = orders.get(reference);
      return o == null ? "unknown" : o.paymentStatus;
    }
  }

  private static String controlField(@Nullable Map<String, Object> request, String key) {
    Object value = request == null ? null : request.get(key);
    if (!(value instanceof String s) || s.isBlank()) {
      throw new IllegalArgumentException(key + " is required (a string), was " + value);
    }
    return s;
  }
}
