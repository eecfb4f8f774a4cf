package dev.wabasdk.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code {{…}}} variables of template text. */
final class Placeholders {
  static final Pattern VARIABLE = Pattern.compile("\\{\\{([^{}]*)}}");
  static final Pattern POSITIONAL = Pattern.compile("[1-9][0-9]{0,3}");
  /** Lowercase letters and underscores, up to 20 (the same rule as sends' {@code parameter_name}). */
  static final Pattern NAMED = Pattern.compile("[a-z_]{1,20}");

  private Placeholders() {}

  /** The variables as written inside the braces, in order of first appearance, without repeats. */
  static Set<String> of(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Problems with the variables of {@code text} for the format; {@code where} prefixes each message. */
  static List<String> check(String text, ParameterFormat format, String where) {
    List<String> problems = new ArrayList<>();
    Matcher m = VARIABLE.matcher(text);
    int matched = 0;
    while (m.find()) {
      matched++;
    }
    int opened = count(text, "{{");
    if (opened != matched || count(text, "}}") != matched) {
      problems.add(where + ": malformed variable braces (every variable is written {{1}} or {{name}}) in "
          + preview(text));
    }
    Set<String> variables = of(text);
    List<Integer> numbers = new ArrayList<>();
    for (String v : variables) {
      if (format == ParameterFormat.POSITIONAL) {
        if (POSITIONAL.matcher(v).matches()) {
          numbers.add(Integer.parseInt(v));
        } else {
          problems.add(where + ": variable {{" + v + "}} is not positional; a POSITIONAL template uses {{1}}, {{2}}, …"
              + (NAMED.matcher(v).matches() ? " (or set parameterFormat NAMED)" : ""));
        }
      } else if (!NAMED.matcher(v).matches()) {
        problems.add(where + ": variable {{" + v + "}} is not a valid name; a NAMED template uses 1 to 20 lowercase "
            + "letters or underscores such as {{first_name}}");
      }
    }
    numbers.sort(null);
    for (int i = 0; i < numbers.size(); i++) {
      if (numbers.get(i) != i + 1) {
        problems.add(where + ": variables must be numbered 1 to " + numbers.size() + " without gaps; {{" + (i + 1)
            + "}} is missing (found " + numbers.stream().map(n -> "{{" + n + "}}").toList() + ")");
        break;
      }
    }
    return problems;
  }

  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  static String preview(String text) {
    String flat = text.replace('\n', ' ');
    return "'" + (flat.length() <= 60 ? flat : flat.substring(0, 57) + "...") + "'";
  }

  private static int count(String text, String token) {
    int n = 0;
    for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
      n++;
    }
    return n;
  }
}
