package dev.wabasdk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** A {@code java} launcher for JMH forks that runs the JVM on CPU 0 only, with Linux's {@code taskset}. */
final class OneCpu {
  private OneCpu() {}

  /**
   * The path of a launcher script that starts this JVM's {@code java} under {@code taskset -c 0}, or null when
   * {@code taskset} is missing or may not pin to CPU 0 here (then the benchmarks run unpinned, and the report says so).
   */
  static @Nullable String javaLauncher() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    try {
      Process probe = new ProcessBuilder("taskset", "-c", "0", java.toString(), "-version")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!probe.waitFor(30, TimeUnit.SECONDS) || probe.exitValue() != 0) {
        probe.destroyForcibly();
        return null;
      }
      Path script = Files.createTempFile("java-on-cpu0-", ".sh");
      Files.writeString(script, "#!/bin/sh\nexec taskset -c 0 '" + java + "' \"$@\"\n", StandardCharsets.UTF_8);
      if (!script.toFile().setExecutable(true)) {
        return null;
      }
      script.toFile().deleteOnExit();
      return script.toString();
    } catch (IOException e) {
      return null; // no taskset on this system
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
