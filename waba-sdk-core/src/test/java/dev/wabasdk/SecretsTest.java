package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecretsTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void tokenNeverAppearsInToStringExceptionsOrLogs() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Throwable failure;
    try {
      graph.enqueueSent("16505551234", "wamid.1");
      graph.enqueueError(401, 190, "Access token has expired");
      graph.client().messages().send(Message.text(Recipient.phoneNumber("+16505551234"), "hi"));
      failure = catchThrowable(() -> graph.client().messages()
          .send(Message.text(Recipient.phoneNumber("+16505551234"), "hi")));
    } finally {
      System.setErr(original);
    }
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    String logs = captured.toString(StandardCharsets.UTF_8);

    assertThat(logs).as("the SDK logged its calls at DEBUG").contains("POST /v26.0/106540352242922/messages -> 200")
        .contains("(Graph error 190)");
    assertThat(logs).doesNotContain(GraphServerExtension.TOKEN);
    assertThat(trace.toString()).contains("190").doesNotContain(GraphServerExtension.TOKEN);
    assertThat(graph.client().toString()).contains("106540352242922").doesNotContain(GraphServerExtension.TOKEN);
    assertThat(graph.builder().toString()).doesNotContain(GraphServerExtension.TOKEN);
  }
}
