/**
 * Messages a business sends with {@code POST /{phone-number-id}/messages}: a sealed hierarchy of immutable records,
 * one per WhatsApp message type, each with a builder. Meta's limits are checked when a message is built, so an
 * invalid message never reaches the network.
 *
 * <p>Lengths are counted in Unicode code points, the closest match to how Meta counts "characters": an emoji outside
 * the Basic Multilingual Plane counts as one, not as two UTF-16 chars.
 */
@NullMarked
package dev.wabasdk.message;

import org.jspecify.annotations.NullMarked;
