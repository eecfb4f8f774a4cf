package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignRun;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.CampaignState;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.campaign.StopReason;
import dev.wabasdk.message.SendResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CampaignWebhookListenerTest {
  private final WhatsApp whatsApp = WhatsApp.builder().accessToken("EAAB-test").phoneNumberId("106540352242922")
      .noRateLimit().addInterceptor(chain -> new SendResult("wamid.T" + System.nanoTime(), null,
          chain.message().recipient().value(), null, null)).build();
  private final CampaignRunner runner = CampaignRunner.builder(whatsApp).messagesPerSecond(1).build();
  private final CampaignWebhookListener listener = new CampaignWebhookListener(runner);

  @AfterEach
  void close() {
    runner.close();
    whatsApp.close();
  }

  private CampaignRun start(String id, String template) {
    List<CampaignRecipient> recipients = IntStream.range(0, 50)
        .mapToObj(i -> CampaignRecipient.of("+4915112" + String.format("%06d", i), "n" + i)).toList();
    return runner.start(Campaign.builder(id).template(template, "en_US").recipients(RecipientSource.of(recipients))
        .build());
  }

  private void deliver(byte[] payload) {
    WebhookProcessor.parse(payload).forEach(listener::onEvent);
  }

  @Test
  void aPausedTemplateStopsOnlyTheCampaignsSendingIt() {
    // given two running campaigns, one sending Meta's paused template
    CampaignRun promo = start("promo", "summer_promo");
    CampaignRun other = start("other", "autumn_sale");

    // when Meta's message_template_status_update PAUSED arrives
    deliver(Fixtures.bytes("template-paused.json"));

    // then only the campaign of that template stops, saying why
    assertThat(promo.control().state()).isEqualTo(CampaignState.STOPPED);
    assertThat(promo.control().reason()).isSameAs(StopReason.TEMPLATE_PAUSED);
    assertThat(promo.control().detail()).isEqualTo("message_template_status_update PAUSED (SECOND_PAUSE)");
    assertThat(other.control().state()).isEqualTo(CampaignState.RUNNING);
  }

  @Test
  void anAccountRestrictionStopsEveryCampaign() {
    CampaignRun a = start("a", "summer_promo");
    CampaignRun b = start("b", "autumn_sale");

    deliver(Fixtures.bytes("account-restriction.json"));

    assertThat(List.of(a.control(), b.control())).allSatisfy(c -> {
      assertThat(c.state()).isEqualTo(CampaignState.STOPPED);
      assertThat(c.reason()).isSameAs(StopReason.ACCOUNT_RESTRICTED);
      assertThat(c.detail()).isEqualTo("account_update ACCOUNT_RESTRICTION");
    });
  }

  @Test
  void aQualityDowngradeStopsCampaignsButAThroughputUpgradeDoesNot() {
    CampaignRun run = start("q", "summer_promo");
    String upgrade = new String(Fixtures.bytes("phone-quality.json"), StandardCharsets.UTF_8);

    deliver(upgrade.getBytes(StandardCharsets.UTF_8));
    assertThat(run.control().state()).isEqualTo(CampaignState.RUNNING);

    deliver(upgrade.replace("THROUGHPUT_UPGRADE", "DOWNGRADE").getBytes(StandardCharsets.UTF_8));
    assertThat(run.control().state()).isEqualTo(CampaignState.STOPPED);
    assertThat(run.control().reason()).isSameAs(StopReason.QUALITY_DROP);
    assertThat(run.control().detail()).isEqualTo("phone_number_quality_update DOWNGRADE for 15550783881");
  }
}
