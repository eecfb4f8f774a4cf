package dev.wabasdk.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} on a free loopback port for one test class, without persistence. It is never
 * skipped: when {@code redis-server} is missing the tests fail and say how to install it. Tests can stop it (keeping
 * its data, as a clean Redis shutdown with persistence would) and start it again on the same port.
 */
public final class RedisServer implements BeforeAllCallback, AfterAllCallback {
  /** A cluster node listens on its port + 10,000 as well (Redis's cluster bus). */
  private static final int CLUSTER_BUS_OFFSET = 10_000;
  private final List<String> extraArgs;
  private int port;
  private Path dir;
  private Process process;

  /** A plain server. */
  public RedisServer() {
    this(List.of());
  }

  /** A server with extra command-line options, e.g. {@code --cluster-enabled yes}. */
  RedisServer(List<String> extraArgs) {
    this.extraArgs = List.copyOf(extraArgs);
  }

  /** A server in cluster mode; call {@link #formOneNodeCluster()} once it runs. */
  static RedisServer clusterNode() {
    return new RedisServer(List.of("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"));
  }

  /** Makes this cluster-mode server own every slot and waits until the cluster is up. */
  void formOneNodeCluster() throws IOException, InterruptedException {
    if (!command("CLUSTER ADDSLOTSRANGE 0 16383").equals("+OK")) {
      throw new IllegalStateException("CLUSTER ADDSLOTSRANGE failed");
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!command("CLUSTER INFO", 2).contains("cluster_state:ok")) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the one-node cluster did not reach cluster_state:ok");
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("waba-redis-test");
    // A port free when chosen can be taken before redis-server binds it (a cluster node binds port + 10000 too, its
    // cluster bus, which the choice cannot reserve): on "Address already in use" the first start tries other ports.
    for (int attempt = 1; ; attempt++) {
      port = freePort(extraArgs.contains("--cluster-enabled") ? CLUSTER_BUS_OFFSET : 0);
      try {
        start();
        return;
      } catch (PortInUseException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** A loopback port free now, and {@code port + busOffset} too when the offset is not 0. */
  private static int freePort(int busOffset) throws IOException {
    while (true) {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int candidate = socket.getLocalPort();
        if (busOffset == 0) {
          return candidate;
        }
        if (candidate + busOffset <= 65_535 && bindable(candidate + busOffset)) {
          return candidate;
        }
      }
    }
  }

  private static boolean bindable(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }

  /** redis-server could not listen on its port (or its cluster bus port): another process took it first. */
  private static final class PortInUseException extends IllegalStateException {
    PortInUseException(String message) {
      super(message);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  /** The data directory (config files of extra processes go here too). */
  Path dir() {
    return dir;
  }

  /** The loopback port. */
  public int port() {
    return port;
  }

  /** A {@code redis://} URI for Lettuce. */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server (again) on the same port and data directory, and waits until it answers PING. */
  public void start() throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(executable(), "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--daemonize", "no"));
    command.addAll(extraArgs);
    process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile())
        .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try {
        if (command("PING").startsWith("+PONG")) {
          return;
        }
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          String log = Files.readString(dir.resolve("redis.log"));
          throw log.contains("Address already in use")
              ? new PortInUseException("redis-server exited at start: " + log)
              : new IllegalStateException("redis-server exited at start: " + log);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("redis-server did not answer PING on port " + port);
      }
      Thread.sleep(20);
    }
  }

  /** Stops the server, saving its data first so {@link #start()} brings it back (a clean shutdown). */
  public void stop() throws IOException, InterruptedException {
    try {
      command("SHUTDOWN SAVE");
    } catch (IOException expected) {
      // The server closes the connection as it exits.
    }
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("redis-server did not stop");
    }
  }

  /** Freezes the server with SIGSTOP: connections stay open and commands queue up, unanswered. */
  public void pause() throws IOException, InterruptedException {
    signal("STOP");
  }

  /** Thaws a {@link #pause()}d server with SIGCONT: it runs the queued commands. */
  public void resume() throws IOException, InterruptedException {
    signal("CONT");
  }

  /** Kills the server with SIGKILL, as a crash would: without persistence its data is gone. */
  public void kill() throws IOException, InterruptedException {
    signal("KILL");
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("redis-server did not die");
    }
  }

  private void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
    }
  }

  /** Sends one inline command and returns the first line of the reply. */
  public String command(String inline) throws IOException {
    return command(inline, 1);
  }

  /** Sends one inline command and returns the first {@code lines} lines of the reply. */
  String command(String inline, int lines) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write((inline + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c, n = 0; n < lines && (c = in.read()) != -1; ) {
        if (c == '\n') {
          n++;
          if (n < lines) {
            line.append('\n');
          }
        } else if (c != '\r') {
          line.append((char) c);
        }
      }
      if (line.length() == 0) {
        throw new IOException("no reply");
      }
      return line.toString();
    }
  }

  /** The redis-server executable: WABA_REDIS_SERVER, or redis-server on the PATH; fails clearly when missing. */
  static String executable() {
    String configured = System.getenv("WABA_REDIS_SERVER");
    if (configured != null && !configured.isBlank()) {
      if (!new File(configured).canExecute()) {
        throw new IllegalStateException("WABA_REDIS_SERVER is " + configured + ", which is not an executable"
            + " redis-server. The waba-sdk-redis tests run against a real Redis and are never skipped.");
      }
      return configured;
    }
    String path = System.getenv("PATH");
    List<String> dirs = new java.util.ArrayList<>(List.of("/usr/bin", "/usr/local/bin", "/usr/sbin",
        "/opt/homebrew/bin"));
    if (path != null) {
      dirs.addAll(0, List.of(path.split(File.pathSeparator)));
    }
    for (String d : dirs) {
      File f = new File(d, "redis-server");
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    throw new IllegalStateException("redis-server not found on the PATH. The waba-sdk-redis tests run against a real"
        + " Redis and are never skipped: install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS:"
        + " brew install redis) or set WABA_REDIS_SERVER to its path.");
  }
}
