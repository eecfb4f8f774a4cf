package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A location pin ({@code "type": "location"}).
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param latitude {@code location.latitude}, -90 to 90
 * @param longitude {@code location.longitude}, -180 to 180
 * @param name {@code location.name}: the place's name
 * @param address {@code location.address}: the place's address
 * @param envelope reply context, callback data and extra fields
 */
public record LocationMessage(
    Recipient recipient,
    double latitude,
    double longitude,
    @Nullable String name,
    @Nullable String address,
    Envelope envelope)
    implements Message {

  public LocationMessage {
    Checks.required(recipient, "to");
    Checks.range(latitude, "location.latitude", -90, 90);
    Checks.range(longitude, "location.longitude", -180, 180);
    Checks.optionalText(name, "location.name", Integer.MAX_VALUE);
    Checks.optionalText(address, "location.address", Integer.MAX_VALUE);
    Checks.required(envelope, "envelope");
  }

  /** A builder for a location message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocationMessage}. */
  public static final class Builder extends MessageBuilder<Builder, LocationMessage> {
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private @Nullable String name;
    private @Nullable String address;

    Builder() {}

    /** <strong>Required.</strong> Latitude and longitude in degrees. */
    public Builder coordinates(double latitude, double longitude) {
      this.latitude = latitude;
      this.longitude = longitude;
      return this;
    }

    /** The place's name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** The place's address. */
    public Builder address(String address) {
      this.address = Objects.requireNonNull(address, "address == null");
      return this;
    }

    @Override
    public LocationMessage build() {
      return new LocationMessage(recipient(), Checks.required(latitude, "location.latitude"),
          Checks.required(longitude, "location.longitude"), name, address, envelope());
    }
  }
}
