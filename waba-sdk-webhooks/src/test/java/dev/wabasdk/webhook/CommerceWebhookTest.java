package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders and product inquiries linked to the product message they answer (Meta's documented payloads). */
class CommerceWebhookTest {
  private static final String PRODUCT_MESSAGE = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQTk3REE0RDQ5N0Y4QUZCRTkA";

  private static String messages(String message) {
    return """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
          "messaging_product":"whatsapp",
          "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
          "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],
          "messages":[""" + message + "]},\"field\":\"messages\"}]}]}";
  }

  private static <T extends WebhookEvent> T single(String json, Class<T> type) {
    List<WebhookEvent> events = WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));
    assertThat(events).singleElement().isInstanceOf(type);
    return type.cast(events.get(0));
  }

  @Test
  void anOrderNamesTheProductMessageItCameFromAndItsTotal() {
    InboundOrderMessage order = single(messages("""
        {"from":"16505551234","id":"wamid.ORDER2","timestamp":"1749416383","type":"order",
         "context":{"from":"15550783881","id":"%s"},
         "order":{"catalog_id":"194836987003835","text":"Thanks!","product_items":[
           {"product_retailer_id":"di9ozbzfi4","quantity":2,"item_price":30.99,"currency":"USD"},
           {"product_retailer_id":"nqryix03ez","quantity":3,"item_price":0.5,"currency":"USD"}]}}"""
        .formatted(PRODUCT_MESSAGE)), InboundOrderMessage.class);

    assertThat(order.productMessageId()).isEqualTo(PRODUCT_MESSAGE);
    assertThat(order.total()).isEqualByComparingTo(new BigDecimal("63.48"));
  }

  @Test
  void anOrderWithoutContextOrPricesHasNoLinkAndNoTotal() {
    InboundOrderMessage order = single(messages("""
        {"from":"16505551234","id":"wamid.ORDER3","timestamp":"1749416383","type":"order",
         "order":{"catalog_id":"194836987003835","product_items":[
           {"product_retailer_id":"di9ozbzfi4","quantity":1}]}}"""), InboundOrderMessage.class);

    assertThat(order.productMessageId()).isNull();
    assertThat(order.total()).isNull();
  }

  @Test
  void aProductInquiryReferencesTheProductAndTheMessageItWasShownIn() {
    InboundTextMessage inquiry = single(messages("""
        {"from":"16505551234","id":"wamid.Q1","timestamp":"1749416383","type":"text",
         "text":{"body":"Is this available in green?"},
         "context":{"from":"15550783881","id":"%s",
           "referred_product":{"catalog_id":"194836987003835","product_retailer_id":"di9ozbzfi4"}}}"""
        .formatted(PRODUCT_MESSAGE)), InboundTextMessage.class);

    MessageContext context = inquiry.header().context();
    assertThat(context).isNotNull();
    assertThat(context.isProductInquiry()).isTrue();
    assertThat(context.id()).isEqualTo(PRODUCT_MESSAGE);
    assertThat(context.referredProductRetailerId()).isEqualTo("di9ozbzfi4");
  }
}
