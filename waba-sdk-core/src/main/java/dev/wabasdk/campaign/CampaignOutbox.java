package dev.wabasdk.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The durable state of campaigns: a queue of recipients that instances claim with a lease, one record per
 * recipient's send (claim, attempt, result) changed only by atomic compare-and-set {@link #transition}s, tracking
 * counters, and the shared run state. The guarantee that nobody gets a campaign's message twice rests on
 * {@code transition(PENDING -> ATTEMPTING)} being atomic and durable: only one instance ever wins it for a key.
 *
 * <p>{@link InMemoryCampaignOutbox} is the default (one instance; survives nothing but the app's own lifetime);
 * {@code RedisCampaignOutbox} in {@code waba-sdk-redis} is shared by several instances and survives their crashes.
 * Implementations must be thread-safe.
 */
public interface CampaignOutbox {

  /**
   * Takes (or renews) the right to queue the campaign's recipients, so one instance reads the source. Returns how
   * many recipients are already queued (the loader resumes after them), or -1 while another instance holds the
   * right or the recipients are all queued.
   */
  long acquireLoader(String campaign, String owner, Duration lease);

  /**
   * Queues {@code batch} as recipients {@code offset..offset+size-1} of the source, atomically with the new offset
   * and a renewed loader lease; {@code last} marks the source as fully queued. Returns false (queues nothing) when
   * {@code owner} no longer holds the loader right or the offset moved.
   */
  boolean enqueue(String campaign, String owner, long offset, List<CampaignRecipient> batch, boolean last,
      Duration lease);

  /** Whether every recipient of the source is queued. */
  boolean loaded(String campaign);

  /** How many entries are queued or claimed and not yet acknowledged. */
  long backlog(String campaign);

  /**
   * Claims up to {@code max} entries for {@code owner}: new ones, and ones other owners claimed longer than
   * {@code lease} ago without acknowledging them (their instance died).
   */
  List<OutboxEntry> claim(String campaign, String owner, int max, Duration lease);

  /** Removes a claimed entry from the queue: its recipient is done with, or will be through a deferred copy. */
  void ack(String campaign, OutboxEntry entry);

  /** Atomically acknowledges {@code entry} and queues it again, not to be worked on before {@code notBefore}. */
  void defer(String campaign, OutboxEntry entry, Instant notBefore);

  /**
   * Changes the record of {@code key} to {@code to} (null: back to {@link SendState#PENDING}) only when its state
   * is one of {@code from} and, when {@code owner} is not null, its owner is {@code owner}; keeps the counters per
   * state in step.
   */
  Transition transition(String campaign, String key, Set<SendState> from, @Nullable String owner,
      @Nullable OutboxRecord to);

  /** The record of {@code key}, or null while it is pending. */
  @Nullable OutboxRecord record(String campaign, String key);

  /** Every record, in no particular order (for the final report). The caller closes the stream. */
  Stream<OutboxRecord> records(String campaign);

  /**
   * Records a status webhook for {@code key}, once per key and status however often Meta delivers it: when the
   * key's rank advances, raises {@code status:<name>} for every rank passed among 1 {@code sent}, 2
   * {@code delivered}, 3 {@code read} (a read message was delivered, whatever order the webhooks came in), or
   * {@code status:<status>} once for a higher rank ({@code failed} is 9), {@code error:<code>} for a failure, and {@code billable:<market>|<category>} the first time a
   * billable status arrives, adding {@code costMicros} to {@code cost_micros:<currency>} then (the price in
   * millionths of the currency). Returns whether anything was counted.
   */
  boolean recordStatus(String campaign, String key, String status, int rank, @Nullable Integer errorCode,
      @Nullable String billableAs, @Nullable String currency, long costMicros);

  /**
   * The counters: {@code queued} (recipients enqueued), {@code state:<SendState>} (records per state, PENDING not
   * counted), {@code status:<status>}, {@code error:<code>}, {@code billable:..}, {@code cost_micros:<currency>}.
   */
  Map<String, Long> counters(String campaign);

  /** The shared run state; {@link CampaignControl#RUNNING} when none was set. */
  CampaignControl control(String campaign);

  /**
   * Sets the run state unless the campaign is {@link CampaignState#CANCELLED} or {@link CampaignState#FINISHED}
   * already (those are final). Returns the state now in force.
   */
  CampaignControl control(String campaign, CampaignControl control);
}
