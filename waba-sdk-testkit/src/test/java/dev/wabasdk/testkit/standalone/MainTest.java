package dev.wabasdk.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.template.TemplateStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
        .hasMessage("Unknown options: '--colour', 'blue'");
  }

  @Test
  void everyFlagHasTheLibrarysDefault() {
    Main.Launch launch = Main.launch(new String[] {"--port", "0"}, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));

    assertThat(launch.exitCode()).isZero();
    try (FakeWhatsApp fake = launch.fake()) {
      assertThat(fake).isNotNull();
      assertThat(fake.accessToken()).isEqualTo(FakeWhatsApp.DEFAULT_ACCESS_TOKEN).isEqualTo("fake-access-token");
      assertThat(fake.appSecret()).isEqualTo(FakeWhatsApp.DEFAULT_APP_SECRET);
      assertThat(fake.phoneNumberId()).isEqualTo(FakeWhatsApp.DEFAULT_PHONE_NUMBER_ID);
      assertThat(fake.businessAccountId()).isEqualTo(FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID);
      assertThat(fake.webhookUrl()).isNull();
    }
    // and the port's default is the README's 8089
    StringWriter help = new StringWriter();
    Main.launch(new String[] {"--help"}, new PrintWriter(help), new PrintWriter(new StringWriter()));
    assertThat(help.toString().replaceAll("\\s+", " ")).contains("(default: 8089)").contains("(default: fake-access-token)")
        .contains("(default: 106540352242922)");
  }

  @Test
  void helpAndVersionPrintAndExit0() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    Main.Launch help = Main.launch(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err));

    assertThat(help.exitCode()).isZero();
    assertThat(help.fake()).isNull();
    assertThat(out.toString()).startsWith("Usage: java -jar waba-sdk-testkit-standalone.jar [-hV]")
        .contains("--webhook-url=URL", "--templates=FILE", "-h, --help", "-V, --version", "POST /testkit/users");
    assertThat(err.toString()).isEmpty();

    StringWriter version = new StringWriter();
    Main.Launch v = Main.launch(new String[] {"--version"}, new PrintWriter(version), new PrintWriter(err));
    assertThat(v.exitCode()).isZero();
    assertThat(version.toString().strip()).isEqualTo("waba-sdk-testkit dev"); // from classes; the jar has its version
  }

  @Test
  void aBadFlagExits2WithTheReasonAndTheUsage() {
    StringWriter err = new StringWriter();

    Main.Launch launch = Main.launch(new String[] {"--port", "0", "--colour", "blue"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(launch.exitCode()).isEqualTo(2);
    assertThat(launch.fake()).isNull();
    assertThat(err.toString()).startsWith("error: Unknown options: '--colour', 'blue'")
        .contains("Usage: java -jar waba-sdk-testkit-standalone.jar");

    StringWriter port = new StringWriter();
    assertThat(Main.launch(new String[] {"--port", "70000"}, new PrintWriter(new StringWriter()),
        new PrintWriter(port)).exitCode()).isEqualTo(2);
    assertThat(port.toString()).startsWith("error: --port must be 0..65535, was 70000");
  }

  @Test
  void badValuesAreUsageErrors(@TempDir Path dir) throws IOException {
    String[] port = ARGS.clone();
    port[1] = "eighty";
    assertThatThrownBy(() -> Main.start(port)).isInstanceOf(Main.UsageException.class)
        .hasMessageContaining("Invalid value for option '--port': 'eighty' is not an int");

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"not\":\"an array\"}");
    String[] templates = java.util.Arrays.copyOf(ARGS, ARGS.length + 2);
    templates[ARGS.length] = "--templates";
    templates[ARGS.length + 1] = bad.toString();
    assertThatThrownBy(() -> Main.start(templates)).isInstanceOf(Main.UsageException.class)
        .hasMessageContaining("must be a JSON array");
  }
}
