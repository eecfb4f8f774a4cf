package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Secrets taken from unset environment variables (issue 25, item 3): the application must not start with a literal
 * {@code ${WABA_VERIFY_TOKEN}}, an empty value or a documentation example, and the message never shows the value.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretPropertiesTest {
  private static final String[] VALID = {
      "waba.access-token=EAAG-secret-token", "waba.phone-number-id=" + Payloads.PHONE_NUMBER_ID,
      "waba.app-secret=" + Payloads.APP_SECRET, "waba.verify-token=verify-token-from-the-dashboard"};

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class))
      .withPropertyValues(VALID);

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      waba.access-token  | ${WABA_ACCESS_TOKEN}  | is an unresolved ${...} placeholder
      waba.app-secret    | ${WABA_APP_SECRET}    | is an unresolved ${...} placeholder
      waba.verify-token  | ${WABA_VERIFY_TOKEN}  | is an unresolved ${...} placeholder
      waba.verify-token  | prefix-${UNSET}       | is an unresolved ${...} placeholder
      waba.access-token  | ""                    | is not set
      waba.app-secret    | "   "                 | is not set
      waba.verify-token  | ""                    | is not set
      waba.verify-token  | my-verify-token       | is an example value from the documentation
      waba.verify-token  | MeatyHamHock          | is an example value from the documentation
      waba.app-secret    | changeme              | is an example value from the documentation
      waba.access-token  | your-access-token     | is an example value from the documentation
      """)
  void anUnusableSecretFailsStartUpNamingThePropertyButNotTheValue(String property, String value, String problem) {
    // An unresolvable placeholder stays literal, as in an application whose environment variable is unset.
    runner.withPropertyValues(property + "=" + value).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(WabaPropertyException.class)
          .hasMessageStartingWith(property + " " + problem)
          .satisfies(e -> assertThat(((WabaPropertyException) e).property()).isEqualTo(property));
      if (!value.isBlank()) {
        assertThat(context.getStartupFailure()).rootCause().message().doesNotContain(value.strip());
      }
    });
  }

  @Test
  void realLookingSecretsStart() {
    runner.run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void withTheWebhookOffOnlyTheAccessTokenIsChecked() {
    runner.withPropertyValues("waba.webhook.enabled=false", "waba.verify-token=${WABA_VERIFY_TOKEN}")
        .run(context -> assertThat(context).hasNotFailed());
    runner.withPropertyValues("waba.webhook.enabled=false", "waba.access-token=${WABA_ACCESS_TOKEN}")
        .run(context -> assertThat(context).getFailure().rootCause()
            .hasMessageStartingWith("waba.access-token is an unresolved"));
  }

  @Test
  void theWebhookEndpointAndItsSignatureCheckAreLoggedOnceAtStartUpWithoutSecrets(CapturedOutput output) {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class))
        .withPropertyValues(VALID)
        .withPropertyValues("waba.webhook.path=/hooks/wa", "server.servlet.context-path=/bot")
        .run(context -> assertThat(context).hasNotFailed());

    String line = "WhatsApp webhook endpoint listening at /bot/hooks/wa (GET: Meta's verification handshake, "
        + "POST: notifications); X-Hub-Signature-256 check: on (waba.app-secret)";
    assertThat(output.getAll()).containsOnlyOnce(line)
        .doesNotContain(Payloads.APP_SECRET).doesNotContain("verify-token-from-the-dashboard")
        .doesNotContain("EAAG-secret-token");
  }
}
