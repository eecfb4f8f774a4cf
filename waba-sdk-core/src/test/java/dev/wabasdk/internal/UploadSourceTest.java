package dev.wabasdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

class UploadSourceTest {
  private static byte[] bytes(int size) {
    byte[] b = new byte[size];
    new Random(7).nextBytes(b);
    return b;
  }

  /** A sink that takes {@code limit} bytes, then fails as a broken connection does. */
  private static BufferedSink breakingAfter(Buffer into, long limit) {
    return Okio.buffer(new ForwardingSink(into) {
      long written;

      @Override
      public void write(Buffer source, long byteCount) throws IOException {
        if (written + byteCount > limit) {
          throw new IOException("broken pipe");
        }
        written += byteCount;
        super.write(source, byteCount);
      }
    });
  }

  @Test
  void aStreamReplaysTheBytesItKeptAndNoMore() throws Exception {
    byte[] content = bytes(300_000);
    UploadSource source = UploadSource.of(new ByteArrayInputStream(content), content.length, 100_000);

    BufferedSink broken = breakingAfter(new Buffer(), 200_000);
    assertThatThrownBy(() -> {
      source.writeFrom(0, broken);
      broken.flush();
    }).isInstanceOf(IOException.class);

    // The stream was read further than Meta may have got; only the last 100,000 bytes read can be sent again.
    assertThat(source.canStartAt(0)).isFalse();
    long firstKept = firstKept(source);
    assertThat(firstKept).isPositive();
    assertThatThrownBy(() -> source.writeFrom(firstKept - 1, Okio.buffer(Okio.blackhole())))
        .isInstanceOf(IOException.class).hasMessageContaining("are gone");

    long offset = firstKept + 10;
    Buffer rest = new Buffer();
    source.writeFrom(offset, rest);
    assertThat(rest.readByteArray()).isEqualTo(Arrays.copyOfRange(content, (int) offset, content.length));
    assertThat(source.bodyFrom(offset).contentLength()).isEqualTo(content.length - offset);
    assertThat(source.bodyFrom(offset).isOneShot()).isTrue();
  }

  private static long firstKept(UploadSource source) {
    long offset = 0;
    while (!source.canStartAt(offset)) {
      offset++;
    }
    return offset;
  }

  @Test
  void aStreamShorterThanAnnouncedFails() {
    UploadSource source = UploadSource.of(new ByteArrayInputStream(bytes(10)), 20, 100);
    assertThatThrownBy(() -> source.writeFrom(0, new Buffer()))
        .isInstanceOf(java.io.EOFException.class).hasMessageContaining("after 10 of the 20 bytes");
  }
}
