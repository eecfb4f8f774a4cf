package dev.wabasdk.message.internal;

import dev.wabasdk.message.OrderDetails;
import dev.wabasdk.message.OrderDetailsMessage.Beneficiary;
import dev.wabasdk.message.OrderDetailsMessage.Charge;
import dev.wabasdk.message.OrderDetailsMessage.Discount;
import dev.wabasdk.message.OrderDetailsMessage.Expiration;
import dev.wabasdk.message.OrderDetailsMessage.ImporterAddress;
import dev.wabasdk.message.OrderDetailsMessage.Item;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.message.OrderStatusMessage;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code action.parameters} of the Payments API messages ({@code order_details}, {@code order_status}) in the
 * field order of Meta's examples. Amounts are JSON integers; the expiration timestamp is a string of epoch seconds
 * and the payment timestamp an integer, as Meta's examples write them.
 */
final class OrderEncoder {

  private OrderEncoder() {}

  /**
   * {@code action.parameters} of an {@code order_details} message, also a template button's
   * {@code action.order_details}.
   */
  static Map<String, Object> orderDetails(OrderDetails message) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("reference_id", message.referenceId());
    parameters.put("type", message.type().value());
    if (!message.beneficiaries().isEmpty()) {
      List<Object> beneficiaries = new ArrayList<>();
      message.beneficiaries().forEach(b -> beneficiaries.add(beneficiary(b)));
      parameters.put("beneficiaries", beneficiaries);
    }
    putIfNotNull(parameters, "payment_type", message.paymentType());
    putIfNotNull(parameters, "payment_configuration", message.paymentConfiguration());
    if (!message.paymentSettings().isEmpty()) {
      List<Object> settings = new ArrayList<>();
      message.paymentSettings().forEach(s -> settings.add(paymentSetting(s)));
      parameters.put("payment_settings", settings);
    }
    parameters.put("currency", message.currency());
    parameters.put("total_amount", amount(message.totalAmount()));
    Order order = message.order();
    if (order != null) {
      parameters.put("order", order(order));
    }
    OrderDetails.ShippingInfo shipping = message.shippingInfo();
    if (shipping != null) {
      parameters.put("shipping_info", shippingInfo(shipping));
    }
    return parameters;
  }

  /** {@code action.parameters} of an {@code order_status} message. */
  static Map<String, Object> orderStatus(OrderStatusMessage message) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("reference_id", message.referenceId());
    OrderStatusMessage.Order order = message.order();
    if (order != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("status", order.status().value());
      putIfNotNull(o, "description", order.description());
      parameters.put("order", o);
    }
    OrderStatusMessage.Payment payment = message.payment();
    if (payment != null) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("status", payment.status().value());
      Instant timestamp = payment.timestamp();
      if (timestamp != null) {
        p.put("timestamp", timestamp.getEpochSecond());
      }
      parameters.put("payment", p);
    }
    return parameters;
  }

  /** One {@code payment_settings[]} entry: {@code {"type": t, t: {...}}}. */
  static Map<String, Object> paymentSetting(PaymentSetting setting) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (setting instanceof PaymentSetting.PaymentGateway gateway) {
      fields.put("type", gateway.gateway().value());
      fields.put("configuration_name", gateway.configurationName());
      if (!gateway.fields().isEmpty() || !gateway.notes().isEmpty()) {
        Map<String, Object> own = new LinkedHashMap<>(gateway.fields());
        if (!gateway.notes().isEmpty()) {
          own.put("notes", new LinkedHashMap<>(gateway.notes()));
        }
        fields.put(gateway.gateway().value(), own);
      }
      PaymentSetting.UpiApp app = gateway.preferredPaymentMethod();
      if (app != null) {
        fields.put("preferred_payment_methods", List.of(Map.of("method", app.value())));
      }
      if (!gateway.enabledPaymentOptions().isEmpty()) {
        List<Object> options = new ArrayList<>();
        gateway.enabledPaymentOptions().forEach(o -> options.add(o.value()));
        fields.put("enabled_payment_options", options);
      }
    } else if (setting instanceof PaymentSetting.PaymentLink link) {
      fields.put("uri", link.uri());
      putIfNotNull(fields, "success_url", link.successUrl());
      putIfNotNull(fields, "cancel_url", link.cancelUrl());
    } else if (setting instanceof PaymentSetting.UpiIntentLink upi) {
      fields.put("link", upi.link());
    } else if (setting instanceof PaymentSetting.PixDynamicCode pix) {
      fields.put("code", pix.code());
      fields.put("merchant_name", pix.merchantName());
      fields.put("key", pix.key());
      fields.put("key_type", pix.keyType().name());
    } else if (setting instanceof PaymentSetting.Boleto boleto) {
      fields.put("digitable_line", boleto.digitableLine());
    } else if (setting instanceof PaymentSetting.OffsiteCardPay card) {
      fields.put("last_four_digits", card.lastFourDigits());
      fields.put("credential_id", card.credentialId());
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("type", setting.type());
    entry.put(setting.type(), fields);
    return entry;
  }

  private static Map<String, Object> order(Order order) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("status", "pending"); // the only status an order_details message takes
    if (order.quickPay()) {
      o.put("type", "quick_pay");
    }
    putIfNotNull(o, "catalog_id", order.catalogId());
    Expiration expiration = order.expiration();
    if (expiration != null) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("timestamp", String.valueOf(expiration.timestamp().getEpochSecond()));
      putIfNotNull(e, "description", expiration.description());
      o.put("expiration", e);
    }
    List<Object> items = new ArrayList<>();
    order.items().forEach(item -> items.add(item(item)));
    o.put("items", items);
    o.put("subtotal", amount(order.subtotal()));
    o.put("tax", charge(order.tax()));
    if (order.shipping() != null) {
      o.put("shipping", charge(order.shipping()));
    }
    Discount discount = order.discount();
    if (discount != null) {
      Map<String, Object> d = amount(discount.amount());
      putIfNotNull(d, "description", discount.description());
      putIfNotNull(d, "discount_program_name", discount.discountProgramName());
      o.put("discount", d);
    }
    return o;
  }

  private static Map<String, Object> item(Item item) {
    Map<String, Object> i = new LinkedHashMap<>();
    putIfNotNull(i, "retailer_id", item.retailerId());
    i.put("name", item.name());
    if (item.image() != null) {
      i.put("image", Map.of("link", item.image()));
    }
    i.put("amount", amount(item.amount()));
    if (item.saleAmount() != null) {
      i.put("sale_amount", amount(item.saleAmount()));
    }
    i.put("quantity", item.quantity());
    putIfNotNull(i, "country_of_origin", item.countryOfOrigin());
    putIfNotNull(i, "importer_name", item.importerName());
    ImporterAddress address = item.importerAddress();
    if (address != null) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("address_line1", address.addressLine1());
      putIfNotNull(a, "address_line2", address.addressLine2());
      a.put("city", address.city());
      putIfNotNull(a, "zone_code", address.zoneCode());
      a.put("postal_code", address.postalCode());
      a.put("country_code", address.countryCode());
      i.put("importer_address", a);
    }
    return i;
  }

  private static Map<String, Object> shippingInfo(OrderDetails.ShippingInfo info) {
    List<Object> addresses = new ArrayList<>();
    for (OrderDetails.ShippingAddress a : info.addresses()) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("name", a.name());
      object.put("phone_number", a.phoneNumber());
      object.put("address", a.address());
      object.put("city", a.city());
      object.put("state", a.state());
      object.put("in_pin_code", a.inPinCode());
      putIfNotNull(object, "house_number", a.houseNumber());
      putIfNotNull(object, "tower_number", a.towerNumber());
      putIfNotNull(object, "building_name", a.buildingName());
      putIfNotNull(object, "landmark_area", a.landmarkArea());
      addresses.add(object);
    }
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("country", info.country());
    object.put("addresses", addresses);
    return object;
  }

  private static Map<String, Object> beneficiary(Beneficiary b) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("name", b.name());
    object.put("address_line1", b.addressLine1());
    putIfNotNull(object, "address_line2", b.addressLine2());
    object.put("city", b.city());
    object.put("state", b.state());
    object.put("country", "India"); // the only country Meta accepts
    object.put("postal_code", b.postalCode());
    return object;
  }

  private static Map<String, Object> charge(Charge charge) {
    Map<String, Object> c = amount(charge.amount());
    putIfNotNull(c, "description", charge.description());
    return c;
  }

  private static Map<String, Object> amount(Amount amount) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("value", amount.value());
    a.put("offset", amount.offset());
    return a;
  }

  private static void putIfNotNull(Map<String, Object> object, String name, @Nullable Object value) {
    if (value != null) {
      object.put(name, value);
    }
  }
}
