package dev.wabasdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fake's ids ({@code wamid.}, media and template ids, {@code fbtrace_id}) from one counter, so a run is
 * repeatable and the counter also orders events. Not thread-safe: used under {@link FakeEngine}'s lock.
 */
final class Ids {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private long counter;
  /** Part of every wamid; another business of a shared fake has its own, so wamids stay unique across them. */
  private String salt = "15";
  /** Added to numeric ids, so that template, media and flow ids too are unique across a fake's businesses. */
  private long numericOffset;

  /** The wamid salt and numeric id range of the fake's business number {@code index} (the first is 0). */
  void salt(String salt, int index) {
    this.salt = salt;
    this.numericOffset = index * 100_000_000_000L;
  }

  /** The last number handed out: the position of the latest event. */
  long current() {
    return counter;
  }

  long next() {
    return ++counter;
  }

  String wamid(String waId) {
    String raw = "FAKE" + waId + salt + HEX.toHexDigits(next());
    return "wamid." + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  String numeric(long base) {
    return Long.toString(base + numericOffset + next());
  }

  String traceId() {
    String raw = String.format(Locale.ROOT, "fake-trace-%06d", next());
    return "A" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  void reset() {
    counter = 0;
  }
}
