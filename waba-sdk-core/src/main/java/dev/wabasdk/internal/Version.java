package dev.wabasdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version, from the filtered {@code version.properties} resource. */
final class Version {
  /** E.g. {@code 0.1.0}; {@code dev} when run from an unfiltered build. */
  public static final String VERSION = load();

  /** The {@code User-Agent} the client sends. */
  public static final String USER_AGENT = "waba-sdk-java/" + VERSION;

  private Version() {}

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
