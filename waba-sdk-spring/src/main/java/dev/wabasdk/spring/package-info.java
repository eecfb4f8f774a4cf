/**
 * Spring Boot auto-configuration for waba-sdk: {@link dev.wabasdk.spring.WabaProperties} ({@code waba.*}), the
 * {@code WhatsApp} client, the policy engine, the cost estimator and the webhook endpoint that publishes every
 * webhook event as a Spring application event.
 */
@NullMarked
package dev.wabasdk.spring;

import org.jspecify.annotations.NullMarked;
