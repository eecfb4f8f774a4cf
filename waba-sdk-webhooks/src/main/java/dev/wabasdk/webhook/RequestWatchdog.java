package dev.wabasdk.webhook;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Enforces {@link WebhookHttpServer}'s read limits with the JDK's own mechanism. The JDK's HttpServer reads the
 * request line, the headers and (through the handler) the body on the executor's thread, from a {@code
 * SocketChannel} in blocking mode; interrupting that thread closes the channel and ends the blocked read. So each
 * request gets a deadline, and a single scheduler thread interrupts the worker whose deadline passes while it is
 * still reading. While the processor runs, no deadline is armed: a listener is never interrupted by this class.
 * Thread-safe; one per server.
 */
final class RequestWatchdog implements AutoCloseable {

  private final long headerNanos;
  private final long bodyNanos;
  private final ScheduledThreadPoolExecutor scheduler;
  // Per server, not static: which request each worker thread is serving.
  private final Map<Thread, Guard> guards = new ConcurrentHashMap<>();

  RequestWatchdog(Duration headerTimeout, Duration bodyTimeout, String threadName) {
    this.headerNanos = headerTimeout.toNanos();
    this.bodyNanos = bodyTimeout.toNanos();
    this.scheduler =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    scheduler.setRemoveOnCancelPolicy(true);
  }

  /** Wraps one exchange of the JDK server: the header deadline starts now. */
  Runnable guard(Runnable exchange) {
    return () -> {
      Thread worker = Thread.currentThread();
      Guard guard = new Guard(worker);
      guards.put(worker, guard);
      guard.arm(headerNanos);
      try {
        exchange.run();
      } finally {
        guard.disarm();
        guards.remove(worker);
        // A deadline that fired during this exchange must not close the next one's channel.
        Thread.interrupted();
      }
    };
  }

  /** The headers were read: the body (and later the response) must be transferred within the body limit. */
  void readingBody() {
    Guard guard = guards.get(Thread.currentThread());
    if (guard != null) {
      guard.arm(bodyNanos);
    }
  }

  /** The body was read: the processor and listeners run without a deadline. */
  void processing() {
    Guard guard = guards.get(Thread.currentThread());
    if (guard != null) {
      guard.disarm();
    }
  }

  /** The processor answered: writing the response and draining an unread body get the body limit again. */
  void responding() {
    readingBody();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  /** One worker's current deadline. The lock makes "disarmed" and "interrupted" exclusive. */
  private final class Guard {
    private final Thread worker;
    private @Nullable ScheduledFuture<?> deadline;
    // A deadline that already started firing when it was replaced must not hit the new phase.
    private long generation;
    private boolean armed;

    Guard(Thread worker) {
      this.worker = worker;
    }

    synchronized void arm(long nanos) {
      disarm();
      armed = true;
      long current = generation;
      try {
        deadline = scheduler.schedule(() -> expire(current), nanos, TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        // The server is closed; the JDK server closes the connection itself.
      }
    }

    synchronized void disarm() {
      armed = false;
      generation++;
      if (deadline != null) {
        deadline.cancel(false);
        deadline = null;
      }
    }

    private synchronized void expire(long expected) {
      if (armed && generation == expected) {
        armed = false;
        deadline = null;
        worker.interrupt();
      }
    }
  }
}
