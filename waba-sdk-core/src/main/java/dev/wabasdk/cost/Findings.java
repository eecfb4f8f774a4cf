package dev.wabasdk.cost;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The notes and warnings one estimate collects, each once, in order; not thread-safe (one per estimate). */
final class Findings {
  private final Set<String> notes = new LinkedHashSet<>();
  private final Set<PricingWarning> warnings = new LinkedHashSet<>();
  private final Set<Object> asked = new HashSet<>();

  /** True only the first time {@code key} is asked: a warning whose text costs something to build is built once. */
  boolean first(Object key) {
    return asked.add(key);
  }

  /** An assumption worth saying that is not a fallback. */
  void note(String note) {
    notes.add(note);
  }

  /** A fallback: kept as a typed warning and, for the printed table, as a note. */
  void warn(PricingWarning.Kind kind, String message) {
    warnings.add(new PricingWarning(kind, message));
    notes.add(message);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  List<PricingWarning> warnings() {
    return List.copyOf(warnings);
  }
}
