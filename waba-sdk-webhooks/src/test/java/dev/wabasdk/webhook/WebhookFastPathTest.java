package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.internal.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The fast path against the general path (the tree reader and {@link WebhookParser}): on every fixture and on
 * generated variations of them (members shuffled, added, removed, repeated or of other types; arrays with more
 * items; whitespace and escapes anywhere; one byte changed; truncated), whatever the fast path takes on must give
 * the very events the general path gives, each with the same raw JSON, event id and order; and
 * {@link WebhookProcessor#parse} must answer every body (events or error message) as the general path alone does.
 */
class WebhookFastPathTest {

  @Test
  void everyFixtureGivesTheEventsOfTheGeneralPath() throws IOException, URISyntaxException {
    List<String> taken = new ArrayList<>();
    for (Path fixture : fixtures()) {
      if (compare(Files.readAllBytes(fixture))) {
        taken.add(fixture.getFileName().toString());
      }
    }
    // The common changes are taken on; the others (and unknown types) are left to the general path.
    assertThat(taken).contains("text.json", "text-twice.json", "status-delivered-pmp.json", "status-failed.json",
        "status-group.json", "status-bsuid.json", "status-parent-spelling.json", "status-read-fep.json",
        "status-sent-cbp.json", "bsuid-message.json", "group-text.json", "referral.json", "text-identity-check.json",
        "status-identity-check.json", "status-identity-mismatch.json", "status-delivered-max-price.json",
        "status-group-delivered.json", "status-group-bsuid.json");
    assertThat(taken).doesNotContain("image.json", "api-errors.json", "unknown-type.json", "user-actions-click.json",
        "template-status.json", "multi-entry.json", "payment-captured.json", "payment-pending-failed.json",
        "payment-refunds.json", "payment-bsuid.json", "payment-method.json", "interactive-nfm-reply.json",
        "interactive-address-message.json", "interactive-address-message-typed.json");
  }

  @Test
  void variationsOfEveryFixtureGiveTheEventsOfTheGeneralPath() throws IOException, URISyntaxException {
    Random random = new Random(20261206L);
    int cases = 0;
    int taken = 0;
    for (Path fixture : fixtures()) {
      Object tree = Json.parse(Files.readString(fixture));
      for (int n = 0; n < 300; n++) {
        Random r = new Random(random.nextLong());
        Object varied = vary(tree, r);
        StringBuilder json = new StringBuilder();
        write(json, varied, r);
        cases++;
        if (compare(json.toString().getBytes(StandardCharsets.UTF_8))) {
          taken++;
        }
      }
    }
    // A fair share stays on the fast path: the comparisons are not only the general path against itself.
    assertThat(taken).isGreaterThan(cases / 30);
  }

  @Test
  void changedAndTruncatedBodiesAreAnsweredAsTheGeneralPathAnswersThem() {
    for (String name : List.of("text.json", "status-failed.json", "status-delivered-pmp.json")) {
      byte[] body = Fixtures.bytes(name);
      int end = new String(body, StandardCharsets.UTF_8).stripTrailing().length(); // ASCII fixtures
      for (int length = 0; length < end; length++) {
        byte[] cut = Arrays.copyOf(body, length);
        assertThat(WebhookFastPath.parse(cut)).as("%s cut at %d", name, length).isNull();
        compare(cut);
      }
      Random r = new Random(name.hashCode());
      for (int n = 0; n < 3000; n++) {
        byte[] changed = body.clone();
        String bytes = " \"\\{}[],:0a\u00e9tnu-.e";
        changed[r.nextInt(changed.length)] = (byte) bytes.charAt(r.nextInt(bytes.length()));
        compare(changed);
      }
    }
  }

  @Test
  void malformedBodiesFailWithTheGeneralPathsMessage() {
    String text = new String(Fixtures.bytes("text.json"), StandardCharsets.UTF_8);
    for (String body : List.of(text.substring(0, text.length() - 2), text.replace("\"type\":", "\"type\"="),
        text.replace("\"text\",", "\"text\",,"), text + "x", "", "[]", "{\"entry\":[{\"id\":01}]}")) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      assertThat(WebhookFastPath.parse(bytes)).isNull();
      Object expected = general(bytes);
      assertThat(expected).isInstanceOf(String.class);
      assertThatThrownBy(() -> WebhookProcessor.parse(bytes))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage((String) expected);
    }
  }

  @Test
  void repliesForwardsErrorsAndBusinessScopedUsersAreTakenOn() {
    String head = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"value\":{"
        + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"155\",\"phone_number_id\":\"2\"},";
    String tail = "},\"field\":\"messages\"}]}]}";
    for (String value : List.of(
        "\"contacts\":[{\"profile\":{\"name\":\"A\",\"username\":\"@a\"},\"wa_id\":\"16505551234\","
            + "\"user_id\":\"US.1\",\"parent_user_id\":\"US.P\"}],\"messages\":[{\"from\":\"16505551234\","
            + "\"id\":\"wamid.1\",\"timestamp\":\"1749416383\",\"type\":\"text\",\"text\":{\"body\":\"hi\"},"
            + "\"context\":{\"from\":\"155\",\"id\":\"wamid.0\",\"forwarded\":true,\"referred_product\":"
            + "{\"catalog_id\":\"c\",\"product_retailer_id\":\"p\"}},\"errors\":[{\"code\":131051,"
            + "\"title\":\"t\",\"error_data\":{\"details\":\"d\"}}]}]",
        "\"contacts\":[{\"profile\":{\"name\":\"B\"},\"user_id\":\"US.2\"}],\"messages\":[{\"id\":\"wamid.2\","
            + "\"timestamp\":\"1749416384\",\"type\":\"text\",\"text\":{\"body\":\"x\"}},{\"from_user_id\":\"US.2\","
            + "\"id\":\"wamid.3\",\"timestamp\":\"1749416385\",\"type\":\"text\",\"text\":{\"body\":\"y\"},"
            + "\"group_id\":\"g\"}]",
        "\"statuses\":[{\"id\":\"wamid.4\",\"status\":\"failed\",\"timestamp\":\"1750857384\","
            + "\"recipient_id\":\"US.3\",\"recipient_parent_user_id\":\"US.P\",\"errors\":[{\"code\":\"131026\","
            + "\"message\":\"m\",\"href\":\"h\"}],\"pricing\":{\"billable\":\"false\"},\"conversation\":{"
            + "\"expiration_timestamp\":\"1750943790\",\"origin\":{}}},{\"id\":\"wamid.5\",\"status\":\"read\","
            + "\"timestamp\":\"1750857385\",\"recipient_type\":\"group\",\"recipient_id\":\"g\","
            + "\"recipient_participant_id\":\"16505551234\"}]")) {
      assertThat(compare((head + value + tail).getBytes(StandardCharsets.UTF_8))).as(value).isTrue();
    }
  }

  @Test
  void rawJsonOfAFastPathEventIsItsObjectWithEverythingMetaSent() {
    String body = "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"value\":{\"metadata\":{\"phone_number_id\":\"2\"},"
        + "\"messages\":[{\"from\":\"3\",\"id\":\"wamid.4\",\"timestamp\":\"5\",\"type\":\"text\","
        + "\"text\":{\"body\":\"caf\\u00e9\",\"x\":[1.50,{\"y\":null}]},\"new_member\":true}]},"
        + "\"field\":\"messages\"}]}]}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    List<WebhookEvent> events = WebhookFastPath.parse(bytes);
    assertThat(events).hasSize(1);
    InboundTextMessage message = (InboundTextMessage) events.get(0);
    assertThat(message.body()).isEqualTo("café");
    Arrays.fill(bytes, (byte) ' '); // a caller reusing its buffer: the event keeps its own bytes
    assertThat(message.header().raw().json()).isEqualTo("{\"from\":\"3\",\"id\":\"wamid.4\",\"timestamp\":\"5\","
        + "\"type\":\"text\",\"text\":{\"body\":\"café\",\"x\":[1.50,{\"y\":null}]},\"new_member\":true}");
  }

  /** Both paths on one body: true when the fast path took it on (and then gave the general path's events). */
  private static boolean compare(byte[] body) {
    Object expected = general(body);
    Object actual;
    try {
      actual = WebhookProcessor.parse(body);
    } catch (IllegalArgumentException e) {
      actual = e.getMessage();
    }
    String doc = new String(body, StandardCharsets.UTF_8);
    assertThat(actual).as(doc).isEqualTo(expected);
    List<WebhookEvent> fast = WebhookFastPath.parse(body);
    if (fast == null) {
      return false;
    }
    @SuppressWarnings("unchecked")
    List<WebhookEvent> events = (List<WebhookEvent>) expected;
    assertThat(fast).as(doc).isEqualTo(events);
    for (int i = 0; i < events.size(); i++) {
      WebhookEvent e = events.get(i);
      WebhookEvent f = fast.get(i);
      assertThat(f.eventId()).as(doc).isEqualTo(e.eventId());
      assertThat(f.businessAccountId()).as(doc).isEqualTo(e.businessAccountId());
      assertThat(raw(f).map()).as(doc).isEqualTo(raw(e).map());
      assertThat(raw(f).json()).as(doc).isEqualTo(raw(e).json());
      assertThat(raw(f).asMap()).as(doc).isEqualTo(raw(e).asMap());
    }
    return true;
  }

  /** What {@link WebhookProcessor#parse} answered before the fast path: the events, or the error message. */
  private static Object general(byte[] body) {
    JsonView payload;
    try {
      payload = WebhookJsonReader.parseObject(body);
    } catch (Json.MalformedJsonException e) {
      return "rawBody is not valid JSON: " + e.getMessage();
    }
    return payload == null ? "rawBody must be a JSON object" : List.copyOf(WebhookParser.parse(payload));
  }

  private static RawJson raw(WebhookEvent event) {
    if (event instanceof InboundMessage message) {
      return message.header().raw();
    }
    return ((MessageStatus) event).raw();
  }

  private static List<Path> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(Fixtures.class.getResource("/payloads")).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  // ---- Variations: a deep copy of the tree with random changes, written with random whitespace and escapes.

  private static final String[] NAMES = {"id", "from", "timestamp", "type", "text", "body", "status", "errors",
      "recipient_id", "recipient_type", "contacts", "metadata", "context", "field", "value", "statuses", "messages",
      "entry", "changes", "user_actions", "conversation", "pricing", "x_new", "wa_id", "user_id",
      "recipient_participant_id", "participant_recipient_id", "recipient_participant_user_id"};

  private static @Nullable Object vary(@Nullable Object value, Random r) {
    if (value instanceof Map<?, ?> map) {
      List<Map.Entry<String, @Nullable Object>> members = new ArrayList<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (r.nextInt(25) != 0) { // a member missing
          members.add(new SimpleEntry<>((String) e.getKey(), vary(e.getValue(), r)));
        }
      }
      if (r.nextInt(6) == 0) {
        Collections.shuffle(members, r);
      }
      if (r.nextInt(20) == 0 && !map.isEmpty()) { // a member repeated, its value varied
        Map.Entry<?, ?> repeated = new ArrayList<>(map.entrySet()).get(r.nextInt(map.size()));
        members.add(r.nextInt(members.size() + 1),
            new SimpleEntry<>((String) repeated.getKey(), vary(repeated.getValue(), r)));
      }
      if (r.nextInt(8) == 0) { // a member added: new, or one the parsers read (possibly repeating one)
        members.add(r.nextInt(members.size() + 1),
            new SimpleEntry<>(NAMES[r.nextInt(NAMES.length)], randomValue(r, 2)));
      }
      return new Members(members);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> items = new ArrayList<>();
      for (Object item : list) {
        items.add(vary(item, r));
        if (r.nextInt(10) == 0) { // one more message, status, contact, entry, change...
          items.add(vary(item, r));
        }
      }
      if (r.nextInt(30) == 0) {
        items.add(r.nextInt(items.size() + 1), randomValue(r, 1));
      }
      return items;
    }
    if (value instanceof String s && r.nextInt(30) == 0) { // another type where Meta sends a string
      return switch (r.nextInt(4)) {
        case 0 -> null;
        case 1 -> s.chars().allMatch(Character::isDigit) && !s.isEmpty() ? new BigDecimal(s) : BigDecimal.TEN;
        case 2 -> Boolean.TRUE;
        default -> s + "\u00e9\ud83d\ude00\"\\/\n";
      };
    }
    return value;
  }

  private static @Nullable Object randomValue(Random r, int depth) {
    switch (r.nextInt(depth > 0 ? 8 : 6)) {
      case 0:
        return null;
      case 1:
        return r.nextBoolean();
      case 2:
        return new BigDecimal(r.nextInt(3) == 0 ? "-1.5e3" : String.valueOf(r.nextInt(100000)));
      case 3:
        return "s\u00e9\ud83d\ude00";
      case 4:
        return String.valueOf(1749416383 + r.nextInt(1000));
      case 5:
        return "";
      case 6: {
        List<Map.Entry<String, @Nullable Object>> members = new ArrayList<>();
        members.add(new SimpleEntry<>(NAMES[r.nextInt(NAMES.length)], randomValue(r, depth - 1)));
        return new Members(members);
      }
      default:
        return new ArrayList<>(List.of(String.valueOf(r.nextInt(10))));
    }
  }

  /** An object as written (names may repeat, which a map cannot hold). */
  private record Members(List<Map.Entry<String, @Nullable Object>> members) {}

  private static void write(StringBuilder out, @Nullable Object value, Random r) {
    if (value instanceof Members object) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, @Nullable Object> e : object.members()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        space(out, r);
        string(out, e.getKey(), r);
        space(out, r);
        out.append(':');
        space(out, r);
        write(out, e.getValue(), r);
        space(out, r);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        space(out, r);
        write(out, list.get(i), r);
        space(out, r);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) { // from randomValue's nested structures
      write(out, new Members(new ArrayList<>(new LinkedHashMap<String, @Nullable Object>(castMap(map)).entrySet())), r);
    } else if (value instanceof String s) {
      string(out, s, r);
    } else {
      out.append(value instanceof BigDecimal d ? d.toString() : String.valueOf(value));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> castMap(Map<?, ?> map) {
    return (Map<String, @Nullable Object>) map;
  }

  private static void space(StringBuilder out, Random r) {
    if (r.nextInt(20) == 0) {
      out.append(" \n\t\r".charAt(r.nextInt(4)));
    }
  }

  /** A string with JSON's required escapes, and now and then an optional one (\\u, \\/). */
  private static void string(StringBuilder out, String s, Random r) {
    boolean escapes = r.nextInt(10) == 0;
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || (escapes && r.nextInt(4) == 0)) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '/' && escapes) {
        out.append("\\/");
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
