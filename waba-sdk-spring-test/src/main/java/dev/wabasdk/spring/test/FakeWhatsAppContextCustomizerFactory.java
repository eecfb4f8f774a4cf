package dev.wabasdk.spring.test;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds a {@link FakeWhatsAppContextCustomizer} to test classes annotated with {@link AutoConfigureFakeWhatsApp}.
 * Registered in {@code META-INF/spring.factories}; it touches no testkit class unless the annotation is present.
 */
final class FakeWhatsAppContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureFakeWhatsApp.class)
        ? new FakeWhatsAppContextCustomizer() : null;
  }
}
