package dev.wabasdk.testkit.standalone;

import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.internal.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link FakeWhatsApp} as a process for QA and non-JVM apps, with the control API under
 * {@code /testkit/}. Prints one line with the base URL; unknown or missing flags print the usage and exit 2.
 */
public final class Main {
  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: java -jar waba-sdk-testkit-standalone.jar --port 8089 --access-token T --app-secret S",
      "         --phone-number-id P --waba-id W --webhook-url http://localhost:8080/webhooks/whatsapp",
      "         [--templates templates.json]",
      "",
      "  --port             port to listen on (loopback only; 0 picks a free port)",
      "  --access-token     the bearer token the fake accepts (others get error 190)",
      "  --app-secret       the app secret webhooks are signed with (X-Hub-Signature-256)",
      "  --phone-number-id  the business phone number id",
      "  --waba-id          the WhatsApp Business Account id",
      "  --webhook-url      where webhooks are POSTed",
      "  --templates        a JSON array of templates (Meta's create payload, optional \"status\" and \"id\")",
      "",
      "Console: open http://localhost:<port>/ in a browser to act as the users and watch the app's replies.",
      "",
      "Control API: POST /testkit/users/{wa_id}/messages, POST /testkit/clock/advance, GET /testkit/messages,",
      "             GET /testkit/templates, POST /testkit/templates/{id}/status, GET /testkit/webhooks,",
      "             GET /testkit/health, POST /testkit/reset, GET /testkit/users[/{wa_id}],",
      "             POST /testkit/users/{wa_id}/{button-taps|list-selections|media|referral|read|marketing},",
      "             GET /testkit/media/{id}, POST|DELETE /testkit/faults");
  private static final Set<String> REQUIRED = Set.of("--port", "--access-token", "--app-secret",
      "--phone-number-id", "--waba-id", "--webhook-url");
  private static final Set<String> OPTIONAL = Set.of("--templates");

  /** Bad command line: the message is printed with the usage, and the process exits with 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private Main() {}

  public static void main(String[] args) {
    FakeWhatsApp fake;
    try {
      fake = start(args);
    } catch (UsageException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    System.out.println("FakeWhatsApp listening on " + fake.baseUrl());
    System.out.println("Console: " + fake.baseUrl());
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "fake-whatsapp-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A flag {@link #parse} made sure is present. */
  private static String required(Map<String, String> flags, String name) {
    String value = flags.get(name);
    if (value == null) {
      throw new UsageException(name + " is required");
    }
    return value;
  }

  /** Parses the flags and starts the fake; {@link UsageException} for unknown, missing or bad flags. */
  static FakeWhatsApp start(String[] args) {
    Map<String, String> flags = parse(args);
    // QA reads timestamps in webhooks and the control API, so the standalone fake starts at wall-clock time.
    FakeWhatsApp.Builder builder = FakeWhatsApp.builder().startAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    try {
      builder.port(Integer.parseInt(flags.get("--port")))
          .accessToken(required(flags, "--access-token"))
          .appSecret(required(flags, "--app-secret"))
          .phoneNumberId(required(flags, "--phone-number-id"))
          .businessAccountId(required(flags, "--waba-id"))
          .webhookUrl(flags.get("--webhook-url"));
    } catch (NumberFormatException e) {
      throw new UsageException("--port must be a number, was " + flags.get("--port"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
    String templates = flags.get("--templates");
    if (templates != null) {
      for (String template : readTemplates(Path.of(templates))) {
        builder.template(template);
      }
    }
    try {
      return builder.start();
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value;
      if (arg.startsWith("--") && arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
        arg = arg.substring(0, arg.indexOf('='));
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new UsageException(REQUIRED.contains(arg) || OPTIONAL.contains(arg) ? arg + " needs a value"
            : "unknown flag " + arg);
      }
      if (!REQUIRED.contains(arg) && !OPTIONAL.contains(arg)) {
        throw new UsageException("unknown flag " + arg);
      }
      if (flags.put(arg, value) != null) {
        throw new UsageException(arg + " given twice");
      }
    }
    for (String flag : REQUIRED.stream().sorted().toList()) {
      if (!flags.containsKey(flag)) {
        throw new UsageException("missing " + flag);
      }
    }
    return flags;
  }

  private static List<String> readTemplates(Path file) {
    try {
      Object parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (!(parsed instanceof List<?> list)) {
        throw new UsageException("--templates must be a JSON array of templates: " + file);
      }
      return list.stream().map(Json::write).toList();
    } catch (IOException e) {
      throw new UsageException("cannot read --templates " + file + ": " + e.getMessage());
    } catch (Json.MalformedJsonException e) {
      throw new UsageException("--templates " + file + " is not valid JSON: " + e.getMessage());
    }
  }
}
