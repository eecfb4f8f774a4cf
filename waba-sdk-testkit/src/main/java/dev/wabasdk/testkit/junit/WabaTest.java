package dev.wabasdk.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class with {@link FakeWhatsAppExtension} in its default setup: a fresh fake with a webhook
 * receiver per test, injected as parameters. Tests of the class must run one at a time
 * (see {@link FakeWhatsAppExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(FakeWhatsAppExtension.class)
public @interface WabaTest {}
