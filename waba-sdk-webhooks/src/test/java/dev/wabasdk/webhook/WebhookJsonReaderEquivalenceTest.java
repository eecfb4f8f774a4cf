package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.internal.Json;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The byte reader against the reference (Moshi) reader on generated documents: trees with escapes, surrogate pairs
 * (paired and lone), raw and invalid UTF-8, control characters, deep nesting, huge and malformed numbers, repeated
 * names, and the same documents truncated, with trailing data or with one byte changed. Each must read to the same
 * tree (and the same object paths) or fail with the same message; and whatever the byte reader takes on by itself
 * (without handing over to the reference) must be something the reference accepts, read the same.
 */
class WebhookJsonReaderEquivalenceTest {
  private static final String[] NAMES = {"id", "entry", "changes", "value", "text", "body", "status", "a", "b", "ü",
      "messages", "timestamp", "x\"y", "from"};
  private static final String[] STRINGS = {"whatsapp", "text", "delivered", "", "plain", "é", "日本", "😀",
      "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQz", "1749416383", "PMP"};

  @Test
  void generatedDocumentsReadAsTheReferenceReadsThem() {
    Random random = new Random(20261206L);
    int plain = 0;
    int cases = 0;
    for (int n = 0; n < 20_000; n++) {
      Random r = new Random(random.nextLong());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean deep = r.nextInt(40) == 0;
      if (r.nextInt(4) != 0) {
        writeObject(out, r, deep ? 40 + r.nextInt(260) : 1 + r.nextInt(5));
      } else {
        writeValue(out, r, deep ? 40 + r.nextInt(260) : 1 + r.nextInt(5));
      }
      byte[] doc = mutate(out.toByteArray(), r);
      cases++;
      if (compare(doc)) {
        plain++;
      }
    }
    // Most documents stay on the byte reader's own road: the comparison above is not only the reference against itself.
    assertThat(plain).isGreaterThan(cases / 3);
  }

  @Test
  void cornersReadAsTheReferenceReadsThem() {
    for (String json : List.of(
        "{\"a\":\"\\ud83d\\ude00\",\"b\":\"\\ud83d\",\"c\":\"\\ude00x\",\"d\":\"\\u00e9\\u00E9\"}",
        "{\"a\":\"\\'\"}", "{\"a\":\"line\\\ncontinued\"}", "{\"a\":TRUE}", "{\"a\":True,\"b\":nULL}",
        "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":+1}",
        "{\"a\":-0}", "{\"a\":-0.0e-0}", "{\"a\":9223372036854775807}", "{\"a\":-9223372036854775808}",
        "{\"a\":9223372036854775808}", "{\"a\":999999999999999999}", "{\"a\":1E400}", "{\"a\":1e99999999999}",
        "{\"a\":1" + "0".repeat(Json.MAX_NUMBER_LENGTH - 1) + "}", "{\"a\":1" + "0".repeat(Json.MAX_NUMBER_LENGTH) + "}",
        "{\"a\":\"raw\ttab and \u0001 control\"}", "{\"a\":1}\n", "{\"a\":1} {}", "{\"a\":1}/", "\ufeff{\"a\":1}",
        "{\"a\" : [ 1 , 2 ] , \"b\" :{ } }", "{\"a\":[,]}", "{\"a\":[1,]}", "{,}", "{\"a\"}", "{\"a\":1;\"b\":2}",
        "{\"a\"=1}", "{a:1}", "{\"a\":1 /* c */}", "{\"a\":1 # c\n}", "{\"a\":truex}", "{\"a\":true,\"a\":false}",
        "[" + "[".repeat(300) + "]".repeat(300) + "]", "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}",
        "{\"a\":" + "[".repeat(64) + "]".repeat(64) + "}", "{\"a\":" + "[".repeat(255) + "]".repeat(255) + "}",
        "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\", "{\"\\u0069d\":1}",
        "\"s\"", "12", " true ", "null", "[]", "")) {
      compare(json.getBytes(StandardCharsets.UTF_8));
    }
    // Invalid UTF-8 inside strings, names and between tokens.
    for (byte[] bad : List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xe2, (byte) 0x82},
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80,
        (byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0x80, (byte) 0x80})) {
      compare(concat("{\"a\":\"x", bad, "y\"}"));
      compare(concat("{\"a\":\"", bad, "\\n", bad, "\"}"));
      compare(concat("{\"", bad, "\":1}"));
      compare(concat("{\"a\":1", bad, "}"));
    }
  }

  /**
   * Known names and values are matched by their length and first and last eight bytes (and the words between for
   * longer ones): each reads as the shared constant, at the body's very end too (where fewer than eight bytes are
   * left), and every near miss (one byte changed anywhere, one byte longer or shorter) reads as its own text.
   */
  @Test
  void knownNamesAndValuesAreSharedAndNearMissesReadAsTheirOwnText() throws ReflectiveOperationException {
    List<String> known = new ArrayList<>(List.of(WebhookJsonReader.NAMES));
    known.addAll(List.of(WebhookJsonReader.VALUES));
    for (String text : known) {
      String quoted = Json.writeTree(text);
      for (String doc : List.of("{" + quoted + ":1}", "{\"a\":" + quoted + "}",
          "{" + quoted + ":" + quoted + ",\"padding to read whole words\":0}")) {
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(compare(bytes)).as(doc).isTrue();
        JsonView view = WebhookJsonReader.parseObject(bytes);
        Object[] members = (Object[]) field(JsonView.class, "members").get(view);
        if (doc.startsWith("{\"a\"")) {
          assertThat(members[1]).as(doc).isEqualTo(text);
          if (List.of(WebhookJsonReader.VALUES).contains(text)) {
            assertThat(members[1]).as(doc).isSameAs(List.of(WebhookJsonReader.VALUES).get(
                List.of(WebhookJsonReader.VALUES).indexOf(text)));
          }
        } else if (List.of(WebhookJsonReader.NAMES).contains(text)) {
          assertThat(members[0]).as(doc).isSameAs(WebhookJsonReader.NAMES[List.of(WebhookJsonReader.NAMES).indexOf(text)]);
        }
      }
      List<String> misses = new ArrayList<>(List.of(text + "x", text.substring(1), text.substring(0, text.length() - 1)));
      for (int i = 0; i < text.length(); i++) {
        misses.add(text.substring(0, i) + (char) (text.charAt(i) ^ 1) + text.substring(i + 1));
      }
      for (String miss : misses) {
        String quoted2 = Json.writeTree(miss);
        for (String doc : List.of("{" + quoted2 + ":1}", "{\"a\":" + quoted2 + "}",
            "{" + quoted2 + ":" + quoted2 + ",\"padding to read whole words\":0}")) {
          byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
          assertThat(compare(bytes)).as(doc).isTrue();
          JsonView view = WebhookJsonReader.parseObject(bytes);
          Object[] members = (Object[]) field(JsonView.class, "members").get(view);
          assertThat(doc.startsWith("{\"a\"") ? members[1] : members[0]).as(doc).isEqualTo(miss);
        }
      }
    }
  }

  /** Compares both readers on one document; true when the byte reader read it by itself. */
  private static boolean compare(byte[] doc) {
    String expected = outcome(() -> MoshiWebhookReader.parseObject(doc));
    String actual = outcome(() -> WebhookJsonReader.parseObject(doc));
    String shown = new String(doc, StandardCharsets.UTF_8);
    assertThat(actual).as(shown).isEqualTo(expected);
    @Nullable Object @Nullable [] plain = WebhookJsonReader.tryPlain(doc);
    if (plain == null) {
      return false;
    }
    assertThat(expected).as("the reference accepts what the byte reader read: " + shown).startsWith("ok ");
    Object reference = Json.parse(doc);
    assertThat(Json.writeTree(tree(plain[0]))).as(shown).isEqualTo(Json.writeTree(reference));
    return true;
  }

  private static String outcome(java.util.function.Supplier<@Nullable JsonView> read) {
    try {
      JsonView view = read.get();
      if (view == null) {
        return "ok null";
      }
      List<String> paths = new ArrayList<>();
      paths(view, paths);
      return "ok " + Json.writeTree(view.map()) + " " + paths;
    } catch (Json.MalformedJsonException e) {
      return "error " + e.getMessage();
    }
  }

  private static @Nullable Object tree(@Nullable Object value) {
    if (value instanceof JsonView view) {
      return view.map();
    }
    if (value instanceof JsonView.Items items) {
      return items.list();
    }
    return value;
  }

  /** Every object's path, depth first, read through the fields (JsonView shows members only by name). */
  private static void paths(Object value, List<String> out) {
    try {
      if (value instanceof JsonView view) {
        out.add(view.path());
        Object[] members = (Object[]) field(JsonView.class, "members").get(view); // name, value, name, ...
        for (int i = 1; i < members.length; i += 2) {
          if (members[i] != null) {
            paths(members[i], out);
          }
        }
      } else if (value instanceof JsonView.Items items) {
        Object[] all = (Object[]) field(JsonView.Items.class, "items").get(items);
        for (int i = 0; i < items.count(); i++) {
          if (all[i] != null) {
            paths(all[i], out);
          }
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    return concat(before, middle, after, new byte[0], "");
  }

  private static byte[] concat(String a, byte[] b, String c, byte[] d, String e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(b);
    out.writeBytes(c.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(d);
    out.writeBytes(e.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] mutate(byte[] doc, Random r) {
    switch (r.nextInt(8)) {
      case 0: // truncated
        return java.util.Arrays.copyOf(doc, r.nextInt(doc.length + 1));
      case 1: { // trailing data
        byte[] tail = List.of(" ", "x", "}", "{}", "\n\t ", ",", "1", "/").get(r.nextInt(8))
            .getBytes(StandardCharsets.UTF_8);
        byte[] longer = java.util.Arrays.copyOf(doc, doc.length + tail.length);
        System.arraycopy(tail, 0, longer, doc.length, tail.length);
        return longer;
      }
      case 2: { // one byte changed
        if (doc.length == 0) {
          return doc;
        }
        byte[] copy = doc.clone();
        String swaps = "{}[]:,\"\\ 0-.eE+tfnx\u0001";
        copy[r.nextInt(copy.length)] = (byte) swaps.charAt(r.nextInt(swaps.length()));
        return copy;
      }
      case 3: { // one byte of invalid UTF-8 somewhere
        if (doc.length == 0) {
          return doc;
        }
        byte[] copy = doc.clone();
        copy[r.nextInt(copy.length)] = (byte) (0x80 + r.nextInt(128));
        return copy;
      }
      default:
        return doc;
    }
  }

  private static void writeValue(ByteArrayOutputStream out, Random r, int depth) {
    int kind = depth <= 0 ? 2 + r.nextInt(4) : r.nextInt(6);
    switch (kind) {
      case 0 -> writeObject(out, r, depth);
      case 1 -> {
        write(out, "[");
        int n = depth > 30 ? 1 : r.nextInt(4);
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            write(out, ",");
          }
          space(out, r);
          writeValue(out, r, depth - 1);
          space(out, r);
        }
        write(out, "]");
      }
      case 2 -> writeString(out, r, STRINGS[r.nextInt(STRINGS.length)]);
      case 3 -> write(out, number(r));
      case 4 -> write(out, List.of("true", "false", "null", "true", "false", "null", "TRUE", "nul").get(r.nextInt(8)));
      default -> writeString(out, r, randomText(r));
    }
  }

  private static void writeObject(ByteArrayOutputStream out, Random r, int depth) {
    write(out, "{");
    int n = depth > 30 ? 1 : r.nextInt(5);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        write(out, ",");
      }
      space(out, r);
      // Repeated names come from the small pool.
      writeString(out, r, r.nextInt(5) == 0 ? randomText(r) : NAMES[r.nextInt(NAMES.length)]);
      space(out, r);
      write(out, ":");
      space(out, r);
      writeValue(out, r, depth - 1);
      space(out, r);
    }
    write(out, "}");
  }

  private static void space(ByteArrayOutputStream out, Random r) {
    if (r.nextInt(4) == 0) {
      write(out, List.of(" ", "\n", "\t", "\r\n  ").get(r.nextInt(4)));
    }
  }

  private static String number(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> "0";
      case 1 -> "-" + r.nextInt(1000);
      case 2 -> Long.toString(r.nextLong());
      case 3 -> r.nextInt(100) + "." + r.nextInt(1000);
      case 4 -> r.nextInt(10) + "e" + (r.nextBoolean() ? "-" : "+") + r.nextInt(400);
      case 5 -> "1" + "0".repeat(r.nextInt(40));
      case 6 -> "1" + "0".repeat(Json.MAX_NUMBER_LENGTH - 2 + r.nextInt(4));
      case 7 -> "1e99999999999";
      case 8 -> List.of("01", "1.", "-", "+1", ".5", "1e", "-0", "1E5", "0.0").get(r.nextInt(9));
      default -> Integer.toString(r.nextInt());
    };
  }

  private static String randomText(Random r) {
    StringBuilder s = new StringBuilder();
    // Mostly short, sometimes long enough for the reader's word-at-a-time scan.
    int n = r.nextInt(8) == 0 ? r.nextInt(120) : r.nextInt(12);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(10)) {
        case 0 -> s.append((char) ('a' + r.nextInt(26)));
        case 1 -> s.append("é");
        case 2 -> s.append("😀");
        case 3 -> s.append((char) (0x4e00 + r.nextInt(100)));
        case 4 -> s.append((char) r.nextInt(0x20));
        default -> s.append((char) (' ' + r.nextInt(95)));
      }
    }
    return s.toString();
  }

  /** A string literal with a random mix of raw characters and escapes (some invalid, some lone surrogates). */
  private static void writeString(ByteArrayOutputStream out, Random r, String text) {
    write(out, "\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape = c == '"' || c == '\\' || r.nextInt(6) == 0;
      if (!escape) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          write(out, text.substring(i, i + 2));
          i++;
        } else {
          write(out, String.valueOf(c));
        }
        continue;
      }
      switch (r.nextInt(6)) {
        case 0 -> write(out, String.format("\\u%04x", (int) c));
        case 1 -> write(out, String.format("\\u%04X", (int) c));
        case 2 -> write(out, c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '/' ? "\\/" : c == '\n' ? "\\n"
            : String.format("\\u%04x", (int) c));
        case 3 -> write(out, List.of("\\b", "\\f", "\\r", "\\t", "\\/", "\\'", "\\q", "\\u00").get(r.nextInt(8)));
        case 4 -> write(out, List.of("\\ud83d\\ude00", "\\ud83d", "\\udc00", "\\uD83D\\uDE00").get(r.nextInt(4)));
        default -> write(out, c == '"' ? "\\\"" : c == '\\' ? "\\\\" : String.valueOf(c));
      }
    }
    write(out, "\"");
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
