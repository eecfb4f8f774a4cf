package dev.wabasdk.message;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One component of a template send: the header's parameter, the body's parameters, or a button's parameter
 * ({@link TemplateButton}). Only components with variables are sent.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface TemplateComponent
    permits TemplateComponent.Header, TemplateComponent.Body, TemplateButton {

  /** The header component with its one parameter. */
  static Header header(TemplateParameter.HeaderParameter parameter) {
    return new Header(parameter);
  }

  /** The body component with its parameters, in order. */
  static Body body(TemplateParameter.BodyParameter... parameters) {
    return new Body(Arrays.asList(parameters));
  }

  /**
   * {@code {"type": "header"}}.
   *
   * @param parameter the header variable's value
   */
  record Header(TemplateParameter.HeaderParameter parameter) implements TemplateComponent {
    public Header {
      Objects.requireNonNull(parameter, "parameter == null");
    }
  }

  /**
   * {@code {"type": "body"}}.
   *
   * @param parameters the body variables' values: all positional, in order, or all named
   */
  record Body(List<TemplateParameter.BodyParameter> parameters) implements TemplateComponent {
    public Body {
      parameters = List.copyOf(parameters);
    }
  }
}
