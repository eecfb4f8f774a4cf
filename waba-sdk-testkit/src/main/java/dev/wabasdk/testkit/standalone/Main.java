package dev.wabasdk.testkit.standalone;

import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.internal.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs {@link FakeWhatsApp} as a process for QA and non-JVM apps, with the control API under {@code /testkit/}
 * and the console at {@code /}. Every flag has the library's default; {@code --help} and {@code --version} print
 * and exit 0; a bad command line prints the reason and the usage and exits 2. Prints one line with the base URL.
 * Not thread-safe (an instance holds one parse).
 */
@Command(name = "java -jar waba-sdk-testkit-standalone.jar", mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
    description = "A stateful fake of the WhatsApp Cloud API (Graph API) for QA and for apps not written in Java.",
    footer = {"",
        "Console: open http://localhost:<port>/ in a browser to act as the users and watch the app's replies.",
        "",
        "Control API: POST /testkit/users (create a user), POST /testkit/users/{wa_id}/messages,",
        "  POST /testkit/clock/advance, GET /testkit/messages, GET /testkit/templates,",
        "  POST /testkit/templates/{id}/status, GET /testkit/webhooks, GET /testkit/health, POST /testkit/reset,",
        "  GET /testkit/users[/{wa_id}], GET /testkit/cost-chart.png,",
        "  POST /testkit/users/{wa_id}/{button-taps|list-selections|media|referral|read|marketing},",
        "  GET /testkit/media/{id}, POST|DELETE /testkit/faults",
        "Exit codes: 0 after --help or --version, 2 for a bad command line."})
public final class Main {
  /** The port QA scripts and the README assume; {@code --port 0} picks a free one. */
  static final int DEFAULT_PORT = 8089;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DEFAULT_PORT,
      description = "Port to listen on, loopback only; 0 picks a free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--access-token", paramLabel = "TOKEN", defaultValue = FakeWhatsApp.DEFAULT_ACCESS_TOKEN,
      description = "The bearer token the fake accepts; others get error 190 (default: ${DEFAULT-VALUE}).")
  String accessToken = FakeWhatsApp.DEFAULT_ACCESS_TOKEN;

  @Option(names = "--app-secret", paramLabel = "SECRET", defaultValue = FakeWhatsApp.DEFAULT_APP_SECRET,
      description = "The app secret webhooks are signed with, X-Hub-Signature-256 (default: ${DEFAULT-VALUE}).")
  String appSecret = FakeWhatsApp.DEFAULT_APP_SECRET;

  @Option(names = "--phone-number-id", paramLabel = "ID", defaultValue = FakeWhatsApp.DEFAULT_PHONE_NUMBER_ID,
      description = "The business phone number id (default: ${DEFAULT-VALUE}).")
  String phoneNumberId = FakeWhatsApp.DEFAULT_PHONE_NUMBER_ID;

  @Option(names = "--waba-id", paramLabel = "ID", defaultValue = FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID,
      description = "The WhatsApp Business Account id (default: ${DEFAULT-VALUE}).")
  String businessAccountId = FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID;

  @Option(names = "--webhook-url", paramLabel = "URL",
      description = "Where webhooks are POSTed, e.g. http://localhost:8080/webhooks/whatsapp "
          + "(default: none, webhooks are only recorded; GET /testkit/webhooks shows them).")
  @Nullable String webhookUrl;

  @Option(names = "--templates", paramLabel = "FILE",
      description = "A JSON array of templates: Meta's create payload, optional \"status\" and \"id\" "
          + "(default: none).")
  @Nullable Path templates;

  /** A bad command line: the message is printed with the usage, and the process exits with 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** The outcome of a command line: a running fake, or an exit code after help, version or a usage error. */
  record Launch(@Nullable FakeWhatsApp fake, int exitCode) {}

  /** The library's version, from the jar's manifest ({@code dev} when run from classes). */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"waba-sdk-testkit " + java.util.Objects.requireNonNullElse(
          FakeWhatsApp.class.getPackage().getImplementationVersion(), "dev")};
    }
  }

  Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Launch launch = launch(args, out, err);
    FakeWhatsApp fake = launch.fake();
    if (fake == null) {
      System.exit(launch.exitCode());
      return;
    }
    out.println("FakeWhatsApp listening on " + fake.baseUrl());
    out.println("Console: " + fake.baseUrl());
    if (fake.webhookUrl() == null) {
      out.println("No --webhook-url: webhooks are recorded only (GET " + fake.baseUrl() + "testkit/webhooks)");
    }
    out.flush();
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

  /** Parses {@code args}: prints help or version to {@code out}, usage errors to {@code err}, or starts the fake. */
  static Launch launch(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine command = new CommandLine(new Main());
    try {
      CommandLine.ParseResult parsed = command.parseArgs(args);
      if (parsed.isUsageHelpRequested()) {
        command.usage(out);
        return new Launch(null, 0);
      }
      if (parsed.isVersionHelpRequested()) {
        command.printVersionHelp(out);
        return new Launch(null, 0);
      }
      Main options = command.getCommand();
      return new Launch(options.start(), 0);
    } catch (CommandLine.ParameterException | UsageException e) {
      err.println("error: " + e.getMessage());
      command.usage(err);
      return new Launch(null, 2);
    }
  }

  /** Parses the flags and starts the fake; {@link UsageException} for unknown or bad flags. */
  static FakeWhatsApp start(String[] args) {
    CommandLine command = new CommandLine(new Main());
    try {
      command.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
    Main options = command.getCommand();
    return options.start();
  }

  private FakeWhatsApp start() {
    // QA reads timestamps in webhooks and the control API, so the standalone fake starts at wall-clock time.
    FakeWhatsApp.Builder builder = FakeWhatsApp.builder().startAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    try {
      builder.port(port).accessToken(accessToken).appSecret(appSecret).phoneNumberId(phoneNumberId)
          .businessAccountId(businessAccountId).webhookUrl(webhookUrl);
    } catch (IllegalArgumentException e) {
      throw new UsageException(flagNames(String.valueOf(e.getMessage())));
    }
    if (webhookUrl != null && okhttp3.HttpUrl.parse(webhookUrl) == null) {
      throw new UsageException("--webhook-url must be an http:// or https:// URL, was " + webhookUrl);
    }
    Path file = templates;
    if (file != null) {
      for (String template : readTemplates(file)) {
        builder.template(template);
      }
    }
    try {
      return builder.start();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new UsageException(flagNames(String.valueOf(e.getMessage())));
    }
  }

  /** The builder names its settings as Java does; on the command line they are flags. */
  private static String flagNames(String message) {
    return message.replace("port ", "--port ").replace("accessToken", "--access-token")
        .replace("appSecret", "--app-secret").replace("phoneNumberId", "--phone-number-id")
        .replace("businessAccountId", "--waba-id");
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
