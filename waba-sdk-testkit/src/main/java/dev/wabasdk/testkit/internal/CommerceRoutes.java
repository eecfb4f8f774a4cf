package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET|POST /{phone-number-id}/whatsapp_commerce_settings}: the cart and catalog settings of the fake's number,
 * with Meta's defaults (cart enabled, catalog hidden) and Meta's error 100 for a value that is not a boolean.
 * Thread-safe: the settings live in the {@link FakeEngine}'s {@link CommerceSettings}, under its lock.
 */
final class CommerceRoutes {
  private final FakeEngine engine;

  CommerceRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** {@code GET}: Meta's shape, a {@code data} list with the number's settings. */
  Map<String, Object> settings() {
    synchronized (engine.lock) {
      CommerceSettings s = engine.commerce;
      return obj("data", List.of(obj("is_cart_enabled", s.cartEnabled, "is_catalog_visible", s.catalogVisible,
          "id", engine.config.phoneNumberId())));
    }
  }

  /** {@code POST ?is_cart_enabled=..&is_catalog_visible=..}: either or both. */
  Map<String, Object> update(HttpUrl url) {
    Boolean cart = bool(url, "is_cart_enabled");
    Boolean catalog = bool(url, "is_catalog_visible");
    if (cart == null && catalog == null) {
      throw GraphException.of(100, "Param is_cart_enabled or is_catalog_visible is required.");
    }
    synchronized (engine.lock) {
      if (cart != null) {
        engine.commerce.cartEnabled = cart;
      }
      if (catalog != null) {
        engine.commerce.catalogVisible = catalog;
      }
    }
    return obj("success", true);
  }

  private static @Nullable Boolean bool(HttpUrl url, String name) {
    String value = url.queryParameter(name);
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw GraphException.of(100, "Param " + name + " must be a boolean, was \"" + value + "\".");
    };
  }

  /** The settings part of the engine. Not thread-safe: touched only under {@link FakeEngine#lock}. */
  static final class CommerceSettings {
    boolean cartEnabled = true;
    boolean catalogVisible = false;

    void reset() {
      cartEnabled = true;
      catalogVisible = false;
    }
  }
}
