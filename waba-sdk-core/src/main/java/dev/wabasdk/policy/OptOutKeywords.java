package dev.wabasdk.policy;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The keywords that opt a user out (and back in) when an inbound text message consists of one of them. Matching
 * ignores case, surrounding spaces and trailing punctuation ({@code "Stop!"} matches {@code STOP}) but never
 * looks inside longer sentences, so "stop the delivery" does not opt anyone out.
 * Immutable and thread-safe.
 *
 * @param stop keywords that opt the user out of {@code scope}
 * @param start keywords that opt the user back in
 * @param scope what a stop keyword opts out of; {@link OptOut#MARKETING} by default
 */
public record OptOutKeywords(Set<String> stop, Set<String> start, OptOut scope) {
  /**
   * English, Russian, Spanish, Portuguese, German, French and Italian keywords. Words that are also ordinary
   * replies ("cancel", "end", "quit") are left out on purpose.
   */
  public static final OptOutKeywords DEFAULT = new OptOutKeywords(
      Set.of("stop", "stopall", "unsubscribe", "opt out", "optout", "стоп", "отписаться", "отписка", "alto",
          "baja", "darse de baja", "parar", "descadastrar", "stopp", "abmelden", "arrêt", "arret", "désabonner",
          "desabonner", "disiscriviti"),
      Set.of("start", "unstop", "subscribe", "opt in", "optin", "старт", "подписаться", "alta", "suscribir",
          "inscrever", "anmelden", "abonner", "iscriviti"),
      OptOut.MARKETING);

  /** No keywords: opt-outs come only from the API or the marketing-preferences webhook. */
  public static final OptOutKeywords NONE = new OptOutKeywords(Set.of(), Set.of(), OptOut.MARKETING);

  public OptOutKeywords {
    Objects.requireNonNull(scope, "scope");
    if (scope == OptOut.NONE) {
      throw new IllegalArgumentException("scope: must be MARKETING or ALL, was NONE");
    }
    stop = normalizeAll("stop", stop);
    start = normalizeAll("start", start);
    for (String keyword : stop) {
      if (start.contains(keyword)) {
        throw new IllegalArgumentException("'" + keyword + "' is both a stop and a start keyword");
      }
    }
  }

  /** What {@code text} asks for: {@link OptOut#NONE} for a start keyword, {@link #scope()} for a stop keyword. */
  public @Nullable OptOut match(@Nullable String text) {
    if (text == null || text.length() > 40) {
      return null;
    }
    String normalized = normalize(text);
    if (stop.contains(normalized)) {
      return scope;
    }
    return start.contains(normalized) ? OptOut.NONE : null;
  }

  private static Set<String> normalizeAll(String field, Set<String> keywords) {
    Objects.requireNonNull(keywords, field);
    Set<String> result = keywords.stream().map(OptOutKeywords::normalize).collect(Collectors.toUnmodifiableSet());
    if (result.contains("")) {
      throw new IllegalArgumentException(field + ": keywords must not be blank");
    }
    return result;
  }

  private static String normalize(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    int end = s.length();
    while (end > 0 && ".!?¡¿,;:".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip().replaceAll("\\s+", " ");
  }
}
