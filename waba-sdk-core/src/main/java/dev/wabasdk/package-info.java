/**
 * The entry point of waba-sdk: {@link dev.wabasdk.WhatsApp}, the client for one business phone number, with its
 * configuration ({@link dev.wabasdk.RetrySettings}, {@link dev.wabasdk.RateLimit}).
 */
@NullMarked
package dev.wabasdk;

import org.jspecify.annotations.NullMarked;
