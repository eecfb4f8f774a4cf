package dev.wabasdk.webhook;

import dev.wabasdk.internal.Json;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object of a webhook body as {@link WebhookJsonReader} reads it: members in two arrays instead of a
 * {@code LinkedHashMap}, names shared with the parsers' constants, and its path (for error messages only) worked out
 * when asked. Read leniently: a member of the wrong kind reads as absent, except where a method says it throws, and
 * then the {@link Json.MalformedJsonException} names the member's path. {@link #map()} gives the same tree
 * {@code Json.parse} gives (insertion-ordered maps, lists, {@code BigDecimal} numbers; a repeated name keeps its
 * first place and its last value). Not changed after parsing; thread-safe once published.
 */
final class JsonView {
  private static final @Nullable Object[] NO_MEMBERS = {};

  private final @Nullable JsonView parent;
  private final @Nullable String name;
  private final int index;
  // Exactly as long as the object has members (set once, when the reader is done with it).
  // Name and value of each member in turn (one array per object: names at even places, each a String).
  private @Nullable Object[] members = NO_MEMBERS;
  /**
   * One bit per member name, at its hash modulo 64: a name whose bit is clear is not a member, so the parsers' many
   * questions about optional members Meta did not send are answered without a scan.
   */
  private long nameBits;

  /**
   * @param parent the object holding this one (null for the document's top level)
   * @param name the member of {@code parent} this object is, or holds it in an array
   * @param index the place in that array, or -1
   */
  JsonView(@Nullable JsonView parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** Used while reading only: every member at once, in arrays this object keeps. */
  void members(String[] names, @Nullable Object[] values) {
    @Nullable Object[] members = new Object[names.length * 2];
    for (int i = 0; i < names.length; i++) {
      members[2 * i] = names[i];
      members[2 * i + 1] = values[i];
    }
    members(members);
  }

  /** Used while reading only: every member at once, name and value in turn, in an array this object keeps. */
  void members(@Nullable Object[] members) {
    this.members = members;
    long bits = 0;
    for (int i = 0; i < members.length; i += 2) {
      bits |= 1L << name(members, i).hashCode(); // the shift takes the hash modulo 64
    }
    nameBits = bits;
  }

  private static String name(@Nullable Object[] members, int i) {
    return (String) Objects.requireNonNull(members[i]);
  }

  /** The last value under {@code member} (as a map would keep it), or null. */
  private @Nullable Object value(String member) {
    if ((nameBits & (1L << member.hashCode())) == 0) {
      return null;
    }
    @Nullable Object[] members = this.members;
    for (int i = members.length - 2; i >= 0; i -= 2) {
      Object n = members[i];
      // Names Meta sends are shared constants (==); a string caches its hash, so most others are told apart cheaply.
      if (n == member || (n != null && n.hashCode() == member.hashCode() && n.equals(member))) {
        return members[i + 1];
      }
    }
    return null;
  }

  /** Where this object sits, e.g. {@code $.entry[0].changes[0].value}. */
  String path() {
    if (parent == null) {
      return "$";
    }
    String path = parent.pathOf(String.valueOf(name));
    return index < 0 ? path : path + "[" + index + "]";
  }

  /** The path of a member of this object. */
  String pathOf(String member) {
    return path() + "." + member;
  }

  /** A member as the tree {@code Json.parse} would give it (objects as maps, arrays as lists). */
  @Nullable Object get(String member) {
    return tree(value(member));
  }

  /** True when the member is an array. */
  boolean hasArray(String member) {
    return value(member) instanceof Items;
  }

  /** The object under {@code member}, or null when absent or not an object. */
  @Nullable JsonView object(String member) {
    return value(member) instanceof JsonView view ? view : null;
  }

  /** The objects in the array under {@code member} (other items skipped); unmodifiable. */
  List<JsonView> objects(String member) {
    return value(member) instanceof Items items ? items : List.of();
  }

  /** A member as text: strings as they are, numbers and booleans as their text (Meta is not consistent about ids). */
  @Nullable String string(String member) {
    return text(value(member));
  }

  /** A value as {@link #string} reads a member: strings, numbers and booleans as text; null for anything else. */
  static @Nullable String text(@Nullable Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal d) {
      // toPlainString of 1e999999999 would allocate a billion digits: only for sane scales.
      return Math.abs((long) d.scale()) <= Json.MAX_NUMBER_LENGTH ? d.toPlainString() : d.toString();
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  /** True only for {@code true} or {@code "true"}. */
  boolean bool(String member) {
    Object value = value(member);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /**
   * A number, or a string holding one (Meta sends both).
   *
   * @return null when absent or JSON null
   * @throws Json.MalformedJsonException naming the path when the member is something else
   */
  @Nullable BigDecimal number(String member) {
    Object value = value(member);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof String s && s.strip().length() <= Json.MAX_NUMBER_LENGTH) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new Json.MalformedJsonException(
        pathOf(member), "expected a number or a numeric string, was " + describe(value));
  }

  /** {@link #number}, or null when the member is malformed. */
  @Nullable BigDecimal numberOrNull(String member) {
    try {
      return number(member);
    } catch (Json.MalformedJsonException e) {
      return null;
    }
  }

  /** A whole number in the int range, or 0 when absent, malformed or out of range (never expands a huge exponent). */
  int intOrZero(String member) {
    BigDecimal value = numberOrNull(member);
    if (value == null || Math.abs((long) value.scale()) > Json.MAX_NUMBER_LENGTH
        || value.precision() - value.scale() > 10) {
      return 0;
    }
    return value.intValue();
  }

  /**
   * Unix seconds, as a number or a numeric string.
   *
   * @return null when absent or JSON null
   * @throws Json.MalformedJsonException naming the path when the member is not whole seconds in {@link Instant}'s range
   */
  @Nullable Instant epochSeconds(String member) {
    Object raw = value(member);
    if (raw instanceof String s && s.length() <= 15 && isDigits(s)) {
      // The common case ("1749416383"): what the BigDecimal route below gives, without the BigDecimal.
      return Instant.ofEpochSecond(Long.parseLong(s));
    }
    BigDecimal seconds = number(member);
    if (seconds == null) {
      return null;
    }
    if (Math.abs((long) seconds.scale()) <= Json.MAX_NUMBER_LENGTH && seconds.precision() - seconds.scale() <= 18) {
      try {
        return Instant.ofEpochSecond(seconds.longValueExact());
      } catch (ArithmeticException | DateTimeException e) {
        // reported below
      }
    }
    throw new Json.MalformedJsonException(pathOf(member), "expected whole Unix seconds, was " + describe(raw));
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@link #epochSeconds}, or null when the member is malformed. */
  @Nullable Instant epochSecondsOrNull(String member) {
    try {
      return epochSeconds(member);
    } catch (Json.MalformedJsonException e) {
      return null;
    }
  }

  /** A new tree of this object as {@code Json.parse} gives it: a {@code LinkedHashMap} of maps, lists and values. */
  Map<String, @Nullable Object> map() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>(Math.max(4, members.length));
    for (int i = 0; i < members.length; i += 2) {
      map.put(name(members, i), tree(members[i + 1]));
    }
    return map;
  }

  private static @Nullable Object tree(@Nullable Object value) {
    if (value instanceof JsonView view) {
      return view.map();
    }
    if (value instanceof Items items) {
      return items.list();
    }
    return value;
  }

  /** A short description of a value for an error message (long strings cut, containers by kind). */
  private static String describe(@Nullable Object value) {
    if (value instanceof String s) {
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    if (value instanceof JsonView) {
      return "an object";
    }
    if (value instanceof Items) {
      return "an array";
    }
    return String.valueOf(value);
  }

  /**
   * A JSON array: every item for {@link #map()}, and as a list the objects among them, which is what
   * {@link #objects} returns, without a copy.
   */
  static final class Items extends AbstractList<JsonView> implements RandomAccess {
    private final @Nullable Object[] items;
    private final JsonView[] objects;

    /** Every item, and the objects among them, in arrays this list keeps. */
    Items(@Nullable Object[] items, JsonView[] objects) {
      this.items = items;
      this.objects = objects;
    }

    /** The number of items, objects or not. */
    int count() {
      return items.length;
    }

    @Override
    public JsonView get(int i) {
      if (i < 0 || i >= objects.length) {
        throw new IndexOutOfBoundsException("index " + i + ", size " + objects.length);
      }
      return objects[i];
    }

    @Override
    public int size() {
      return objects.length;
    }

    List<@Nullable Object> list() {
      List<@Nullable Object> list = new ArrayList<>(items.length);
      for (int i = 0; i < items.length; i++) {
        list.add(tree(items[i]));
      }
      return list;
    }
  }
}
