package dev.wabasdk.internal;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task on the thread that submits it. Async Graph calls hand Failsafe this executor: an attempt only
 * enqueues an OkHttp call (OkHttp's dispatcher does the I/O), so starting it on the caller's thread saves a hop to
 * a pool thread per call; retries still wait on Failsafe's delay scheduler, which then starts them here. Stateless.
 */
final class CallerRunsExecutor extends AbstractExecutorService {
  static final CallerRunsExecutor INSTANCE = new CallerRunsExecutor();

  private CallerRunsExecutor() {}

  @Override
  public void execute(Runnable command) {
    command.run();
  }

  @Override
  public void shutdown() {
    // Nothing to stop: no threads of its own.
  }

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }
}
