package dev.wabasdk.message;

import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order the user pays from the chat ({@code "interactive": {"type": "order_details"}}, Meta's Payments API for
 * India and Brazil): the items, the total and how to pay; the user taps "Review and pay". The currency decides the
 * country's rules: {@code INR} (India) needs an {@link Order} and a payment setting (a gateway, payment link or UPI
 * intent link; or the legacy UPI configuration), {@code BRL} (Brazil) writes {@code "payment_type": "br"} itself and
 * may leave the order out (a "simplified" order: the total only, no header). Later changes go out as
 * {@link OrderStatusMessage}s with the same reference id.
 *
 * <pre>{@code
 * OrderDetailsMessage message = OrderDetailsMessage.builder()
 *     .to("+919876543210")
 *     .body("Your order from Lucky Shrub")
 *     .referenceId("ORD-1001-1")
 *     .type(OrderDetailsMessage.GoodsType.PHYSICAL_GOODS)
 *     .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod").build())
 *     .currency("INR")
 *     .order(OrderDetailsMessage.Order.builder()
 *         .catalogId("194836987003835")
 *         .item(OrderDetailsMessage.Item.of("cactus-01", "Blue cactus", Amount.of(10000), 2))
 *         .tax(Amount.of(1000), "GST")
 *         .build())
 *     .build();                                  // total_amount: 21000 (subtotal + tax), computed
 * }</pre>
 *
 * <p>Every rule Meta states that does not depend on the time is checked when the record is made (amounts and sums,
 * offsets, lengths, the reference id, the country's required and forbidden fields, the UPI limit); the builder also
 * checks that an expiration is at least 5 minutes ahead. Errors name the JSON path, e.g.
 * {@code interactive.action.parameters.order.subtotal.value}. Immutable and thread-safe.
 *
 * @param recipient who it goes to: one user
 * @param header {@code interactive.header}: an image, or null for the first product's image (Brazil: a link, and
 *     only with an order)
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters, or null
 * @param details {@code action.parameters}: the order's payment parameters ({@link OrderDetails})
 * @param envelope reply context, callback data and extra fields
 */
public record OrderDetailsMessage(
    Recipient recipient,
    InteractiveHeader.@Nullable Image header,
    String body,
    @Nullable String footer,
    OrderDetails details,
    Envelope envelope)
    implements InteractiveMessage {

  /** India's currency. */
  public static final String INR = "INR";
  /** Brazil's currency. */
  public static final String BRL = "BRL";
  /** Meta's limit on {@code reference_id} in India. */
  public static final int MAX_REFERENCE_ID_LENGTH_IN = 35;
  /** Meta's limit on {@code reference_id} in Brazil. */
  public static final int MAX_REFERENCE_ID_LENGTH_BR = 60;
  /** The UPI limit, ₹5,00,000 in paise: a larger order pays on the gateway's web page. */
  public static final long UPI_LIMIT = 50_000_000L;
  /** Meta's limit on the items of an order when items carry images (India). */
  public static final int MAX_ITEMS_WITH_IMAGES = 10;
  /** How far ahead an expiration must be when the message is built. */
  public static final Duration MIN_EXPIRATION = Duration.ofSeconds(300);

  public OrderDetailsMessage {
    Checks.interactive(recipient, header, body, MAX_BODY_LENGTH, footer);
    Checks.oneUser(recipient, "orders go"); // and their updates
    Checks.required(details, "interactive.action.parameters");
    OrderChecks.header(header, details);
    Checks.required(envelope, "envelope");
  }

  /** {@code action.parameters.reference_id} ({@link OrderDetails#referenceId()}). */
  public String referenceId() {
    return details.referenceId();
  }

  /** {@code action.parameters.type} ({@link OrderDetails#type()}). */
  public GoodsType type() {
    return details.type();
  }

  /** {@code action.parameters.beneficiaries} ({@link OrderDetails#beneficiaries()}). */
  public List<Beneficiary> beneficiaries() {
    return details.beneficiaries();
  }

  /** {@code action.parameters.payment_settings} ({@link OrderDetails#paymentSettings()}). */
  public List<PaymentSetting> paymentSettings() {
    return details.paymentSettings();
  }

  /** {@code action.parameters.payment_configuration} ({@link OrderDetails#paymentConfiguration()}). */
  public @Nullable String paymentConfiguration() {
    return details.paymentConfiguration();
  }

  /** {@code action.parameters.currency} ({@link OrderDetails#currency()}). */
  public String currency() {
    return details.currency();
  }

  /** {@code action.parameters.total_amount} ({@link OrderDetails#totalAmount()}). */
  public Amount totalAmount() {
    return details.totalAmount();
  }

  /** {@code action.parameters.order} ({@link OrderDetails#order()}). */
  public @Nullable Order order() {
    return details.order();
  }

  /** {@code action.parameters.shipping_info} ({@link OrderDetails#shippingInfo()}). */
  public OrderDetails.@Nullable ShippingInfo shippingInfo() {
    return details.shippingInfo();
  }

  /** {@code action.parameters.payment_type} as it is written ({@link OrderDetails#paymentType()}). */
  public @Nullable String paymentType() {
    return details.paymentType();
  }

  /** What is sold ({@code action.parameters.type}). */
  public enum GoodsType {
    /** {@code digital-goods}. */
    DIGITAL_GOODS("digital-goods"),
    /** {@code physical-goods}. */
    PHYSICAL_GOODS("physical-goods");

    private final String value;

    GoodsType(String value) {
      this.value = value;
    }

    /** The value on the wire. */
    public String value() {
      return value;
    }
  }

  /**
   * {@code action.parameters.order}; its {@code status} is always {@code pending}. Built with {@link #builder()},
   * which adds up the subtotal when it is not given.
   *
   * @param quickPay {@code "type": "quick_pay"} (India): only a "Pay now" button, no "Review and pay"
   * @param catalogId {@code catalog_id}: the catalog the items come from, or null (India: then every item needs
   *     its country of origin and importer)
   * @param expiration {@code expiration}: when the order can no longer be paid, or null
   * @param items {@code items}: at least one (India: at most 10 when items have images)
   * @param subtotal {@code subtotal}: the sum of each item's price (its sale amount when it has one) × quantity
   * @param tax {@code tax} (Brazil: may be 0, then not shown)
   * @param shipping {@code shipping}, or null
   * @param discount {@code discount}, or null
   */
  public record Order(
      boolean quickPay,
      @Nullable String catalogId,
      @Nullable Expiration expiration,
      List<Item> items,
      Amount subtotal,
      Charge tax,
      @Nullable Charge shipping,
      @Nullable Discount discount) {

    public Order {
      items = Checks.list(items, OrderChecks.PARAMS + ".order.items", 0, Integer.MAX_VALUE);
      Objects.requireNonNull(subtotal, "subtotal == null");
      Objects.requireNonNull(tax, "tax == null");
    }

    /** A builder for an order. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Order}. Not thread-safe. */
    public static final class Builder {
      private boolean quickPay;
      private @Nullable String catalogId;
      private @Nullable Expiration expiration;
      private final List<Item> items = new ArrayList<>();
      private @Nullable Amount subtotal;
      private @Nullable Charge tax;
      private @Nullable Charge shipping;
      private @Nullable Discount discount;

      Builder() {}

      /** {@code "type": "quick_pay"} (India): only a "Pay now" button. */
      public Builder quickPay() {
        this.quickPay = true;
        return this;
      }

      /** The catalog the items' retailer ids belong to (numeric). */
      public Builder catalogId(String catalogId) {
        this.catalogId = Objects.requireNonNull(catalogId, "catalogId == null");
        return this;
      }

      /** When the order expires (at least 5 minutes after the message is built). */
      public Builder expiration(Instant timestamp) {
        this.expiration = new Expiration(timestamp, null);
        return this;
      }

      /** When the order expires and the text shown about it (at most 120 characters; required in Brazil). */
      public Builder expiration(Instant timestamp, String description) {
        this.expiration = new Expiration(timestamp, Objects.requireNonNull(description, "description == null"));
        return this;
      }

      /** <strong>Required</strong> (at least one). Adds an item. */
      public Builder item(Item item) {
        items.add(Objects.requireNonNull(item, "item == null"));
        return this;
      }

      /** Adds a catalog item: its retailer id, name, unit price and quantity. */
      public Builder item(String retailerId, String name, Amount amount, int quantity) {
        return item(Item.of(retailerId, name, amount, quantity));
      }

      /** The subtotal; without it, the sum of the items (the record checks a given one against that sum). */
      public Builder subtotal(Amount subtotal) {
        this.subtotal = Objects.requireNonNull(subtotal, "subtotal == null");
        return this;
      }

      /** <strong>Required.</strong> The tax. */
      public Builder tax(Amount tax) {
        return tax(new Charge(tax, null));
      }

      /** <strong>Required.</strong> The tax and its label (at most 60 characters), e.g. {@code GST}. */
      public Builder tax(Amount tax, String description) {
        return tax(new Charge(tax, Objects.requireNonNull(description, "description == null")));
      }

      /** <strong>Required.</strong> The tax. */
      public Builder tax(Charge tax) {
        this.tax = Objects.requireNonNull(tax, "tax == null");
        return this;
      }

      /** The shipping cost. */
      public Builder shipping(Amount shipping) {
        return shipping(new Charge(shipping, null));
      }

      /** The shipping cost and its label (at most 60 characters). */
      public Builder shipping(Amount shipping, String description) {
        return shipping(new Charge(shipping, Objects.requireNonNull(description, "description == null")));
      }

      /** The shipping cost. */
      public Builder shipping(Charge shipping) {
        this.shipping = Objects.requireNonNull(shipping, "shipping == null");
        return this;
      }

      /** A discount, subtracted from the total. */
      public Builder discount(Amount discount) {
        return discount(new Discount(discount, null, null));
      }

      /** A discount with its description and incentive program name (either may be null; each ≤ 60). */
      public Builder discount(Amount discount, @Nullable String description, @Nullable String programName) {
        return discount(new Discount(discount, description, programName));
      }

      /** A discount, subtracted from the total. */
      public Builder discount(Discount discount) {
        this.discount = Objects.requireNonNull(discount, "discount == null");
        return this;
      }

      /**
       * The order.
       *
       * @throws IllegalArgumentException when the tax is missing or the sum of the items overflows
       */
      public Order build() {
        Amount sum = subtotal != null ? subtotal : Amount.of(OrderChecks.itemsTotal(items));
        return new Order(quickPay, catalogId, expiration, items, sum,
            Checks.required(tax, OrderChecks.PARAMS + ".order.tax"), shipping, discount);
      }
    }
  }

  /**
   * An item of the order ({@code order.items[]}).
   *
   * @param retailerId {@code retailer_id}: the catalog item's Content ID; required in Brazil, and in India not
   *     together with an image
   * @param name {@code name}, at most 60 characters
   * @param image {@code image.link} (India): the item's picture (JPEG or PNG), or null
   * @param amount {@code amount}: the price of one
   * @param saleAmount {@code sale_amount}: a lower price of one that the subtotal uses, or null
   * @param quantity {@code quantity}, at least 1
   * @param countryOfOrigin {@code country_of_origin} (India, required without a catalog), or null
   * @param importerName {@code importer_name} (India, required without a catalog), or null
   * @param importerAddress {@code importer_address} (India, required without a catalog), or null
   */
  public record Item(
      @Nullable String retailerId,
      String name,
      @Nullable String image,
      Amount amount,
      @Nullable Amount saleAmount,
      int quantity,
      @Nullable String countryOfOrigin,
      @Nullable String importerName,
      @Nullable ImporterAddress importerAddress) {

    public Item {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(amount, "amount == null");
    }

    /** A catalog item: its retailer id, name, unit price and quantity. */
    public static Item of(String retailerId, String name, Amount amount, int quantity) {
      return new Item(Objects.requireNonNull(retailerId, "retailerId == null"), name, null, amount, null, quantity,
          null, null, null);
    }

    /** A builder for an item with more fields: sale price, image, importer. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds an {@link Item}. Not thread-safe. */
    public static final class Builder {
      private @Nullable String retailerId;
      private @Nullable String name;
      private @Nullable String image;
      private @Nullable Amount amount;
      private @Nullable Amount saleAmount;
      private int quantity = 1;
      private @Nullable String countryOfOrigin;
      private @Nullable String importerName;
      private @Nullable ImporterAddress importerAddress;

      Builder() {}

      /** The catalog item's Content ID (SKU). */
      public Builder retailerId(String retailerId) {
        this.retailerId = Objects.requireNonNull(retailerId, "retailerId == null");
        return this;
      }

      /** <strong>Required.</strong> The name, at most 60 characters. */
      public Builder name(String name) {
        this.name = Objects.requireNonNull(name, "name == null");
        return this;
      }

      /** An image link (India; items with images: at most 10, no retailer id, no catalog). */
      public Builder image(String link) {
        this.image = Objects.requireNonNull(link, "link == null");
        return this;
      }

      /** <strong>Required.</strong> The price of one. */
      public Builder amount(Amount amount) {
        this.amount = Objects.requireNonNull(amount, "amount == null");
        return this;
      }

      /** A sale price of one, lower than the amount; the subtotal uses it. */
      public Builder saleAmount(Amount saleAmount) {
        this.saleAmount = Objects.requireNonNull(saleAmount, "saleAmount == null");
        return this;
      }

      /** The quantity, 1 when not set. */
      public Builder quantity(int quantity) {
        this.quantity = quantity;
        return this;
      }

      /** Where the item comes from and who imported it (India: required when the order has no catalog). */
      public Builder importer(String countryOfOrigin, String importerName, ImporterAddress importerAddress) {
        this.countryOfOrigin = Objects.requireNonNull(countryOfOrigin, "countryOfOrigin == null");
        this.importerName = Objects.requireNonNull(importerName, "importerName == null");
        this.importerAddress = Objects.requireNonNull(importerAddress, "importerAddress == null");
        return this;
      }

      /**
       * The item.
       *
       * @throws IllegalArgumentException when the name or the amount is missing
       */
      public Item build() {
        return new Item(retailerId, Checks.required(name, "item.name"), image,
            Checks.required(amount, "item.amount"), saleAmount, quantity, countryOfOrigin, importerName,
            importerAddress);
      }
    }
  }

  /**
   * {@code items[].importer_address} (India).
   *
   * @param addressLine1 {@code address_line1}
   * @param addressLine2 {@code address_line2}, or null
   * @param city {@code city}
   * @param zoneCode {@code zone_code}: the state's code, e.g. {@code DL}, or null
   * @param postalCode {@code postal_code}
   * @param countryCode {@code country_code}, e.g. {@code IN}
   */
  public record ImporterAddress(
      String addressLine1,
      @Nullable String addressLine2,
      String city,
      @Nullable String zoneCode,
      String postalCode,
      String countryCode) {

    public ImporterAddress {
      Objects.requireNonNull(addressLine1, "addressLine1 == null");
      Objects.requireNonNull(city, "city == null");
      Objects.requireNonNull(postalCode, "postalCode == null");
      Objects.requireNonNull(countryCode, "countryCode == null");
    }

    /** An address without a second line. */
    public static ImporterAddress of(String addressLine1, String city, String zoneCode, String postalCode,
        String countryCode) {
      return new ImporterAddress(addressLine1, null, city, Objects.requireNonNull(zoneCode, "zoneCode == null"),
          postalCode, countryCode);
    }
  }

  /**
   * A tax or shipping charge ({@code order.tax}, {@code order.shipping}).
   *
   * @param amount {@code value} and {@code offset}
   * @param description {@code description}, at most 60 characters, or null
   */
  public record Charge(Amount amount, @Nullable String description) {
    public Charge {
      Objects.requireNonNull(amount, "amount == null");
    }
  }

  /**
   * {@code order.discount}.
   *
   * @param amount {@code value} and {@code offset}
   * @param description {@code description}, at most 60 characters, or null
   * @param discountProgramName {@code discount_program_name}: the incentive program, at most 60 characters, or null
   */
  public record Discount(Amount amount, @Nullable String description, @Nullable String discountProgramName) {
    public Discount {
      Objects.requireNonNull(amount, "amount == null");
    }
  }

  /**
   * {@code order.expiration}: after it the user can no longer pay.
   *
   * @param timestamp {@code timestamp}, written as a string of epoch seconds
   * @param description {@code description}, at most 120 characters; required in Brazil
   */
  public record Expiration(Instant timestamp, @Nullable String description) {
    public Expiration {
      Objects.requireNonNull(timestamp, "timestamp == null");
    }
  }

  /**
   * {@code action.parameters.beneficiaries[]} (India): who receives shipped physical goods, for compliance; not
   * shown to the user. Its {@code country} is always {@code India}.
   *
   * @param name {@code name}, at most 200 characters
   * @param addressLine1 {@code address_line1}, at most 100 characters
   * @param addressLine2 {@code address_line2}, at most 100 characters, or null
   * @param city {@code city}
   * @param state {@code state}
   * @param postalCode {@code postal_code}: 6 digits
   */
  public record Beneficiary(
      String name,
      String addressLine1,
      @Nullable String addressLine2,
      String city,
      String state,
      String postalCode) {

    public Beneficiary {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(addressLine1, "addressLine1 == null");
      Objects.requireNonNull(city, "city == null");
      Objects.requireNonNull(state, "state == null");
      Objects.requireNonNull(postalCode, "postalCode == null");
    }

    /** A beneficiary without a second address line. */
    public static Beneficiary of(String name, String addressLine1, String city, String state, String postalCode) {
      return new Beneficiary(name, addressLine1, null, city, state, postalCode);
    }
  }

  /** A builder for an order details message. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OrderDetailsMessage}: the payment parameters go to an {@link OrderDetails.Builder} it holds, or
   * come whole from {@link #details(OrderDetails)}. Not thread-safe.
   */
  public static final class Builder extends InteractiveMessageBuilder<Builder, OrderDetailsMessage> {
    private InteractiveHeader.@Nullable Image header;
    private final OrderDetails.Builder parameters = OrderDetails.builder();
    private @Nullable OrderDetails details;
    private boolean ownParameters;

    Builder() {}

    /** The builder's own parameters, now in use (they may not be mixed with {@link #details}). */
    private OrderDetails.Builder parameters() {
      ownParameters = true;
      return parameters;
    }

    /** An image header ({@code InteractiveHeader.image(...)}); without it WhatsApp shows the first product's. */
    public Builder header(InteractiveHeader.Image header) {
      this.header = Objects.requireNonNull(header, "header == null");
      return this;
    }

    /** The order's payment parameters, built already, instead of the builder's own methods for them. */
    public Builder details(OrderDetails details) {
      this.details = Objects.requireNonNull(details, "details == null");
      return this;
    }

    /** <strong>Required.</strong> The order's unique reference id (India ≤ 35, Brazil ≤ 60 characters). */
    public Builder referenceId(String referenceId) {
      parameters().referenceId(referenceId);
      return this;
    }

    /** <strong>Required.</strong> Digital or physical goods. */
    public Builder type(GoodsType type) {
      parameters().type(type);
      return this;
    }

    /** Adds a beneficiary (India): who receives shipped physical goods, for compliance. */
    public Builder beneficiary(Beneficiary beneficiary) {
      parameters().beneficiary(beneficiary);
      return this;
    }

    /** Adds a payment setting: India requires one (or the legacy configuration); Brazil takes several. */
    public Builder paymentSetting(PaymentSetting setting) {
      parameters().paymentSetting(setting);
      return this;
    }

    /**
     * India's legacy static-VPA UPI intent: the name of the payment configuration ({@code payment_configuration},
     * at most 60 characters), sent with {@code "payment_type": "upi"} instead of payment settings. Meta recommends
     * the dynamic VPA ({@link PaymentSetting#upiIntentLink}) instead.
     */
    public Builder paymentConfiguration(String name) {
      parameters().paymentConfiguration(name);
      return this;
    }

    /** <strong>Required.</strong> {@code INR} (India) or {@code BRL} (Brazil). */
    public Builder currency(String currency) {
      parameters().currency(currency);
      return this;
    }

    /** The total; without it, the order's subtotal + tax + shipping − discount (required without an order). */
    public Builder totalAmount(Amount totalAmount) {
      parameters().totalAmount(totalAmount);
      return this;
    }

    /** The order (India: required; Brazil: leave out for a simplified order with the total only). */
    public Builder order(Order order) {
      parameters().order(order);
      return this;
    }

    /** Shipping addresses offered pre-filled (India). */
    public Builder shippingInfo(OrderDetails.ShippingInfo shippingInfo) {
      parameters().shippingInfo(shippingInfo);
      return this;
    }

    /** The clock the expiration is checked against (tests). */
    Builder clock(Clock clock) {
      parameters.clock(clock);
      return this;
    }

    /**
     * {@inheritDoc} Also checks that the order's expiration is at least 5 minutes ({@link #MIN_EXPIRATION}) from
     * now, the threshold Meta states.
     */
    @Override
    public OrderDetailsMessage build() {
      Recipient to = recipient();
      String body = requiredBody(); // the message's own errors first, as before the parameters moved
      if (details != null && ownParameters) {
        throw new IllegalStateException("the order's parameters come from details(..) or from the builder's own"
            + " methods (referenceId, order, ...), not both");
      }
      OrderDetails d = details != null ? details : parameters.build();
      return new OrderDetailsMessage(to, header, body, footer(), d, envelope());
    }
  }
}
