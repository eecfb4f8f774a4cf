package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Faults on demand: Graph errors, 5xx, dropped connections and latency. */
class FaultsTest {
  private FakeWhatsApp fake;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    fake.user("+16505551234").sends("hi");
    wire = new Wire(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void nextCallsFailWithAGraphError() {
    fake.faults().nextCalls(2).failWith(GraphErrorResponse.of(131000, "Something went wrong on purpose"));

    Wire.Reply first = wire.send(Wire.text("16505551234", "a"));
    Wire.Reply second = wire.send(Wire.text("16505551234", "b"));
    Wire.Reply third = wire.send(Wire.text("16505551234", "c"));

    assertThat(first.code()).isEqualTo(500);
    assertThat(first.at("error", "message")).isEqualTo("(#131000) Something went wrong");
    assertThat(first.at("error", "error_data", "details")).isEqualTo("Something went wrong on purpose");
    assertThat(second.code()).isEqualTo(500);
    assertThat(third.code()).isEqualTo(200);
    assertThat(fake.sentMessages()).extracting(SentMessage::text).containsExactly("c");
  }

  @Test
  void matchingRequestsGetAnHttpStatus() {
    fake.faults().matching(r -> r.isSendMessage() && r.body().contains("\"fail\"")).respondWithStatus(503);

    assertThat(wire.send(Wire.text("16505551234", "fail")).code()).isEqualTo(503);
    assertThat(wire.send(Wire.text("16505551234", "fail")).at("error", "code")).isEqualTo(2L);
    assertThat(wire.send(Wire.text("16505551234", "ok")).code()).isEqualTo(200);

    fake.faults().clear();
    assertThat(wire.send(Wire.text("16505551234", "fail")).code()).isEqualTo(200);
  }

  @Test
  void statusFaultsCarryAGraphCodeOfTheSameFamily() {
    fake.faults().nextCalls(1).respondWithStatus(429);
    fake.faults().nextCalls(1).respondWithStatus(500);

    Wire.Reply tooMany = wire.send(Wire.text("16505551234", "a"));
    Wire.Reply broken = wire.send(Wire.text("16505551234", "b"));

    assertThat(tooMany.code()).isEqualTo(429);
    assertThat(tooMany.at("error", "message")).isEqualTo("(#4) API Too Many Calls");
    assertThat(broken.code()).isEqualTo(500);
    assertThat(broken.at("error", "code")).isEqualTo(1L);
  }

  @Test
  void droppedConnectionIsAnIoErrorAndNothingIsSent() {
    fake.faults().nextCalls(1).dropConnection();

    assertThatThrownBy(() -> wire.send(Wire.text("16505551234", "lost"))).isInstanceOf(UncheckedIOException.class);
    assertThat(fake.sentMessages()).isEmpty();
    assertThat(wire.send(Wire.text("16505551234", "again")).code()).isEqualTo(200);
  }

  @Test
  void latencyDelaysButStillAnswers() {
    fake.faults().nextCalls(1).delay(Duration.ofMillis(50));

    assertThat(wire.send(Wire.text("16505551234", "slow")).code()).isEqualTo(200);
    assertThat(fake.sentMessages()).hasSize(1);
  }

  @Test
  void controlApiIsNeverFaulted() {
    fake.faults().matching(r -> true).respondWithStatus(500);

    assertThat(wire.post("/testkit/clock/advance", "{\"seconds\":1}").code()).isEqualTo(200);
  }
}
