/**
 * A stateful fake of the WhatsApp Cloud API for tests: {@link dev.wabasdk.testkit.FakeWhatsApp} serves Meta's
 * paths, payloads and errors, enforces Meta's rules in fake time, and plays the users.
 */
@NullMarked
package dev.wabasdk.testkit;

import org.jspecify.annotations.NullMarked;
