package dev.wabasdk.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link CampaignOutbox}: everything in this JVM's memory, so it serves the instances (runners) of one
 * process and is lost with it. Use {@code RedisCampaignOutbox} when a crash or a redeploy must not lose a campaign,
 * or several app instances share one. Memory grows with the recipients queued but not yet sent (the loader keeps
 * that bounded) plus one small record per recipient. Thread-safe.
 */
public final class InMemoryCampaignOutbox implements CampaignOutbox {
  private static final String[] CUMULATIVE = {"", "sent", "delivered", "read"};

  private final Clock clock;
  private final Map<String, State> campaigns = new ConcurrentHashMap<>();

  /** An outbox on the system clock. */
  public InMemoryCampaignOutbox() {
    this(Clock.systemUTC());
  }

  /** An outbox whose claim leases follow {@code clock}. */
  public InMemoryCampaignOutbox(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private State state(String campaign) {
    return campaigns.computeIfAbsent(Objects.requireNonNull(campaign, "campaign"), c -> new State());
  }

  @Override
  public long acquireLoader(String campaign, String owner, Duration lease) {
    State s = state(campaign);
    synchronized (s) {
      long now = clock.millis();
      if (s.loaded || (s.loader != null && !s.loader.equals(owner) && s.loaderUntil > now)) {
        return -1;
      }
      s.loader = owner;
      s.loaderUntil = now + lease.toMillis();
      return s.offset;
    }
  }

  @Override
  public boolean enqueue(String campaign, String owner, long offset, List<CampaignRecipient> batch, boolean last,
      Duration lease) {
    State s = state(campaign);
    synchronized (s) {
      if (!owner.equals(s.loader) || s.offset != offset || s.loaded) {
        return false;
      }
      Instant now = clock.instant();
      for (CampaignRecipient r : batch) {
        s.queue.add(new OutboxEntry(Long.toString(s.nextId++), r, now));
      }
      s.offset += batch.size();
      s.counters.merge("queued", (long) batch.size(), Long::sum);
      s.loaded = last;
      s.loaderUntil = clock.millis() + lease.toMillis();
      return true;
    }
  }

  @Override
  public boolean loaded(String campaign) {
    State s = state(campaign);
    synchronized (s) {
      return s.loaded;
    }
  }

  @Override
  public long backlog(String campaign) {
    State s = state(campaign);
    synchronized (s) {
      return s.queue.size() + s.claimed.size();
    }
  }

  @Override
  public List<OutboxEntry> claim(String campaign, String owner, int max, Duration lease) {
    State s = state(campaign);
    synchronized (s) {
      long now = clock.millis();
      List<OutboxEntry> out = new ArrayList<>(Math.min(max, 256));
      // Entries of an owner that stopped acknowledging within its lease go to the claimer, as XAUTOCLAIM does.
      for (Iterator<Claimed> it = s.claimed.values().iterator(); it.hasNext() && out.size() < max; ) {
        Claimed c = it.next();
        if (c.since + lease.toMillis() <= now) {
          c.owner = owner;
          c.since = now;
          out.add(c.entry);
        }
      }
      while (out.size() < max && !s.queue.isEmpty()) {
        OutboxEntry e = s.queue.poll();
        s.claimed.put(e.id(), new Claimed(e, owner, now));
        out.add(e);
      }
      return out;
    }
  }

  @Override
  public void ack(String campaign, OutboxEntry entry) {
    State s = state(campaign);
    synchronized (s) {
      s.claimed.remove(entry.id());
    }
  }

  @Override
  public void defer(String campaign, OutboxEntry entry, Instant notBefore) {
    State s = state(campaign);
    synchronized (s) {
      if (s.claimed.remove(entry.id()) != null) {
        s.queue.add(new OutboxEntry(Long.toString(s.nextId++), entry.recipient(), notBefore));
      }
    }
  }

  @Override
  public Transition transition(String campaign, String key, Set<SendState> from, @Nullable String owner,
      @Nullable OutboxRecord to) {
    State s = state(campaign);
    synchronized (s) {
      OutboxRecord current = s.records.get(key);
      SendState state = current == null ? SendState.PENDING : current.state();
      if (!from.contains(state) || (owner != null && (current == null || !owner.equals(current.owner())))) {
        return new Transition(false, current);
      }
      if (to == null) {
        s.records.remove(key);
      } else {
        s.records.put(key, to);
      }
      if (state != SendState.PENDING) {
        s.counters.merge("state:" + state, -1L, Long::sum);
      }
      if (to != null) {
        s.counters.merge("state:" + to.state(), 1L, Long::sum);
      }
      return new Transition(true, to);
    }
  }

  @Override
  public @Nullable OutboxRecord record(String campaign, String key) {
    State s = state(campaign);
    synchronized (s) {
      return s.records.get(key);
    }
  }

  @Override
  public Stream<OutboxRecord> records(String campaign) {
    State s = state(campaign);
    synchronized (s) {
      return new ArrayList<>(s.records.values()).stream();
    }
  }

  @Override
  public boolean recordStatus(String campaign, String key, String status, int rank, @Nullable Integer errorCode,
      @Nullable String billableAs, @Nullable String currency, long costMicros) {
    State s = state(campaign);
    synchronized (s) {
      boolean counted = false;
      Integer seen = s.statusRanks.get(key);
      if (seen == null || rank > seen) {
        s.statusRanks.put(key, rank);
        if (rank <= CUMULATIVE.length - 1) {
          // read implies delivered implies sent, though Meta may deliver the webhooks out of order
          for (int r = (seen == null ? 0 : seen) + 1; r <= rank; r++) {
            s.counters.merge("status:" + CUMULATIVE[r], 1L, Long::sum);
          }
        } else {
          s.counters.merge("status:" + status, 1L, Long::sum);
        }
        if (errorCode != null) {
          s.counters.merge("error:" + errorCode, 1L, Long::sum);
        }
        counted = true;
      }
      if (billableAs != null && s.billed.add(key)) {
        s.counters.merge("billable:" + billableAs, 1L, Long::sum);
        if (currency != null) {
          s.counters.merge("cost_micros:" + currency, costMicros, Long::sum);
        }
        counted = true;
      }
      return counted;
    }
  }

  @Override
  public Map<String, Long> counters(String campaign) {
    State s = state(campaign);
    synchronized (s) {
      Map<String, Long> copy = new LinkedHashMap<>();
      s.counters.forEach((k, v) -> {
        if (v != 0) {
          copy.put(k, v);
        }
      });
      return copy;
    }
  }

  @Override
  public CampaignControl control(String campaign) {
    State s = state(campaign);
    synchronized (s) {
      return s.control;
    }
  }

  @Override
  public CampaignControl control(String campaign, CampaignControl control) {
    Objects.requireNonNull(control, "control");
    State s = state(campaign);
    synchronized (s) {
      if (s.control.state() != CampaignState.CANCELLED && s.control.state() != CampaignState.FINISHED) {
        s.control = control;
      }
      return s.control;
    }
  }

  @Override
  public String toString() {
    return "InMemoryCampaignOutbox{campaigns=" + campaigns.size() + "}";
  }

  private static final class State {
    final ArrayDeque<OutboxEntry> queue = new ArrayDeque<>();
    final Map<String, Claimed> claimed = new LinkedHashMap<>();
    final Map<String, OutboxRecord> records = new HashMap<>();
    final Map<String, Integer> statusRanks = new HashMap<>();
    final java.util.Set<String> billed = new java.util.HashSet<>();
    final Map<String, Long> counters = new HashMap<>();
    @Nullable String loader;
    long loaderUntil;
    long offset;
    long nextId;
    boolean loaded;
    CampaignControl control = CampaignControl.RUNNING;
  }

  private static final class Claimed {
    final OutboxEntry entry;
    String owner;
    long since;

    Claimed(OutboxEntry entry, String owner, long since) {
      this.entry = entry;
      this.owner = owner;
      this.since = since;
    }
  }
}
