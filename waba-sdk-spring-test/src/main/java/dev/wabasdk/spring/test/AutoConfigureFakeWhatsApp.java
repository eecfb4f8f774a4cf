package dev.wabasdk.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring test class: starts a testkit {@code FakeWhatsApp} for the test's application context, points the
 * auto-configured {@code WhatsApp} client at it ({@code waba.base-url}, {@code waba.access-token},
 * {@code waba.phone-number-id}, {@code waba.business-account-id}, {@code waba.app-secret},
 * {@code waba.verify-token} are overridden) and, once the embedded web server runs, sends the fake's webhooks to
 * {@code http://localhost:<port><waba.webhook.path>}. The fake is a bean ({@code @Autowired FakeWhatsApp fake}),
 * its {@code FakeClock} too (so the policy engine shares the fake's time), and it stops with the context.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * @AutoConfigureFakeWhatsApp
 * class BotTest {
 *   @Autowired FakeWhatsApp fake;
 *
 *   @Test void repliesToHello() {
 *     fake.user("+4915112345678").sends("hello");
 *     fake.awaitWebhooks();
 *     assertThat(fake.sentMessagesTo("+4915112345678")).hasSize(1);
 *   }
 * }
 * }</pre>
 *
 * <p>Needs {@code waba-sdk-testkit} on the test classpath. With a mock web environment (no port) webhooks are not
 * delivered; post them with MockMvc instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureFakeWhatsApp {}
