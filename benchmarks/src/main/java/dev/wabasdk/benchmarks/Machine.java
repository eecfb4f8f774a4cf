package dev.wabasdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the run ran on, for the report: ratios only compare figures from one machine and one run. */
final class Machine {
  private Machine() {}

  static Map<String, String> facts() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("cpu", cpuModel());
    facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    facts.put("memory", memory());
    facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    facts.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    return facts;
  }

  static String describe() {
    Map<String, String> f = facts();
    return f.get("cpu") + ", " + f.get("cores") + " cores, " + f.get("memory") + " RAM, " + f.get("os") + ", "
        + f.get("jvm");
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return Math.round(kb / 1024.0 / 1024.0) + " GB";
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return "unknown";
  }
}
