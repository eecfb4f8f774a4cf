/**
 * Test support: {@link dev.wabasdk.spring.test.AutoConfigureFakeWhatsApp} points the auto-configured client at a
 * testkit {@code FakeWhatsApp} and the fake's webhooks at the running application.
 */
@NullMarked
package dev.wabasdk.spring.test;

import org.jspecify.annotations.NullMarked;
