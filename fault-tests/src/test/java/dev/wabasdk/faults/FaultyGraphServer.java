package dev.wabasdk.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP/1.1 server that plays the Graph API's {@code /messages} endpoint and injects faults at the socket
 * level, where MockWebServer cannot: it resets a keep-alive connection after reading a request, closes one before
 * reading it, stalls, answers slowly, or answers a Graph error. It counts what a real Meta would have done with
 * each request ({@link #deliveries(String)}), so a test can count the customers who got a message twice.
 *
 * <p>Faults are drawn from a seeded {@link Random} in the order requests arrive. Thread-safe.
 */
final class FaultyGraphServer implements AutoCloseable {
  private static final Pattern TO = Pattern.compile("\"to\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CALLBACK = Pattern.compile("\"biz_opaque_callback_data\"\\s*:\\s*\"([^\"]+)\"");

  /** What the server does with one request. */
  enum Fault {
    /** 200 with Meta's answer: delivered. */
    OK,
    /** 200 after a delay shorter than the client's read timeout: delivered. */
    SLOW_OK,
    /** Reads the request, then resets the connection (RST): delivered, no answer. */
    RESET_AFTER_READ,
    /** Reads the request, then closes the connection (FIN): delivered, no answer. */
    CLOSE_AFTER_READ,
    /** Closes the connection as soon as the request line arrives, unread: not delivered. */
    RESET_BEFORE_READ,
    /** Reads the request and never answers (the client times out): delivered. */
    STALL,
    /** 500 with Graph error 131000 "Something went wrong": delivered or not, a coin decides (ambiguous). */
    ERROR_131000,
    /** 500 with Graph error 1 "An unknown error occurred": delivered or not (ambiguous). */
    ERROR_1,
    /** 502 without a Graph body (a gateway): delivered or not (ambiguous). */
    BAD_GATEWAY,
    /** 400 with 130429, throughput reached: refused, not delivered. */
    ERROR_130429,
    /** 400 with 131056, pair rate: refused, not delivered. */
    ERROR_131056,
    /** 503 with 133004, server temporarily unavailable: refused, not delivered. */
    ERROR_133004
  }

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "faulty-graph");
    t.setDaemon(true);
    return t;
  });
  private final Random random;
  private final Map<Fault, Integer> weights;
  private final int totalWeight;
  private final long stallMillis;
  private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
  private final Map<String, String> deliveredCallbacks = new ConcurrentHashMap<>();
  private final Map<Fault, AtomicInteger> injected = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  /** The callback data and wamid of the request the connection thread is serving. */
  private final ThreadLocal<String[]> callbackOf = new ThreadLocal<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  FaultyGraphServer(long seed, Map<Fault, Integer> weights, long stallMillis) throws IOException {
    this.random = new Random(seed);
    this.weights = new LinkedHashMap<>(weights);
    this.totalWeight = weights.values().stream().mapToInt(Integer::intValue).sum();
    this.stallMillis = stallMillis;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::acceptLoop);
  }

  /** The base URL to give {@code WhatsApp.builder().baseUrl(..)}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  /** How many times Meta would have delivered a message to this {@code to} (the wa_id digits). */
  int deliveries(String to) {
    AtomicInteger n = deliveries.get(to);
    return n == null ? 0 : n.get();
  }

  /**
   * The {@code biz_opaque_callback_data} of every delivered message with the wamid Meta gave it: what Meta's
   * {@code sent} status webhooks would carry, answered or not.
   */
  Map<String, String> deliveredCallbacks() {
    return Map.copyOf(deliveredCallbacks);
  }

  /** Every recipient that got at least one message, with the count. */
  Map<String, Integer> allDeliveries() {
    Map<String, Integer> copy = new LinkedHashMap<>();
    deliveries.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  /** How often each fault was injected. */
  Map<Fault, Integer> injected() {
    Map<Fault, Integer> copy = new LinkedHashMap<>();
    for (Fault f : Fault.values()) {
      AtomicInteger n = injected.get(f);
      if (n != null) {
        copy.put(f, n.get());
      }
    }
    return copy;
  }

  /** Requests that reached the server, including unread ones. */
  int requests() {
    return requests.get();
  }

  private synchronized Fault nextFault() {
    int pick = random.nextInt(totalWeight);
    for (Map.Entry<Fault, Integer> e : weights.entrySet()) {
      pick -= e.getValue();
      if (pick < 0) {
        return e.getKey();
      }
    }
    throw new AssertionError();
  }

  private synchronized boolean coin() {
    return random.nextBoolean();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        open.add(socket);
        connections.execute(() -> serve(socket));
      } catch (IOException e) {
        if (!closed) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (!closed) {
        String requestLine = line(in);
        if (requestLine == null) {
          return; // the client closed the keep-alive connection
        }
        requests.incrementAndGet();
        Fault fault = nextFault();
        injected.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
        if (fault == Fault.RESET_BEFORE_READ) {
          reset(socket);
          return;
        }
        int length = 0;
        for (String header; (header = line(in)) != null && !header.isEmpty(); ) {
          int colon = header.indexOf(':');
          if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
            length = Integer.parseInt(header.substring(colon + 1).trim());
          }
        }
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        Matcher to = TO.matcher(body);
        String recipient = to.find() ? to.group(1) : "?";
        Matcher callback = CALLBACK.matcher(body);
        String wamid = "wamid.FAULT" + ids.incrementAndGet();
        if (callback.find()) {
          callbackOf.set(new String[] {callback.group(1), wamid});
        } else {
          callbackOf.remove();
        }
        switch (fault) {
          case OK -> answerOk(out, recipient);
          case SLOW_OK -> {
            sleep(stallMillis / 4);
            answerOk(out, recipient);
          }
          case RESET_AFTER_READ -> {
            deliver(recipient);
            reset(socket);
            return;
          }
          case CLOSE_AFTER_READ -> {
            deliver(recipient);
            return;
          }
          case STALL -> {
            deliver(recipient);
            sleep(stallMillis * 3);
            return;
          }
          case ERROR_131000 -> {
            if (coin()) {
              deliver(recipient);
            }
            answer(out, 500, graphError(131000, "Something went wrong", "OAuthException"));
          }
          case ERROR_1 -> {
            if (coin()) {
              deliver(recipient);
            }
            answer(out, 500, graphError(1, "An unknown error occurred", "OAuthException"));
          }
          case BAD_GATEWAY -> {
            if (coin()) {
              deliver(recipient);
            }
            answer(out, 502, "<html><body>502 Bad Gateway</body></html>");
          }
          case ERROR_130429 -> answer(out, 400, graphError(130429, "Rate limit hit", "OAuthException"));
          case ERROR_131056 -> answer(out, 400, graphError(131056, "(Business Account, Consumer Account) pair rate limit hit", "OAuthException"));
          case ERROR_133004 -> answer(out, 503, graphError(133004, "Server temporarily unavailable", "OAuthException"));
          case RESET_BEFORE_READ -> throw new AssertionError();
        }
      }
    } catch (IOException e) {
      // The client gave up on the connection (e.g. its read timeout); nothing to count.
    } finally {
      open.remove(socket);
    }
  }

  private void deliver(String recipient) {
    deliveries.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
    String[] callback = callbackOf.get();
    if (callback != null) {
      deliveredCallbacks.put(callback[0], callback[1]);
    }
  }

  private void answerOk(OutputStream out, String recipient) throws IOException {
    deliver(recipient);
    String json = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + recipient + "\",\"wa_id\":\""
        + recipient + "\"}],\"messages\":[{\"id\":\"" + wamidOf() + "\"}]}";
    answer(out, 200, json);
  }

  private String wamidOf() {
    String[] callback = callbackOf.get();
    return callback != null ? callback[1] : "wamid.FAULT" + ids.incrementAndGet();
  }

  private static String graphError(int code, String message, String type) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
        + ",\"fbtrace_id\":\"AFault\"}}";
  }

  private static void answer(OutputStream out, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String type = body.startsWith("{") ? "application/json" : "text/html";
    String head = "HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
    // One write: a head and a body in two segments would meet Nagle and delayed ACKs (40 ms a response).
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + bytes.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(bytes, 0, all, headBytes.length, bytes.length);
    out.write(all);
    out.flush();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }

  private static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0); // close() now sends RST instead of FIN
    socket.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        String s = buf.toString(StandardCharsets.US_ASCII);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
      }
      buf.write(b);
    }
    return buf.size() == 0 ? null : buf.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket s : new ArrayList<>(open)) {
      try {
        s.close();
      } catch (SocketException ignored) {
        // already closed by the fault that ran on it
      }
    }
    connections.shutdownNow();
  }

  @Override
  public String toString() {
    return "FaultyGraphServer{" + baseUrl() + ", requests=" + requests + ", faults=" + injected().toString().toLowerCase(Locale.ROOT) + "}";
  }
}
