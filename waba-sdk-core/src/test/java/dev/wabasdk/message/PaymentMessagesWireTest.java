package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
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
import dev.wabasdk.payment.PaymentSetting.UpiApp;
import dev.wabasdk.payment.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Payments API messages sent through the real client: the exact body, after Meta's examples (spec §1.9 India
 * payment gateway, §1.10 Brazil simplified Pix, §2 order status) and the field tables of Meta's India pages (payment
 * gateways, payment links, UPI intent) and Brazil pages (orders, offsite Pix, boleto, payment links, one-click).
 */
class PaymentMessagesWireTest {
  static final String IN = "+919876543210";
  static final String BR = "+5511987654321";
  static final String CATALOG = "194836987003835";
  /** 2026-01-01T00:00:00Z, Meta's example expiration; the builders' clock is an hour before. */
  static final Instant EXPIRES = Instant.ofEpochSecond(1767225600);
  static final Clock CLOCK = Clock.fixed(EXPIRES.minusSeconds(3600), ZoneOffset.UTC);

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void sendsTheDocumentedBody(Message message, String expectedJson) throws Exception {
    graph.enqueueSent("919876543210", "wamid.SENT");

    graph.client().messages().send(message);

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/messages");
    assertThat(request.getBody().utf8()).isEqualTo(MessageFixtures.compact(expectedJson));
  }

  private static String head(String to) {
    return "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + to.substring(1)
        + "\",\"type\":\"interactive\",";
  }

  static Stream<Arguments> fixtures() {
    return Stream.of(
        fixture("India: Razorpay with receipt and notes, catalog, expiration, tax, shipping, discount",
            OrderDetailsMessage.builder().clock(CLOCK).to(IN)
                .header(InteractiveHeader.image(MediaSource.link("https://example.com/p.png")))
                .body("Your order").footer("Thanks")
                .referenceId("ORD-1001-1").type(GoodsType.DIGITAL_GOODS)
                .paymentSetting(PaymentSetting.paymentGateway(Gateway.RAZORPAY, "razorpay-prod")
                    .receipt("rcpt-1").note("key1", "value1").build())
                .currency("INR")
                .order(Order.builder().catalogId(CATALOG)
                    .expiration(EXPIRES, "Expires in 1 hour")
                    .item("1234567", "Bread", Amount.of(10000), 2)
                    .tax(Amount.of(1000), "GST")
                    .shipping(Amount.of(1000))
                    .discount(new Discount(Amount.of(1000), null, "WELCOME"))
                    .build())
                .build(),
            head(IN) + """
            "interactive":{"type":"order_details",
             "header":{"type":"image","image":{"link":"https://example.com/p.png"}},
             "body":{"text":"Your order"},"footer":{"text":"Thanks"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"ORD-1001-1","type":"digital-goods",
               "payment_settings":[{"type":"payment_gateway","payment_gateway":{
                   "type":"razorpay","configuration_name":"razorpay-prod",
                   "razorpay":{"receipt":"rcpt-1","notes":{"key1":"value1"}}}}],
               "currency":"INR","total_amount":{"value":21000,"offset":100},
               "order":{"status":"pending","catalog_id":"194836987003835",
                 "expiration":{"timestamp":"1767225600","description":"Expires in 1 hour"},
                 "items":[{"retailer_id":"1234567","name":"Bread","amount":{"value":10000,"offset":100},
                   "quantity":2}],
                 "subtotal":{"value":20000,"offset":100},
                 "tax":{"value":1000,"offset":100,"description":"GST"},
                 "shipping":{"value":1000,"offset":100},
                 "discount":{"value":1000,"offset":100,"discount_program_name":"WELCOME"}}}}}}"""),
        fixture("India: items without catalog (images, importer), sale amount, beneficiaries, quick pay",
            OrderDetailsMessage.builder().to(IN)
                .header(InteractiveHeader.image(MediaSource.id("1581254049459036")))
                .body("Your parcel").referenceId("BM345A-12").type(GoodsType.PHYSICAL_GOODS)
                .beneficiary(new Beneficiary("Asha Rao", "12 MG Road", "Flat 4", "Bengaluru", "Karnataka",
                    "560001"))
                .paymentSetting(PaymentSetting.paymentGateway(Gateway.PAYU, "payu-prod")
                    .udf(1, "campaign-7").udf(2, "store-3")
                    .preferredPaymentMethod(UpiApp.PHONEPE).enabledPaymentOptions(PaymentOption.UPI).build())
                .currency("INR")
                .order(Order.builder().quickPay()
                    .item(Item.builder().name("Tea pot").image("https://example.com/teapot.jpg")
                        .amount(Amount.of(50000)).saleAmount(Amount.of(45000)).quantity(1)
                        .importer("China", "Teaware Imports Pvt Ltd",
                            ImporterAddress.of("1 Industrial Area", "New Delhi", "DL", "110001", "IN"))
                        .build())
                    .item(Item.builder().name("Tea cups").amount(Amount.of(10000)).quantity(2)
                        .importer("India", "Teaware Imports Pvt Ltd", new ImporterAddress("1 Industrial Area",
                            "Phase 2", "New Delhi", "DL", "110001", "IN"))
                        .build())
                    .tax(Amount.of(6500), "GST 10%")
                    .shipping(Amount.of(5000), "Courier")
                    .build())
                .build(),
            head(IN) + """
            "interactive":{"type":"order_details",
             "header":{"type":"image","image":{"id":"1581254049459036"}},
             "body":{"text":"Your parcel"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"BM345A-12","type":"physical-goods",
               "beneficiaries":[{"name":"Asha Rao","address_line1":"12 MG Road","address_line2":"Flat 4",
                 "city":"Bengaluru","state":"Karnataka","country":"India","postal_code":"560001"}],
               "payment_settings":[{"type":"payment_gateway","payment_gateway":{
                   "type":"payu","configuration_name":"payu-prod",
                   "payu":{"udf1":"campaign-7","udf2":"store-3"},
                   "preferred_payment_methods":[{"method":"phonepe"}],
                   "enabled_payment_options":["upi"]}}],
               "currency":"INR","total_amount":{"value":76500,"offset":100},
               "order":{"status":"pending","type":"quick_pay",
                 "items":[
                   {"name":"Tea pot","image":{"link":"https://example.com/teapot.jpg"},
                    "amount":{"value":50000,"offset":100},"sale_amount":{"value":45000,"offset":100},
                    "quantity":1,"country_of_origin":"China","importer_name":"Teaware Imports Pvt Ltd",
                    "importer_address":{"address_line1":"1 Industrial Area","city":"New Delhi",
                      "zone_code":"DL","postal_code":"110001","country_code":"IN"}},
                   {"name":"Tea cups","amount":{"value":10000,"offset":100},"quantity":2,
                    "country_of_origin":"India","importer_name":"Teaware Imports Pvt Ltd",
                    "importer_address":{"address_line1":"1 Industrial Area","address_line2":"Phase 2",
                      "city":"New Delhi","zone_code":"DL","postal_code":"110001","country_code":"IN"}}],
                 "subtotal":{"value":65000,"offset":100},
                 "tax":{"value":6500,"offset":100,"description":"GST 10%"},
                 "shipping":{"value":5000,"offset":100,"description":"Courier"}}}}}}"""),
        fixture("India: above the UPI limit, a BillDesk gateway on its web page only",
            OrderDetailsMessage.builder().to(IN).body("Your sofa").referenceId("SOFA.77")
                .type(GoodsType.DIGITAL_GOODS)
                .paymentSetting(PaymentSetting.paymentGateway(Gateway.BILLDESK, "billdesk-main")
                    .additionalInfo(2, "two").additionalInfo(1, "one")
                    .enabledPaymentOptions(PaymentOption.WEB).build())
                .currency("INR")
                .order(Order.builder().catalogId(CATALOG).item("sofa-1", "Sofa", Amount.of(60_000_000), 1)
                    .tax(Amount.of(100)).build())
                .build(),
            head(IN) + """
            "interactive":{"type":"order_details","body":{"text":"Your sofa"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"SOFA.77","type":"digital-goods",
               "payment_settings":[{"type":"payment_gateway","payment_gateway":{
                   "type":"billdesk","configuration_name":"billdesk-main",
                   "billdesk":{"additional_info1":"one","additional_info2":"two"},
                   "enabled_payment_options":["web"]}}],
               "currency":"INR","total_amount":{"value":60000100,"offset":100},
               "order":{"status":"pending","catalog_id":"194836987003835",
                 "items":[{"retailer_id":"sofa-1","name":"Sofa","amount":{"value":60000000,"offset":100},
                   "quantity":1}],
                 "subtotal":{"value":60000000,"offset":100},"tax":{"value":100,"offset":100}}}}}}"""),
        fixture("India: Zaakpay with its extra fields",
            OrderDetailsMessage.builder().to(IN).body("Top-up").referenceId("TOPUP-1")
                .type(GoodsType.DIGITAL_GOODS)
                .paymentSetting(PaymentSetting.paymentGateway(Gateway.ZAAKPAY, "zaakpay-1").extra(1, "x1")
                    .build())
                .currency("INR").totalAmount(Amount.of(10100))
                .order(Order.builder().catalogId(CATALOG).item("topup-100", "Top-up", Amount.of(10000), 1)
                    .subtotal(Amount.of(10000)).tax(Amount.of(100)).build())
                .build(),
            head(IN) + """
            "interactive":{"type":"order_details","body":{"text":"Top-up"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"TOPUP-1","type":"digital-goods",
               "payment_settings":[{"type":"payment_gateway","payment_gateway":{
                   "type":"zaakpay","configuration_name":"zaakpay-1","zaakpay":{"extra1":"x1"}}}],
               "currency":"INR","total_amount":{"value":10100,"offset":100},
               "order":{"status":"pending","catalog_id":"194836987003835",
                 "items":[{"retailer_id":"topup-100","name":"Top-up","amount":{"value":10000,"offset":100},
                   "quantity":1}],
                 "subtotal":{"value":10000,"offset":100},"tax":{"value":100,"offset":100}}}}}}"""),
        fixture("India: payment link (payment_type upi written)",
            OrderDetailsMessage.builder().to(IN).body("Pay with the link").referenceId("LINK-1")
                .type(GoodsType.DIGITAL_GOODS)
                .paymentSetting(PaymentSetting.paymentLink("https://rzp.io/i/rNiAagU8y",
                    "https://shop.example/paid", "https://shop.example/cancelled"))
                .currency("INR")
                .order(Order.builder().catalogId(CATALOG).item("ebook-1", "E-book", Amount.of(49900), 1)
                    .tax(Amount.of(5000)).build())
                .build(),
            head(IN) + """
            "interactive":{"type":"order_details","body":{"text":"Pay with the link"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"LINK-1","type":"digital-goods","payment_type":"upi",
               "payment_settings":[{"type":"payment_link","payment_link":{"uri":"https://rzp.io/i/rNiAagU8y",
                 "success_url":"https://shop.example/paid","cancel_url":"https://shop.example/cancelled"}}],
               "currency":"INR","total_amount":{"value":54900,"offset":100},
               "order":{"status":"pending","catalog_id":"194836987003835",
                 "items":[{"retailer_id":"ebook-1","name":"E-book","amount":{"value":49900,"offset":100},
                   "quantity":1}],
                 "subtotal":{"value":49900,"offset":100},"tax":{"value":5000,"offset":100}}}}}}"""),
        fixture("India: UPI intent link (dynamic VPA)",
            OrderDetailsMessage.builder().to(IN).body("Pay by UPI").referenceId("877376394")
                .type(GoodsType.DIGITAL_GOODS)
                .paymentSetting(PaymentSetting.upiIntentLink(
                    "upi://pay?pa=shop@yesbank&pn=Shop&mc=5411&purpose=00&tr=877376394"))
                .currency("INR")
                .order(Order.builder().catalogId(CATALOG).item("milk-1", "Milk", Amount.of(6000), 1)
                    .tax(Amount.of(300)).build())
                .build(),
            head(IN) + """
            "interactive":{"type":"order_details","body":{"text":"Pay by UPI"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"877376394","type":"digital-goods",
               "payment_settings":[{"type":"upi_intent_link","upi_intent_link":{
                 "link":"upi://pay?pa=shop@yesbank&pn=Shop&mc=5411&purpose=00&tr=877376394"}}],
               "currency":"INR","total_amount":{"value":6300,"offset":100},
               "order":{"status":"pending","catalog_id":"194836987003835",
                 "items":[{"retailer_id":"milk-1","name":"Milk","amount":{"value":6000,"offset":100},
                   "quantity":1}],
                 "subtotal":{"value":6000,"offset":100},"tax":{"value":300,"offset":100}}}}}}"""),
        fixture("India: legacy static-VPA UPI configuration",
            OrderDetailsMessage.builder().to(IN).body("Pay by UPI").referenceId("877376395")
                .type(GoodsType.DIGITAL_GOODS).paymentConfiguration("upi-static")
                .currency("INR")
                .order(Order.builder().catalogId(CATALOG).item("milk-1", "Milk", Amount.of(6000), 1)
                    .tax(Amount.of(300)).build())
                .build(),
            head(IN) + """
            "interactive":{"type":"order_details","body":{"text":"Pay by UPI"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"877376395","type":"digital-goods","payment_type":"upi",
               "payment_configuration":"upi-static",
               "currency":"INR","total_amount":{"value":6300,"offset":100},
               "order":{"status":"pending","catalog_id":"194836987003835",
                 "items":[{"retailer_id":"milk-1","name":"Milk","amount":{"value":6000,"offset":100},
                   "quantity":1}],
                 "subtotal":{"value":6000,"offset":100},"tax":{"value":300,"offset":100}}}}}}"""),
        fixture("Brazil: simplified Pix order (Meta's example)",
            OrderDetailsMessage.builder().to("+5511111111111").body("Your message content")
                .referenceId("unique-reference-id").type(GoodsType.DIGITAL_GOODS)
                .paymentSetting(PaymentSetting.pixDynamicCode(
                    "00020101021226700014br.gov.bcb.pix2548pix.example.com...", "Account holder name",
                    "39580525000189", PixKeyType.CNPJ))
                .currency("BRL").totalAmount(Amount.of(50000))
                .build(),
            head("+5511111111111") + """
            "interactive":{"type":"order_details","body":{"text":"Your message content"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"unique-reference-id","type":"digital-goods","payment_type":"br",
               "payment_settings":[{"type":"pix_dynamic_code","pix_dynamic_code":{
                  "code":"00020101021226700014br.gov.bcb.pix2548pix.example.com...",
                  "merchant_name":"Account holder name","key":"39580525000189","key_type":"CNPJ"}}],
               "currency":"BRL","total_amount":{"value":50000,"offset":100}}}}}"""),
        fixture("Brazil: order with Pix and boleto, zero tax, expiration",
            OrderDetailsMessage.builder().clock(CLOCK).to(BR)
                .header(InteractiveHeader.image(MediaSource.link("https://loja.example/vaso.png")))
                .body("Seu pedido").footer("Obrigado!")
                .referenceId("pedido-2024-0042").type(GoodsType.PHYSICAL_GOODS)
                .paymentSetting(PaymentSetting.pixDynamicCode("000201010212...", "Loja Exemplo Ltda",
                    "pix@loja.example", PixKeyType.EMAIL))
                .paymentSetting(PaymentSetting.boleto("34191790010104351004791020150008291070026000"))
                .currency("BRL")
                .order(Order.builder().catalogId(CATALOG)
                    .expiration(EXPIRES, "Pague em até 1 hora")
                    .item(Item.builder().retailerId("vaso-01").name("Vaso").amount(Amount.of(5000))
                        .saleAmount(Amount.of(4500)).quantity(2).build())
                    .tax(Amount.of(0))
                    .shipping(Amount.of(1500), "Correios")
                    .discount(Amount.of(500), "Cupom", "BEMVINDO")
                    .build())
                .build(),
            head(BR) + """
            "interactive":{"type":"order_details",
             "header":{"type":"image","image":{"link":"https://loja.example/vaso.png"}},
             "body":{"text":"Seu pedido"},"footer":{"text":"Obrigado!"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"pedido-2024-0042","type":"physical-goods","payment_type":"br",
               "payment_settings":[
                 {"type":"pix_dynamic_code","pix_dynamic_code":{"code":"000201010212...",
                   "merchant_name":"Loja Exemplo Ltda","key":"pix@loja.example","key_type":"EMAIL"}},
                 {"type":"boleto","boleto":{"digitable_line":"34191790010104351004791020150008291070026000"}}],
               "currency":"BRL","total_amount":{"value":10000,"offset":100},
               "order":{"status":"pending","catalog_id":"194836987003835",
                 "expiration":{"timestamp":"1767225600","description":"Pague em até 1 hora"},
                 "items":[{"retailer_id":"vaso-01","name":"Vaso","amount":{"value":5000,"offset":100},
                   "sale_amount":{"value":4500,"offset":100},"quantity":2}],
                 "subtotal":{"value":9000,"offset":100},
                 "tax":{"value":0,"offset":100},
                 "shipping":{"value":1500,"offset":100,"description":"Correios"},
                 "discount":{"value":500,"offset":100,"description":"Cupom",
                   "discount_program_name":"BEMVINDO"}}}}}}"""),
        fixture("Brazil: payment link and one-click card payment",
            OrderDetailsMessage.builder().to(BR).body("Finalize o pagamento").referenceId("pedido-43")
                .type(GoodsType.DIGITAL_GOODS)
                .paymentSetting(PaymentSetting.paymentLink("https://pagamento.example/p/43"))
                .paymentSetting(PaymentSetting.offsiteCardPay("5235", "1234567"))
                .currency("BRL").totalAmount(Amount.of(2990))
                .build(),
            head(BR) + """
            "interactive":{"type":"order_details","body":{"text":"Finalize o pagamento"},
             "action":{"name":"review_and_pay","parameters":{
               "reference_id":"pedido-43","type":"digital-goods","payment_type":"br",
               "payment_settings":[
                 {"type":"payment_link","payment_link":{"uri":"https://pagamento.example/p/43"}},
                 {"type":"offsite_card_pay","offsite_card_pay":{"last_four_digits":"5235",
                   "credential_id":"1234567"}}],
               "currency":"BRL","total_amount":{"value":2990,"offset":100}}}}}"""),
        fixture("order status, India: order only",
            OrderStatusMessage.builder().to(IN).body("Your order is on its way").footer("Lucky Shrub")
                .referenceId("ORD-1001-1").order(OrderStatus.SHIPPED, "Courier: BlueDart 123").build(),
            head(IN) + """
            "interactive":{"type":"order_status","body":{"text":"Your order is on its way"},
             "footer":{"text":"Lucky Shrub"},
             "action":{"name":"review_order","parameters":{"reference_id":"ORD-1001-1",
               "order":{"status":"shipped","description":"Courier: BlueDart 123"}}}}}"""),
        fixture("order status, Brazil: order and payment (Meta's example)",
            OrderStatusMessage.builder().to(BR).body("Payment received").footer("optional")
                .referenceId("unique-reference-id").order(OrderStatus.PROCESSING)
                .payment(PaymentStatus.CAPTURED, Instant.ofEpochSecond(1722445231)).build(),
            head(BR) + """
            "interactive":{"type":"order_status","body":{"text":"Payment received"},"footer":{"text":"optional"},
             "action":{"name":"review_order","parameters":{"reference_id":"unique-reference-id",
               "order":{"status":"processing"},"payment":{"status":"captured","timestamp":1722445231}}}}}"""),
        fixture("order status, Brazil: payment only, without a time",
            OrderStatusMessage.builder().to(BR).body("Falhou").referenceId("pedido-44")
                .payment(PaymentStatus.FAILED).build(),
            head(BR) + """
            "interactive":{"type":"order_status","body":{"text":"Falhou"},
             "action":{"name":"review_order","parameters":{"reference_id":"pedido-44",
               "payment":{"status":"failed"}}}}}"""));
  }

  private static Arguments fixture(String name, Message message, String json) {
    return Arguments.of(Named.of(name, message), json);
  }
}
