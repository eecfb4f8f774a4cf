package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** A real application start: Boot's failure analysis names the missing property and says how to fix it. */
@ExtendWith(OutputCaptureExtension.class)
class StartUpFailureTest {

  @Test
  void aMissingAccessTokenStopsStartUpWithAnActionableReport(CapturedOutput output) {
    SpringApplicationBuilder app = new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .properties("waba.phone-number-id=106540352242922", "waba.webhook.enabled=false",
            "spring.main.banner-mode=off");

    assertThatThrownBy(app::run).hasRootCauseInstanceOf(WabaPropertyException.class);
    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("WhatsApp (waba-sdk) configuration: waba.access-token is not set.")
        .contains("Set waba.access-token (for example from the WABA_ACCESS_TOKEN environment variable)");
  }

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}
}
