package dev.wabasdk.spring;

import dev.wabasdk.RateLimit;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The businesses the app serves, by name, each a number view of the one {@code WhatsApp} bean (shared connections,
 * threads and send interceptors). Built from {@code waba.tenants.<name>.*} or from a {@link Source} bean. Immutable
 * and thread-safe.
 */
public final class WabaTenants {

  /** Supplies the tenants instead of properties (e.g. read from a database at start-up). */
  @FunctionalInterface
  public interface Source {
    /** The tenants by name, in order. */
    Map<String, Definition> tenants();
  }

  /**
   * One tenant as a {@link Source} defines it.
   *
   * @param tenant its phone number and WABA
   * @param rateLimit its client-side send limit, or null for the client's
   */
  public record Definition(Tenant tenant, @Nullable RateLimit rateLimit) {
    public Definition {
      Objects.requireNonNull(tenant, "tenant");
    }
  }

  private final Map<String, WhatsApp> byName;

  /** The views of {@code client} for each definition. */
  public static WabaTenants of(WhatsApp client, Map<String, Definition> definitions) {
    Map<String, WhatsApp> views = new LinkedHashMap<>();
    definitions.forEach((name, d) -> views.put(name,
        d.rateLimit() == null ? client.forNumber(d.tenant()) : client.forNumber(d.tenant(), d.rateLimit())));
    return new WabaTenants(views);
  }

  private WabaTenants(Map<String, WhatsApp> byName) {
    this.byName = java.util.Collections.unmodifiableMap(byName);
  }

  /**
   * The client of the tenant with this name.
   *
   * @throws IllegalArgumentException when there is none
   */
  public WhatsApp get(String name) {
    WhatsApp client = byName.get(Objects.requireNonNull(name, "name"));
    if (client == null) {
      throw new IllegalArgumentException("waba.tenants: no tenant named '" + name + "'; known: " + byName.keySet());
    }
    return client;
  }

  /** The client of the tenant with this phone number id, or null (e.g. to answer a webhook event). */
  public @Nullable WhatsApp byPhoneNumberId(@Nullable String phoneNumberId) {
    for (WhatsApp client : byName.values()) {
      if (client.phoneNumberId().equals(phoneNumberId)) {
        return client;
      }
    }
    return null;
  }

  /** The tenant names, in order. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** Every tenant's client, in order. */
  public List<WhatsApp> all() {
    return List.copyOf(byName.values());
  }

  @Override
  public String toString() {
    return "WabaTenants" + byName.keySet();
  }
}
