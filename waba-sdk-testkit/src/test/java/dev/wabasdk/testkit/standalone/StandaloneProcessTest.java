package dev.wabasdk.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The runner as a real process: exit code 2 and usage for bad flags, one line with the base URL when started. */
class StandaloneProcessTest {

  private static Process java(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  @Test
  void aBadFlagExitsWith2AndPrintsUsage() throws Exception {
    Process process = java("--port", "0", "--access-token");

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(err).startsWith("error: Missing required parameter for option '--access-token' (TOKEN)")
        .contains("Usage: java -jar");
  }

  @Test
  void helpExitsWith0() throws Exception {
    Process process = java("--help");

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(out).startsWith("Usage: java -jar waba-sdk-testkit-standalone.jar").contains("--webhook-url");
  }

  @Test
  void startsAndPrintsItsBaseUrl() throws Exception {
    Process process = java("--port", "0", "--access-token", "T", "--app-secret", "S", "--phone-number-id", "P",
        "--waba-id", "W", "--webhook-url", "http://localhost:9/webhooks/whatsapp");
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();

      assertThat(line).matches("FakeWhatsApp listening on http://localhost:\\d+/");
      String baseUrl = line.substring(line.indexOf("http"));
      try (Response response = new OkHttpClient().newCall(new Request.Builder()
          .url(baseUrl + "v26.0/P?fields=verified_name").header("Authorization", "Bearer T").build()).execute()) {
        assertThat(response.body().string()).isEqualTo("{\"verified_name\":\"Fake Business\",\"id\":\"P\"}");
      }
      assertThat(out.readLine()).isEqualTo("Console: " + baseUrl);
      try (Response page = new OkHttpClient().newCall(new Request.Builder().url(baseUrl).build()).execute()) {
        assertThat(page.body().string()).contains("<title>FakeWhatsApp console</title>");
      }
    } finally {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
