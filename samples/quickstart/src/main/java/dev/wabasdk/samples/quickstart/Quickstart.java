package dev.wabasdk.samples.quickstart;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TextMessage;
import java.io.IOException;
import java.io.PrintStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The README's first command: sends a message through the real client to a loopback stand-in for the Graph API
 * and prints what went over the wire. No network, no account.
 */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Runs the quickstart, printing to {@code out}. */
  public static void run(PrintStream out) throws IOException, InterruptedException {
    try (MockWebServer graph = new MockWebServer()) {
      graph.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+4915112345678\","
              + "\"wa_id\":\"4915112345678\"}],\"messages\":[{\"id\":\"wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNB\"}]}")
          .build());
      graph.start(0);

      try (WhatsApp whatsApp = WhatsApp.builder()
          .accessToken("quickstart-token")
          .phoneNumberId("106540352242922")
          .baseUrl(graph.url("/").toString())
          .build()) {
        SendResult sent = whatsApp.messages()
            .send(new TextMessage(Recipient.phoneNumber("+4915112345678"), "Hello from waba-sdk!", false));

        RecordedRequest request = graph.takeRequest();
        out.println("waba-sdk quickstart");
        out.println("  request   " + request.getMethod() + " " + request.getUrl().encodedPath());
        out.println("  body      " + request.getBody().utf8());
        out.println("  accepted  " + sent.messageId() + " for wa_id " + sent.waId());
      }
    }
  }
}
