package dev.wabasdk.testkit.junit;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.WebhookReceiver;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * Starts a {@link FakeWhatsApp} per test (or one per class, reset before each test), with a
 * {@link WebhookReceiver} it delivers to unless the fake is given a webhook URL of its own, and injects them, and a
 * {@link WhatsApp} client pointed at the fake, as parameters of test and lifecycle methods.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeWhatsAppExtension whatsapp = FakeWhatsAppExtension.perClass()
 *     .configure(b -> b.approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Order {{1}} shipped"));
 *
 * @Test
 * void replies(FakeWhatsApp fake, WhatsApp client, WebhookReceiver webhooks) { ... }
 * }</pre>
 *
 * <p>{@code @ExtendWith(FakeWhatsAppExtension.class)} (or {@link WabaTest}) gives the per-test default.
 *
 * <p>After each test it fails the test when the app answered a webhook non-2xx or reported a listener error
 * ({@link dev.wabasdk.testkit.WebhookFailures}), unless the test called
 * {@link FakeWhatsApp#expectWebhookFailures()}: a listener that throws is a bug even when the app logs nothing.
 *
 * <p>Configure it before the tests run; JUnit then calls it from its own threads, which is safe for tests that run
 * one at a time per extension instance (a per-class fake is shared, so its tests must not run concurrently).
 */
public final class FakeWhatsAppExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeWhatsAppExtension.class);

  private final boolean perClass;
  private Consumer<FakeWhatsApp.Builder> configuration = b -> { };
  private Consumer<WhatsApp.Builder> clientConfiguration = b -> { };
  private volatile @Nullable Resources current;

  /** Holds what one lifecycle owns. */
  private static final class Resources {
    final FakeWhatsApp fake;
    final @Nullable WebhookReceiver receiver;
    final Consumer<WhatsApp.Builder> clientConfiguration;
    private @Nullable WhatsApp client;

    Resources(FakeWhatsApp fake, @Nullable WebhookReceiver receiver, Consumer<WhatsApp.Builder> clientConfiguration) {
      this.fake = fake;
      this.receiver = receiver;
      this.clientConfiguration = clientConfiguration;
    }

    /** Built on first use, so tests that do not ask for a client do not pay for one. */
    synchronized WhatsApp client() {
      if (client == null) {
        WhatsApp.Builder builder = fake.clientBuilder();
        clientConfiguration.accept(builder);
        client = builder.build();
      }
      return client;
    }

    synchronized void close() {
      try {
        if (client != null) {
          client.close();
        }
        fake.close();
      } finally {
        if (receiver != null) {
          receiver.close();
        }
      }
    }
  }

  /** A fresh fake for every test (what {@code @ExtendWith} uses). */
  public FakeWhatsAppExtension() {
    this(false);
  }

  private FakeWhatsAppExtension(boolean perClass) {
    this.perClass = perClass;
  }

  /** A fresh fake for every test. */
  public static FakeWhatsAppExtension perTest() {
    return new FakeWhatsAppExtension(false);
  }

  /** One fake for the test class (register it on a static field), reset before every test. */
  public static FakeWhatsAppExtension perClass() {
    return new FakeWhatsAppExtension(true);
  }

  /** Adjusts the fake's builder (templates, limits, token...) before it starts; calls add up. */
  public FakeWhatsAppExtension configure(Consumer<FakeWhatsApp.Builder> configuration) {
    this.configuration = this.configuration.andThen(Objects.requireNonNull(configuration, "configuration"));
    return this;
  }

  /** Adjusts the builder of the injected {@link WhatsApp} client (retries, rate limit...); calls add up. */
  public FakeWhatsAppExtension configureClient(Consumer<WhatsApp.Builder> clientConfiguration) {
    this.clientConfiguration = this.clientConfiguration.andThen(
        Objects.requireNonNull(clientConfiguration, "clientConfiguration"));
    return this;
  }

  /** The client of the running test, pointed at the fake. */
  public WhatsApp client() {
    return resources().client();
  }

  /** The fake of the running test. */
  public FakeWhatsApp fake() {
    return resources().fake;
  }

  /** The webhook receiver of the running test (null when the builder set its own webhook URL). */
  public @Nullable WebhookReceiver webhookReceiver() {
    return resources().receiver;
  }

  private Resources resources() {
    Resources r = current;
    if (r == null) {
      throw new IllegalStateException("no fake is running: use it inside a test of a class with this extension");
    }
    return r;
  }

  private Resources start() {
    FakeWhatsApp.Builder builder = FakeWhatsApp.builder();
    configuration.accept(builder);
    FakeWhatsApp fake = builder.start();
    WebhookReceiver receiver = null;
    if (fake.webhookUrl() == null) {
      receiver = WebhookReceiver.start(fake.appSecret());
      fake.webhookUrl(receiver.url());
    }
    return new Resources(fake, receiver, clientConfiguration);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (perClass) {
      Resources r = start();
      context.getStore(NAMESPACE).put(Resources.class, r);
      current = r;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (perClass) {
      Resources r = context.getStore(NAMESPACE).get(Resources.class, Resources.class);
      if (r == null) {
        throw new IllegalStateException("FakeWhatsAppExtension.perClass() must be registered on a static field");
      }
      r.fake.faults().clear();
      r.fake.reset();
      if (r.receiver != null) {
        r.receiver.clear();
      }
      current = r;
    } else {
      Resources r = start();
      context.getStore(NAMESPACE).put(Resources.class, r);
      current = r;
    }
  }

  /** Fails the test, after it ran, when the app failed a webhook it did not expect to fail. */
  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      Resources r = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
      if (r != null) {
        try {
          r.fake.webhookFailures().assertNoneUnexpected();
        } finally {
          r.close();
        }
      }
    } else {
      Resources r = context.getStore(NAMESPACE).get(Resources.class, Resources.class);
      if (r != null) {
        r.fake.webhookFailures().assertNoneUnexpected();
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (perClass) {
      Resources r = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
      if (r != null) {
        r.close();
      }
    }
    current = null;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeWhatsApp.class || type == WebhookReceiver.class || type == WhatsApp.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Resources r = context.getStore(NAMESPACE).get(Resources.class, Resources.class);
    if (r == null) {
      throw new ParameterResolutionException("no fake is running yet (constructor or @BeforeAll injection needs "
          + "FakeWhatsAppExtension.perClass())");
    }
    Class<?> type = parameter.getParameter().getType();
    if (type == FakeWhatsApp.class) {
      return r.fake;
    }
    if (type == WhatsApp.class) {
      return r.client();
    }
    if (r.receiver == null) {
      throw new ParameterResolutionException("no WebhookReceiver: the fake was configured with its own webhook URL");
    }
    return r.receiver;
  }
}
