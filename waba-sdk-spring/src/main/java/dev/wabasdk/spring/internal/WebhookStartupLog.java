package dev.wabasdk.spring.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;

/**
 * Logs once, when the application context is refreshed (the embedded server then listens), where the webhook
 * endpoint listens and whether notifications' signatures are checked, so a wrong callback URL or a missing check is
 * seen at start-up rather than when Meta's calls fail. Never logs a secret. Thread-safe (immutable).
 */
public final class WebhookStartupLog implements ApplicationListener<ContextRefreshedEvent> {
  private static final Logger LOG = LoggerFactory.getLogger("dev.wabasdk.spring");

  private final ApplicationContext context;
  private final String path;
  private final boolean signatureChecked;

  /**
   * @param signatureChecked true when the auto-configured processor (which always checks with
   *     {@code waba.app-secret}) is used; false when the application defines its own {@code WebhookProcessor}
   */
  public WebhookStartupLog(ApplicationContext context, String path, boolean signatureChecked) {
    this.context = context;
    this.path = path;
    this.signatureChecked = signatureChecked;
  }

  @Override
  public void onApplicationEvent(ContextRefreshedEvent event) {
    // Child contexts (e.g. a separate management server) refresh too; only this application's refresh counts.
    if (event.getApplicationContext() != context) {
      return;
    }
    Environment environment = context.getEnvironment();
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    String port = environment.getProperty("local.server.port");
    LOG.info("WhatsApp webhook endpoint listening at {}{}{} (GET: Meta's verification handshake, POST: "
            + "notifications); X-Hub-Signature-256 check: {}",
        contextPath, path, port == null ? "" : " on port " + port,
        signatureChecked ? "on (waba.app-secret)" : "as configured by the application's WebhookProcessor bean");
  }
}
