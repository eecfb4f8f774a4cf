package dev.wabasdk.spring;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} without persistence on a free loopback port, for one test class. Never skipped: when
 * {@code redis-server} is missing (on the PATH or at {@code WABA_REDIS_SERVER}) the tests fail and say so.
 */
final class RedisServer implements BeforeAllCallback, AfterAllCallback {
  private int port;
  private Process process;
  private Path log;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    log = Files.createTempFile("waba-spring-redis", ".log");
    process = new ProcessBuilder(executable(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--daemonize", "no")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("redis-server did not start on port " + port + ": "
              + Files.readString(log));
        }
        Thread.sleep(20);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
    Files.deleteIfExists(log);
  }

  int port() {
    return port;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  private static String executable() {
    String configured = System.getenv("WABA_REDIS_SERVER");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String path = System.getenv("PATH");
    List<String> dirs = new java.util.ArrayList<>(List.of("/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"));
    if (path != null) {
      dirs.addAll(0, List.of(path.split(File.pathSeparator)));
    }
    for (String dir : dirs) {
      File candidate = new File(dir, "redis-server");
      if (candidate.canExecute()) {
        return candidate.getPath();
      }
    }
    throw new IllegalStateException("redis-server not found on the PATH. The Redis auto-configuration tests run"
        + " against a real Redis and are never skipped: install it (Debian/Ubuntu: apt-get install redis-server;"
        + " macOS: brew install redis) or set WABA_REDIS_SERVER to its path.");
  }
}
