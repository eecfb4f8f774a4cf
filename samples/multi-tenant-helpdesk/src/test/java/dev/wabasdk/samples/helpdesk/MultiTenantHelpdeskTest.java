package dev.wabasdk.samples.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import org.junit.jupiter.api.Test;

class MultiTenantHelpdeskTest {

  @Test
  void eachBusinessAnswersItsOwnCustomersFromItsOwnNumber() {
    try (MultiTenantHelpdesk.Demo demo = MultiTenantHelpdesk.Demo.start()) {
      FakeWhatsApp acme = demo.fake;
      FakeWhatsApp bistro = demo.fake.tenant(MultiTenantHelpdesk.BISTRO.phoneNumberId());
      acme.user("+4915112345678").sends("Where is my order?");
      bistro.user("+4915112345678").sends("Table for two?");
      bistro.user("+33612345678").sends("Open on Sunday?");
      demo.awaitReplies(3);

      assertThat(acme.sentMessages()).extracting(SentMessage::to).containsExactly("4915112345678");
      assertThat(bistro.sentMessages()).extracting(SentMessage::to)
          .containsExactlyInAnyOrder("4915112345678", "33612345678");
      assertThat(bistro.sentMessages()).extracting(SentMessage::text)
          .allSatisfy(text -> assertThat(text).startsWith("Thanks, we opened ticket #"));
      assertThat(demo.desk.tickets()).containsOnlyKeys(MultiTenantHelpdesk.ACME.businessAccountId(),
          MultiTenantHelpdesk.BISTRO.businessAccountId());
      assertThat(demo.desk.tickets().get(MultiTenantHelpdesk.BISTRO.businessAccountId())).hasSize(2);

      // Luc wrote to the bistro only: Acme's policy engine has no window with him and refuses a free-form message.
      try {
        demo.whatsApp.messages().send(Message.text("+33612345678", "Hello from Acme"));
        throw new AssertionError("Acme's engine should refuse: Luc never wrote to Acme");
      } catch (WabaPolicyException expected) {
        assertThat(expected.decision().verdict().toString()).isEqualTo("TEMPLATE_REQUIRED");
      }
      assertThat(acme.sentMessages()).hasSize(1);
    }
  }
}
