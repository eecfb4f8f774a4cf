package dev.wabasdk.message;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validation shared by the message records. Every failure is an {@link IllegalArgumentException} whose message
 * starts with the JSON path of the field, then states the rule and the offending value.
 */
final class Checks {

  private static final Pattern GRAPHEME = Pattern.compile("\\X");
  private static final int PREVIEW = 40;

  private Checks() {}

  /** Length as Meta counts it: Unicode code points. */
  static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  static <T> T required(@Nullable T value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + ": is required but was not set");
    }
    return value;
  }

  /** A required text of {@code min..max} code points that is not blank. */
  static String text(@Nullable String value, String path, int min, int max) {
    String v = required(value, path);
    int length = length(v);
    if (length < min || length > max) {
      String rule = max == Integer.MAX_VALUE ? "must not be empty" : "must be " + min + " to " + max + " characters";
      throw new IllegalArgumentException(path + ": " + rule + ", was " + length + " (" + preview(v) + ")");
    }
    if (min > 0 && v.isBlank()) {
      throw new IllegalArgumentException(path + ": must not be blank, was " + preview(v));
    }
    return v;
  }

  static @Nullable String optionalText(@Nullable String value, String path, int max) {
    return value == null ? null : text(value, path, 1, max);
  }

  static String nonBlank(@Nullable String value, String path) {
    return text(value, path, 1, Integer.MAX_VALUE);
  }

  static String matches(@Nullable String value, String path, Pattern pattern, String rule) {
    String v = required(value, path);
    if (!pattern.matcher(v).matches()) {
      throw new IllegalArgumentException(path + ": " + rule + ", was " + preview(v));
    }
    return v;
  }

  static double range(double value, String path, double min, double max) {
    if (!(value >= min && value <= max)) { // also rejects NaN
      throw new IllegalArgumentException(path + ": must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** An absolute {@code http} or {@code https} URL with a host. */
  static String httpUrl(@Nullable String value, String path) {
    String v = required(value, path);
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme();
      if (scheme != null
          && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          && uri.getHost() != null) {
        return v;
      }
    } catch (URISyntaxException e) {
      // reported below with the field path
    }
    throw new IllegalArgumentException(path + ": must be an absolute http:// or https:// URL, was " + preview(v));
  }

  /** An immutable copy of a list of {@code min..max} non-null elements. */
  static <T> List<T> list(@Nullable List<T> value, String path, int min, int max) {
    List<T> v = required(value, path);
    for (int i = 0; i < v.size(); i++) {
      required(v.get(i), path + "[" + i + "]");
    }
    if (v.size() < min || v.size() > max) {
      String rule = max == Integer.MAX_VALUE ? "must have at least " + min : "must have " + min + " to " + max;
      throw new IllegalArgumentException(path + ": " + rule + " entries, was " + v.size());
    }
    return List.copyOf(v);
  }

  /** Throws when {@code value} is already in {@code seen}; adds it otherwise. */
  static void unique(Set<String> seen, String value, String path, String what) {
    if (!seen.add(value)) {
      throw new IllegalArgumentException(path + ": " + what + " must be unique, " + preview(value)
          + " is used more than once");
    }
  }

  /**
   * A reply button's {@code id} and {@code title} (reply-buttons and mixed-buttons messages): Meta's lengths, no
   * spaces around the id, ids unique and titles unique among {@code titles} (called {@code titlesName}).
   *
   * @param path the button's {@code reply} object, e.g. {@code interactive.action.buttons[0].reply}
   */
  static void replyButton(String id, String title, String path, Set<String> ids, Set<String> titles,
      String titlesName) {
    text(id, path + ".id", 1, ReplyButtonsMessage.MAX_BUTTON_ID_LENGTH);
    if (!id.equals(id.strip())) {
      throw new IllegalArgumentException(path + ".id: must not have leading or trailing spaces, was " + preview(id));
    }
    unique(ids, id, path + ".id", "button ids");
    unique(titles, text(title, path + ".title", 1, ReplyButtonsMessage.MAX_BUTTON_TITLE_LENGTH), path + ".title",
        titlesName);
  }

  /** True when {@code value} is exactly one user-perceived character that is an emoji. */
  static boolean isSingleEmoji(String value) {
    Matcher m = GRAPHEME.matcher(value);
    if (!m.find() || m.start() != 0 || m.end() != value.length()) {
      return false;
    }
    return containsEmoji(value);
  }

  /** True when any code point is a pictographic symbol or part of a keycap/flag sequence. */
  static boolean containsEmoji(String value) {
    return value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL
        || cp == 0x20E3 // combining enclosing keycap
        || (cp >= 0x1F1E6 && cp <= 0x1F1FF)); // regional indicators (flags)
  }

  /** A deep, immutable, insertion-ordered copy of a JSON object given by the caller. */
  static Map<String, Object> jsonObject(@Nullable Map<String, ?> value, String path) {
    Map<String, ?> v = required(value, path);
    if (v.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : v.entrySet()) {
      String key = entry.getKey();
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException(path + ": field names must not be blank, was '" + key + "'");
      }
      copy.put(key, jsonValue(entry.getValue(), path + "." + key));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A deep, immutable copy of a JSON value: strings, booleans, boxed numbers, maps with string keys and lists.
   * Anything else is rejected here, because the client's JSON writer could not serialise it.
   */
  static Object jsonValue(@Nullable Object value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + ": JSON null is not supported; leave the field out instead");
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Double || value instanceof Float || value instanceof Short || value instanceof Byte) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key) || key.isBlank()) {
          throw new IllegalArgumentException(path + ": JSON object keys must be non-blank strings, was "
              + entry.getKey());
        }
        copy.put(key, jsonValue(entry.getValue(), path + "." + key));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection<?> collection) {
      List<Object> copy = new ArrayList<>(collection.size());
      int i = 0;
      for (Object element : collection) {
        copy.add(jsonValue(element, path + "[" + i++ + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(path + ": not a JSON value (use String, Boolean, Integer, Long, Double, Map "
        + "or List), was " + value.getClass().getName());
  }

  /** The value quoted, shortened so that a 4,096-character body does not flood the exception message. */
  static String preview(String value) {
    if (length(value) <= PREVIEW) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, value.offsetByCodePoints(0, PREVIEW)) + "...'";
  }

  /** An image, video or document message: recipient, file, caption length and envelope. */
  static void captionedMedia(
      @Nullable Recipient recipient,
      @Nullable MediaSource media,
      @Nullable String caption,
      @Nullable Envelope envelope,
      String type) {
    required(recipient, "to");
    required(media, type);
    optionalText(caption, type + ".caption", MediaMessage.MAX_CAPTION_LENGTH);
    required(envelope, "envelope");
  }

  /**
   * An audio or sticker message: recipient, file and envelope, and no caption, not even through the extra-field
   * escape hatch (Meta rejects one).
   */
  static void uncaptionedMedia(
      @Nullable Recipient recipient, @Nullable MediaSource media, @Nullable Envelope envelope, String type) {
    required(recipient, "to");
    required(media, type);
    if (required(envelope, "envelope").extraTypeFields().containsKey("caption")) {
      throw new IllegalArgumentException(type + ".caption: " + type + " messages cannot have a caption");
    }
  }

  /**
   * The parts every interactive message with a footer shares: recipient, header (when it can be a media header),
   * body of at most {@code maxBody} characters and footer.
   */
  static void interactive(
      @Nullable Recipient recipient,
      @Nullable InteractiveHeader header,
      @Nullable String body,
      int maxBody,
      @Nullable String footer) {
    required(recipient, "to");
    interactiveHeader(header);
    text(body, "interactive.body.text", 1, maxBody);
    optionalText(footer, "interactive.footer.text", InteractiveMessage.MAX_FOOTER_LENGTH);
  }

  private static final Pattern GRAPH_ID = Pattern.compile("[0-9]{1,32}");

  /**
   * A product catalog id as Meta issues it: a numeric Graph id. Meta answers anything else with error 131009
   * (or 131057 for a catalog that is not connected) only after the send.
   */
  static String catalogId(@Nullable String value, String path) {
    return matches(value, path, GRAPH_ID, "must be the numeric id of a catalog connected to the WhatsApp Business "
        + "Account (Commerce Manager > Catalog > Settings)");
  }

  /**
   * A product's {@code product_retailer_id}: the catalog item's Content ID (SKU), 1 to 100 characters without
   * leading or trailing spaces, as Commerce Manager accepts it.
   */
  static String productRetailerId(@Nullable String value, String path) {
    String v = text(value, path, 1, MAX_RETAILER_ID_LENGTH);
    if (!v.equals(v.strip())) {
      throw new IllegalArgumentException(path + ": must not have leading or trailing spaces, was " + preview(v));
    }
    return v;
  }

  /** Commerce Manager's limit on a catalog item's Content ID ({@code retailer_id}). */
  static final int MAX_RETAILER_ID_LENGTH = 100;

  /**
   * Refuses a group recipient for a message that only one user can get, e.g. {@code whatGoes} "orders go": "to:
   * orders go to one user, not a group, was ...".
   */
  static void oneUser(Recipient recipient, String whatGoes) {
    if (recipient instanceof Recipient.Group) {
      throw new IllegalArgumentException("to: " + whatGoes + " to one user, not a group, was " + recipient.value());
    }
  }

  /** Limits of an interactive message header. */
  static void interactiveHeader(@Nullable InteractiveHeader header) {
    if (header instanceof InteractiveHeader.Text text) {
      text(text.text(), "interactive.header.text", 1, InteractiveMessage.MAX_HEADER_TEXT_LENGTH);
    } else if (header instanceof InteractiveHeader.Document document) {
      optionalText(document.filename(), "interactive.header.document.filename", Integer.MAX_VALUE);
    }
  }
}
