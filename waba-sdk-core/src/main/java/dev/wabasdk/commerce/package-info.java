/**
 * Commerce settings of a business phone number: whether the shopping cart is enabled and the catalog is visible
 * ({@code /{phone-number-id}/whatsapp_commerce_settings}). The product messages themselves (single product,
 * multi-product, catalog, carousel) are in {@code dev.wabasdk.message}.
 */
@NullMarked
package dev.wabasdk.commerce;

import org.jspecify.annotations.NullMarked;
