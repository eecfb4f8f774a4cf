package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A send with the identity change check, as Meta documents it ("Identity change check" in the business phone
 * numbers guide): {@code recipient_identity_key_hash} at the top level, after the recipient, as in Meta's example.
 */
class IdentityChangeCheckTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String HASH = "DF2lS5v2W6x=";

  @Test
  void aTextCarriesTheHashAfterTheRecipientAsInMetasExample() throws Exception {
    graph.enqueueSent("16505551234", "wamid.ID");

    graph.client().messages().send(TextMessage.builder().to("+16505551234").recipientIdentityKeyHash(HASH)
        .body("Your latest statement is attached.").build());

    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"to\":\"16505551234\",\"recipient_identity_key_hash\":\"DF2lS5v2W6x=\",\"type\":\"text\","
        + "\"text\":{\"body\":\"Your latest statement is attached.\"}}");
  }

  @Test
  void everyMessageTypeCarriesIt() throws Exception {
    graph.enqueueSent("16505551234", "wamid.T");
    graph.enqueueSent("16505551234", "wamid.U");

    graph.client().messages().send(TemplateMessage.builder().to("+16505551234").name("statement_ready")
        .language("en").recipientIdentityKeyHash(HASH).build());
    graph.client().messages().send(TextMessage.builder().to(Recipient.userId("US.13491208655302741918"))
        .body("Hi").replyTo("wamid.IN").recipientIdentityKeyHash(HASH).build());

    assertThat(graph.take().getBody().utf8()).startsWith("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"to\":\"16505551234\",\"recipient_identity_key_hash\":\"DF2lS5v2W6x=\","
        + "\"type\":\"template\",\"template\":{\"name\":\"statement_ready\"");
    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"recipient\":\"US.13491208655302741918\",\"recipient_identity_key_hash\":"
        + "\"DF2lS5v2W6x=\",\"context\":{\"message_id\":\"wamid.IN\"},\"type\":\"text\",\"text\":{\"body\":\"Hi\"}}");
  }

  @Test
  void aBlankHashOrAGroupFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> TextMessage.builder().to("+16505551234").body("b").recipientIdentityKeyHash(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recipient_identity_key_hash: must not be blank");
    assertThatThrownBy(() -> TextMessage.builder().to(Recipient.group("Y2FwaV9ncm91cDox")).body("b")
        .recipientIdentityKeyHash(HASH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recipient_identity_key_hash: a group message cannot carry one; Meta checks the identity of one"
            + " user (was to group Y2FwaV9ncm91cDox)");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void withoutAHashTheEnvelopeStaysEmpty() {
    assertThat(TextMessage.builder().to("+16505551234").body("b").build().envelope()).isSameAs(Envelope.EMPTY);
    assertThat(TextMessage.builder().to("+16505551234").body("b").recipientIdentityKeyHash(HASH).build().envelope()
        .recipientIdentityKeyHash()).isEqualTo(HASH);
  }
}
