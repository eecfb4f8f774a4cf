package dev.wabasdk.testkit.internal;

import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A dispatcher that empties its server's request queue before each request. {@link MockWebServer} queues every
 * request it reads for {@code takeRequest()}, which the testkit never calls (it keeps its own journal, cleared by
 * {@code reset()}), so without this a long-running fake or receiver would hold every request ever made.
 */
public final class UnqueuedDispatcher extends Dispatcher {
  private final MockWebServer server;
  private final Dispatcher delegate;

  public UnqueuedDispatcher(MockWebServer server, Dispatcher delegate) {
    this.server = server;
    this.delegate = delegate;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    // The server queues a request before it dispatches it, so this also drops the current one.
    while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
      // dropped: nothing reads the server's queue
    }
    return delegate.dispatch(request);
  }

  @Override
  public MockResponse peek() {
    return delegate.peek();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
