package dev.wabasdk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.internal.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "WhatsApp Flows" section of waba-sdk-core/README.md; keep both in step. */
class FlowReadmeExampleTest {

  private static String readme() throws Exception {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void theSignUpExampleCompilesAndIsInTheReadme() throws Exception {
    // --- README ---
    FlowJson flow = FlowJson.builder("7.2")
        .screen(Screen.builder("SIGN_UP").title("Sign up").terminal(true).success(true)
            .add(TextHeading.of("Join our newsletter"),
                TextInput.builder("email", "Email").inputType("email").required(true).build(),
                OptIn.builder("marketing", "Send me offers").build(),
                Footer.of("Sign up", Action.complete(Map.of(
                    "email", Ref.form("email"), "marketing", Ref.form("marketing")))))
            .build())
        .build();
    String json = flow.toJson();   // the JSON to upload to Meta
    // --- end ---

    assertThat(readme()).contains("""
        FlowJson flow = FlowJson.builder("7.2")
            .screen(Screen.builder("SIGN_UP").title("Sign up").terminal(true).success(true)
                .add(TextHeading.of("Join our newsletter"),
                    TextInput.builder("email", "Email").inputType("email").required(true).build(),
                    OptIn.builder("marketing", "Send me offers").build(),
                    Footer.of("Sign up", Action.complete(Map.of(
                        "email", Ref.form("email"), "marketing", Ref.form("marketing")))))
                .build())
            .build();
        String json = flow.toJson();   // the JSON to upload to Meta
        """);
    assertThat(Json.read(json)).isEqualTo(Json.read("""
        {"version": "7.2", "screens": [{"id": "SIGN_UP", "title": "Sign up", "terminal": true, "success": true,
          "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "TextHeading", "text": "Join our newsletter"},
            {"type": "TextInput", "name": "email", "label": "Email", "input-type": "email", "required": true},
            {"type": "OptIn", "name": "marketing", "label": "Send me offers"},
            {"type": "Footer", "label": "Sign up", "on-click-action": {"name": "complete",
              "payload": {"email": "${form.email}", "marketing": "${form.marketing}"}}}]}}]}"""));
  }

  @Test
  void theErrorShownInTheReadmeIsTheRealOne() throws Exception {
    Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> FlowJson.builder("7.2")
        .screen(Screen.builder("SIGN_UP").terminal(true)
            .add(TextHeading.of("Join"), TextInput.of("email", "Your e-mail address please"),
                Footer.of("Sign up", Action.complete(Map.of())))
            .build())
        .build());
    assertThat(error).isInstanceOf(IllegalArgumentException.class);
    assertThat(readme()).contains("\n" + error.getMessage() + "\n");
    assertThatThrownBy(() -> FlowJson.parse(FlowJson.parse(
        "{\"version\":\"7.2\",\"screens\":[{\"id\":\"A\",\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}}]}")
        .toJson())).hasMessageContaining("terminal");
  }
}
