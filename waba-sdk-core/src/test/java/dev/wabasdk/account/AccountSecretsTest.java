package dev.wabasdk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wabasdk.GraphServerExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The app secret, the code, the business token and verify tokens never reach logs, exceptions or toString(). */
class AccountSecretsTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String SECRET = "app-secret-5ecret-42";
  private static final String CODE = "AQBx-one-time-code-99";
  private static final String BUSINESS_TOKEN = "EAAbusiness-token-leak-check";
  private static final String VERIFY_TOKEN = "verify-token-leak-check";

  @Test
  void theExchangeLeaksNoSecret() {
    AppCredentials app = new AppCredentials("670843887433847", SECRET);
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    List<Throwable> failures = new ArrayList<>();
    BusinessToken token;
    try {
      graph.enqueue(200, "{\"access_token\":\"" + BUSINESS_TOKEN + "\",\"token_type\":\"bearer\"}");
      token = graph.client().accounts().exchangeCode(app, CODE);
      // Meta's answer to a used code, and a proxy's page
      graph.enqueueError(400, 100, "This authorization code has been used.");
      failures.add(catchThrowable(() -> graph.client().accounts().exchangeCode(app, CODE)));
      graph.enqueue(502, "<html>Bad gateway for /oauth/access_token</html>");
      failures.add(catchThrowable(() -> graph.client().accounts().exchangeCode(app, CODE)));
      graph.enqueueError(400, 100, "Invalid verification code format.");
      failures.add(catchThrowable(() -> graph.client().accounts().exchangeCodeAsync(app, CODE).join()));
    } finally {
      System.setErr(original);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);

    assertThat(token.accessToken()).isEqualTo(BUSINESS_TOKEN);
    assertThat(logs).as("the SDK logged its calls at DEBUG").contains("GET /v26.0/oauth/access_token -> 200");
    assertThat(failures).hasSize(3).doesNotContainNull();
    for (Throwable failure : failures) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).containsAnyOf("(#100)", "HTTP 502").doesNotContain(SECRET).doesNotContain(CODE);
    }
    assertThat(logs).doesNotContain(SECRET).doesNotContain(CODE).doesNotContain(BUSINESS_TOKEN);
    assertThat(app.toString()).contains("670843887433847").doesNotContain(SECRET);
    assertThat(token.toString()).doesNotContain(BUSINESS_TOKEN);
    assertThat(new CallbackOverride("https://hooks.example/wa", VERIFY_TOKEN).toString())
        .contains("https://hooks.example/wa").doesNotContain(VERIFY_TOKEN);
  }
}
