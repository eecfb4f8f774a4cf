package dev.wabasdk.message;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parameter of a template button ({@code {"type": "button"}}). {@code index} is the 0-based position of the
 * button in the template definition; buttons without variables (static URLs, phone numbers) are not sent.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface TemplateButton extends TemplateComponent {

  /** Meta's limit on {@code coupon_code}. */
  int MAX_COUPON_CODE_LENGTH = 15;

  /** {@code index}: the button's 0-based position in the template. */
  int index();

  /** A quick-reply button's {@code payload}, sent back when the user taps it. */
  static QuickReply quickReply(int index, String payload) {
    return new QuickReply(index, payload);
  }

  /** The variable suffix of a URL button (also used for one-time-password buttons). */
  static Url url(int index, String text) {
    return new Url(index, text);
  }

  /** A copy-code button's coupon code (letters and digits, at most 15). */
  static CopyCode copyCode(int index, String couponCode) {
    return new CopyCode(index, couponCode);
  }

  /** A Flow button with a session token and the data for the Flow's first screen. */
  static Flow flow(int index, @Nullable String flowToken, Map<String, ?> flowActionData) {
    return new Flow(index, flowToken, Checks.jsonObject(flowActionData, "flow_action_data"));
  }

  /** A catalog template's "View catalog" button, headed by the thumbnail of {@code thumbnailProductRetailerId}. */
  static Catalog catalog(int index, @Nullable String thumbnailProductRetailerId) {
    return new Catalog(index, thumbnailProductRetailerId);
  }

  /** A multi-product template's button with the products it shows (1 to 10 sections, at most 30 products). */
  static MultiProduct multiProduct(int index, String thumbnailProductRetailerId,
      ProductListMessage.Section... sections) {
    return new MultiProduct(index, thumbnailProductRetailerId, Arrays.asList(sections));
  }

  /**
   * The {@code order_details} button of a checkout button template (India) or order details template (Brazil): the
   * order the user pays, the same parameters an {@link OrderDetailsMessage} sends.
   */
  static OrderDetailsButton orderDetails(int index, OrderDetails details) {
    return new OrderDetailsButton(index, details);
  }

  /**
   * {@code "sub_type": "quick_reply"}.
   *
   * @param index the button's position
   * @param payload {@code payload}
   */
  record QuickReply(int index, String payload) implements TemplateButton {
    public QuickReply {
      Objects.requireNonNull(payload, "payload == null");
    }
  }

  /**
   * {@code "sub_type": "url"}.
   *
   * @param index the button's position
   * @param text {@code text}: the part of the URL that fills the variable
   */
  record Url(int index, String text) implements TemplateButton {
    public Url {
      Objects.requireNonNull(text, "text == null");
    }
  }

  /**
   * {@code "sub_type": "copy_code"}.
   *
   * @param index the button's position
   * @param couponCode {@code coupon_code}: letters and digits, at most 15
   */
  record CopyCode(int index, String couponCode) implements TemplateButton {
    public CopyCode {
      Objects.requireNonNull(couponCode, "couponCode == null");
    }
  }

  /**
   * {@code "sub_type": "flow"}.
   *
   * @param index the button's position
   * @param flowToken {@code action.flow_token}
   * @param flowActionData {@code action.flow_action_data}: input for the Flow's first screen
   */
  record Flow(int index, @Nullable String flowToken, Map<String, Object> flowActionData) implements TemplateButton {
    public Flow {
      flowActionData = Checks.jsonObject(flowActionData, "flow_action_data");
    }
  }

  /**
   * {@code "sub_type": "CATALOG"}: the button of a catalog template.
   *
   * @param index the button's position
   * @param thumbnailProductRetailerId {@code action.thumbnail_product_retailer_id}: the product whose image heads
   *     the message, or null for the catalog's first item
   */
  record Catalog(int index, @Nullable String thumbnailProductRetailerId) implements TemplateButton {}

  /**
   * {@code "sub_type": "mpm"}: the button of a multi-product template.
   *
   * @param index the button's position
   * @param thumbnailProductRetailerId {@code action.thumbnail_product_retailer_id}: the product whose image heads
   *     the message
   * @param sections {@code action.sections}: 1 to 10 sections with at most 30 products in total
   */
  record MultiProduct(int index, String thumbnailProductRetailerId, List<ProductListMessage.Section> sections)
      implements TemplateButton {
    public MultiProduct {
      Objects.requireNonNull(thumbnailProductRetailerId, "thumbnailProductRetailerId == null");
      sections = List.copyOf(sections);
    }
  }

  /**
   * {@code "sub_type": "order_details"}: the button of a checkout button template (India) or order details template
   * (Brazil).
   *
   * @param index the button's position
   * @param details {@code action.order_details}: the order, its total and how to pay
   */
  record OrderDetailsButton(int index, OrderDetails details) implements TemplateButton {
    public OrderDetailsButton {
      Objects.requireNonNull(details, "details == null");
    }
  }
}
