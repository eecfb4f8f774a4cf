package dev.wabasdk.samples.campaignrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignState;
import dev.wabasdk.campaign.SendState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignSampleTest {
  @Test
  void sendsToEveryoneAllowedOnceAndReportsWhatMetaSaid(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CampaignReport report = CampaignSample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir, 200);
    String out = bytes.toString(StandardCharsets.UTF_8);

    // 200 rows: 2 broken numbers, 4 opted out in the app's records (policy skips them)
    assertThat(out).contains("200 recipients, 194 sendable, 6 refused")
        .contains("refused opted_out_of_marketing: 4").contains("refused invalid_number: 2");
    assertThat(report.progress().control().state()).isEqualTo(CampaignState.FINISHED);
    assertThat(report.skippedByReason()).containsEntry("opted_out_of_marketing", 4L)
        .containsEntry("invalid_number", 2L);
    // Meta accepted every send; users who stopped marketing (131050) or blocked (131026) fail asynchronously
    long stopped = java.util.stream.IntStream.range(0, 200)
        .filter(i -> i % 100 == 7 && i % 50 != 3 && i != 50 && i != 150).count();
    long blocked = java.util.stream.IntStream.range(0, 200)
        .filter(i -> i % 100 != 7 && i % 200 == 11 && i % 50 != 3 && i != 50 && i != 150).count();
    assertThat(report.failedByCode()).containsEntry("131050", stopped).containsEntry("131026", blocked);
    assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(194 - stopped - blocked);
    assertThat(report.progress().statusCount("delivered")).isEqualTo(194 - stopped - blocked);
    assertThat(out).contains("| accepted ").contains("| actual cost").contains("Per-recipient report:");
    assertThat(out).contains("Cost chart (per market and category): " + dir.resolve("campaign-cost.png").toAbsolutePath());
    java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(dir.resolve("campaign-cost.png").toFile());
    assertThat(chart.getWidth()).isEqualTo(800);
    assertThat(chart.getHeight()).isEqualTo(500);
    List<String> csv = Files.readAllLines(dir.resolve("campaign-report.csv"));
    assertThat(csv).hasSize(201).first().isEqualTo("key,state,message_id,detail,at");
    assertThat(csv).anyMatch(l -> l.startsWith("wabacampaign:autumn-sale:14165550007,FAILED,wamid."));
  }
}
