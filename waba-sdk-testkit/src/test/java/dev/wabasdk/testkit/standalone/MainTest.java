package dev.wabasdk.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.template.TemplateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final String[] ARGS = {"--port", "0", "--access-token", "T", "--app-secret", "S",
      "--phone-number-id", "P1", "--waba-id", "W1", "--webhook-url", "http://localhost:8080/webhooks/whatsapp"};

  @Test
  void startsWithEveryFlag(@TempDir Path dir) throws IOException {
    Path templates = dir.resolve("templates.json");
    Files.writeString(templates, "[{\"name\":\"order_update\",\"language\":\"en_US\",\"category\":\"UTILITY\","
        + "\"components\":[{\"type\":\"BODY\",\"text\":\"Hi {{1}}\"}]},{\"name\":\"promo\",\"language\":\"en\","
        + "\"category\":\"MARKETING\",\"status\":\"PENDING\",\"components\":[{\"type\":\"BODY\",\"text\":\"Sale\"}]}]");
    String[] args = java.util.Arrays.copyOf(ARGS, ARGS.length + 1);
    args[ARGS.length] = "--templates=" + templates;

    try (FakeWhatsApp fake = Main.start(args)) {
      assertThat(fake.accessToken()).isEqualTo("T");
      assertThat(fake.appSecret()).isEqualTo("S");
      assertThat(fake.phoneNumberId()).isEqualTo("P1");
      assertThat(fake.businessAccountId()).isEqualTo("W1");
      assertThat(fake.webhookUrl()).isEqualTo("http://localhost:8080/webhooks/whatsapp");
      assertThat(fake.baseUrl()).matches("http://(localhost|127\\.0\\.0\\.1):\\d+/");
      assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.APPROVED);
      assertThat(fake.templates().get("promo", "en").status()).isEqualTo(TemplateStatus.PENDING);
    }
  }

  @Test
  void unknownFlagIsAUsageError() {
    String[] args = java.util.Arrays.copyOf(ARGS, ARGS.length + 2);
    args[ARGS.length] = "--colour";
    args[ARGS.length + 1] = "blue";

    assertThatThrownBy(() -> Main.start(args)).isInstanceOf(Main.UsageException.class)
        .hasMessage("unknown flag --colour");
  }

  @Test
  void missingFlagIsAUsageError() {
    String[] args = java.util.Arrays.copyOf(ARGS, ARGS.length - 2);

    assertThatThrownBy(() -> Main.start(args)).isInstanceOf(Main.UsageException.class)
        .hasMessage("missing --webhook-url");
  }

  @Test
  void badValuesAreUsageErrors(@TempDir Path dir) throws IOException {
    String[] port = ARGS.clone();
    port[1] = "eighty";
    assertThatThrownBy(() -> Main.start(port)).isInstanceOf(Main.UsageException.class)
        .hasMessage("--port must be a number, was eighty");

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"not\":\"an array\"}");
    String[] templates = java.util.Arrays.copyOf(ARGS, ARGS.length + 2);
    templates[ARGS.length] = "--templates";
    templates[ARGS.length + 1] = bad.toString();
    assertThatThrownBy(() -> Main.start(templates)).isInstanceOf(Main.UsageException.class)
        .hasMessageContaining("must be a JSON array");
  }
}
