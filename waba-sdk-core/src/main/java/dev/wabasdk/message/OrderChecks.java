package dev.wabasdk.message;

import dev.wabasdk.message.OrderDetailsMessage.Beneficiary;
import dev.wabasdk.message.OrderDetailsMessage.Charge;
import dev.wabasdk.message.OrderDetailsMessage.Discount;
import dev.wabasdk.message.OrderDetailsMessage.Expiration;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.ImporterAddress;
import dev.wabasdk.message.OrderDetailsMessage.Item;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules of Meta's Payments API messages (order details, order status) for India and Brazil: what the currency
 * requires and forbids, the sums, the amounts and the limits. Every failure names the JSON path, as {@link Checks}
 * does.
 */
final class OrderChecks {
  static final String PARAMS = "interactive.action.parameters";

  private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9_.\\-]+");
  private static final Pattern INDIAN_POSTAL_CODE = Pattern.compile("[0-9]{6}");
  private static final int MAX_NAME_LENGTH = 60;
  private static final int MAX_CHARGE_DESCRIPTION_LENGTH = 60;
  private static final int MAX_EXPIRATION_DESCRIPTION_LENGTH = 120;
  private static final int MAX_CONFIGURATION_LENGTH = 60;

  private OrderChecks() {}

  /** Meta's reference id: 1 to {@code max} English letters, digits, {@code _}, {@code -} or {@code .}. */
  static String referenceId(@Nullable String value, int max) {
    String path = PARAMS + ".reference_id";
    Checks.text(value, path, 1, max);
    return Checks.matches(value, path, REFERENCE_ID, "must contain only English letters, digits, '_', '-' and '.'");
  }

  /** Every rule of an order's payment parameters that does not depend on the time. */
  static void orderDetails(
      @Nullable String referenceId,
      @Nullable GoodsType type,
      List<Beneficiary> beneficiaries,
      List<PaymentSetting> settings,
      @Nullable String paymentConfiguration,
      @Nullable String currency,
      @Nullable Amount totalAmount,
      @Nullable Order order,
      OrderDetails.@Nullable ShippingInfo shippingInfo) {
    String c = Checks.required(currency, PARAMS + ".currency");
    if (!c.equals(OrderDetailsMessage.INR) && !c.equals(OrderDetailsMessage.BRL)) {
      throw new IllegalArgumentException(PARAMS + ".currency: must be INR (India) or BRL (Brazil), was '" + c + "'");
    }
    boolean india = c.equals(OrderDetailsMessage.INR);
    referenceId(referenceId, india ? OrderDetailsMessage.MAX_REFERENCE_ID_LENGTH_IN
        : OrderDetailsMessage.MAX_REFERENCE_ID_LENGTH_BR);
    Checks.required(type, PARAMS + ".type");
    Amount total = amount(totalAmount, PARAMS + ".total_amount", false);
    if (india) {
      india(beneficiaries, settings, paymentConfiguration, total, order);
    } else {
      brazil(beneficiaries, settings, paymentConfiguration);
    }
    if (shippingInfo != null) {
      shippingInfo(shippingInfo, india);
    }
    if (order != null) {
      order(order, india);
      long expected = expectedTotal(order);
      if (total.value() != expected) {
        throw new IllegalArgumentException(PARAMS + ".total_amount.value: must equal subtotal + tax + shipping"
            + " - discount (" + expected + "), was " + total.value());
      }
    }
  }

  private static void india(List<Beneficiary> beneficiaries, List<PaymentSetting> settings,
      @Nullable String paymentConfiguration, Amount total, @Nullable Order order) {
    if (paymentConfiguration != null) {
      Checks.text(paymentConfiguration, PARAMS + ".payment_configuration", 1, MAX_CONFIGURATION_LENGTH);
      if (!settings.isEmpty()) {
        throw new IllegalArgumentException(PARAMS + ".payment_configuration: the legacy UPI configuration replaces"
            + " payment_settings; send one or the other, was both");
      }
    } else if (settings.isEmpty()) {
      throw new IllegalArgumentException(PARAMS + ".payment_settings: an INR order needs a payment setting (payment"
          + " gateway, payment link or UPI intent link) or the legacy payment_configuration, was neither");
    }
    boolean overUpiLimit = total.value() > OrderDetailsMessage.UPI_LIMIT;
    if (overUpiLimit && paymentConfiguration != null) {
      throw upiLimit(PARAMS + ".payment_configuration", total, "use a payment gateway with"
          + " enabledPaymentOptions(WEB)");
    }
    for (int i = 0; i < settings.size(); i++) {
      PaymentSetting setting = settings.get(i);
      String path = PARAMS + ".payment_settings[" + i + "]";
      if (!(setting instanceof PaymentSetting.PaymentGateway || setting instanceof PaymentSetting.PaymentLink
          || setting instanceof PaymentSetting.UpiIntentLink)) {
        throw new IllegalArgumentException(path + ": a " + setting.type() + " setting is for BRL orders (Brazil),"
            + " not INR");
      }
      if (overUpiLimit && setting instanceof PaymentSetting.PaymentGateway gateway && !gateway.webOnly()) {
        throw upiLimit(path + ".payment_gateway.enabled_payment_options", total, "set enabledPaymentOptions(WEB)");
      }
      if (overUpiLimit && setting instanceof PaymentSetting.UpiIntentLink) {
        throw upiLimit(path + ".upi_intent_link", total, "use a payment gateway with enabledPaymentOptions(WEB)");
      }
    }
    for (int i = 0; i < beneficiaries.size(); i++) {
      beneficiary(beneficiaries.get(i), PARAMS + ".beneficiaries[" + i + "]");
    }
    if (order == null) {
      throw new IllegalArgumentException(PARAMS + ".order: is required in an INR order but was not set");
    }
  }

  private static IllegalArgumentException upiLimit(String path, Amount total, String fix) {
    return new IllegalArgumentException(path + ": UPI payments are limited to ₹5,00,000 ("
        + OrderDetailsMessage.UPI_LIMIT + "); for a total of " + total.value() + ", " + fix);
  }

  /** The header rules of an order details message that involve the order (Brazil). */
  static void header(InteractiveHeader.@Nullable Image header, OrderDetails details) {
    if (header == null || !OrderDetailsMessage.BRL.equals(details.currency())) {
      return;
    }
    if (details.order() == null) {
      throw new IllegalArgumentException("interactive.header: a simplified order (without an order object) cannot"
          + " have a header");
    }
    if (!(header.media() instanceof MediaSource.Link)) {
      throw new IllegalArgumentException("interactive.header.image: a BRL order's header must be an image link, not"
          + " a media id");
    }
  }

  private static void shippingInfo(OrderDetails.ShippingInfo info, boolean india) {
    String path = PARAMS + ".shipping_info";
    if (!india) {
      throw new IllegalArgumentException(path + ": is for INR orders (India), not BRL");
    }
    if (!OrderDetails.ShippingInfo.INDIA.equals(info.country())) {
      throw new IllegalArgumentException(path + ".country: must be IN, was " + Checks.preview(info.country()));
    }
    Checks.list(info.addresses(), path + ".addresses", 1, Integer.MAX_VALUE);
    for (int i = 0; i < info.addresses().size(); i++) {
      OrderDetails.ShippingAddress a = info.addresses().get(i);
      String at = path + ".addresses[" + i + "]";
      Checks.nonBlank(a.name(), at + ".name");
      Checks.nonBlank(a.phoneNumber(), at + ".phone_number");
      Checks.nonBlank(a.address(), at + ".address");
      Checks.nonBlank(a.city(), at + ".city");
      Checks.nonBlank(a.state(), at + ".state");
      Checks.matches(a.inPinCode(), at + ".in_pin_code", INDIAN_POSTAL_CODE, "must be an Indian PIN code of 6"
          + " digits");
      Checks.optionalText(a.houseNumber(), at + ".house_number", Integer.MAX_VALUE);
      Checks.optionalText(a.towerNumber(), at + ".tower_number", Integer.MAX_VALUE);
      Checks.optionalText(a.buildingName(), at + ".building_name", Integer.MAX_VALUE);
      Checks.optionalText(a.landmarkArea(), at + ".landmark_area", Integer.MAX_VALUE);
    }
  }

  private static void brazil(List<Beneficiary> beneficiaries, List<PaymentSetting> settings,
      @Nullable String paymentConfiguration) {
    if (paymentConfiguration != null) {
      throw new IllegalArgumentException(PARAMS + ".payment_configuration: the legacy UPI configuration is for INR"
          + " orders (India), not BRL");
    }
    if (!beneficiaries.isEmpty()) {
      throw new IllegalArgumentException(PARAMS + ".beneficiaries: are for INR orders (India), not BRL");
    }
    for (int i = 0; i < settings.size(); i++) {
      PaymentSetting setting = settings.get(i);
      String path = PARAMS + ".payment_settings[" + i + "]";
      if (setting instanceof PaymentSetting.PaymentGateway || setting instanceof PaymentSetting.UpiIntentLink) {
        throw new IllegalArgumentException(path + ": a " + setting.type() + " setting is for INR orders (India),"
            + " not BRL");
      }
      if (setting instanceof PaymentSetting.PaymentLink link
          && (link.successUrl() != null || link.cancelUrl() != null)) {
        throw new IllegalArgumentException(path + ".payment_link: success_url and cancel_url are for INR orders"
            + " (India); a BRL payment link has its uri only");
      }
    }
  }

  private static void beneficiary(Beneficiary b, String path) {
    Checks.text(b.name(), path + ".name", 1, 200);
    Checks.text(b.addressLine1(), path + ".address_line1", 1, 100);
    Checks.optionalText(b.addressLine2(), path + ".address_line2", 100);
    Checks.nonBlank(b.city(), path + ".city");
    Checks.nonBlank(b.state(), path + ".state");
    Checks.matches(b.postalCode(), path + ".postal_code", INDIAN_POSTAL_CODE, "must be an Indian PIN code of 6"
        + " digits");
  }

  private static void order(Order order, boolean india) {
    String base = PARAMS + ".order";
    if (order.items().isEmpty()) {
      throw new IllegalArgumentException(base + ".items: must have at least 1 item, was 0");
    }
    if (order.quickPay() && !india) {
      throw new IllegalArgumentException(base + ".type: quick_pay is for INR orders (India), not BRL");
    }
    String catalogId = order.catalogId();
    if (catalogId != null) {
      Checks.catalogId(catalogId, base + ".catalog_id");
    }
    Expiration expiration = order.expiration();
    if (expiration != null) {
      String description = expiration.description();
      if (description == null && !india) {
        throw new IllegalArgumentException(base + ".expiration.description: is required in a BRL order but was not"
            + " set");
      }
      Checks.optionalText(description, base + ".expiration.description", MAX_EXPIRATION_DESCRIPTION_LENGTH);
    }
    boolean images = false;
    for (int i = 0; i < order.items().size(); i++) {
      Item item = order.items().get(i);
      item(item, base + ".items[" + i + "]", india, catalogId == null);
      images |= item.image() != null;
    }
    if (images && catalogId != null) {
      throw new IllegalArgumentException(base + ".catalog_id: an order whose items have images cannot have a"
          + " catalog_id");
    }
    if (images && order.items().size() > OrderDetailsMessage.MAX_ITEMS_WITH_IMAGES) {
      throw new IllegalArgumentException(base + ".items: must have at most " + OrderDetailsMessage
          .MAX_ITEMS_WITH_IMAGES + " items when items have images, was " + order.items().size());
    }
    amount(order.subtotal(), base + ".subtotal", false);
    long sum = itemsTotal(order.items());
    if (order.subtotal().value() != sum) {
      throw new IllegalArgumentException(base + ".subtotal.value: must equal the sum of the items (" + sum
          + "), was " + order.subtotal().value());
    }
    charge(order.tax(), base + ".tax", !india);
    if (order.shipping() != null) {
      charge(order.shipping(), base + ".shipping", false);
    }
    Discount discount = order.discount();
    if (discount != null) {
      amount(discount.amount(), base + ".discount", false);
      Checks.optionalText(discount.description(), base + ".discount.description", MAX_CHARGE_DESCRIPTION_LENGTH);
      Checks.optionalText(discount.discountProgramName(), base + ".discount.discount_program_name",
          MAX_CHARGE_DESCRIPTION_LENGTH);
    }
  }

  private static void item(Item item, String path, boolean india, boolean noCatalog) {
    String retailerId = item.retailerId();
    if (retailerId != null) {
      Checks.productRetailerId(retailerId, path + ".retailer_id");
    } else if (!india) {
      throw new IllegalArgumentException(path + ".retailer_id: is required in a BRL order but was not set");
    }
    Checks.text(item.name(), path + ".name", 1, MAX_NAME_LENGTH);
    String image = item.image();
    if (image != null) {
      if (!india) {
        throw new IllegalArgumentException(path + ".image: item images are for INR orders (India), not BRL");
      }
      Checks.httpUrl(image, path + ".image.link");
      if (retailerId != null) {
        throw new IllegalArgumentException(path + ".image: an item with an image cannot have a retailer_id, was "
            + Checks.preview(retailerId));
      }
    }
    Amount amount = amount(item.amount(), path + ".amount", false);
    Amount sale = item.saleAmount();
    if (sale != null) {
      amount(sale, path + ".sale_amount", false);
      if (sale.value() >= amount.value()) {
        throw new IllegalArgumentException(path + ".sale_amount.value: must be less than amount (" + amount.value()
            + "), was " + sale.value());
      }
    }
    if (item.quantity() < 1) {
      throw new IllegalArgumentException(path + ".quantity: must be at least 1, was " + item.quantity());
    }
    boolean importer = item.countryOfOrigin() != null || item.importerName() != null
        || item.importerAddress() != null;
    if (!india) {
      if (importer) {
        throw new IllegalArgumentException(path + ": country_of_origin, importer_name and importer_address are"
            + " for INR orders (India), not BRL");
      }
      return;
    }
    if (noCatalog) {
      String missing = item.countryOfOrigin() == null ? "country_of_origin"
          : item.importerName() == null ? "importer_name" : item.importerAddress() == null ? "importer_address" : null;
      if (missing != null) {
        throw new IllegalArgumentException(path + "." + missing + ": is required when the order has no catalog_id"
            + " (India) but was not set");
      }
    }
    Checks.optionalText(item.countryOfOrigin(), path + ".country_of_origin", Integer.MAX_VALUE);
    Checks.optionalText(item.importerName(), path + ".importer_name", Integer.MAX_VALUE);
    ImporterAddress address = item.importerAddress();
    if (address != null) {
      importerAddress(address, path + ".importer_address");
    }
  }

  private static void importerAddress(ImporterAddress address, String path) {
    Checks.nonBlank(address.addressLine1(), path + ".address_line1");
    Checks.optionalText(address.addressLine2(), path + ".address_line2", Integer.MAX_VALUE);
    Checks.nonBlank(address.city(), path + ".city");
    Checks.optionalText(address.zoneCode(), path + ".zone_code", Integer.MAX_VALUE);
    Checks.nonBlank(address.postalCode(), path + ".postal_code");
    Checks.nonBlank(address.countryCode(), path + ".country_code");
  }

  private static void charge(Charge charge, String path, boolean zeroAllowed) {
    amount(charge.amount(), path, zeroAllowed);
    Checks.optionalText(charge.description(), path + ".description", MAX_CHARGE_DESCRIPTION_LENGTH);
  }

  /** An amount with Meta's offset of 100 and a positive value (zero where {@code zeroAllowed}). */
  private static Amount amount(@Nullable Amount amount, String path, boolean zeroAllowed) {
    Amount a = Checks.required(amount, path);
    if (a.offset() != Amount.OFFSET) {
      throw new IllegalArgumentException(path + ".offset: must be " + Amount.OFFSET + " for INR and BRL, was "
          + a.offset());
    }
    if (a.value() == 0 && !zeroAllowed) {
      throw new IllegalArgumentException(path + ".value: must be positive, was 0");
    }
    return a;
  }

  /** The sum of each item's price (its sale amount when it has one) times its quantity. */
  static long itemsTotal(List<Item> items) {
    long sum = 0;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Amount price = item.saleAmount() != null ? item.saleAmount() : item.amount();
      try {
        sum = Math.addExact(sum, Math.multiplyExact(price.value(), (long) item.quantity()));
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(PARAMS + ".order.items[" + i + "]: the sum of the items overflows", e);
      }
    }
    return sum;
  }

  /** Subtotal + tax + shipping − discount. */
  static long expectedTotal(Order order) {
    Charge shipping = order.shipping();
    Discount discount = order.discount();
    long off = discount == null ? 0 : discount.amount().value();
    long total;
    try {
      total = Math.addExact(order.subtotal().value(), order.tax().amount().value());
      total = Math.addExact(total, shipping == null ? 0 : shipping.amount().value());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(PARAMS + ".total_amount: subtotal + tax + shipping overflows", e);
    }
    if (off > total) {
      throw new IllegalArgumentException(PARAMS + ".order.discount.value: must not exceed subtotal + tax + shipping"
          + " (" + total + "), was " + off);
    }
    return total - off;
  }

  /** Meta's threshold: an expiration at least 5 minutes ahead of {@code now}. */
  static void expiration(Instant timestamp, Instant now) {
    Instant earliest = now.plus(OrderDetailsMessage.MIN_EXPIRATION);
    if (timestamp.isBefore(earliest)) {
      throw new IllegalArgumentException(PARAMS + ".order.expiration.timestamp: must be at least "
          + OrderDetailsMessage.MIN_EXPIRATION.toSeconds() + " seconds from now (" + earliest.getEpochSecond()
          + " or later), was " + timestamp.getEpochSecond());
    }
  }
}
