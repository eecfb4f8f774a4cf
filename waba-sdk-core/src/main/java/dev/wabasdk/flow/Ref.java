package dev.wabasdk.flow;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A dynamic reference in Flow JSON: {@code ${data.x}} (the screen's data model), {@code ${form.y}} (a form field
 * of the same screen), {@code ${screen.S.data.x}} / {@code ${screen.S.form.z}} (another screen's, Flow JSON 4.0+).
 * Use it wherever Meta allows a reference; its {@link #toString()} is the string Meta expects. Immutable and
 * thread-safe.
 *
 * @param expression what stands inside <code>${&hellip;}</code>, e.g. {@code form.email}
 */
public record Ref(String expression) {
  private static final Pattern WHOLE = Pattern.compile("\\$\\{([^{}]+)}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

  public Ref {
    Objects.requireNonNull(expression, "expression == null");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("Ref.expression must not be blank");
    }
  }

  /** {@code ${data.field}}: a field of the current screen's data model. */
  public static Ref data(String field) {
    return new Ref("data." + name("field", field));
  }

  /** {@code ${form.field}}: a form field (component {@code name}) of the current screen. */
  public static Ref form(String field) {
    return new Ref("form." + name("field", field));
  }

  /** {@code ${screen.SCREEN.data.field}}: a data field of another screen. */
  public static Ref screenData(String screen, String field) {
    return new Ref("screen." + name("screen", screen) + ".data." + name("field", field));
  }

  /** {@code ${screen.SCREEN.form.field}}: a form field of another screen. */
  public static Ref screenForm(String screen, String field) {
    return new Ref("screen." + name("screen", screen) + ".form." + name("field", field));
  }

  /** The reference a whole string such as {@code "${form.email}"} holds, or null when it is a literal. */
  public static @Nullable Ref parse(String value) {
    var m = WHOLE.matcher(value);
    return m.matches() ? new Ref(m.group(1).strip()) : null;
  }

  /** Whether a string is exactly one reference, so character limits do not apply to it. */
  public static boolean isRef(@Nullable String value) {
    return value != null && WHOLE.matcher(value).matches();
  }

  private static String name(String what, String value) {
    Objects.requireNonNull(value, what + " == null");
    if (!NAME.matcher(value).matches()) {
      throw new IllegalArgumentException("Ref " + what + " must be letters, digits or _, got \"" + value + "\"");
    }
    return value;
  }

  /** The reference as written in Flow JSON, e.g. {@code ${form.email}}. */
  @Override
  public String toString() {
    return "${" + expression + "}";
  }
}
