package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.internal.Json;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void thousandSendsFromSixteenThreadsArriveExactlyOnce() throws Exception {
    Map<String, Integer> received = new ConcurrentHashMap<>();
    AtomicInteger ids = new AtomicInteger();
    graph.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        Map<String, Object> body = Json.readObject(request.getBody().utf8());
        String text = Json.string(Json.object(body, "text"), "body");
        received.merge(text, 1, Integer::sum);
        return new MockResponse.Builder().code(200)
            .body("{\"messages\":[{\"id\":\"wamid." + ids.incrementAndGet() + "\"}]}").build();
      }
    });

    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<SendResult>> results = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      TextMessage message = Message.text(Recipient.phoneNumber("+16505551234"), "message " + i);
      results.add(pool.submit(() -> graph.client().messages().send(message)));
    }
    Set<String> wamids = ConcurrentHashMap.newKeySet();
    for (Future<SendResult> f : results) {
      wamids.add(f.get().messageId());
    }
    pool.shutdown();

    assertThat(received).hasSize(1000);
    assertThat(received.values()).containsOnly(1);
    assertThat(wamids).hasSize(1000);
    assertThat(graph.server().getRequestCount()).isEqualTo(1000);
  }
}
