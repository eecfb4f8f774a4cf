package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.OrderDetailsMessage.Beneficiary;
import dev.wabasdk.message.OrderDetailsMessage.Discount;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.ImporterAddress;
import dev.wabasdk.message.OrderDetailsMessage.Item;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import dev.wabasdk.payment.PaymentSetting.Gateway;
import dev.wabasdk.payment.PaymentSetting.PaymentOption;
import dev.wabasdk.payment.PaymentSetting.PixKeyType;
import dev.wabasdk.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Meta's rules for the Payments API messages and payment settings (spec §0, §1.1–§1.8, §2), checked when built. */
class PaymentMessagesValidationTest {
  static final String IN = "+919876543210";
  static final String BR = "+5511987654321";
  static final String CATALOG = "194836987003835";
  static final String P = "interactive.action.parameters.";
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  static final PaymentSetting RAZORPAY = PaymentSetting.paymentGateway(Gateway.RAZORPAY, "razorpay-prod").build();
  static final PaymentSetting PIX = PaymentSetting.pixDynamicCode("000201...", "Loja", "39580525000189",
      PixKeyType.CNPJ);

  /** A valid Indian order: one catalog item 10000 × 2, tax 1000; tweak it with {@code order}. */
  static Order.Builder order() {
    return Order.builder().catalogId(CATALOG).item("bread-1", "Bread", Amount.of(10000), 2).tax(Amount.of(1000));
  }

  static OrderDetailsMessage.Builder india() {
    return OrderDetailsMessage.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).to(IN).body("Your order")
        .referenceId("ORD-1").type(GoodsType.DIGITAL_GOODS).paymentSetting(RAZORPAY).currency("INR");
  }

  static OrderDetailsMessage.Builder brazil() {
    return OrderDetailsMessage.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).to(BR).body("Seu pedido")
        .referenceId("pedido-1").type(GoodsType.DIGITAL_GOODS).paymentSetting(PIX).currency("BRL");
  }

  static OrderDetailsMessage indiaWith(UnaryOperator<Order.Builder> tweak) {
    return india().order(tweak.apply(order()).build()).build();
  }

  static Item.Builder importedItem() {
    return Item.builder().name("Tea pot").amount(Amount.of(10000))
        .importer("China", "Teaware Imports", ImporterAddress.of("1 Industrial Area", "New Delhi", "DL", "110001",
            "IN"));
  }

  @Test
  void aValidIndianOrderComputesSubtotalAndTotal() {
    OrderDetailsMessage message = indiaWith(o -> o.shipping(Amount.of(500)).discount(Amount.of(300)));

    assertThat(message.order().subtotal()).isEqualTo(Amount.of(20000));
    assertThat(message.totalAmount()).isEqualTo(Amount.of(21200));
    assertThat(message.paymentType()).isNull();
  }

  @Test
  void theCurrencyIsInrOrBrl() {
    assertThatThrownBy(() -> india().currency("USD").order(order().build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(P + "currency: must be INR (India) or BRL (Brazil), was 'USD'");
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("b").referenceId("r")
        .type(GoodsType.DIGITAL_GOODS).order(order().build()).build())
        .hasMessage(P + "currency: is required but was not set");
  }

  @Test
  void theReferenceIdHasMetasCharactersAndTheCountrysLength() {
    String id36 = "A".repeat(36);
    assertThatThrownBy(() -> india().referenceId(id36).order(order().build()).build())
        .hasMessage(P + "reference_id: must be 1 to 35 characters, was 36 ('" + id36 + "')");
    assertThat(brazil().referenceId(id36).totalAmount(Amount.of(100)).build().referenceId()).isEqualTo(id36);
    assertThatThrownBy(() -> brazil().referenceId("A".repeat(61)).totalAmount(Amount.of(100)).build())
        .hasMessageStartingWith(P + "reference_id: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> india().referenceId("ORD 1").order(order().build()).build())
        .hasMessage(P + "reference_id: must contain only English letters, digits, '_', '-' and '.', was 'ORD 1'");
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("b").type(GoodsType.DIGITAL_GOODS)
        .currency("INR").paymentSetting(RAZORPAY).order(order().build()).build())
        .hasMessage(P + "reference_id: is required but was not set");
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("b").referenceId("r")
        .currency("INR").paymentSetting(RAZORPAY).order(order().build()).build())
        .hasMessage(P + "type: is required but was not set");
  }

  @Test
  void bodyFooterAndRecipientFollowTheInteractiveRules() {
    assertThatThrownBy(() -> india().body("b".repeat(1025)).order(order().build()).build())
        .hasMessageStartingWith("interactive.body.text: must be 1 to 1024 characters, was 1025");
    assertThatThrownBy(() -> india().footer("f".repeat(61)).order(order().build()).build())
        .hasMessageStartingWith("interactive.footer.text: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> india().to(Recipient.group("Y2FwaV9ncm91cDoxMjM0NTY3ODkw"))
        .order(order().build()).build())
        .hasMessage("to: orders go to one user, not a group, was Y2FwaV9ncm91cDoxMjM0NTY3ODkw");
  }

  @Test
  void indiaNeedsAPaymentSettingOrTheLegacyConfigurationButNotBoth() {
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("b").referenceId("r")
        .type(GoodsType.DIGITAL_GOODS).currency("INR").order(order().build()).build())
        .hasMessage(P + "payment_settings: an INR order needs a payment setting (payment gateway, payment link or"
            + " UPI intent link) or the legacy payment_configuration, was neither");
    assertThatThrownBy(() -> india().paymentConfiguration("upi-static").order(order().build()).build())
        .hasMessage(P + "payment_configuration: the legacy UPI configuration replaces payment_settings; send one or"
            + " the other, was both");
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("b").referenceId("r")
        .type(GoodsType.DIGITAL_GOODS).currency("INR").paymentConfiguration("c".repeat(61))
        .order(order().build()).build())
        .hasMessageStartingWith(P + "payment_configuration: must be 1 to 60 characters, was 61");
  }

  @Test
  void indiaNeedsAnOrder() {
    assertThatThrownBy(() -> india().totalAmount(Amount.of(100)).build())
        .hasMessage(P + "order: is required in an INR order but was not set");
    assertThatThrownBy(() -> india().build())
        .hasMessage(P + "order: is required in an INR order but was not set");
    assertThatThrownBy(() -> brazil().build())
        .hasMessage(P + "total_amount: is required without an order but was not set");
  }

  @Test
  void settingsBelongToTheirCountry() {
    assertThatThrownBy(() -> india().paymentSetting(PIX).order(order().build()).build())
        .hasMessage(P + "payment_settings[1]: a pix_dynamic_code setting is for BRL orders (Brazil), not INR");
    assertThatThrownBy(() -> brazil().paymentSetting(RAZORPAY).totalAmount(Amount.of(100)).build())
        .hasMessage(P + "payment_settings[1]: a payment_gateway setting is for INR orders (India), not BRL");
    assertThatThrownBy(() -> brazil().paymentSetting(PaymentSetting.upiIntentLink("upi://pay?pa=a@b"))
        .totalAmount(Amount.of(100)).build())
        .hasMessage(P + "payment_settings[1]: a upi_intent_link setting is for INR orders (India), not BRL");
    assertThatThrownBy(() -> brazil().paymentSetting(PaymentSetting.paymentLink("https://p.example/1",
        "https://p.example/ok", null)).totalAmount(Amount.of(100)).build())
        .hasMessage(P + "payment_settings[1].payment_link: success_url and cancel_url are for INR orders (India); a"
            + " BRL payment link has its uri only");
    assertThatThrownBy(() -> brazil().paymentConfiguration("upi").totalAmount(Amount.of(100)).build())
        .hasMessage(P + "payment_configuration: the legacy UPI configuration is for INR orders (India), not BRL");
    assertThat(brazil().paymentSetting(PaymentSetting.boleto("3419179")).totalAmount(Amount.of(100)).build()
        .paymentType()).isEqualTo("br");
  }

  @Test
  void upiStopsAtFiveLakhRupees() {
    UnaryOperator<Order.Builder> big = o -> Order.builder().catalogId(CATALOG)
        .item("sofa-1", "Sofa", Amount.of(50_000_000), 1).tax(Amount.of(1));
    assertThatThrownBy(() -> indiaWith(big))
        .hasMessage(P + "payment_settings[0].payment_gateway.enabled_payment_options: UPI payments are limited to"
            + " ₹5,00,000 (50000000); for a total of 50000001, set enabledPaymentOptions(WEB)");
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("b").referenceId("r")
        .type(GoodsType.DIGITAL_GOODS).currency("INR")
        .paymentSetting(PaymentSetting.upiIntentLink("upi://pay?pa=a@b&tr=r")).order(big.apply(order()).build())
        .build())
        .hasMessageStartingWith(P + "payment_settings[0].upi_intent_link: UPI payments are limited to ₹5,00,000");
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("b").referenceId("r")
        .type(GoodsType.DIGITAL_GOODS).currency("INR").paymentConfiguration("upi-static")
        .order(big.apply(order()).build()).build())
        .hasMessageStartingWith(P + "payment_configuration: UPI payments are limited to ₹5,00,000");
    PaymentSetting web = PaymentSetting.paymentGateway(Gateway.RAZORPAY, "rzp")
        .enabledPaymentOptions(PaymentOption.WEB).build();
    assertThat(OrderDetailsMessage.builder().to(IN).body("b").referenceId("r").type(GoodsType.DIGITAL_GOODS)
        .currency("INR").paymentSetting(web).order(big.apply(order()).build()).build().totalAmount().value())
        .isEqualTo(50_000_001);
    // Exactly at the limit, UPI is fine.
    assertThat(indiaWith(o -> Order.builder().catalogId(CATALOG).item("sofa-1", "Sofa", Amount.of(49_999_999), 1)
        .tax(Amount.of(1))).totalAmount().value()).isEqualTo(50_000_000);
  }

  @Test
  void theSubtotalIsTheSumOfTheItemsAtTheirSalePrice() {
    assertThatThrownBy(() -> indiaWith(o -> o.subtotal(Amount.of(19000))))
        .hasMessage(P + "order.subtotal.value: must equal the sum of the items (20000), was 19000");
    Order sale = order().item(Item.builder().retailerId("jam-1").name("Jam").amount(Amount.of(500))
        .saleAmount(Amount.of(400)).quantity(3).build()).build();
    assertThat(sale.subtotal()).isEqualTo(Amount.of(21200));
  }

  @Test
  void theTotalIsSubtotalPlusTaxPlusShippingMinusDiscount() {
    assertThatThrownBy(() -> india().totalAmount(Amount.of(20000)).order(order().build()).build())
        .hasMessage(P + "total_amount.value: must equal subtotal + tax + shipping - discount (21000), was 20000");
    assertThatThrownBy(() -> indiaWith(o -> o.discount(Amount.of(30000))))
        .hasMessage(P + "order.discount.value: must not exceed subtotal + tax + shipping (21000), was 30000");
  }

  @Test
  void amountsHaveOffset100AndArePositiveExceptABrazilianTax() {
    assertThatThrownBy(() -> indiaWith(o -> o.tax(new Amount(1000, 1000))))
        .hasMessage(P + "order.tax.offset: must be 100 for INR and BRL, was 1000");
    assertThatThrownBy(() -> indiaWith(o -> o.tax(Amount.of(0))))
        .hasMessage(P + "order.tax.value: must be positive, was 0");
    assertThatThrownBy(() -> indiaWith(o -> o.shipping(Amount.of(0))))
        .hasMessage(P + "order.shipping.value: must be positive, was 0");
    assertThatThrownBy(() -> indiaWith(o -> o.item("free-1", "Gift", Amount.of(0), 1)))
        .hasMessage(P + "order.items[1].amount.value: must be positive, was 0");
    assertThatThrownBy(() -> brazil().totalAmount(Amount.of(0)).build())
        .hasMessage(P + "total_amount.value: must be positive, was 0");
    OrderDetailsMessage zeroTax = brazil().order(Order.builder().item("vaso-1", "Vaso", Amount.of(100), 1)
        .tax(Amount.of(0)).build()).build();
    assertThat(zeroTax.totalAmount()).isEqualTo(Amount.of(100));
  }

  @Test
  void itemsHaveANameAQuantityAndASalePriceBelowThePrice() {
    assertThatThrownBy(() -> indiaWith(o -> o.item("x-1", "n".repeat(61), Amount.of(100), 1)))
        .hasMessageStartingWith(P + "order.items[1].name: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> indiaWith(o -> o.item("x-1", "Nothing", Amount.of(100), 0)))
        .hasMessage(P + "order.items[1].quantity: must be at least 1, was 0");
    assertThatThrownBy(() -> indiaWith(o -> o.item(Item.builder().retailerId("x-1").name("Jam")
        .amount(Amount.of(500)).saleAmount(Amount.of(500)).build())))
        .hasMessage(P + "order.items[1].sale_amount.value: must be less than amount (500), was 500");
    assertThatThrownBy(() -> india().order(Order.builder().catalogId(CATALOG).tax(Amount.of(1)).build()).build())
        .hasMessage(P + "order.items: must have at least 1 item, was 0");
    assertThatThrownBy(() -> Order.builder().item("x-1", "X", Amount.of(1), 1).build())
        .hasMessage(P + "order.tax: is required but was not set");
    assertThatThrownBy(() -> indiaWith(o -> o.catalogId("my-shop")))
        .hasMessageStartingWith(P + "order.catalog_id: must be the numeric id of a catalog");
  }

  @Test
  void descriptionsHaveMetasLimits() {
    assertThatThrownBy(() -> indiaWith(o -> o.tax(Amount.of(1000), "d".repeat(61))))
        .hasMessageStartingWith(P + "order.tax.description: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> indiaWith(o -> o.shipping(Amount.of(1000), "d".repeat(61))))
        .hasMessageStartingWith(P + "order.shipping.description: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> indiaWith(o -> o.discount(new Discount(Amount.of(100), "d".repeat(61), null))))
        .hasMessageStartingWith(P + "order.discount.description: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> indiaWith(o -> o.discount(new Discount(Amount.of(100), null, "p".repeat(61)))))
        .hasMessageStartingWith(P + "order.discount.discount_program_name: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> indiaWith(o -> o.expiration(NOW.plusSeconds(3600), "e".repeat(121))))
        .hasMessageStartingWith(P + "order.expiration.description: must be 1 to 120 characters, was 121");
  }

  @Test
  void theExpirationIsAtLeastFiveMinutesAheadWhenBuilt() {
    assertThatThrownBy(() -> indiaWith(o -> o.expiration(NOW.plusSeconds(299))))
        .hasMessage(P + "order.expiration.timestamp: must be at least 300 seconds from now (1767225900 or later),"
            + " was 1767225899");
    assertThat(indiaWith(o -> o.expiration(NOW.plusSeconds(300))).order().expiration().timestamp())
        .isEqualTo(NOW.plusSeconds(300));
    // The record itself does not read the clock: a past expiration is the builder's business only.
    OrderDetailsMessage built = indiaWith(o -> o.expiration(NOW.plusSeconds(300)));
    Order past = order().expiration(Instant.parse("2020-01-01T00:00:00Z")).build();
    assertThat(new OrderDetailsMessage(built.recipient(), null, "b", null, new OrderDetails("r",
        GoodsType.DIGITAL_GOODS, List.of(), built.paymentSettings(), null, "INR", Amount.of(21000), past, null),
        built.envelope()).order()).isEqualTo(past);
  }

  @Test
  void itemImagesExcludeRetailerIdsAndCatalogsAndAllowTenItems() {
    assertThatThrownBy(() -> indiaWith(o -> o.item(Item.builder().retailerId("pot-1").name("Pot")
        .image("https://example.com/pot.jpg").amount(Amount.of(100)).build())))
        .hasMessage(P + "order.items[1].image: an item with an image cannot have a retailer_id, was 'pot-1'");
    assertThatThrownBy(() -> india().order(Order.builder().catalogId(CATALOG)
        .item(importedItem().image("https://example.com/pot.jpg").build()).tax(Amount.of(1)).build()).build())
        .hasMessage(P + "order.catalog_id: an order whose items have images cannot have a catalog_id");
    Order.Builder eleven = Order.builder().tax(Amount.of(1));
    for (int i = 0; i < 11; i++) {
      eleven.item(importedItem().image("https://example.com/" + i + ".jpg").build());
    }
    assertThatThrownBy(() -> india().order(eleven.build()).build())
        .hasMessage(P + "order.items: must have at most 10 items when items have images, was 11");
    assertThatThrownBy(() -> india().order(Order.builder().item(importedItem().image("ftp://x/y.jpg").build())
        .tax(Amount.of(1)).build()).build())
        .hasMessage(P + "order.items[0].image.link: must be an absolute http:// or https:// URL, was 'ftp://x/y.jpg'");
  }

  @Test
  void withoutACatalogIndianItemsNameTheirOriginAndImporter() {
    assertThatThrownBy(() -> india().order(Order.builder().item("tea-1", "Tea", Amount.of(100), 1)
        .tax(Amount.of(1)).build()).build())
        .hasMessage(P + "order.items[0].country_of_origin: is required when the order has no catalog_id (India) but"
            + " was not set");
    assertThatThrownBy(() -> india().order(Order.builder().item(importedItem()
        .importer("China", "Teaware", new ImporterAddress(" ", null, "Delhi", null, "110001", "IN")).build())
        .tax(Amount.of(1)).build()).build())
        .hasMessage(P + "order.items[0].importer_address.address_line1: must not be blank, was ' '");
    assertThat(india().order(Order.builder().item(importedItem().build()).tax(Amount.of(1)).build()).build()
        .order().items()).hasSize(1);
  }

  @Test
  void beneficiariesInIndiaAreCheckedWhenGiven() {
    // Not required: Meta's own checkout example ships physical goods without any.
    assertThat(india().type(GoodsType.PHYSICAL_GOODS).order(order().shipping(Amount.of(100)).build()).build()
        .beneficiaries()).isEmpty();
    assertThatThrownBy(() -> india().beneficiary(Beneficiary.of("Asha", "12 MG Road", "Bengaluru", "Karnataka",
        "5600")).order(order().build()).build())
        .hasMessage(P + "beneficiaries[0].postal_code: must be an Indian PIN code of 6 digits, was '5600'");
    assertThatThrownBy(() -> india().beneficiary(Beneficiary.of("n".repeat(201), "12 MG Road", "Bengaluru",
        "Karnataka", "560001")).order(order().build()).build())
        .hasMessageStartingWith(P + "beneficiaries[0].name: must be 1 to 200 characters, was 201");
    assertThatThrownBy(() -> india().beneficiary(new Beneficiary("Asha", "a".repeat(101), null, "Bengaluru",
        "Karnataka", "560001")).order(order().build()).build())
        .hasMessageStartingWith(P + "beneficiaries[0].address_line1: must be 1 to 100 characters, was 101");
    assertThatThrownBy(() -> brazil().beneficiary(Beneficiary.of("Ana", "Rua 1", "São Paulo", "SP", "123456"))
        .totalAmount(Amount.of(100)).build())
        .hasMessage(P + "beneficiaries: are for INR orders (India), not BRL");
  }

  @Test
  void brazilSimplifiedOrdersHaveNoHeaderAndBrazilianOrdersFollowBrazilsFields() {
    assertThatThrownBy(() -> brazil().header(InteractiveHeader.image(MediaSource.link("https://l.example/a.png")))
        .totalAmount(Amount.of(100)).build())
        .hasMessage("interactive.header: a simplified order (without an order object) cannot have a header");
    Order ok = Order.builder().item("vaso-1", "Vaso", Amount.of(100), 1).tax(Amount.of(0)).build();
    assertThatThrownBy(() -> brazil().header(InteractiveHeader.image(MediaSource.id("123"))).order(ok).build())
        .hasMessage("interactive.header.image: a BRL order's header must be an image link, not a media id");
    assertThatThrownBy(() -> brazil().order(Order.builder().item(Item.builder().name("Vaso").amount(Amount.of(100))
        .build()).tax(Amount.of(0)).build()).build())
        .hasMessage(P + "order.items[0].retailer_id: is required in a BRL order but was not set");
    assertThatThrownBy(() -> brazil().order(Order.builder().quickPay().item("vaso-1", "Vaso", Amount.of(100), 1)
        .tax(Amount.of(0)).build()).build())
        .hasMessage(P + "order.type: quick_pay is for INR orders (India), not BRL");
    assertThatThrownBy(() -> brazil().order(Order.builder().item(importedItem().retailerId("v-1").build())
        .tax(Amount.of(0)).build()).build())
        .hasMessage(P + "order.items[0]: country_of_origin, importer_name and importer_address are for INR orders"
            + " (India), not BRL");
    assertThatThrownBy(() -> brazil().order(Order.builder().item(Item.builder().name("Vaso")
        .image("https://l.example/v.png").amount(Amount.of(100)).build()).tax(Amount.of(0)).build()).build())
        .hasMessage(P + "order.items[0].retailer_id: is required in a BRL order but was not set");
    assertThatThrownBy(() -> brazil().order(Order.builder().item(Item.builder().retailerId("v-1").name("Vaso")
        .image("https://l.example/v.png").amount(Amount.of(100)).build()).tax(Amount.of(0)).build()).build())
        .hasMessage(P + "order.items[0].image: item images are for INR orders (India), not BRL");
    assertThatThrownBy(() -> brazil().order(Order.builder().expiration(NOW.plusSeconds(3600))
        .item("vaso-1", "Vaso", Amount.of(100), 1).tax(Amount.of(0)).build()).build())
        .hasMessage(P + "order.expiration.description: is required in a BRL order but was not set");
    assertThat(brazil().header(InteractiveHeader.image(MediaSource.link("https://l.example/a.png"))).order(ok)
        .build().header()).isNotNull();
  }

  @Test
  void paymentGatewaySettingsCheckTheGatewaysOwnFields() {
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.RAZORPAY, "c".repeat(61)).build())
        .hasMessageStartingWith("payment_gateway.configuration_name: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.RAZORPAY, "rzp").receipt("r".repeat(41)).build())
        .hasMessageStartingWith("payment_gateway.razorpay.receipt: must be 1 to 40 characters, was 41");
    Map<String, String> sixteen = new LinkedHashMap<>();
    for (int i = 0; i < 16; i++) {
      sixteen.put("k" + i, "v");
    }
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.RAZORPAY, "rzp").notes(sixteen).build())
        .hasMessage("payment_gateway.razorpay.notes: must have at most 15 entries, was 16");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.RAZORPAY, "rzp").note("k", "v".repeat(257))
        .build())
        .hasMessageStartingWith("payment_gateway.razorpay.notes.k: must be 1 to 256 characters, was 257");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.PAYU, "payu").note("k", "v").build())
        .hasMessage("payment_gateway.payu.notes: only Razorpay takes notes, not payu");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.PAYU, "payu").udf(1, "u".repeat(256)).build())
        .hasMessageStartingWith("payment_gateway.payu.udf1: must be 1 to 255 characters, was 256");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.PAYU, "payu").udf(5, "x").build())
        .hasMessage("payment_gateway.payu.udf5: payu takes udf1, udf2, udf3, udf4, not udf5");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.RAZORPAY, "rzp").udf(1, "x").build())
        .hasMessage("payment_gateway.razorpay.udf1: razorpay takes receipt and notes, not udf1");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.ZAAKPAY, "zp").extra(2, "e".repeat(181))
        .build())
        .hasMessageStartingWith("payment_gateway.zaakpay.extra2: must be 1 to 180 characters, was 181");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.BILLDESK, "bd").additionalInfo(7, "a".repeat(121))
        .build())
        .hasMessageStartingWith("payment_gateway.billdesk.additional_info7: must be 1 to 120 characters, was 121");
    assertThatThrownBy(() -> PaymentSetting.paymentGateway(Gateway.BILLDESK, "bd")
        .enabledPaymentOptions(PaymentOption.WEB, PaymentOption.WEB).build())
        .hasMessage("payment_gateway.enabled_payment_options: must not repeat an option, was [WEB, WEB]");
  }

  @Test
  void otherSettingsCheckTheirFields() {
    assertThatThrownBy(() -> PaymentSetting.paymentLink("rzp.io/i/abc"))
        .hasMessage("payment_link.uri: must be an absolute http:// or https:// URL, was 'rzp.io/i/abc'");
    assertThatThrownBy(() -> PaymentSetting.paymentLink("https://rzp.io/i/abc", null, "cancel"))
        .hasMessage("payment_link.cancel_url: must be an absolute http:// or https:// URL, was 'cancel'");
    assertThatThrownBy(() -> PaymentSetting.upiIntentLink("https://pay.example/?pa=a@b"))
        .hasMessage("upi_intent_link.link: must be a UPI intent starting with upi://pay? and its attributes, was"
            + " 'https://pay.example/?pa=a@b'");
    assertThatThrownBy(() -> PaymentSetting.offsiteCardPay("52a5", "1234567"))
        .hasMessage("offsite_card_pay.last_four_digits: must be exactly 4 digits, was '52a5'");
    assertThatThrownBy(() -> PaymentSetting.offsiteCardPay("52355", "1234567"))
        .hasMessage("offsite_card_pay.last_four_digits: must be exactly 4 digits, was '52355'");
    assertThatThrownBy(() -> PaymentSetting.offsiteCardPay("5235", " "))
        .hasMessage("offsite_card_pay.credential_id: must not be blank, was ' '");
    assertThatThrownBy(() -> PaymentSetting.pixDynamicCode("", "Loja", "key", PixKeyType.EVP))
        .hasMessage("pix_dynamic_code.code: must not be empty, was 0 ('')");
    assertThatThrownBy(() -> PaymentSetting.pixDynamicCode("000201", "Loja", "key", null))
        .hasMessage("pix_dynamic_code.key_type: is required but was not set");
    assertThatThrownBy(() -> PaymentSetting.boleto(" "))
        .hasMessage("boleto.digitable_line: must not be blank, was ' '");
  }

  @Test
  void anOrderStatusNeedsAReferenceIdAndAnOrderOrPaymentStatus() {
    OrderStatusMessage.Builder base = OrderStatusMessage.builder().to(BR).body("Atualização").referenceId("p-1");
    assertThatThrownBy(base::build)
        .hasMessage("interactive.action.parameters: an order status update needs an order status, a payment status"
            + " or both, was neither");
    assertThatThrownBy(() -> OrderStatusMessage.builder().to(BR).body("b").order(OrderStatus.SHIPPED).build())
        .hasMessage(P + "reference_id: is required but was not set");
    assertThatThrownBy(() -> OrderStatusMessage.builder().to(BR).body("b").referenceId("p 1")
        .order(OrderStatus.SHIPPED).build())
        .hasMessageStartingWith(P + "reference_id: must contain only English letters");
    assertThatThrownBy(() -> base.order(OrderStatus.CANCELED, "d".repeat(121)).build())
        .hasMessageStartingWith(P + "order.description: must be 1 to 120 characters, was 121");
    assertThatThrownBy(() -> OrderStatusMessage.builder().to(BR).body("b").referenceId("p-1")
        .payment(PaymentStatus.of("refunded")).build())
        .hasMessage(P + "payment.status: must be pending, captured or failed, was 'refunded'");
    assertThatThrownBy(() -> OrderStatusMessage.builder().to(BR).referenceId("p-1").order(OrderStatus.SHIPPED)
        .build())
        .hasMessage("interactive.body.text: is required but was not set");
    assertThatThrownBy(() -> OrderStatusMessage.builder().to(BR).body("b").footer("f".repeat(61)).referenceId("p-1")
        .order(OrderStatus.SHIPPED).build())
        .hasMessageStartingWith("interactive.footer.text: must be 1 to 60 characters, was 61");
    assertThatThrownBy(() -> OrderStatusMessage.builder().to(Recipient.group("Y2FwaV9ncm91cA")).body("b")
        .referenceId("p-1").order(OrderStatus.SHIPPED).build())
        .hasMessage("to: orders go to one user, not a group, was Y2FwaV9ncm91cA");
  }

  @Test
  void paymentMessagesAreNotDirectSendMessages() {
    assertThatThrownBy(() -> OrderStatusMessage.builder().to(BR).body("b").referenceId("p-1")
        .order(OrderStatus.SHIPPED).category(DirectSendCategory.UTILITY).build())
        .hasMessageStartingWith("category: Direct Send supports text, call-to-action URL, reply-button,"
            + " mixed-button and call-button messages only, not a OrderStatusMessage");
  }
}
