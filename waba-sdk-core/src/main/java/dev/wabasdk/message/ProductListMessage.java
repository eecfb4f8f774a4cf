package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A multi-product message ({@code "interactive": {"type": "product_list"}}): up to 30 items of one catalog in up
 * to 10 sections. The user browses them, fills a cart and sends it back as an {@code order}.
 *
 * <pre>{@code
 * ProductListMessage message = ProductListMessage.builder()
 *     .to("+4915112345678")
 *     .header("Spring plants")
 *     .body("Fresh from the greenhouse")
 *     .catalogId("194836987003835")
 *     .section("Succulents", "cactus-01", "aloe-02")
 *     .section("Ferns", "fern-03")
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param header {@code interactive.header.text}: required, at most 60 characters
 * @param body {@code interactive.body.text}: required, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters, or null
 * @param catalogId {@code interactive.action.catalog_id}: the numeric id of a catalog connected to the account
 * @param sections {@code interactive.action.sections}: 1 to 10, with 1 to 30 products in total
 * @param envelope reply context, callback data and extra fields
 */
public record ProductListMessage(
    Recipient recipient,
    String header,
    String body,
    @Nullable String footer,
    String catalogId,
    List<Section> sections,
    Envelope envelope)
    implements InteractiveMessage {

  /** Meta's limit on the number of sections. */
  public static final int MAX_SECTIONS = 10;
  /** Meta's limit on the number of products, counted across all sections. */
  public static final int MAX_PRODUCTS = 30;
  /** Meta's limit on a section title. */
  public static final int MAX_SECTION_TITLE_LENGTH = 24;

  public ProductListMessage {
    Checks.interactive(recipient, null, body, MAX_BODY_LENGTH, footer);
    Checks.text(header, "interactive.header.text", 1, MAX_HEADER_TEXT_LENGTH);
    Checks.catalogId(catalogId, "interactive.action.catalog_id");
    sections = checkSections(sections, "interactive.action.sections");
    Checks.required(envelope, "envelope");
  }

  /** Shared with the multi-product template button, which carries the same sections. */
  static List<Section> checkSections(@Nullable List<Section> sections, String path) {
    List<Section> copy = Checks.list(sections, path, 1, MAX_SECTIONS);
    int products = 0;
    Set<String> ids = new HashSet<>();
    for (int s = 0; s < copy.size(); s++) {
      Section section = copy.get(s);
      String at = path + "[" + s + "]";
      if (section.title() == null && copy.size() > 1) {
        throw new IllegalArgumentException(at + ".title: is required when there is more than one section (there are "
            + copy.size() + ")");
      }
      Checks.optionalText(section.title(), at + ".title", MAX_SECTION_TITLE_LENGTH);
      Checks.list(section.productRetailerIds(), at + ".product_items", 1, MAX_PRODUCTS);
      for (int p = 0; p < section.productRetailerIds().size(); p++) {
        String item = at + ".product_items[" + p + "].product_retailer_id";
        String id = Checks.productRetailerId(section.productRetailerIds().get(p), item);
        Checks.unique(ids, id, item, "products");
      }
      products += section.productRetailerIds().size();
    }
    if (products > MAX_PRODUCTS) {
      throw new IllegalArgumentException(path + ": must have at most " + MAX_PRODUCTS
          + " products across all sections, had " + products);
    }
    return copy;
  }

  /**
   * A section of products.
   *
   * @param title {@code title}: at most 24 characters; required when there is more than one section
   * @param productRetailerIds {@code product_items[].product_retailer_id}: the items' Content IDs, in order
   */
  public record Section(@Nullable String title, List<String> productRetailerIds) {
    public Section {
      productRetailerIds = List.copyOf(productRetailerIds);
    }

    /** A titled section of the given products. */
    public static Section of(String title, String... productRetailerIds) {
      return new Section(Objects.requireNonNull(title, "title == null"), Arrays.asList(productRetailerIds));
    }
  }

  /** A builder for a multi-product message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductListMessage}. Not thread-safe. */
  public static final class Builder extends InteractiveMessageBuilder<Builder, ProductListMessage> {
    private @Nullable String header;
    private @Nullable String catalogId;
    private final List<Section> sections = new ArrayList<>();

    Builder() {}

    /** <strong>Required.</strong> The header text, at most 60 characters. */
    public Builder header(String header) {
      this.header = Objects.requireNonNull(header, "header == null");
      return this;
    }

    /** <strong>Required.</strong> The numeric id of the catalog connected to the WhatsApp Business Account. */
    public Builder catalogId(String catalogId) {
      this.catalogId = Objects.requireNonNull(catalogId, "catalogId == null");
      return this;
    }

    /** <strong>Required</strong> (1 to 10). Adds a titled section with the given products. */
    public Builder section(String title, String... productRetailerIds) {
      return section(Section.of(title, productRetailerIds));
    }

    /** Adds a section. */
    public Builder section(Section section) {
      sections.add(Objects.requireNonNull(section, "section == null"));
      return this;
    }

    @Override
    public ProductListMessage build() {
      return new ProductListMessage(recipient(), Checks.required(header, "interactive.header.text"), requiredBody(),
          footer(), Checks.required(catalogId, "interactive.action.catalog_id"), sections, envelope());
    }
  }
}
