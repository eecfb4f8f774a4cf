package dev.wabasdk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.media.MediaInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, promise 5: the access token never leaves for a host that is not Meta's. Media URLs that point elsewhere
 * (another https host, a look-alike, another port of the Graph host in clear text) fail before a byte is sent: a
 * listening "attacker" counts every connection it gets.
 */
class TokenLeakTest {

  @Test
  void mediaDownloadsNeverConnectToAHostThatIsNotMetas() throws Exception {
    try (ServerSocket attacker = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FaultyGraphServer graph = new FaultyGraphServer(1, java.util.Map.of(FaultyGraphServer.Fault.OK, 1), 100);
        WhatsApp whatsApp = WhatsApp.builder().accessToken("secret-token-never-leaves").phoneNumberId("106540352242922")
            .baseUrl(graph.baseUrl()).build()) {
      AtomicInteger connections = new AtomicInteger();
      Thread accept = new Thread(() -> {
        while (!attacker.isClosed()) {
          try (Socket s = attacker.accept()) {
            connections.incrementAndGet();
          } catch (IOException closed) {
            return;
          }
        }
      });
      accept.setDaemon(true);
      accept.start();
      int port = attacker.getLocalPort();
      List<String> urls = List.of(
          "http://127.0.0.1:" + port + "/media.jpg",               // another port of the Graph host, clear text
          "https://127.0.0.1:" + port + "/media.jpg",              // https, but not Meta's
          "https://localhost:" + port + "/media.jpg",
          "https://lookaside.fbsbx.com.localhost:" + port + "/x"); // a look-alike of Meta's CDN
      int refused = 0;
      for (String url : urls) {
        Throwable e = catchThrowable(() -> whatsApp.media()
            .download(new MediaInfo("563", url, "image/jpeg", null, null), new ByteArrayOutputStream()));
        if (e instanceof IllegalArgumentException && e.getMessage().startsWith("media.url:")) {
          refused++;
        }
        assertThat(String.valueOf(e)).doesNotContain("secret-token-never-leaves");
      }
      Thread.sleep(200); // a connection, had one been made, would have been accepted by now
      System.out.printf("[fault-suite] tokens: %d media URLs to hosts that are not Meta's, %d refused before sending,"
          + " connections the attacker received: %d%n", urls.size(), refused, connections.get());
      assertThat(refused).isEqualTo(urls.size());
      assertThat(connections.get()).as("connections to the attacker").isZero();
    }
  }
}
