package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.internal.Json;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every value Meta sends can be read from a typed accessor: for every fixture, each leaf of the JSON must be
 * reachable by walking the parsed events' record components (lists, maps and nested records included, never
 * {@code raw()}), compared as text (letter case aside: some open values, e.g. {@code PricingCategory}, normalise
 * it). The few values deliberately left raw are listed below, each with its reason.
 */
class LosslessParsingTest {

  /** JSON paths (array indexes removed) whose values are deliberately not typed, and why. */
  private static final Map<String, String> LEFT_RAW = Map.ofEntries(
      Map.entry("$.object", "always whatsapp_business_account: the envelope's kind"),
      Map.entry("$.entry.changes.field",
          "routes the change: it is the event's type (and ChangeHeader.field for change events)"),
      Map.entry("$.entry.changes.value.messaging_product", "always whatsapp"),
      Map.entry("$.entry.changes.value.messages.interactive.type", "names the reply's kind: it is the event's type"),
      Map.entry("$.entry.changes.value.statuses.recipient_type", "group statuses are the ones with a groupId"),
      Map.entry("$.entry.changes.value.statuses.type",
          "it is the record's type: CallStatusUpdate (type: call), PaymentStatusUpdate (type: payment)"),
      Map.entry("$.entry.changes.value.message_echoes.edit.message.type",
          "the edited content's type is its record's type()"),
      Map.entry("$.entry.changes.value.messages.edit.message.type",
          "the edited content's type is its record's type()"),
      Map.entry("$.entry.changes.value.messages.interactive.nfm_reply.name",
          "address_message is InboundAddressMessage's kind; any other name is InboundFlowReplyMessage.name()"),
      Map.entry("$.entry.changes.value.type", "names the handover's kind: it is the record's type (ControlPassed, "
          + "ControlTaken)"),
      Map.entry("$.entry.changes.value.control_passed.previous_owner_app_id",
          "deprecated by Meta (read previous_owner_role), which names roles, not apps: raw() only"),
      Map.entry("$.entry.changes.value.control_passed.previous_owner_app_role",
          "deprecated by Meta (read previous_owner_role): raw() only"),
      Map.entry("$.entry.changes.value.control_taken.previous_owner_app_id",
          "deprecated by Meta (read previous_owner_role), which names roles, not apps: raw() only"));

  /** JSON paths under which every value is deliberately left raw, and why. */
  private static final Map<String, String> LEFT_RAW_UNDER = Map.of(
      "$.entry.changes.value.standby.message_echoes.message.",
      "another responder's Send API body, echoed as sent: StandbyEcho.message() (its to and type are typed)",
      "$.entry.changes.value.standby.message_echoes.template.",
      "the full template definition of a template echo: StandbyEcho.template()",
      "$.entry.changes.value.standby.message_echoes.flow.", "the Flow of a Flow echo: StandbyEcho.flow()");

  /** Fixtures that test the fallback: their point is that nothing is typed. */
  private static final Set<String> UNKNOWN_BY_DESIGN = Set.of("unknown-field.json", "unknown-type.json",
      "status-unknown.json");

  @Test
  void everyLeafOfEveryFixtureIsReachableFromATypedAccessor() throws IOException, URISyntaxException {
    Path dir = Path.of(Fixtures.class.getResource("/payloads").toURI());
    List<String> lost = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString();
        if (UNKNOWN_BY_DESIGN.contains(name)) {
          continue;
        }
        checked++;
        Set<String> found = new HashSet<>();
        for (WebhookEvent event : Fixtures.events(name)) {
          assertThat(event).as(name).isNotInstanceOf(UnknownEvent.class).isNotInstanceOf(InboundUnknownMessage.class);
          collect(event, found);
        }
        Set<String> reachable = new HashSet<>();
        found.forEach(v -> reachable.add(v.toLowerCase(Locale.ROOT)));
        Map<String, String> leaves = new TreeMap<>();
        leaves(Json.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)), "$", "$", leaves);
        leaves.forEach((path, value) -> {
          String bare = path.replaceAll("\\[\\d+]", "");
          if (!reachable.contains(value.toLowerCase(Locale.ROOT)) && !LEFT_RAW.containsKey(bare)
              && LEFT_RAW_UNDER.keySet().stream().noneMatch(bare::startsWith)) {
            lost.add(name + " " + path + " = " + value);
          }
        });
      }
    }
    assertThat(checked).isGreaterThan(60);
    assertThat(lost).as("values readable only from raw()").isEmpty();
  }

  @Test
  void theWalkNoticesALostValue() {
    Set<String> reachable = new HashSet<>();
    collect(Fixtures.single("text.json", InboundTextMessage.class), reachable);
    assertThat(reachable).contains("Does it come in another color?", "1749416383", "106540352242922");
    assertThat(reachable).doesNotContain("whatsapp_business_account");
  }

  /** The text of every value reachable from a record's components, recursively; never {@link RawJson}. */
  private static void collect(Object value, Set<String> out) {
    if (value instanceof RawJson) {
      return;
    }
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof BigDecimal n) {
      out.add(n.stripTrailingZeros().toPlainString());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.add(value.toString());
      if (value instanceof Double d) {
        out.add(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
      }
    } else if (value instanceof Instant i) {
      out.add(Long.toString(i.getEpochSecond()));
    } else if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, out));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(item -> collect(item, out));
    } else if (value.getClass().isRecord()) {
      if (value instanceof InboundMessage message) {
        out.add(message.type());
      }
      // Meta's event name is the record's type: event() is not a component.
      if (value instanceof CallRecordingAvailable recording) {
        out.add(recording.event().value());
      } else if (value instanceof CallTranscriptionAvailable transcription) {
        out.add(transcription.event().value());
      }
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          Object v = component.getAccessor().invoke(value);
          if (v != null) {
            collect(v, out);
          }
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  private static void leaves(Object json, String path, String root, Map<String, String> out) {
    if (json instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        if (v != null) {
          leaves(v, path + "." + k, root, out);
        }
      });
    } else if (json instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) != null) {
          leaves(list.get(i), path + "[" + i + "]", root, out);
        }
      }
    } else if (json instanceof BigDecimal n) {
      out.put(path, n.stripTrailingZeros().toPlainString());
    } else {
      out.put(path, String.valueOf(json));
    }
  }
}
