package dev.wabasdk.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * The incumbent Java library's way of reading a webhook (Retrofit + Jackson users): Jackson data-binding of the
 * whole body into plain classes with public fields, unknown properties ignored. The classes cover what the SDK's
 * typed events expose for the two benchmark payloads (message, contact, status with conversation and pricing), so
 * both sides read the same fields.
 */
final class JacksonWebhook {
  static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private JacksonWebhook() {}

  static Payload read(byte[] body) throws IOException {
    return MAPPER.readValue(body, Payload.class);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Payload {
    public String object;
    public List<Entry> entry;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Entry {
    public String id;
    public List<Change> changes;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Change {
    public String field;
    public Value value;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Value {
    @JsonProperty("messaging_product")
    public String messagingProduct;
    public Metadata metadata;
    public List<Contact> contacts;
    public List<InboundMessage> messages;
    public List<Status> statuses;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Metadata {
    @JsonProperty("display_phone_number")
    public String displayPhoneNumber;
    @JsonProperty("phone_number_id")
    public String phoneNumberId;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Contact {
    public Profile profile;
    @JsonProperty("wa_id")
    public String waId;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Profile {
    public String name;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class InboundMessage {
    public String from;
    public String id;
    public String timestamp;
    public String type;
    public Text text;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Text {
    public String body;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Status {
    public String id;
    public String status;
    public String timestamp;
    @JsonProperty("recipient_id")
    public String recipientId;
    @JsonProperty("biz_opaque_callback_data")
    public String bizOpaqueCallbackData;
    public Conversation conversation;
    public Pricing pricing;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Conversation {
    public String id;
    public Origin origin;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Origin {
    public String type;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Pricing {
    public boolean billable;
    @JsonProperty("pricing_model")
    public String pricingModel;
    public String type;
    public String category;
  }
}
