package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.FakeRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The requests the fake received, with the codes it answered, and the faults waiting for the next requests.
 * Not thread-safe: used under {@link FakeEngine}'s lock.
 */
final class RequestJournal {
  private final List<FakeRequest> requests = new ArrayList<>();
  private final List<FaultRule> faults = new ArrayList<>();

  int record(FakeRequest request) {
    requests.add(request);
    return requests.size() - 1;
  }

  void answered(int index, int code) {
    if (index >= 0 && index < requests.size()) {
      FakeRequest r = requests.get(index);
      requests.set(index, new FakeRequest(r.method(), r.path(), r.query(), r.contentType(), r.body(), code));
    }
  }

  List<FakeRequest> requests() {
    return List.copyOf(requests);
  }

  void addFault(FaultRule rule) {
    faults.add(rule);
  }

  void clearFaults() {
    faults.clear();
  }

  /** The first fault that matches {@code request}, counted as used (and dropped when used up); null when none. */
  @Nullable FaultRule claimFault(FakeRequest request) {
    for (Iterator<FaultRule> it = faults.iterator(); it.hasNext(); ) {
      FaultRule rule = it.next();
      if (rule.claim(request)) {
        if (rule.exhausted()) {
          it.remove();
        }
        return rule;
      }
    }
    return null;
  }

  void reset() {
    requests.clear();
    faults.clear();
  }
}
