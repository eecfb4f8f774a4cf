package dev.wabasdk.samples.quickstart;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.HistoryReport;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyMode;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeUser;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.report.CostChart;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's first command. Everything runs in this JVM, with no network and no account: the testkit's fake
 * WhatsApp Cloud API plays Meta and the user, a plain-JDK webhook receiver hands the fake's signed webhooks to the
 * bot, and the client checks every send with the policy engine (ENFORCE) before it leaves. At the end the
 * conversation is printed, then its cost under per-message and conversation-based pricing.
 */
public final class Quickstart {
  /** A Monday after 2026-10-01, so Meta's rules and rate card of that date apply. */
  static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
  static final String USER = "+5511987654321";
  static final String USER_NAME = "Ana";
  static final String VERIFY_TOKEN = "quickstart-verify-token";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int WIDTH = 84;

  private Quickstart() {}

  /** Where the cost chart goes, next to the build's other output. */
  static final Path COST_CHART = Path.of("target", "quickstart", "cost-by-market-and-category.png");

  public static void main(String[] args) {
    run(System.out);
  }

  /** Plays the whole scenario, printing to {@code out}. */
  public static void run(PrintStream out) {
    try (FakeWhatsApp fake = FakeWhatsApp.builder()
        .startAt(START)
        .approvedTemplate("autumn_sale", "en_US", TemplateCategory.MARKETING,
            "Hi {{1}}, our autumn sale starts today: 20% off all running shoes. Reply to see what is in stock.")
        .approvedTemplate("reservation_reminder", "en_US", TemplateCategory.UTILITY,
            "Hi {{1}}, your reserved pair in size {{2}} is waiting for you until {{3}}.")
        .start()) {
      CostEstimator estimator = CostEstimator.builder().clock(fake.clock()).build();
      PolicyEngine policy = PolicyEngine.builder()
          .mode(PolicyMode.ENFORCE)
          .clock(fake.clock())
          .costEstimator(estimator)
          .build();
      try (WhatsApp whatsApp = fake.clientBuilder().addInterceptor(policy).build()) {
        whatsApp.templates().list().forEach(policy::recordTemplate);   // statuses and categories

        CostHistory history = new CostHistory();
        WebhookProcessor processor = WebhookProcessor.builder()
            .appSecret(fake.appSecret())
            .verifyToken(VERIFY_TOKEN)
            .policyEngine(policy, fake.phoneNumberId())   // inbound messages open the window, before the bot runs
            .listener(history)
            .listener(new ShoeShopBot(whatsApp))
            .build();
        try (WebhookHttpServer receiver = WebhookHttpServer.start(processor,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
          String webhookUrl = "http://127.0.0.1:" + receiver.port() + receiver.path();
          fake.webhookUrl(webhookUrl);
          printHeader(out, fake, webhookUrl, fake.verifyWebhook(VERIFY_TOKEN));

          Refusal refusal = play(fake, whatsApp);

          fake.awaitWebhooks();   // the last status webhooks
          printTranscript(out, fake, refusal);
          printCost(out, estimator.replay(history.events()));
        }
      }
    }
  }

  /** The conversation. Each step moves the fake clock as long as a person would take. */
  private static Refusal play(FakeWhatsApp fake, WhatsApp whatsApp) {
    FakeUser ana = fake.user(USER).named(USER_NAME);

    // 1. Business-initiated: only a template may open the conversation.
    whatsApp.messages().send(TemplateMessage.builder().to(USER).name("autumn_sale").language("en_US")
        .body(TemplateParameter.text(USER_NAME)).build());
    fake.awaitWebhooks();

    // 2. Ana answers two minutes later: her message opens the 24-hour customer service window; the bot's reply
    //    buttons go out from the webhook listener.
    fake.clock().advance(Duration.ofSeconds(130));
    ana.sends("Hi! Do you have trail shoes?");
    awaitReplies(fake, 2);

    // 3. She taps a button; the bot answers with a list.
    fake.clock().advance(Duration.ofSeconds(30));
    ana.tapsButton("trail");
    awaitReplies(fake, 3);

    // 4. She picks a size; the shop confirms the reservation with a free-form text (inside the window).
    fake.clock().advance(Duration.ofSeconds(25));
    ana.selectsListRow("trail-42");
    fake.awaitWebhooks();
    whatsApp.messages().send(Message.text(USER, "Size 42 is reserved for you until Wednesday 12:00."));
    fake.awaitWebhooks();

    // 5. 25 hours later the window is closed: the policy engine refuses a free-form reminder before it is sent...
    fake.clock().advance(Duration.ofHours(25));
    String reminder = "Your trail shoes in size 42 are still waiting for you. Shall we ship them?";
    Refusal refusal;
    try {
      whatsApp.messages().send(Message.text(USER, reminder));
      throw new IllegalStateException("the policy engine allowed a free-form message outside the window");
    } catch (WabaPolicyException e) {
      refusal = new Refusal(fake.clock().instant(), reminder, e.decision(), fake.sentMessages().size());
    }
    // ...and an approved utility template goes instead.
    whatsApp.messages().send(TemplateMessage.builder().to(USER).name("reservation_reminder").language("en_US")
        .body(TemplateParameter.text(USER_NAME), TemplateParameter.text("42"),
            TemplateParameter.text("Wednesday 12:00"))
        .build());
    return refusal;
  }

  /** Waits until the bot (on the webhook receiver's thread) has sent {@code total} messages, and their statuses. */
  private static void awaitReplies(FakeWhatsApp fake, int total) {
    fake.awaitSentMessages(total);
    fake.awaitWebhooks();
  }

  /** The free-form message the policy engine refused; it was never sent. */
  private record Refusal(Instant at, String text, Decision decision, int sentBefore) {}

  private static void printHeader(PrintStream out, FakeWhatsApp fake, String webhookUrl, boolean verified) {
    out.println();
    out.println("waba-sdk quickstart: a shoe shop bot, a customer and WhatsApp, all in this JVM");
    out.println();
    row(out, "Fake Cloud API", fake.baseUrl() + "  (waba-sdk-testkit; plays Meta and the customer)");
    row(out, "Webhook receiver", webhookUrl + (verified ? "  (subscription verified)" : ""));
    row(out, "Policy engine", "ENFORCE: a send that Meta would not deliver is refused, nothing goes out");
    row(out, "Fake clock", START + "  (Meta's rules and rate card of 2026-10-01 apply)");
    row(out, "Customer", USER_NAME + ", " + USER + " (Brazil)");
  }

  private static void row(PrintStream out, String label, String value) {
    out.printf(Locale.ROOT, "  %-18s%s%n", label, value);
  }

  private static void printTranscript(PrintStream out, FakeWhatsApp fake, Refusal refusal) {
    List<UserMessage> fromUser = fake.userMessages();
    List<SentMessage> sent = fake.sentMessages();
    List<Line> bot = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      if (i == refusal.sentBefore()) {
        bot.add(refused(refusal));
      }
      bot.add(new Line(sent.get(i).timestamp(), "Shop", describe(fake, sent.get(i)), List.of()));
    }
    if (refusal.sentBefore() == sent.size()) {
      bot.add(refused(refusal));
    }
    // Merge by time; a customer's message comes before the answer sent in the same second.
    List<Line> lines = new ArrayList<>();
    int u = 0;
    int b = 0;
    while (u < fromUser.size() || b < bot.size()) {
      if (b == bot.size() || (u < fromUser.size() && !fromUser.get(u).timestamp().isAfter(bot.get(b).at()))) {
        UserMessage m = fromUser.get(u++);
        lines.add(new Line(m.timestamp(), USER_NAME, describe(m), List.of()));
      } else {
        lines.add(bot.get(b++));
      }
    }

    out.println();
    out.println("Transcript (fake clock, UTC)");
    for (Line line : lines) {
      String prefix = String.format(Locale.ROOT, "  %s  %-5s ", TIME.format(line.at()), line.who());
      String indent = " ".repeat(prefix.length());
      List<String> wrapped = wrap(line.text(), WIDTH);
      for (int i = 0; i < wrapped.size(); i++) {
        out.println((i == 0 ? prefix : indent) + wrapped.get(i));
      }
      for (String note : line.notes()) {
        for (String part : wrap(note, WIDTH - 2)) {
          out.println(indent + "  " + part);
        }
      }
    }
  }

  private static Line refused(Refusal refusal) {
    Decision decision = refusal.decision();
    return new Line(refusal.at(), "Shop", "REFUSED, not sent: \"" + refusal.text() + "\"",
        List.of(decision.verdict() + " (" + decision.reasonCode() + "): " + decision.explanation()));
  }

  private record Line(Instant at, String who, String text, List<String> notes) {}

  private static String describe(UserMessage message) {
    Map<String, Object> json = message.json();
    return switch (message.type()) {
      case "text" -> String.valueOf(get(json, "text", "body"));
      case "interactive" -> {
        Object button = get(json, "interactive", "button_reply", "title");
        yield button != null
            ? "taps [" + button + "]"
            : "picks \"" + get(json, "interactive", "list_reply", "title") + "\" from the list";
      }
      default -> "(" + message.type() + ")";
    };
  }

  private static String describe(FakeWhatsApp fake, SentMessage message) {
    switch (message.type()) {
      case "template": {
        String name = String.valueOf(message.templateName());
        String body = bodyOf(fake, name, String.valueOf(message.templateLanguage()));
        List<String> parameters = message.templateBodyParameters();
        for (int i = 0; i < parameters.size(); i++) {
          body = body.replace("{{" + (i + 1) + "}}", parameters.get(i));
        }
        return "[template " + name + "] " + body;
      }
      case "interactive": {
        StringBuilder text = new StringBuilder(String.valueOf(message.field("interactive", "body", "text")));
        if ("button".equals(message.interactiveType())) {
          for (Object button : list(message.field("interactive", "action", "buttons"))) {
            text.append(" [").append(get(button, "reply", "title")).append(']');
          }
        } else {
          text.append(" [").append(message.field("interactive", "action", "button")).append(':');
          for (Object section : list(message.field("interactive", "action", "sections"))) {
            for (Object row : list(get(section, "rows"))) {
              text.append(' ').append(get(row, "title"));
            }
          }
          text.append(']');
        }
        return text.toString();
      }
      default:
        return message.text() != null ? message.text() : "(" + message.type() + ")";
    }
  }

  private static String bodyOf(FakeWhatsApp fake, String name, String language) {
    for (Object component : list(fake.templates().get(name, language).json().get("components"))) {
      if ("BODY".equals(get(component, "type"))) {
        return String.valueOf(get(component, "text"));
      }
    }
    return "";
  }

  private static Object get(Object json, String... path) {
    Object node = json;
    for (String key : path) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(key);
    }
    return node;
  }

  private static List<?> list(Object node) {
    return node instanceof List<?> list ? list : List.of();
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static void printCost(PrintStream out, HistoryReport report) {
    out.println();
    out.println("What this conversation costs, replayed from the webhooks (2026-10-01 rules; no BSP fees)");
    out.println();
    for (String line : report.toTable().split("\n", -1)) {
      out.println(line.isEmpty() ? "" : "  " + line);
    }
    // The same per-message cost as a chart per market and category, for whoever would rather look than read.
    Path chart = CostChart.byMarketAndCategory(report.perMessage().items()).writePng(COST_CHART, 800, 500);
    out.println("  Cost chart (per market and category): " + chart.toAbsolutePath());
  }
}
