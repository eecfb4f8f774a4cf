package dev.wabasdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fake's call recording is a well-formed Ogg Opus stream (RFC 3533 pages, RFC 7845 headers): each page's
 * checksum is checked here with a bit-by-bit CRC, independent of the table the writer uses.
 */
class OggOpusTest {

  @Test
  void threePagesWithOpusHeadersAndValidChecksums() {
    byte[] file = OggOpus.silence(56);
    ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    List<byte[]> packets = new ArrayList<>();
    List<Integer> types = new ArrayList<>();
    long lastGranule = -1;
    int sequence = 0;
    while (in.hasRemaining()) {
      int start = in.position();
      byte[] capture = new byte[4];
      in.get(capture);
      assertThat(new String(capture, StandardCharsets.US_ASCII)).isEqualTo("OggS");
      assertThat(in.get()).isZero();
      types.add((int) in.get());
      lastGranule = in.getLong();
      in.getInt(); // serial
      assertThat(in.getInt()).isEqualTo(sequence++);
      int crc = in.getInt();
      int segments = in.get() & 0xFF;
      int[] lacing = new int[segments];
      int bodyLength = 0;
      for (int i = 0; i < segments; i++) {
        lacing[i] = in.get() & 0xFF;
        bodyLength += lacing[i];
      }
      for (int length : lacing) {
        byte[] packet = new byte[length];
        in.get(packet);
        packets.add(packet);
      }
      byte[] copy = Arrays.copyOfRange(file, start, in.position());
      for (int i = 22; i < 26; i++) {
        copy[i] = 0;
      }
      assertThat(bitwiseCrc(copy)).as("page " + (sequence - 1)).isEqualTo(crc);
      assertThat(copy.length).isEqualTo(27 + segments + bodyLength);
    }
    assertThat(types).containsExactly(0x02, 0x00, 0x04);
    assertThat(new String(packets.get(0), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("OpusHead");
    assertThat(packets.get(0)).hasSize(19);
    assertThat(new String(packets.get(1), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("OpusTags");
    assertThat(packets).hasSize(2 + 56);
    assertThat(lastGranule).as("pre-skip plus 56 frames of 960 samples").isEqualTo(312 + 56 * 960);
  }

  @Test
  void onePageOfFramesAtMost() {
    assertThatThrownBy(() -> OggOpus.silence(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OggOpus.silence(256)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int bitwiseCrc(byte[] bytes) {
    int crc = 0;
    for (byte b : bytes) {
      crc ^= (b & 0xFF) << 24;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
      }
    }
    return crc;
  }
}
