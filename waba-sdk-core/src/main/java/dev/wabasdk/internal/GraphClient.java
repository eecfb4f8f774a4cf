package dev.wabasdk.internal;

import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.error.GraphError;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
import dev.wabasdk.error.WabaNetworkException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes Graph API calls: authentication, error mapping, retries and one DEBUG log line per attempt. One instance per
 * {@code WhatsApp} client and per number view ({@link #forTokens}), the views sharing the owner's OkHttp client;
 * thread-safe.
 */
final class GraphClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.wabasdk.graph");
  private static final int EXCERPT_LENGTH = 200;

  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final HttpUrl versionRoot;
  private final TokenSource tokens;
  private final RetrySettings retry;
  // Built once per client (a policy and executor per call cost about 1 KB a send): one per kind of call, as the
  // retry decision depends on whether repeating the call is harmless. One-shot bodies never retry.
  private final FailsafeExecutor<Object> idempotentCalls;
  private final FailsafeExecutor<Object> otherCalls;
  private final FailsafeExecutor<Object> noRetry;
  private final FailsafeExecutor<Object> idempotentCallsAsync;
  private final FailsafeExecutor<Object> otherCallsAsync;
  private final FailsafeExecutor<Object> noRetryAsync;

  /**
   * @param http the client to use; a derived client adds the SDK's interceptor
   * @param ownsHttp whether {@link #close()} shuts the client's dispatcher and pool down
   */
  public GraphClient(
      OkHttpClient http,
      boolean ownsHttp,
      HttpUrl baseUrl,
      String apiVersion,
      TokenSource tokens,
      RetrySettings retry) {
    this(http.newBuilder().addNetworkInterceptor(GraphClient::markWritten).build(), ownsHttp,
        baseUrl.newBuilder().addPathSegment(apiVersion).build(), tokens, retry);
  }

  private GraphClient(OkHttpClient http, boolean ownsHttp, HttpUrl versionRoot, TokenSource tokens,
      RetrySettings retry) {
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.versionRoot = versionRoot;
    this.tokens = tokens;
    this.retry = retry;
    this.noRetry = Failsafe.none();
    this.noRetryAsync = noRetry.with(CallerRunsExecutor.INSTANCE);
    this.idempotentCalls = retry.maxAttempts() > 1 ? Failsafe.with(retryPolicy(true)) : noRetry;
    this.otherCalls = retry.maxAttempts() > 1 ? Failsafe.with(retryPolicy(false)) : noRetry;
    this.idempotentCallsAsync = idempotentCalls.with(CallerRunsExecutor.INSTANCE);
    this.otherCallsAsync = otherCalls.with(CallerRunsExecutor.INSTANCE);
  }

  /**
   * A client for another tenant's tokens sharing this one's connections, threads and retry executors (their retry
   * decisions depend on the settings only: a number view costs no executors); closing it releases nothing.
   */
  GraphClient forTokens(TokenSource tokens) {
    return new GraphClient(this, tokens);
  }

  private GraphClient(GraphClient parent, TokenSource tokens) {
    this.http = parent.http;
    this.ownsHttp = false;
    this.versionRoot = parent.versionRoot;
    this.tokens = tokens;
    this.retry = parent.retry;
    this.noRetry = parent.noRetry;
    this.noRetryAsync = parent.noRetryAsync;
    this.idempotentCalls = parent.idempotentCalls;
    this.otherCalls = parent.otherCalls;
    this.idempotentCallsAsync = parent.idempotentCallsAsync;
    this.otherCallsAsync = parent.otherCallsAsync;
  }

  /** Runs blocking work for async calls (send interceptors): the HTTP dispatcher's threads. */
  Executor executor() {
    return http.dispatcher().executorService();
  }

  /** The URL of a Graph path under the API version, e.g. {@code url("123", "messages")}. */
  public HttpUrl url(String... segments) {
    HttpUrl.Builder b = versionRoot.newBuilder();
    for (String s : segments) {
      b.addPathSegment(s);
    }
    return b.build();
  }

  /** A builder positioned at the API version root, for URLs with query parameters. */
  public HttpUrl.Builder urlBuilder() {
    return versionRoot.newBuilder();
  }

  /** Runs a call, retrying as configured, and hands a 2xx response to the handler. */
  public <T> T execute(GraphCall call, ResponseHandler<T> handler) {
    Attempts attempts = new Attempts();
    try {
      return this.<T>executor(call, false).get(context -> {
        logRetry(call, context);
        return attempts.observe(() -> attempt(call, handler));
      });
    } catch (WabaException e) {
      throw attempts.last(call, e);
    }
  }

  /** The asynchronous twin of {@link #execute}; failures complete the future with a {@link WabaException}. */
  public <T> CompletableFuture<T> executeAsync(GraphCall call, ResponseHandler<T> handler) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Attempts attempts = new Attempts();
    this.<T>executor(call, true)
        .getStageAsync(context -> {
          logRetry(call, context);
          return attempts.observeAsync(attemptAsync(call, handler));
        })
        .whenComplete(
            (value, failure) -> {
              if (failure == null) {
                result.complete(value);
              } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause()
                    : failure;
                result.completeExceptionally(cause instanceof WabaException w ? attempts.last(call, w) : cause);
              }
            });
    return result;
  }

  @SuppressWarnings("unchecked") // the policies look at failures only, never at the result's type
  private <T> FailsafeExecutor<T> executor(GraphCall call, boolean async) {
    FailsafeExecutor<?> executor;
    if (call.body() != null && call.body().isOneShot()) {
      executor = async ? noRetryAsync : noRetry; // e.g. an upload from an InputStream: it cannot be read again
    } else if (call.unknownEffect() != null) {
      executor = async ? noRetryAsync : noRetry; // e.g. a refund: moves money, so it is made at most once per call
    } else if (call.idempotent()) {
      executor = async ? idempotentCallsAsync : idempotentCalls;
    } else {
      executor = async ? otherCallsAsync : otherCalls;
    }
    return (FailsafeExecutor<T>) executor;
  }

  private RetryPolicy<Object> retryPolicy(boolean idempotent) {
    return RetryPolicy.builder()
        .handleIf(failure -> failure instanceof WabaException w && shouldRetry(w, idempotent))
        .withBackoff(retry.initialDelay(), retry.maxDelay())
        .withJitter(retry.jitter())
        .withMaxAttempts(retry.maxAttempts())
        .withMaxDuration(retry.maxDuration())
        .build();
  }

  /** Logs a retry at its start: the policy is shared by every call, so the call's own attempt names itself. */
  private static void logRetry(GraphCall call, ExecutionContext<?> context) {
    if (context.getAttemptCount() > 0 && LOG.isDebugEnabled()) {
      Throwable last = context.getLastException();
      LOG.debug("{} {} retrying (attempt {}) after: {}", call.method(), call.url().encodedPath(),
          context.getAttemptCount() + 1, last == null ? null : last.getMessage());
    }
  }

  private boolean shouldRetry(WabaException e, boolean idempotent) {
    if (e instanceof WabaApiException api) {
      return ErrorTable.safeToRetry(api.code(), idempotent);
    }
    if (!e.isRetryable()) {
      return false;
    }
    return e.outcome() != Outcome.UNKNOWN || idempotent || retry.retryUnknownOutcome();
  }

  private <T> T attempt(GraphCall call, ResponseHandler<T> handler) {
    @Nullable String token = call.authenticated() ? tokens.current() : null;
    try {
      return attempt(call, handler, token);
    } catch (WabaException e) {
      @Nullable String renewed = renewal(call, token, e);
      if (renewed == null) {
        throw e;
      }
      try {
        return attempt(call, handler, renewed);
      } catch (WabaException again) {
        if (TokenSource.rejectsToken(again)) {
          tokens.reject(renewed); // not repeated again, but the provider should not hand it out any more
        }
        throw again;
      }
    }
  }

  /**
   * The token to repeat a call with once after Meta refused {@code token} (190 or 401: nothing took effect), or null.
   * A one-shot body (an upload from a stream) cannot be written again.
   */
  private @Nullable String renewal(GraphCall call, @Nullable String token, WabaException e) {
    if (token == null || !TokenSource.rejectsToken(e) || (call.body() != null && call.body().isOneShot())) {
      return null;
    }
    LOG.debug("{} {} token refused; asking the AccessTokenProvider again", call.method(), call.url().encodedPath());
    return tokens.renew(token);
  }

  private <T> T attempt(GraphCall call, ResponseHandler<T> handler, @Nullable String token) {
    AttemptState state = new AttemptState();
    long start = System.nanoTime();
    Call okCall = http.newCall(request(call, state, token));
    try (Response response = okCall.execute()) {
      return handle(call, response, handler, start);
    } catch (IOException e) {
      throw networkFailure(call, state, e, start);
    }
  }

  private <T> CompletableFuture<T> attemptAsync(GraphCall call, ResponseHandler<T> handler) {
    @Nullable String token;
    try {
      token = call.authenticated() ? tokens.current() : null;
    } catch (WabaException e) {
      return CompletableFuture.failedFuture(e);
    }
    return attemptAsync(call, handler, token).exceptionallyCompose(failure -> {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      if (cause instanceof WabaException e) {
        @Nullable String renewed;
        try {
          renewed = renewal(call, token, e);
        } catch (WabaException providerFailure) {
          return CompletableFuture.failedFuture(providerFailure);
        }
        if (renewed != null) {
          return attemptAsync(call, handler, renewed).whenComplete((v, again) -> {
            Throwable c = again instanceof CompletionException && again.getCause() != null ? again.getCause() : again;
            if (c instanceof WabaException w && TokenSource.rejectsToken(w)) {
              tokens.reject(renewed);
            }
          });
        }
      }
      return CompletableFuture.failedFuture(cause);
    });
  }

  private <T> CompletableFuture<T> attemptAsync(GraphCall call, ResponseHandler<T> handler, @Nullable String token) {
    AttemptState state = new AttemptState();
    long start = System.nanoTime();
    CompletableFuture<T> future = new CompletableFuture<>();
    http.newCall(request(call, state, token))
        .enqueue(
            new Callback() {
              @Override
              public void onResponse(Call c, Response response) {
                try (response) {
                  future.complete(handle(call, response, handler, start));
                } catch (IOException e) {
                  future.completeExceptionally(networkFailure(call, state, e, start));
                } catch (RuntimeException e) {
                  future.completeExceptionally(e);
                }
              }

              @Override
              public void onFailure(Call c, IOException e) {
                future.completeExceptionally(networkFailure(call, state, e, start));
              }
            });
    return future;
  }

  private Request request(GraphCall call, AttemptState state, @Nullable String token) {
    RequestBody body = call.body();
    if (body != null && !call.idempotent() && !body.isOneShot()) {
      // OkHttp resends a request on a connection failure unless its body is one-shot: after the request was written,
      // that resend would be a second message to a person. Failures before writing are still retried by OkHttp.
      body = new OneShotBody(body);
    }
    Request.Builder b = new Request.Builder();
    if (call.headers().size() > 0) {
      b.headers(call.headers()); // copying an empty header list still allocates
    }
    b.url(call.url())
        .method(call.method(), body)
        .header("User-Agent", Version.USER_AGENT)
        .tag(AttemptState.class, state);
    if (token != null) {
      b.header("Authorization", call.authScheme() + " " + token);
    }
    return b.build();
  }

  private <T> T handle(GraphCall call, Response response, ResponseHandler<T> handler, long start)
      throws IOException {
    if (response.isSuccessful()) {
      log(call, response.code(), start, null);
      try {
        return handler.handle(response);
      } catch (WabaException | IOException e) {
        throw e;
      } catch (RuntimeException e) {
        // Meta accepted the call (2xx) but its answer is unreadable: the effect happened, its result is lost.
        throw new WabaException(
            call.method() + " " + call.url().encodedPath() + " answered " + response.code()
                + " with a body the SDK could not read (" + e.getMessage() + "): outcome unknown",
            Outcome.UNKNOWN, false, e);
      }
    }
    String body = response.body().string();
    WabaException failure = errorFrom(call, response.code(), body);
    log(call, response.code(), start, failure instanceof WabaApiException api ? api.code() : null);
    if (handler instanceof ResponseHandler.WithErrors<T> partial && failure instanceof WabaApiException api) {
      // Some calls answer an error together with a result (e.g. 139100 with the per-user outcome of a block).
      T value = partial.onError(api, body);
      if (value != null) {
        return value;
      }
    }
    throw failure;
  }

  private static WabaException errorFrom(GraphCall call, int status, String body) {
    GraphError error = parseGraphError(body);
    if (error != null) {
      return ErrorTable.toException(status, error);
    }
    boolean retryable = status >= 500 || status == 429;
    // A gateway error may come after Meta accepted the request; a 4xx means it was refused.
    Outcome outcome = status >= 500 && !call.idempotent() ? Outcome.UNKNOWN : Outcome.REJECTED;
    String excerpt = excerpt(body);
    return new WabaHttpException(
        "HTTP " + status + " from " + call.method() + " " + call.url().encodedPath()
            + " without a Graph error body"
            + (outcome == Outcome.UNKNOWN ? " (outcome unknown" + effect(call) + ")" : "")
            + ": " + (excerpt.isEmpty() ? "<empty body>" : excerpt),
        status, excerpt, outcome, retryable);
  }

  /**
   * The Graph error inside an {@code {"error": {...}}} body, or the first of an {@code {"errors": [...]}} body, or null
   * when the body is something else.
   */
  static @Nullable GraphError parseGraphError(String body) {
    Map<String, Object> root;
    try {
      root = Json.readObject(body);
    } catch (RuntimeException notJson) {
      return null;
    }
    Map<String, Object> error = Json.object(root, "error");
    Long code = Json.longValue(error, "code");
    if (error == null || code == null) {
      return parseErrorList(root);
    }
    Long subcode = Json.longValue(error, "error_subcode");
    String message = Json.string(error, "message");
    return new GraphError(
        message == null ? "" : message,
        Json.string(error, "type"),
        code.intValue(),
        subcode == null ? null : subcode.intValue(),
        Json.string(Json.object(error, "error_data"), "details"),
        Json.string(error, "fbtrace_id"),
        Json.write(error));
  }

  /**
   * The first error of the other shape Meta documents for the Payments API's look-up,
   * {@code {"errors":[{"code":500,"title":"Generic error","details":"System error. Please try again."}]}}: its title
   * becomes the message and its details the details, so it reads like a Graph error.
   */
  private static @Nullable GraphError parseErrorList(Map<String, Object> root) {
    Map<String, Object> error = Json.firstObject(root, "errors");
    Long code = Json.longValue(error, "code");
    if (error == null || code == null) {
      return null;
    }
    String title = Json.string(error, "title");
    return new GraphError(title == null ? "" : title, null, code.intValue(), null, Json.string(error, "details"),
        null, Json.write(error));
  }

  private static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ").strip();
    return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
  }

  private WabaNetworkException networkFailure(GraphCall call, AttemptState state, IOException e, long start) {
    boolean written = state.reachedNetwork;
    Outcome outcome = written ? Outcome.UNKNOWN : Outcome.NOT_SENT;
    String what = call.method() + " " + call.url().encodedPath();
    String message = written
        ? what + " failed after the request was sent (" + describe(e) + "): outcome unknown" + effect(call)
        : what + " failed before the request reached the server (" + describe(e) + "): not sent";
    LOG.debug("{} {} -> {} in {} ms", call.method(), call.url().encodedPath(), describe(e), millis(start));
    return new WabaNetworkException(message, outcome, e);
  }

  /** What a call whose outcome is unknown may have done, as {@code ", the refund may have been made"}, or "". */
  private static String effect(GraphCall call) {
    String effect = call.effect();
    return effect == null ? "" : ", " + effect;
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static void log(GraphCall call, int status, long start, @Nullable Integer code) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} -> {}{} in {} ms", call.method(), call.url().encodedPath(), status,
          code == null ? "" : " (Graph error " + code + ")", millis(start));
    }
  }

  private static long millis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static Response markWritten(okhttp3.Interceptor.Chain chain) throws IOException {
    // Network interceptors run once a connection exists, just before the request is written.
    AttemptState state = chain.request().tag(AttemptState.class);
    if (state != null) {
      state.reachedNetwork = true;
    }
    return chain.proceed(chain.request());
  }

  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "GraphClient{" + versionRoot + "}";
  }

  /**
   * What the attempts of one call have shown. A retry after an attempt whose outcome is unknown (only when the user
   * opted into {@code retryUnknownOutcome}) may already have delivered: then the call's outcome stays unknown, whatever
   * the last attempt says.
   */
  private static final class Attempts {
    private volatile boolean unknownSeen;

    <T> T observe(java.util.function.Supplier<T> attempt) {
      try {
        return attempt.get();
      } catch (WabaException e) {
        note(e);
        throw e;
      }
    }

    <T> CompletableFuture<T> observeAsync(CompletableFuture<T> attempt) {
      return attempt.whenComplete((value, failure) -> {
        if (failure instanceof WabaException e) {
          note(e);
        }
      });
    }

    private void note(WabaException e) {
      if (e.outcome() == Outcome.UNKNOWN) {
        unknownSeen = true;
      }
    }

    WabaException last(GraphCall call, WabaException last) {
      if (!unknownSeen || last.outcome() == Outcome.UNKNOWN) {
        return last;
      }
      return new WabaException(call.method() + " " + call.url().encodedPath() + " failed (" + last.getMessage()
          + ") after an earlier attempt whose outcome is unknown: outcome unknown" + effect(call), Outcome.UNKNOWN,
          false, last);
    }
  }

  /** A body OkHttp writes at most once per attempt; the SDK's own retry policy decides about another attempt. */
  private static final class OneShotBody extends RequestBody {
    private final RequestBody delegate;

    OneShotBody(RequestBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public @Nullable MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      delegate.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }

  /** Per-attempt transport facts, set by the network interceptor. */
  private static final class AttemptState {
    volatile boolean reachedNetwork;
  }
}
