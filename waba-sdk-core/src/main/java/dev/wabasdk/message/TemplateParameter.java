package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value for a variable of a template: {@code {{1}}} (positional) or {@code {{first_name}}} (named, see
 * {@link Text#named(String)}). {@link HeaderParameter}s fill the header, {@link BodyParameter}s the body.
 *
 * <pre>{@code
 * TemplateParameter.text("Jane")                                  // {{1}}
 * TemplateParameter.text("Jane").named("first_name")              // {{first_name}}
 * TemplateParameter.currency("$10.00", "USD", 10_000)
 * TemplateParameter.groupId(groupId)                             // the group's invite link
 * TemplateParameter.image(MediaSource.link("https://example.com/banner.png"))
 * }</pre>
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface TemplateParameter {

  /** A text value. */
  static Text text(String text) {
    return new Text(text, null);
  }

  /** An amount of money; {@code amount1000} is the amount times 1,000 (so 10,000 is 10.00). */
  static Currency currency(String fallbackValue, String code, long amount1000) {
    return new Currency(fallbackValue, code, amount1000, null);
  }

  /** A date and time, shown as {@code fallbackValue}. */
  static DateTime dateTime(String fallbackValue) {
    return new DateTime(fallbackValue, null);
  }

  /** An image for a media header. */
  static Image image(MediaSource media) {
    return new Image(media);
  }

  /** A video for a media header. */
  static Video video(MediaSource media) {
    return new Video(media);
  }

  /** A document for a media header. */
  static Document document(MediaSource media) {
    return new Document(media, null);
  }

  /** A document for a media header, with the file name the user sees. */
  static Document document(MediaSource media, String filename) {
    return new Document(media, filename);
  }

  /** An animated GIF (an MP4 file) for a {@code GIF} header. */
  static Gif gif(MediaSource media) {
    return new Gif(media);
  }

  /** A catalog product for a {@code PRODUCT} header (single-product templates, product card carousels). */
  static Product product(String catalogId, String productRetailerId) {
    return new Product(catalogId, productRetailerId);
  }

  /** A location for a location header. */
  static Location location(double latitude, double longitude, @Nullable String name, @Nullable String address) {
    return new Location(latitude, longitude, name, address);
  }

  /**
   * A group of the business's (Groups API) for a body variable: Meta shows the group's invite link in its place
   * (Meta's "Send group invite link template message").
   */
  static GroupId groupId(String groupId) {
    return new GroupId(groupId, null);
  }

  /** A parameter that can fill the header: text, image, video, GIF, document, location or product. */
  sealed interface HeaderParameter extends TemplateParameter
      permits Text, Image, Video, Gif, Document, Location, Product {}

  /** A parameter that can fill the body: text, currency, date-time or a group's invite link. */
  sealed interface BodyParameter extends TemplateParameter permits Text, Currency, DateTime, GroupId {

    /** {@code parameter_name} for a template created with {@code parameter_format: NAMED}, else null. */
    @Nullable String parameterName();
  }

  /**
   * {@code {"type": "text"}}.
   *
   * @param text {@code text} (at most 60 characters in a header)
   * @param parameterName {@code parameter_name}: lowercase letters and underscores, at most 20 characters
   */
  record Text(String text, @Nullable String parameterName) implements HeaderParameter, BodyParameter {
    public Text {
      Objects.requireNonNull(text, "text == null");
    }

    /** This value for the named variable {@code {{parameterName}}}. */
    public Text named(String parameterName) {
      return new Text(text, Objects.requireNonNull(parameterName, "parameterName == null"));
    }
  }

  /**
   * {@code {"type": "currency"}}.
   *
   * @param fallbackValue {@code fallback_value}: the text shown when the amount cannot be localised
   * @param code {@code code}: ISO 4217 currency code, e.g. {@code USD}
   * @param amount1000 {@code amount_1000}: the amount times 1,000
   * @param parameterName {@code parameter_name} for named templates
   */
  record Currency(String fallbackValue, String code, long amount1000, @Nullable String parameterName)
      implements BodyParameter {
    public Currency {
      Objects.requireNonNull(fallbackValue, "fallbackValue == null");
      Objects.requireNonNull(code, "code == null");
    }

    /** This value for the named variable {@code {{parameterName}}}. */
    public Currency named(String parameterName) {
      return new Currency(fallbackValue, code, amount1000, Objects.requireNonNull(parameterName));
    }
  }

  /**
   * {@code {"type": "date_time"}}.
   *
   * @param fallbackValue {@code fallback_value}: the text shown
   * @param parameterName {@code parameter_name} for named templates
   */
  record DateTime(String fallbackValue, @Nullable String parameterName) implements BodyParameter {
    public DateTime {
      Objects.requireNonNull(fallbackValue, "fallbackValue == null");
    }

    /** This value for the named variable {@code {{parameterName}}}. */
    public DateTime named(String parameterName) {
      return new DateTime(fallbackValue, Objects.requireNonNull(parameterName));
    }
  }

  /**
   * {@code {"type": "group_id", "group_id": "<GROUP_ID>"}}: a body variable Meta replaces with the invite link of the
   * business's group when it delivers the message.
   *
   * @param groupId {@code group_id}: the group id the Groups API gave
   * @param parameterName {@code parameter_name} for named templates
   */
  record GroupId(String groupId, @Nullable String parameterName) implements BodyParameter {
    public GroupId {
      Objects.requireNonNull(groupId, "groupId == null");
    }

    /** This value for the named variable {@code {{parameterName}}}. */
    public GroupId named(String parameterName) {
      return new GroupId(groupId, Objects.requireNonNull(parameterName, "parameterName == null"));
    }
  }

  /**
   * {@code {"type": "image"}}.
   *
   * @param media {@code image.id} or {@code image.link}
   */
  record Image(MediaSource media) implements HeaderParameter {
    public Image {
      Objects.requireNonNull(media, "media == null");
    }
  }

  /**
   * {@code {"type": "video"}}.
   *
   * @param media {@code video.id} or {@code video.link}
   */
  record Video(MediaSource media) implements HeaderParameter {
    public Video {
      Objects.requireNonNull(media, "media == null");
    }
  }

  /**
   * {@code {"type": "gif"}}: a GIF header, sent as an MP4 file.
   *
   * @param media {@code gif.id} or {@code gif.link}
   */
  record Gif(MediaSource media) implements HeaderParameter {
    public Gif {
      Objects.requireNonNull(media, "media == null");
    }
  }

  /**
   * {@code {"type": "product"}}: a catalog item in the header.
   *
   * @param catalogId {@code product.catalog_id}: the numeric id of a catalog connected to the account
   * @param productRetailerId {@code product.product_retailer_id}: the item's Content ID (SKU)
   */
  record Product(String catalogId, String productRetailerId) implements HeaderParameter {
    public Product {
      Objects.requireNonNull(catalogId, "catalogId == null");
      Objects.requireNonNull(productRetailerId, "productRetailerId == null");
    }
  }

  /**
   * {@code {"type": "document"}}.
   *
   * @param media {@code document.id} or {@code document.link}
   * @param filename {@code document.filename}
   */
  record Document(MediaSource media, @Nullable String filename) implements HeaderParameter {
    public Document {
      Objects.requireNonNull(media, "media == null");
    }
  }

  /**
   * {@code {"type": "location"}}.
   *
   * @param latitude {@code location.latitude}, -90 to 90
   * @param longitude {@code location.longitude}, -180 to 180
   * @param name {@code location.name}
   * @param address {@code location.address}
   */
  record Location(double latitude, double longitude, @Nullable String name, @Nullable String address)
      implements HeaderParameter {}
}
