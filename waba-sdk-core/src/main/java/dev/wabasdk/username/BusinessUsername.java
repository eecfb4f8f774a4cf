package dev.wabasdk.username;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The username of a business phone number and its status. Immutable and thread-safe.
 *
 * @param username the username, e.g. {@code acme_support}
 * @param status e.g. {@link UsernameStatus#RESERVED}
 */
public record BusinessUsername(String username, UsernameStatus status) {
  /** Meta's shortest username. */
  public static final int MIN_LENGTH = 3;
  /** Meta's longest username. */
  public static final int MAX_LENGTH = 35;

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._]+");
  private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");
  // Meta refuses names that look like a web address.
  private static final List<String> DOMAIN_SUFFIXES =
      List.of(".com", ".org", ".net", ".int", ".edu", ".gov", ".mil", ".us", ".in", ".html");

  public BusinessUsername {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Checks Meta's format rules: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, English letters, digits,
   * periods and underscores only, at least one letter, no period at either end, no two periods in a row, not
   * starting with {@code www} and not ending with a domain suffix such as {@code .com}.
   *
   * @return the username
   * @throws IllegalArgumentException naming the rule and the value
   */
  public static String check(String username) {
    Objects.requireNonNull(username, "username");
    int length = username.length();
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw invalid(username, MIN_LENGTH + " to " + MAX_LENGTH + " characters, was " + length);
    }
    if (!ALLOWED.matcher(username).matches()) {
      throw invalid(username, "only English letters, digits, periods and underscores");
    }
    if (!LETTER.matcher(username).matches()) {
      throw invalid(username, "at least one English letter");
    }
    if (username.startsWith(".") || username.endsWith(".") || username.contains("..")) {
      throw invalid(username, "no period at the start or end and no two periods in a row");
    }
    String lower = username.toLowerCase(Locale.ROOT);
    if (lower.startsWith("www")) {
      throw invalid(username, "must not start with 'www'");
    }
    for (String suffix : DOMAIN_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        throw invalid(username, "must not end with a domain suffix such as '" + suffix + "'");
      }
    }
    return username;
  }

  private static IllegalArgumentException invalid(String username, String rule) {
    return new IllegalArgumentException("username: " + rule + ": '" + username + "'");
  }
}
