package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.template.TemplateCategory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API's user creation, its error sentences and the console's cost chart, as QA calls them with curl. */
class ControlApiDayOneTest {
  private FakeWhatsApp fake;
  private Wire control;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().approvedTemplate("promo", "en", TemplateCategory.MARKETING, "Sale").start();
    control = new Wire(fake, "");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void aUserIsCreatedWithItsNameAndFactsThenUpdated() {
    Wire.Reply created = control.post("/testkit/users",
        "{\"wa_id\":\"+49 151 12345678\",\"name\":\"Jane Doe\",\"marketing_opt_out\":true}");

    assertThat(created.code()).isEqualTo(201);
    assertThat(created.json()).containsEntry("wa_id", "4915112345678").containsEntry("name", "Jane Doe")
        .containsEntry("marketing_opt_out", true).containsEntry("blocked", false)
        .containsEntry("window_open", false).containsEntry("messages_in", 0L);
    assertThat(control.get("/testkit/users/4915112345678").json()).containsEntry("name", "Jane Doe");

    Wire.Reply updated = control.post("/testkit/users", "{\"wa_id\":\"4915112345678\",\"name\":\"Jane Roe\"}");
    assertThat(updated.code()).isEqualTo(200);
    assertThat(updated.json()).containsEntry("name", "Jane Roe").containsEntry("marketing_opt_out", true);
    assertThat(control.get("/testkit/users").json().get("data")).asList().hasSize(1);
  }

  @Test
  void aUserRequestTheFakeCannotHonourIsASentenceAboutTheRequest() {
    Wire.Reply unknown = control.post("/testkit/users", "{\"wa_id\":\"4915112345678\",\"bsuid\":\"US.13491208655302741918\"}");
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(unknown.json()).containsEntry("error", Map.of(
        "message", "A user has the fields [wa_id, name, blocked, marketing_opt_out, username, phone_hidden]; the fake"
            + " does not model [bsuid]",
        "request", "POST /testkit/users"));

    assertThat(control.post("/testkit/users", "{\"name\":\"Jane\"}").at("error", "message"))
        .isEqualTo("wa_id is required (a non-empty string), was null");
    assertThat(control.post("/testkit/users", "{\"wa_id\":\"12\"}").at("error", "message"))
        .isEqualTo("phone must be an E.164 number such as +4915112345678, was \"12\"");
    assertThat(control.post("/testkit/users", "{\"wa_id\":\"4915112345678\",\"blocked\":\"yes\"}")
        .at("error", "message")).isEqualTo("blocked must be true or false, was \"yes\"");
  }

  @Test
  void malformedJsonSaysWhereInsteadOfTheParsersInternals() {
    Wire.Reply missingValue = control.post("/testkit/clock/advance", "{\"seconds\": }");
    assertThat(missingValue.code()).isEqualTo(400);
    assertThat(missingValue.at("error", "message")).isEqualTo("The body of POST /testkit/clock/advance is not "
        + "valid JSON: line 1, column 13: expected a value (an object, array, \"string\", number, true, false or "
        + "null) but found '}'.");

    Wire.Reply unquoted = control.post("/testkit/users", "{\n  wa_id: \"4915112345678\"\n}");
    assertThat(unquoted.at("error", "message")).isEqualTo("The body of POST /testkit/users is not valid JSON: "
        + "line 2, column 3: expected a field name in double quotes but found 'w'.");
    assertThat((String) unquoted.at("error", "message")).doesNotContain("setLenient", "JsonReader");

    Wire.Reply cut = control.post("/testkit/users/4915112345678/messages", "{\"type\":\"text\",\"text\":{\"body\":\"hi");
    assertThat(cut.at("error", "message")).isEqualTo("The body of POST /testkit/users/4915112345678/messages is "
        + "not valid JSON: line 1, column 34: expected the closing '\"' of a string but found the end of the body.");

    Wire.Reply array = control.post("/testkit/clock/advance", "[3600]");
    assertThat(array.at("error", "message"))
        .isEqualTo("The body of POST /testkit/clock/advance must be a JSON object ({...}), was [3600].");
  }

  @Test
  void theCostChartIsAPngOfTheCostSoFar() throws IOException {
    Wire graph = new Wire(fake);
    assertThat(graph.send("{\"messaging_product\":\"whatsapp\",\"to\":\"4915112345678\",\"type\":\"template\","
        + "\"template\":{\"name\":\"promo\",\"language\":{\"code\":\"en\"}}}").code()).isEqualTo(200);

    try (Response response = Wire.CLIENT.newCall(new Request.Builder()
        .url(fake.baseUrl() + "testkit/cost-chart.png?width=500&height=300").build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).isEqualTo("image/png");
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body().bytes()));
      assertThat(image.getWidth()).isEqualTo(500);
      assertThat(image.getHeight()).isEqualTo(300);
    }
    assertThat(control.get("/testkit/cost-chart.png?width=5").at("error", "message"))
        .isEqualTo("width: must be 100..8000 pixels, was 5");
  }
}
