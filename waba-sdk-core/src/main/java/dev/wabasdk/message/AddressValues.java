package dev.wabasdk.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of WhatsApp's address form (India), under Meta's names: what an {@link AddressMessage} pre-fills
 * ({@code values}) or offers as a saved address ({@code saved_addresses[].value}), and what the user submits
 * ({@code response_json.values} of the {@code nfm_reply} webhook). Every field may be absent. The record takes any
 * text, as a user's submission holds whatever they typed; an {@link AddressMessage} checks what it sends against
 * Meta's limits. Immutable and thread-safe.
 *
 * <pre>{@code
 * AddressValues prefill = AddressValues.builder()
 *     .name("Priya Sharma")
 *     .phoneNumber("+919876543210")
 *     .city("Mumbai")
 *     .build();
 * }</pre>
 *
 * @param name {@code name}
 * @param phoneNumber {@code phone_number}: a phone number
 * @param inPinCode {@code in_pin_code}: the PIN code, at most 6 characters
 * @param houseNumber {@code house_number}: flat or house number
 * @param floorNumber {@code floor_number}
 * @param towerNumber {@code tower_number}
 * @param buildingName {@code building_name}: building or apartment name
 * @param address {@code address}: the street address
 * @param landmarkArea {@code landmark_area}: landmark or area
 * @param city {@code city}
 * @param state {@code state}
 */
public record AddressValues(
    @Nullable String name,
    @Nullable String phoneNumber,
    @Nullable String inPinCode,
    @Nullable String houseNumber,
    @Nullable String floorNumber,
    @Nullable String towerNumber,
    @Nullable String buildingName,
    @Nullable String address,
    @Nullable String landmarkArea,
    @Nullable String city,
    @Nullable String state) {

  /** Meta's field names, in the order of its table (and of {@link #asMap()}). */
  public static final List<String> FIELDS = List.of("name", "phone_number", "in_pin_code", "house_number",
      "floor_number", "tower_number", "building_name", "address", "landmark_area", "city", "state");

  /** Meta's limit on {@code in_pin_code}. */
  public static final int MAX_PIN_CODE_LENGTH = 6;

  /** No field set. */
  public static final AddressValues EMPTY = builder().build();

  /** The fields that are set, under Meta's names, in the order of {@link #FIELDS}; unmodifiable. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String value = get(field);
      if (value != null) {
        map.put(field, value);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * One field by Meta's name ({@code in_pin_code}, ...).
   *
   * @throws IllegalArgumentException when {@code field} is not one of {@link #FIELDS}
   */
  public @Nullable String get(String field) {
    return switch (Objects.requireNonNull(field, "field == null")) {
      case "name" -> name;
      case "phone_number" -> phoneNumber;
      case "in_pin_code" -> inPinCode;
      case "house_number" -> houseNumber;
      case "floor_number" -> floorNumber;
      case "tower_number" -> towerNumber;
      case "building_name" -> buildingName;
      case "address" -> address;
      case "landmark_area" -> landmarkArea;
      case "city" -> city;
      case "state" -> state;
      default -> throw new IllegalArgumentException("not an address field: '" + field + "'; the fields are " + FIELDS);
    };
  }

  /**
   * The values of a map under Meta's names, as in a webhook's {@code response_json.values}: strings are taken as
   * they are, numbers and booleans as their text; other keys are ignored.
   */
  public static AddressValues fromMap(Map<String, ?> values) {
    Objects.requireNonNull(values, "values == null");
    Builder builder = builder();
    values.forEach((key, value) -> {
      if (FIELDS.contains(key) && value != null && !(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
        builder.set(key, value instanceof String s ? s : value.toString());
      }
    });
    return builder.build();
  }

  /** A builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    asMap().forEach(builder::set);
    return builder;
  }

  /** Builds {@link AddressValues}. Not thread-safe. */
  public static final class Builder {
    private final @Nullable String[] values = new String[FIELDS.size()];

    Builder() {}

    /** Sets a field by Meta's name; null clears it. */
    public Builder set(String field, @Nullable String value) {
      int index = FIELDS.indexOf(Objects.requireNonNull(field, "field == null"));
      if (index < 0) {
        throw new IllegalArgumentException("not an address field: '" + field + "'; the fields are " + FIELDS);
      }
      values[index] = value;
      return this;
    }

    /** {@code name}. */
    public Builder name(String name) {
      return set("name", Objects.requireNonNull(name, "name == null"));
    }

    /** {@code phone_number}. */
    public Builder phoneNumber(String phoneNumber) {
      return set("phone_number", Objects.requireNonNull(phoneNumber, "phoneNumber == null"));
    }

    /** {@code in_pin_code}: the PIN code, at most 6 characters. */
    public Builder inPinCode(String inPinCode) {
      return set("in_pin_code", Objects.requireNonNull(inPinCode, "inPinCode == null"));
    }

    /** {@code house_number}. */
    public Builder houseNumber(String houseNumber) {
      return set("house_number", Objects.requireNonNull(houseNumber, "houseNumber == null"));
    }

    /** {@code floor_number}. */
    public Builder floorNumber(String floorNumber) {
      return set("floor_number", Objects.requireNonNull(floorNumber, "floorNumber == null"));
    }

    /** {@code tower_number}. */
    public Builder towerNumber(String towerNumber) {
      return set("tower_number", Objects.requireNonNull(towerNumber, "towerNumber == null"));
    }

    /** {@code building_name}. */
    public Builder buildingName(String buildingName) {
      return set("building_name", Objects.requireNonNull(buildingName, "buildingName == null"));
    }

    /** {@code address}: the street address. */
    public Builder address(String address) {
      return set("address", Objects.requireNonNull(address, "address == null"));
    }

    /** {@code landmark_area}. */
    public Builder landmarkArea(String landmarkArea) {
      return set("landmark_area", Objects.requireNonNull(landmarkArea, "landmarkArea == null"));
    }

    /** {@code city}. */
    public Builder city(String city) {
      return set("city", Objects.requireNonNull(city, "city == null"));
    }

    /** {@code state}. */
    public Builder state(String state) {
      return set("state", Objects.requireNonNull(state, "state == null"));
    }

    /** The values. */
    public AddressValues build() {
      return new AddressValues(values[0], values[1], values[2], values[3], values[4], values[5], values[6],
          values[7], values[8], values[9], values[10]);
    }
  }
}
