package dev.wabasdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Redis baseline: {@code redis-benchmark -t get -c 1} (one connection, no pipelining, like one thread of
 * {@link RedisPolicyBenchmark}) against a {@code redis-server} started the same way, as a separate process run by
 * the runner. Its GETs per second are the most one connection gets from this server on this machine.
 */
final class RedisBaseline {
  private RedisBaseline() {}

  /** GETs per second in one run of {@code requests} GETs, against a server started for it. */
  static double getsPerSecond(int requests) {
    Process server = null;
    try {
      int port;
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      }
      server = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--save", "", "--appendonly", "no")).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      awaitPort(port);
      return run(port, requests);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      if (server != null) {
        server.destroy();
      }
    }
  }

  private static void awaitPort(int port) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("redis-server did not start on port " + port);
  }

  /** Runs redis-benchmark once and reads the GET line of its CSV output: {@code "GET","20661.16",...}. */
  private static double run(int port, int requests) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of("redis-benchmark", "-h", "127.0.0.1", "-p", Integer.toString(port),
        "-t", "get", "-n", Integer.toString(requests), "-c", "1", "--csv")).redirectErrorStream(true).start();
    Double rps = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        String[] cells = line.split(",");
        if (cells.length > 1 && cells[0].equals("\"GET\"")) {
          rps = Double.parseDouble(cells[1].replace("\"", ""));
        }
      }
    }
    if (!p.waitFor(120, TimeUnit.SECONDS) || rps == null) {
      p.destroy();
      throw new IllegalStateException("redis-benchmark gave no GET figure");
    }
    return rps;
  }
}
