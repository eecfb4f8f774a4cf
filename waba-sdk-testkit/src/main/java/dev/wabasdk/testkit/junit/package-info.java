/** JUnit Jupiter support: {@link dev.wabasdk.testkit.junit.FakeWhatsAppExtension} and {@code @WabaTest}. */
@NullMarked
package dev.wabasdk.testkit.junit;

import org.jspecify.annotations.NullMarked;
