package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.calling.CallPermission;
import dev.wabasdk.calling.CallingSettings;
import dev.wabasdk.calling.FeatureStatus;
import dev.wabasdk.cost.CallPrice;
import dev.wabasdk.cost.Money;
import dev.wabasdk.group.GroupUpdate;
import dev.wabasdk.group.JoinApprovalMode;
import dev.wabasdk.group.NewGroup;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.policy.CallPermissionRule;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The examples of the Calling and Groups sections of waba-sdk-core/README.md. */
class CallingGroupsReadmeExamplesTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void calling() throws Exception {
    WhatsApp whatsApp = graph.client();
    graph.enqueue(200, "{\"success\":true}");
    whatsApp.calling().updateSettings(CallingSettings.builder()
        .status(FeatureStatus.ENABLED)
        .callbackPermissionStatus(FeatureStatus.ENABLED)
        .callHours(new CallingSettings.CallHours(FeatureStatus.ENABLED, "Europe/Berlin",
            List.of(new CallingSettings.OperatingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
            List.of()))
        .build());
    assertThat(graph.take().getBody().utf8()).contains("\"open_time\":\"0900\",\"close_time\":\"1700\"");

    TemplateDefinition cpr = TemplateDefinition.builder("callback_offer", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("We would like to call you about your order."))
        .component(Component.callPermissionRequest())
        .build();
    assertThat(cpr.problems()).isEmpty();
    TemplateDefinition withButtons = TemplateDefinition.builder("bad", "en_US", TemplateCategory.AUTHENTICATION)
        .component(Component.body("x"))
        .component(Component.callPermissionRequest())
        .build();
    assertThat(withButtons.problems()).anySatisfy(p -> assertThat(p).contains("MARKETING and UTILITY"));

    graph.enqueue(200, "{\"permission\":{\"status\":\"permanent\"},\"actions\":[{\"action_name\":\"start_call\","
        + "\"can_perform_action\":true}]}");
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"calls\":[{\"id\":\"wacid.X\"}]}");
    CallPermission permission = whatsApp.calling().permission(Recipient.phoneNumber("+16505551234"));
    if (permission.canStartCall()) {
      assertThat(whatsApp.calling().connect(Recipient.phoneNumber("+16505551234"), "v=0", null))
          .isEqualTo("wacid.X");
    }

    PolicyEngine policy = PolicyEngine.builder().build();
    assertThatThrownBy(() -> policy.checkCall(Recipient.phoneNumber("+16505551234")))
        .isInstanceOfSatisfying(WabaPolicyException.class,
            e -> assertThat(e.decision().reasonCode()).isEqualTo(CallPermissionRule.REASON));
    policy.recordCallPermission(WhatsAppUser.ofWaId("16505551234"), Instant.now().plus(Duration.ofDays(7)));
    Decision d = policy.evaluateCall(Recipient.phoneNumber("+16505551234"));
    assertThat(d.isAllowed()).isTrue();

    assertThat(CallPrice.businessInitiated(Duration.ofSeconds(56), Money.of("0.0240", "USD")).pulses())
        .isEqualTo(10);
  }

  @Test
  void groups() throws Exception {
    WhatsApp whatsApp = graph.client();
    graph.enqueue(200, "{\"request_id\":\"R1\"}");
    assertThat(whatsApp.groups().create(NewGroup.of("Order 1234").withDescription("Delivery questions")
        .withJoinApprovalMode(JoinApprovalMode.APPROVAL_REQUIRED))).isEqualTo("R1");
    graph.take();

    graph.enqueue(200, "{\"success\":true}");
    ByteArrayOutputStream photo = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(192, 192, BufferedImage.TYPE_INT_RGB), "jpg", photo); // square, 192 px
    byte[] jpeg = photo.toByteArray();
    whatsApp.groups().update("G1", GroupUpdate.builder().subject("Order 1234 (shipped)").photoJpeg(jpeg).build());
    assertThat(graph.take().getBody().utf8()).contains("Order 1234 (shipped)");

    graph.enqueueSent("G1", "wamid.G");
    whatsApp.messages().send(Message.text(Recipient.group("G1"), "Hello group"));
    assertThat(graph.take().getBody().utf8()).startsWith(
        "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"group\",\"to\":\"G1\"");
  }
}
