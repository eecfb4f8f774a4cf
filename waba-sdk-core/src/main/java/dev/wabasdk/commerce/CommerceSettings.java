package dev.wabasdk.commerce;

/**
 * The commerce settings of a business phone number ({@code whatsapp_commerce_settings}). Meta's defaults for a new
 * number: cart enabled, catalog hidden. Immutable and thread-safe.
 *
 * @param cartEnabled {@code is_cart_enabled}: whether users can add products to a cart and send it as an order;
 *     when false they still see products, without cart buttons
 * @param catalogVisible {@code is_catalog_visible}: whether the storefront icon and catalog buttons show in the
 *     chat and the business profile
 */
public record CommerceSettings(boolean cartEnabled, boolean catalogVisible) {}
