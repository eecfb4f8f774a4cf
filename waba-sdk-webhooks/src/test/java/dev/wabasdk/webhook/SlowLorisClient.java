package dev.wabasdk.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A hostile HTTP client on loopback for the server's limits (and the fault suite): it opens a real connection and
 * sends a request too slowly, in one of two ways, until the server closes the connection, the client is closed or
 * a bounded number of bytes were sent. Not thread-safe; one per connection.
 */
public final class SlowLorisClient implements AutoCloseable {

  private static final int MAX_TRICKLED_BYTES = 10_000;

  private final Socket socket;
  private final long openedNanos;
  private final Thread trickler;

  private SlowLorisClient(int port, byte[] burst, Duration trickleInterval) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    openedNanos = System.nanoTime();
    OutputStream out = socket.getOutputStream();
    out.write(burst);
    out.flush();
    trickler =
        new Thread(
            () -> {
              try {
                // Headers that never end: one byte per interval, within a header value.
                for (int i = 0; i < MAX_TRICKLED_BYTES && !socket.isClosed(); i++) {
                  Thread.sleep(trickleInterval.toMillis());
                  out.write('a');
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // The server closed the connection, or this client was closed: the trickle ends.
              }
            },
            "slow-loris-trickle");
    trickler.setDaemon(true);
    if (!trickleInterval.isZero()) {
      trickler.start();
    }
  }

  /**
   * Sends a POST's request line and complete headers (declaring a 1,000-byte body), one body byte, then nothing.
   */
  public static SlowLorisClient headersThenOneBodyByte(int port, String path) throws IOException {
    String head =
        "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "X-Hub-Signature-256: sha256=00\r\nContent-Length: 1000\r\n\r\n{";
    return new SlowLorisClient(port, head.getBytes(StandardCharsets.US_ASCII), Duration.ZERO);
  }

  /** Sends a POST's request line and then its headers one byte per {@code interval}, never ending them. */
  public static SlowLorisClient headersByteByByte(int port, String path, Duration interval) throws IOException {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("interval must be positive, was: " + interval);
    }
    String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Pad: ";
    return new SlowLorisClient(port, head.getBytes(StandardCharsets.US_ASCII), interval);
  }

  /**
   * Waits until the server closes the connection (end of stream or reset) and returns how long after opening that
   * happened, or {@code null} when it was still open after {@code timeout}. Whatever the server answered is ignored.
   */
  public @Nullable Duration awaitClosedByServer(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[512];
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
      try {
        if (in.read(buffer) < 0) {
          return Duration.ofNanos(System.nanoTime() - openedNanos);
        }
      } catch (SocketTimeoutException e) {
        return null;
      } catch (IOException e) {
        // Reset by the server.
        return Duration.ofNanos(System.nanoTime() - openedNanos);
      }
    }
  }

  @Override
  public void close() throws IOException {
    trickler.interrupt();
    socket.close();
  }
}
