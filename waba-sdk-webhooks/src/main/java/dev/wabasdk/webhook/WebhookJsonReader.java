package dev.wabasdk.webhook;

import dev.wabasdk.internal.Json;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a webhook body into {@link JsonView}s straight from its UTF-8 bytes: what {@code Json.parse} accepts and
 * refuses, with the same error messages, but without a {@code LinkedHashMap} per object, without copying the body
 * into a buffer, and with the member names (and the most common values) Meta sends matched in the bytes against
 * known strings rather than decoded into new ones.
 *
 * <p>This reader only takes the plain road: strict JSON as Meta writes it. Whatever it does not take on (malformed
 * input, Moshi's own leniencies such as {@code TRUE} or {@code \'}, over-long numbers, nesting deeper than
 * {@value #MAX_DEPTH}) is read again by {@link MoshiWebhookReader}, the reference, which then gives the tree or the
 * error. So acceptance and messages cannot drift from the reference; {@code WebhookJsonReaderTest} checks that what
 * this reader accepts reads to the reference's tree. Thread-safe: each parse uses an instance of its own.
 */
final class WebhookJsonReader {
  /**
   * Every member name the parsers read, plus the envelope's: matched in the body's bytes and shared, not allocated.
   * A name missing here still reads, as a new string.
   */
  static final String[] NAMES = {
    "object", "entry", "id", "time", "changes", "field", "value", "messaging_product", "metadata",
    "display_phone_number", "phone_number_id", "contacts", "profile", "name", "wa_id", "user_id", "username",
    "parent_user_id", "messages", "from", "timestamp", "type", "text", "body", "statuses", "status", "recipient_id",
    "recipient_type", "recipient_user_id", "recipient_participant_id", "recipient_parent_user_id",
    "parent_recipient_user_id", "biz_opaque_callback_data", "conversation", "origin", "expiration_timestamp",
    "pricing", "billable", "pricing_model", "category", "errors", "code", "title", "message", "error_data",
    "details", "href", "context", "forwarded", "frequently_forwarded", "referred_product", "catalog_id",
    "product_retailer_id", "referral", "source_url", "source_type", "source_id", "headline", "media_type",
    "image_url", "video_url", "thumbnail_url", "ctwa_clid", "image", "video", "audio", "document", "sticker",
    "mime_type", "sha256", "caption", "url", "voice", "filename", "animated", "location", "latitude", "longitude",
    "address", "interactive", "button_reply", "list_reply", "nfm_reply", "description", "response_json", "button",
    "payload", "reaction", "message_id", "emoji", "order", "product_items", "quantity", "item_price", "currency",
    "system", "identity", "acknowledged", "created_timestamp", "hash", "group_id", "user_actions", "user_preferences",
    "calls", "event", "from_user_id", "from_parent_user_id", "to", "to_user_id", "to_parent_user_id",
    "identity_key_hash", "recipient_identity_key_hash", "cost", "amount", "participant_recipient_id",
    "recipient_participant_user_id", "recipient_participant_parent_user_id", "call_recording", "call_transcript",
  };

  /** Values so common that sharing one string each is worth a comparison. */
  static final String[] VALUES = {
    "whatsapp", "whatsapp_business_account", "messages", "text", "individual", "group", "delivered", "read", "sent",
    "failed", "utility", "marketing", "authentication", "service", "referral_conversion", "regular",
    "free_customer_service", "free_entry_point", "PMP", "CBP", "image", "audio", "video", "document", "sticker",
    "location", "contacts", "interactive", "button", "reaction", "button_reply", "list_reply", "nfm_reply",
  };

  /** Deeper documents go to the reference reader (Moshi refuses beyond 255 levels; Meta nests about 8). */
  static final int MAX_DEPTH = 64;

  /** Eight bytes of the body at once. */
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final KnownStrings KNOWN_NAMES = new KnownStrings(NAMES);
  private static final KnownStrings KNOWN_VALUES = new KnownStrings(VALUES);

  /** Thrown (without a stack trace) when the input leaves the plain road; the reference reader takes over. */
  private static final NotPlain NOT_PLAIN = new NotPlain();

  private static final @Nullable Object[] NO_VALUES = {};
  private static final String[] NO_NAMES = {};
  private static final JsonView[] NO_OBJECTS = {};

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5c5c5c5c5c5c5c5cL;

  private final byte[] in;
  private int pos;
  /**
   * The members (or items) of the objects and arrays being read, innermost last: each object or array gets arrays of
   * exactly its size when it ends, instead of growing its own.
   */
  private String[] names = NO_NAMES; // grown on first use: the fast path may need none
  private @Nullable Object[] values = NO_VALUES;
  private int top;

  private WebhookJsonReader(byte[] in) {
    this.in = in;
  }

  /**
   * Parses exactly one JSON value from UTF-8 bytes.
   *
   * @return the object, or null when the body is well-formed JSON but not an object
   * @throws Json.MalformedJsonException naming the path, as {@code Json.parse} does, when the body is not one
   *     well-formed JSON value or a number literal is longer than {@link Json#MAX_NUMBER_LENGTH}
   */
  static @Nullable JsonView parseObject(byte[] utf8) {
    Object value = plain(utf8);
    if (value != NOT_PLAIN) {
      return value instanceof JsonView view ? view : null;
    }
    return MoshiWebhookReader.parseObject(utf8);
  }

  /**
   * The document read on the plain road, as the only element of an array (its value may be null), or null when
   * the input needs the reference reader. For the equivalence tests.
   */
  static @Nullable Object @Nullable [] tryPlain(byte[] utf8) {
    Object value = plain(utf8);
    return value == NOT_PLAIN ? null : new Object[] {value};
  }

  /** The document, or {@link #NOT_PLAIN} when it needs the reference reader. */
  private static @Nullable Object plain(byte[] utf8) {
    WebhookJsonReader reader = new WebhookJsonReader(utf8);
    try {
      reader.skipWhitespace();
      Object value = reader.value(null, null, -1, 0);
      reader.skipWhitespace();
      return reader.pos == utf8.length ? value : NOT_PLAIN;
    } catch (RuntimeException e) {
      if (e == NOT_PLAIN || e instanceof ArrayIndexOutOfBoundsException) {
        return NOT_PLAIN; // truncated input runs past the end: the reference names the error
      }
      throw e;
    }
  }

  // The tokenizer's steps, for WebhookFastPath (which binds the common change without the tree). Each throws
  // NOT_PLAIN (or runs off the end of the body) where the plain road would; the fast path then gives up.

  /** A reader over one body, at its first token. */
  static WebhookJsonReader over(byte[] utf8) {
    WebhookJsonReader reader = new WebhookJsonReader(utf8);
    reader.skipWhitespace();
    return reader;
  }

  /** The byte at the current token (no whitespace before it). */
  byte peek() {
    return in[pos];
  }

  /** The current offset (the start or end of an object, for a {@link RawJson} span). */
  int position() {
    return pos;
  }

  /** True when only whitespace was left after the document. */
  boolean atEnd() {
    skipWhitespace();
    return pos == in.length;
  }

  /**
   * Enters an object or array: {@code open} must be the current byte.
   *
   * @return true when it has a first member or item (the current token)
   */
  boolean open(char open) {
    if (in[pos] != open) {
      throw NOT_PLAIN;
    }
    pos++;
    skipWhitespace();
    if (in[pos] == (open == '{' ? '}' : ']')) {
      pos++;
      return false;
    }
    return true;
  }

  /**
   * After a member or item: true when another follows (the current token), false after the closing {@code close}.
   */
  boolean next(char close) {
    skipWhitespace();
    byte b = in[pos++];
    if (b == close) {
      return false;
    }
    if (b != ',') {
      throw NOT_PLAIN;
    }
    skipWhitespace();
    return true;
  }

  /** A member name and its colon: the shared constant when it is one of {@link #NAMES}. */
  String name() {
    if (in[pos] != '"') {
      throw NOT_PLAIN;
    }
    String name = (String) string(KNOWN_NAMES);
    skipWhitespace();
    if (in[pos++] != ':') {
      throw NOT_PLAIN;
    }
    skipWhitespace();
    return name;
  }

  /** As {@link #name()}, first comparing the body's bytes with the name {@code order} expects at {@code at}. */
  String name(MemberOrder order, int at) {
    if (!order.matches(in, pos, at)) {
      return name();
    }
    pos += order.quotedLength(at);
    skipWhitespace();
    if (in[pos++] != ':') {
      throw NOT_PLAIN;
    }
    skipWhitespace();
    return order.name(at);
  }

  /** A string value (escapes decoded as the tree reads them), or null for JSON null; anything else is not taken. */
  @Nullable String text() {
    if (in[pos] == 'n') {
      return (String) keyword("null", null);
    }
    if (in[pos] != '"') {
      throw NOT_PLAIN;
    }
    return (String) string(KNOWN_VALUES);
  }

  /**
   * Unix seconds written as a string of at most 15 digits (as Meta sends them), read without a string: what
   * {@link JsonView#epochSeconds} gives for that. Anything else is not taken.
   */
  Instant epochSecondsText() {
    int i = pos + 1;
    long seconds = 0;
    byte b;
    while ((b = in[i]) >= '0' && b <= '9') {
      seconds = seconds * 10 + (b - '0');
      i++;
    }
    int digits = i - pos - 1;
    if (in[pos] != '"' || b != '"' || digits == 0 || digits > 15) {
      throw NOT_PLAIN;
    }
    pos = i + 1;
    return Instant.ofEpochSecond(seconds);
  }

  /** Any value, as the tree reads it (objects as views without a path); {@code depth} is the enclosing one's. */
  @Nullable Object any(int depth) {
    return value(null, null, -1, depth);
  }

  /** One value at {@code pos} (no whitespace before it); an object's place (owner, member, index) names it. */
  private @Nullable Object value(@Nullable JsonView owner, @Nullable String member, int index, int depth) {
    byte b = in[pos];
    switch (b) {
      case '{':
        return object(new JsonView(owner, member, index), depth + 1);
      case '[':
        return array(owner, member, depth + 1);
      case '"':
        return string(KNOWN_VALUES);
      case 't':
        return keyword("true", Boolean.TRUE);
      case 'f':
        return keyword("false", Boolean.FALSE);
      case 'n':
        return keyword("null", null);
      default:
        return number();
    }
  }

  private JsonView object(JsonView object, int depth) {
    if (depth > MAX_DEPTH) {
      throw NOT_PLAIN;
    }
    pos++; // '{'
    skipWhitespace();
    if (in[pos] == '}') {
      pos++;
      return object;
    }
    int base = top;
    while (true) {
      String name = name();
      push(name, value(object, name, -1, depth));
      skipWhitespace();
      byte b = in[pos++];
      if (b == '}') {
        @Nullable Object[] members = new Object[(top - base) * 2];
        for (int i = base, k = 0; i < top; i++, k += 2) {
          members[k] = names[i];
          members[k + 1] = values[i];
        }
        object.members(members);
        top = base;
        return object;
      }
      if (b != ',') {
        throw NOT_PLAIN;
      }
      skipWhitespace();
    }
  }

  private JsonView.Items array(@Nullable JsonView owner, @Nullable String member, int depth) {
    if (depth > MAX_DEPTH) {
      throw NOT_PLAIN;
    }
    pos++; // '['
    skipWhitespace();
    if (in[pos] == ']') {
      pos++;
      return new JsonView.Items(NO_VALUES, NO_OBJECTS);
    }
    int base = top;
    int objectCount = 0;
    while (true) {
      // Objects in nested arrays are never asked for their path; they are named after the outer array.
      Object item = value(owner, member, top - base, depth);
      if (item instanceof JsonView) {
        objectCount++;
      }
      push("", item);
      skipWhitespace();
      byte b = in[pos++];
      if (b == ']') {
        break;
      }
      if (b != ',') {
        throw NOT_PLAIN;
      }
      skipWhitespace();
    }
    int count = top - base;
    if (objectCount == count) {
      // Only objects, as in every array Meta sends: one array serves as the items and as the objects.
      JsonView[] objects = new JsonView[count];
      System.arraycopy(values, base, objects, 0, count);
      top = base;
      return new JsonView.Items(objects, objects);
    }
    @Nullable Object[] items = Arrays.copyOfRange(values, base, top);
    JsonView[] objects = objectCount == 0 ? NO_OBJECTS : new JsonView[objectCount];
    for (int i = 0, o = 0; o < objectCount; i++) {
      if (items[i] instanceof JsonView view) {
        objects[o++] = view;
      }
    }
    top = base;
    return new JsonView.Items(items, objects);
  }

  private void push(String name, @Nullable Object value) {
    if (top == names.length) {
      names = Arrays.copyOf(names, Math.max(16, top * 2));
      values = Arrays.copyOf(values, Math.max(16, top * 2));
    }
    names[top] = name;
    values[top] = value;
    top++;
  }

  /**
   * A string at {@code pos} (the opening quote), as the shared constant when {@code known} has it. Runs of bytes
   * between escapes are decoded on their own, as Moshi decodes them (invalid UTF-8 becomes U+FFFD the same way).
   */
  private Object string(KnownStrings known) {
    int start = ++pos;
    byte[] in = this.in;
    int i = start;
    // A word at a time until one of its bytes is a quote or a backslash (the zero-byte test of "w ^ quotes"); the
    // lowest flagged byte is exact, so the end is found without going back over the word byte by byte. The bytes
    // seen are or-ed to tell whether all were ASCII.
    long seen = 0;
    for (int last = in.length - 8; ; i += 8) {
      if (i > last) {
        // The last few bytes of the body: one at a time (a truncated string runs off the end and is not plain).
        byte b;
        while ((b = in[i]) != '"' && b != '\\') {
          seen |= b;
          i++;
        }
        break;
      }
      long w = (long) WORDS.get(in, i);
      long q = w ^ QUOTES;
      long b = w ^ BACKSLASHES;
      long hit = (((q - ONES) & ~q) | ((b - ONES) & ~b)) & HIGH_BITS;
      if (hit != 0) {
        int before = Long.numberOfTrailingZeros(hit) >>> 3; // little-endian: the first byte is the lowest
        seen |= w & ((1L << (before << 3)) - 1);
        i += before;
        break;
      }
      seen |= w;
    }
    boolean ascii = (seen & HIGH_BITS) == 0;
    if (in[i] == '"') {
      pos = i + 1;
      String shared = known.find(in, start, i);
      if (shared != null) {
        return shared;
      }
      // Latin-1 of ASCII bytes is the same text, without the UTF-8 decoder's checks.
      return new String(in, start, i - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
    byte b;
    StringBuilder text = new StringBuilder(i - start + 16);
    int run = start;
    while (true) {
      b = in[i];
      if (b == '"') {
        text.append(new String(in, run, i - run, StandardCharsets.UTF_8));
        pos = i + 1;
        String s = text.toString();
        String shared = known.find(s);
        return shared != null ? shared : s;
      }
      if (b != '\\') {
        i++;
        continue;
      }
      text.append(new String(in, run, i - run, StandardCharsets.UTF_8));
      i = escape(i + 1, text);
      run = i;
    }
  }

  /** Appends the escape after a backslash at {@code i}; returns the index after it. */
  private int escape(int i, StringBuilder text) {
    byte e = in[i];
    switch (e) {
      case '"', '\\', '/' -> text.append((char) e);
      case 'b' -> text.append('\b');
      case 'f' -> text.append('\f');
      case 'n' -> text.append('\n');
      case 'r' -> text.append('\r');
      case 't' -> text.append('\t');
      case 'u' -> {
        // Each \\u is one char, surrogates included (paired or not), as Moshi reads it.
        char c = 0;
        for (int k = 1; k <= 4; k++) {
          c = (char) ((c << 4) + hex(in[i + k]));
        }
        text.append(c);
        return i + 5;
      }
      default -> throw NOT_PLAIN;
    }
    return i + 1;
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    throw NOT_PLAIN;
  }

  private @Nullable Object keyword(String keyword, @Nullable Object value) {
    int end = pos + keyword.length();
    for (int k = 1; k < keyword.length(); k++) {
      if (in[pos + k] != keyword.charAt(k)) {
        throw NOT_PLAIN;
      }
    }
    pos = end;
    requireEndOfLiteral();
    return value;
  }

  /** A number in JSON's strict grammar, kept exactly as a {@code BigDecimal}. */
  private BigDecimal number() {
    int start = pos;
    int i = pos;
    byte[] in = this.in;
    if (i < in.length && in[i] == '-') {
      i++;
    }
    int digitsStart = i;
    i = digits(i);
    if (i == digitsStart) {
      throw NOT_PLAIN;
    }
    // Moshi refuses a digit after an integer part whose value, in its wrapping long arithmetic, is 0: a leading zero,
    // but also "1" followed by 64 or more zeros (10^64 wraps to 0). Refused the same way here.
    long wrapped = -(in[digitsStart] - '0');
    for (int k = digitsStart + 1; k < i; k++) {
      if (wrapped == 0) {
        throw NOT_PLAIN;
      }
      wrapped = wrapped * 10 - (in[k] - '0');
    }
    boolean whole = true;
    if (i < in.length && in[i] == '.') {
      int fraction = ++i;
      i = digits(i);
      if (i == fraction) {
        throw NOT_PLAIN;
      }
      whole = false;
    }
    if (i < in.length && (in[i] == 'e' || in[i] == 'E')) {
      i++;
      if (i < in.length && (in[i] == '+' || in[i] == '-')) {
        i++;
      }
      int exponent = i;
      i = digits(i);
      if (i == exponent) {
        throw NOT_PLAIN;
      }
      whole = false;
    }
    int length = i - start;
    if (length > Json.MAX_NUMBER_LENGTH) {
      throw NOT_PLAIN; // the reference names the path in its error
    }
    pos = i;
    requireEndOfLiteral();
    if (whole && i - digitsStart <= 18) {
      long value = 0;
      for (int k = digitsStart; k < i; k++) {
        value = value * 10 + (in[k] - '0');
      }
      // Equal to new BigDecimal(literal), scale 0 (-0 is 0 there too).
      return BigDecimal.valueOf(start == digitsStart ? value : -value);
    }
    try {
      return new BigDecimal(new String(in, start, length, StandardCharsets.ISO_8859_1));
    } catch (NumberFormatException e) {
      throw NOT_PLAIN; // an exponent out of BigDecimal's range: the reference names it
    }
  }

  private int digits(int i) {
    byte[] in = this.in;
    while (i < in.length && in[i] >= '0' && in[i] <= '9') {
      i++;
    }
    return i;
  }

  /** A literal must end where Moshi ends one: at the end, at whitespace or at a structural character. */
  private void requireEndOfLiteral() {
    if (pos == in.length) {
      return;
    }
    byte b = in[pos];
    if (b != ',' && b != '}' && b != ']' && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
      throw NOT_PLAIN;
    }
  }

  /** The whitespace Moshi skips (comments are its leniency: not on the plain road). */
  private void skipWhitespace() {
    byte[] in = this.in;
    int i = pos;
    // Meta's JSON is compact: one compare (whitespace is below '!', every token byte above) settles most calls.
    if (i < in.length && in[i] > ' ') {
      return;
    }
    while (i < in.length) {
      byte b = in[i];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        break;
      }
      i++;
    }
    pos = i;
  }

  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super("not plain JSON", null, false, false);
    }
  }
}
