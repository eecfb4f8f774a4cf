package dev.wabasdk.conversational;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConversationalComponentsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void updatesAllThreeComponentsWithMetasBodyShape() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().conversationalComponents().update(ConversationalComponents.builder()
        .welcomeMessage(true)
        .iceBreakers(List.of("Plan a trip", "Create a workout plan"))
        .commands(List.of(Command.of("tickets", "Book flight tickets"), Command.of("hotel", "Book hotel")))
        .build());

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/conversational_automation");
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getBody().utf8()).isEqualTo(compact("""
        {"enable_welcome_message":true,"prompts":["Plan a trip","Create a workout plan"],
         "commands":[{"command_name":"tickets","command_description":"Book flight tickets"},
                     {"command_name":"hotel","command_description":"Book hotel"}]}"""));
  }

  @Test
  void anUpdateSendsOnlyTheComponentsItSetsAndAnEmptyListClears() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().conversationalComponents()
        .updateAsync(ConversationalComponents.builder().iceBreakers(List.of()).build()).get(5, TimeUnit.SECONDS);

    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"prompts\":[]}");
  }

  @Test
  void readsTheComponentsBackFromThePhoneNumberNode() throws Exception {
    graph.enqueue(200, """
        {"conversational_automation":{"enable_welcome_message":true,"prompts":["Book a flight","plan a vacation"],
          "commands":[{"command_name":"tickets","command_description":"Book flight tickets"}]},
         "id":"106540352242922"}""");

    ConversationalComponents read = graph.client().conversationalComponents().get();

    assertThat(read).isEqualTo(new ConversationalComponents(true, List.of("Book a flight", "plan a vacation"),
        List.of(new Command("tickets", "Book flight tickets"))));
    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID);
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("conversational_automation");
  }

  @Test
  void aNumberThatNeverSetThemReadsOffAndEmpty() throws Exception {
    graph.enqueue(200, "{\"id\":\"106540352242922\"}");

    ConversationalComponents read = graph.client().conversationalComponents().getAsync().get(5, TimeUnit.SECONDS);

    assertThat(read).isEqualTo(new ConversationalComponents(false, List.of(), List.of()));
  }

  @Test
  void metasLimitsAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> ConversationalComponents.builder()
        .iceBreakers(List.of("a", "b", "c", "d", "e")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("prompts: at most 4 ice breakers, was 5: [a, b, c, d, e]");
    assertThatThrownBy(() -> ConversationalComponents.builder().iceBreakers(List.of("x".repeat(81))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("prompts[0]: at most 80 characters, was 81");
    assertThatThrownBy(() -> ConversationalComponents.builder().iceBreakers(List.of("Plan a trip \u2708\uFE0F")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emoji");
    assertThatThrownBy(() -> Command.of("x".repeat(33), "d"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("command_name: at most 32 characters, was 33");
    assertThatThrownBy(() -> Command.of("help", "d".repeat(257)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("command_description: at most 256 characters, was 257");
    assertThatThrownBy(() -> ConversationalComponents.builder()
        .commands(Collections.nCopies(31, Command.of("a", "b"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("commands: at most 30 commands, was 31");
    assertThatThrownBy(() -> ConversationalComponents.builder()
        .commands(List.of(Command.of("a", "b"), Command.of("a", "c"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' appears twice");
    // At the limits everything is accepted.
    assertThat(ConversationalComponents.builder().iceBreakers(Collections.nCopies(4, "x".repeat(80))).build()
        .iceBreakers()).hasSize(4);
  }

  @Test
  void anUpdateThatSetsNothingIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> graph.client().conversationalComponents()
        .update(ConversationalComponents.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sets no component");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
