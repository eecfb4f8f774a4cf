package dev.wabasdk.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {
  @Test
  void printsTheRequestAndTheAcceptedMessage() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("POST /v26.0/106540352242922/messages")
        .contains("\"to\":\"4915112345678\"")
        .contains("accepted  wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNB for wa_id 4915112345678");
  }
}
