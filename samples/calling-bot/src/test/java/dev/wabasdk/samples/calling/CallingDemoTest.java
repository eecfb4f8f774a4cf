package dev.wabasdk.samples.calling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallingDemoTest {
  @Test
  void theBotAnswersACallWithAPermissionRequestAndCallsBack() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      CallingDemo.run(out);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output).containsSubsequence(
        "rejected call wacid.", "from +5511987654321 (no agent free)",
        "asked +5511987654321 for a call permission",
        "+5511987654321 granted the call permission; calling back: wacid.",
        "answered by +5511987654321",
        "ended: COMPLETED after 64 s",
        "USER_INITIATED", "REJECTED",
        "BUSINESS_INITIATED", "COMPLETED");
  }
}
