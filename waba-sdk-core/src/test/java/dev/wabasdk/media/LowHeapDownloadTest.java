package dev.wabasdk.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads 50 MB in a 48 MB heap (the {@code low-heap} surefire execution runs this class with {@code -Xmx48m}):
 * not even one {@code byte[]} of the body fits, so holding it in memory would fail with OutOfMemoryError. The server generates the body on the fly, so it does
 * not hold it either.
 */
@Tag("low-heap")
class LowHeapDownloadTest {
  private static final long SIZE = 50L * 1024 * 1024;

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();
  @TempDir Path dir;

  /** Deterministic pseudo-random bytes, written chunk by chunk. */
  private static void generate(OutputStream out) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    long seed = 42;
    for (long written = 0; written < SIZE; written += chunk.length) {
      for (int i = 0; i < chunk.length; i++) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        chunk[i] = (byte) (seed >>> 56);
      }
      out.write(chunk, 0, (int) Math.min(chunk.length, SIZE - written));
    }
  }

  private static String expectedSha256() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    generate(new OutputStream() {
      @Override
      public void write(int b) {
        sha.update((byte) b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        sha.update(b, off, len);
      }
    });
    return HexFormat.of().formatHex(sha.digest());
  }

  private void enqueue(String sha256) {
    graph.enqueue(200, "{\"url\":\"" + graph.server().url("/cdn/big") + "\",\"mime_type\":\"video/mp4\",\"sha256\":\""
        + sha256 + "\",\"file_size\":\"" + SIZE + "\",\"id\":\"777\"}");
    graph.server().enqueue(new MockResponse.Builder().code(200).body(new MockResponseBody() {
      @Override
      public long getContentLength() {
        return SIZE;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        generate(sink.outputStream());
      }
    }).build());
  }

  @Test
  void fiftyMegabytesStreamToAFileInASmallHeap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("runs with -Xmx48m").isLessThan(SIZE);
    String sha256 = expectedSha256();
    enqueue(sha256);
    Path target = dir.resolve("big.mp4");

    DownloadedMedia done = graph.client().media().download("777", target);

    assertThat(done.size()).isEqualTo(SIZE);
    assertThat(done.sha256()).isEqualTo(sha256);
    assertThat(Files.size(target)).isEqualTo(SIZE);
  }

  @Test
  void fiftyMegabytesStreamToAnOutputStreamInASmallHeap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("runs with -Xmx48m").isLessThan(SIZE);
    String sha256 = expectedSha256();
    enqueue(sha256);
    long[] count = {0};
    OutputStream discard = new OutputStream() {
      @Override
      public void write(int b) {
        count[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        count[0] += len;
      }
    };

    DownloadedMedia done = graph.client().media().download("777", discard);

    assertThat(count[0]).isEqualTo(SIZE);
    assertThat(done.sha256()).isEqualTo(sha256);
  }
}
