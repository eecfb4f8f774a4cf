package dev.wabasdk.testkit.internal;

import org.jspecify.annotations.Nullable;

/**
 * Says where a JSON text is malformed, in words a person fixing a curl command understands ("line 1, column 9:
 * expected a value but found '}'"), instead of the parser's internals. Strict JSON (RFC 8259). Stateless to callers;
 * an instance reads one text and is not thread-safe.
 */
final class JsonSyntax {
  private final String text;
  private int pos;

  private JsonSyntax(String text) {
    this.text = text;
  }

  /** The first problem in {@code text}, or null when it is well-formed JSON. */
  static @Nullable String problem(String text) {
    JsonSyntax syntax = new JsonSyntax(text);
    try {
      syntax.skipSpace();
      if (syntax.pos == text.length()) {
        return "the body is empty (expected a JSON object such as {\"name\":\"value\"})";
      }
      syntax.value();
      syntax.skipSpace();
      if (syntax.pos < text.length()) {
        syntax.fail("expected the end of the JSON text");
      }
      return null;
    } catch (Problem p) {
      return p.getMessage();
    }
  }

  /** A located problem; carries no stack trace (it is control flow). */
  private static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Problem(String message) {
      super(message, null, false, false);
    }
  }

  private void fail(String expected) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    String found = pos >= text.length() ? "the end of the body"
        : "'" + new String(Character.toChars(text.codePointAt(pos))) + "'";
    throw new Problem("line " + line + ", column " + column + ": " + expected + " but found " + found);
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private boolean at(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void value() {
    skipSpace();
    if (pos >= text.length()) {
      fail("expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          fail("expected a value (an object, array, \"string\", number, true, false or null)");
        }
      }
    }
  }

  private void object() {
    pos++;
    skipSpace();
    if (at('}')) {
      pos++;
      return;
    }
    while (true) {
      skipSpace();
      if (!at('"')) {
        fail("expected a field name in double quotes");
      }
      string();
      skipSpace();
      if (!at(':')) {
        fail("expected ':' after the field name");
      }
      pos++;
      value();
      skipSpace();
      if (at(',')) {
        pos++;
      } else if (at('}')) {
        pos++;
        return;
      } else {
        fail("expected ',' or '}' after a field's value");
      }
    }
  }

  private void array() {
    pos++;
    skipSpace();
    if (at(']')) {
      pos++;
      return;
    }
    while (true) {
      value();
      skipSpace();
      if (at(',')) {
        pos++;
      } else if (at(']')) {
        pos++;
        return;
      } else {
        fail("expected ',' or ']' after an array element");
      }
    }
  }

  private void string() {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c < 0x20) {
        fail("expected the closing '\"' of a string (control characters must be escaped)");
      }
      if (c == '\\') {
        pos++;
        if (pos >= text.length() || "\"\\/bfnrtu".indexOf(text.charAt(pos)) < 0) {
          fail("expected an escape such as \\n, \\\" or \\u00e9 after '\\'");
        }
        if (text.charAt(pos) == 'u') {
          for (int i = 1; i <= 4; i++) {
            if (pos + i >= text.length() || Character.digit(text.charAt(pos + i), 16) < 0) {
              pos += i;
              fail("expected 4 hex digits after \\u");
            }
          }
          pos += 4;
        }
      }
      pos++;
    }
    fail("expected the closing '\"' of a string");
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      fail("expected a value (an object, array, \"string\", number, true, false or null)");
    }
    pos += word.length();
  }

  private void number() {
    if (at('-')) {
      pos++;
    }
    if (!digits()) {
      fail("expected a digit");
    }
    if (at('.')) {
      pos++;
      if (!digits()) {
        fail("expected a digit after the decimal point");
      }
    }
    if (at('e') || at('E')) {
      pos++;
      if (at('+') || at('-')) {
        pos++;
      }
      if (!digits()) {
        fail("expected a digit in the exponent");
      }
    }
  }

  private boolean digits() {
    int start = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
      pos++;
    }
    return pos > start;
  }
}
