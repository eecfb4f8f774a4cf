package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A location the user shared ({@code type: location}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param latitude the latitude
 * @param longitude the longitude
 * @param name the place name, when shared
 * @param address the place address, when shared
 * @param url the place URL, when shared
 */
public record InboundLocationMessage(
    MessageHeader header,
    double latitude,
    double longitude,
    @Nullable String name,
    @Nullable String address,
    @Nullable String url)
    implements InboundMessage {

  public InboundLocationMessage {
    Objects.requireNonNull(header, "header == null");
  }

  @Override
  public String type() {
    return "location";
  }
}
