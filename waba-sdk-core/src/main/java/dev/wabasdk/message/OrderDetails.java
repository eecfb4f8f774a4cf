package dev.wabasdk.message;

import dev.wabasdk.message.OrderDetailsMessage.Beneficiary;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The payment parameters of an order (Meta's Payments API, India and Brazil): what an {@link OrderDetailsMessage}
 * sends as {@code interactive.action.parameters} and a checkout button template (India) or order details template
 * (Brazil) sends as its button's {@code action.order_details} ({@link TemplateButton#orderDetails}). The currency
 * decides the country's rules, as described on {@link OrderDetailsMessage}.
 *
 * <pre>{@code
 * OrderDetails details = OrderDetails.builder()
 *     .referenceId("ORD-1001-1")
 *     .type(OrderDetailsMessage.GoodsType.PHYSICAL_GOODS)
 *     .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod").build())
 *     .currency("INR")
 *     .order(OrderDetailsMessage.Order.builder()
 *         .catalogId("194836987003835")
 *         .item("cactus-01", "Blue cactus", Amount.of(10000), 2)
 *         .tax(Amount.of(1000), "GST")
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Every rule that does not depend on the time is checked when the record is made; the builder also checks that
 * an expiration is at least 5 minutes ahead. Errors name the path inside {@code interactive.action.parameters}, the
 * same object a template button's {@code action.order_details} holds. Immutable and thread-safe.
 *
 * @param referenceId {@code reference_id}: unique per order, letters, digits, {@code _ - .}; at most 35 characters
 *     in India, 60 in Brazil
 * @param type {@code type}
 * @param beneficiaries {@code beneficiaries} (India): who receives shipped physical goods; empty for none
 * @param paymentSettings {@code payment_settings}; empty for none (Brazil, or India's legacy UPI)
 * @param paymentConfiguration {@code payment_configuration} (India, legacy static-VPA UPI intent), or null
 * @param currency {@code currency}: {@code INR} or {@code BRL}
 * @param totalAmount {@code total_amount}: subtotal + tax + shipping − discount
 * @param order {@code order}; required in India, null for a Brazilian simplified order
 * @param shippingInfo {@code shipping_info} (India): shipping addresses offered pre-filled, or null
 */
public record OrderDetails(
    String referenceId,
    GoodsType type,
    List<Beneficiary> beneficiaries,
    List<PaymentSetting> paymentSettings,
    @Nullable String paymentConfiguration,
    String currency,
    Amount totalAmount,
    @Nullable Order order,
    @Nullable ShippingInfo shippingInfo) {

  public OrderDetails {
    beneficiaries = Checks.list(beneficiaries, OrderChecks.PARAMS + ".beneficiaries", 0, Integer.MAX_VALUE);
    paymentSettings = Checks.list(paymentSettings, OrderChecks.PARAMS + ".payment_settings", 0, Integer.MAX_VALUE);
    OrderChecks.orderDetails(referenceId, type, beneficiaries, paymentSettings, paymentConfiguration, currency,
        totalAmount, order, shippingInfo);
  }

  /**
   * {@code payment_type} as it is written: {@code br} in Brazil, {@code upi} for an Indian payment link or legacy
   * UPI configuration, null otherwise.
   */
  public @Nullable String paymentType() {
    if (OrderDetailsMessage.BRL.equals(currency)) {
      return "br";
    }
    boolean link = paymentSettings.stream().anyMatch(PaymentSetting.PaymentLink.class::isInstance);
    return paymentConfiguration != null || link ? "upi" : null;
  }

  /**
   * {@code shipping_info} (India): the shipping addresses WhatsApp offers the user pre-filled.
   *
   * @param country {@code country}: {@code IN}
   * @param addresses {@code addresses}: at least one
   */
  public record ShippingInfo(String country, List<ShippingAddress> addresses) {
    /** The only country Meta documents. */
    public static final String INDIA = "IN";

    public ShippingInfo {
      Objects.requireNonNull(country, "country == null");
      addresses = Checks.list(addresses, OrderChecks.PARAMS + ".shipping_info.addresses", 0, Integer.MAX_VALUE);
    }

    /** Addresses in India ({@code "country": "IN"}). */
    public static ShippingInfo india(ShippingAddress... addresses) {
      return new ShippingInfo(INDIA, Arrays.asList(addresses));
    }
  }

  /**
   * One of {@code shipping_info.addresses[]} (India).
   *
   * @param name {@code name}
   * @param phoneNumber {@code phone_number}
   * @param address {@code address}: the street address
   * @param city {@code city}
   * @param state {@code state}
   * @param inPinCode {@code in_pin_code}: the 6-digit PIN code
   * @param houseNumber {@code house_number}, or null
   * @param towerNumber {@code tower_number}, or null
   * @param buildingName {@code building_name}, or null
   * @param landmarkArea {@code landmark_area}, or null
   */
  public record ShippingAddress(
      String name,
      String phoneNumber,
      String address,
      String city,
      String state,
      String inPinCode,
      @Nullable String houseNumber,
      @Nullable String towerNumber,
      @Nullable String buildingName,
      @Nullable String landmarkArea) {

    public ShippingAddress {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(phoneNumber, "phoneNumber == null");
      Objects.requireNonNull(address, "address == null");
      Objects.requireNonNull(city, "city == null");
      Objects.requireNonNull(state, "state == null");
      Objects.requireNonNull(inPinCode, "inPinCode == null");
    }

    /** An address with its required fields only. */
    public static ShippingAddress of(String name, String phoneNumber, String address, String city, String state,
        String inPinCode) {
      return new ShippingAddress(name, phoneNumber, address, city, state, inPinCode, null, null, null, null);
    }
  }

  /** A builder for order details. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OrderDetails}; {@link OrderDetailsMessage.Builder} shares it. Not thread-safe. */
  public static final class Builder {
    private @Nullable String referenceId;
    private @Nullable GoodsType type;
    private final List<Beneficiary> beneficiaries = new ArrayList<>();
    private final List<PaymentSetting> paymentSettings = new ArrayList<>();
    private @Nullable String paymentConfiguration;
    private @Nullable String currency;
    private @Nullable Amount totalAmount;
    private @Nullable Order order;
    private @Nullable ShippingInfo shippingInfo;
    private Clock clock = Clock.systemUTC();

    Builder() {}

    /** <strong>Required.</strong> The order's unique reference id (India ≤ 35, Brazil ≤ 60 characters). */
    public Builder referenceId(String referenceId) {
      this.referenceId = Objects.requireNonNull(referenceId, "referenceId == null");
      return this;
    }

    /** <strong>Required.</strong> Digital or physical goods. */
    public Builder type(GoodsType type) {
      this.type = Objects.requireNonNull(type, "type == null");
      return this;
    }

    /** Adds a beneficiary (India): who receives shipped physical goods, for compliance. */
    public Builder beneficiary(Beneficiary beneficiary) {
      beneficiaries.add(Objects.requireNonNull(beneficiary, "beneficiary == null"));
      return this;
    }

    /** Adds a payment setting: India requires one (or the legacy configuration); Brazil takes several. */
    public Builder paymentSetting(PaymentSetting setting) {
      paymentSettings.add(Objects.requireNonNull(setting, "setting == null"));
      return this;
    }

    /**
     * India's legacy static-VPA UPI intent: the name of the payment configuration ({@code payment_configuration},
     * at most 60 characters), sent with {@code "payment_type": "upi"} instead of payment settings.
     */
    public Builder paymentConfiguration(String name) {
      this.paymentConfiguration = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** <strong>Required.</strong> {@code INR} (India) or {@code BRL} (Brazil). */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency == null");
      return this;
    }

    /** The total; without it, the order's subtotal + tax + shipping − discount (required without an order). */
    public Builder totalAmount(Amount totalAmount) {
      this.totalAmount = Objects.requireNonNull(totalAmount, "totalAmount == null");
      return this;
    }

    /** The order (India: required; Brazil: leave out for a simplified order with the total only). */
    public Builder order(Order order) {
      this.order = Objects.requireNonNull(order, "order == null");
      return this;
    }

    /** Shipping addresses offered pre-filled (India). */
    public Builder shippingInfo(ShippingInfo shippingInfo) {
      this.shippingInfo = Objects.requireNonNull(shippingInfo, "shippingInfo == null");
      return this;
    }

    /** The clock the expiration is checked against (tests). */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The order details; also checks that the order's expiration is at least 5 minutes
     * ({@link OrderDetailsMessage#MIN_EXPIRATION}) from now, the threshold Meta states.
     *
     * @throws IllegalArgumentException when a field is missing or breaks one of Meta's rules
     */
    public OrderDetails build() {
      Amount total = totalAmount;
      if (total == null) {
        if (order == null) {
          // India needs the order anyway: say so rather than ask for a total.
          throw new IllegalArgumentException(OrderChecks.PARAMS + (OrderDetailsMessage.INR.equals(currency)
              ? ".order: is required in an INR order but was not set"
              : ".total_amount: is required without an order but was not set"));
        }
        total = Amount.of(OrderChecks.expectedTotal(order));
      }
      OrderDetails details = new OrderDetails(
          Checks.required(referenceId, OrderChecks.PARAMS + ".reference_id"),
          Checks.required(type, OrderChecks.PARAMS + ".type"), beneficiaries, paymentSettings, paymentConfiguration,
          Checks.required(currency, OrderChecks.PARAMS + ".currency"), total, order, shippingInfo);
      if (order != null && order.expiration() != null) {
        OrderChecks.expiration(order.expiration().timestamp(), clock.instant());
      }
      return details;
    }
  }
}
