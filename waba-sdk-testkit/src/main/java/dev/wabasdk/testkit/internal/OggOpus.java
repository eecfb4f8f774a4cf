package dev.wabasdk.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small, well-formed Ogg Opus file of silence (RFC 7845: an {@code OpusHead} page, an {@code OpusTags} page, one
 * page of 20 ms silent frames), the fake's stand-in for a call recording ({@code audio/ogg; codecs=opus}). Stateless.
 */
final class OggOpus {
  /** A common Opus silence frame: CELT fullband, 20 ms, mono. */
  private static final byte[] SILENT_FRAME = {(byte) 0xF8, (byte) 0xFF, (byte) 0xFE};
  private static final int PRE_SKIP = 312;
  private static final int SERIAL = 0x77616261; // "waba"
  private static final int[] CRC = crcTable();

  private OggOpus() {}

  /** {@code frames} 20 ms frames of silence (at most 255: one page). */
  static byte[] silence(int frames) {
    if (frames < 1 || frames > 255) {
      throw new IllegalArgumentException("frames: 1 to 255, was " + frames);
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    head.writeBytes("OpusHead".getBytes(StandardCharsets.US_ASCII));
    head.write(1); // version
    head.write(1); // channels
    le(head, PRE_SKIP, 2);
    le(head, 48_000, 4); // the input's sample rate
    le(head, 0, 2); // output gain
    head.write(0); // channel mapping family
    ByteArrayOutputStream tags = new ByteArrayOutputStream();
    byte[] vendor = "waba-sdk-testkit".getBytes(StandardCharsets.US_ASCII);
    tags.writeBytes("OpusTags".getBytes(StandardCharsets.US_ASCII));
    le(tags, vendor.length, 4);
    tags.writeBytes(vendor);
    le(tags, 0, 4); // no user comments
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    page(out, 0x02, 0, 0, new byte[][] {head.toByteArray()});
    page(out, 0x00, 0, 1, new byte[][] {tags.toByteArray()});
    byte[][] audio = new byte[frames][];
    Arrays.fill(audio, SILENT_FRAME);
    page(out, 0x04, PRE_SKIP + frames * 960L, 2, audio);
    return out.toByteArray();
  }

  /** One page; each packet is shorter than 255 bytes, so one lacing value each. */
  private static void page(ByteArrayOutputStream out, int type, long granule, int sequence, byte[][] packets) {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    page.writeBytes("OggS".getBytes(StandardCharsets.US_ASCII));
    page.write(0); // stream structure version
    page.write(type); // 0x02 first page, 0x04 last page
    le(page, granule, 8);
    le(page, SERIAL, 4);
    le(page, sequence, 4);
    le(page, 0, 4); // the CRC, filled in below
    page.write(packets.length);
    for (byte[] packet : packets) {
      page.write(packet.length);
    }
    for (byte[] packet : packets) {
      page.writeBytes(packet);
    }
    byte[] bytes = page.toByteArray();
    int crc = 0;
    for (byte b : bytes) {
      crc = (crc << 8) ^ CRC[((crc >>> 24) ^ b) & 0xFF];
    }
    for (int i = 0; i < 4; i++) {
      bytes[22 + i] = (byte) (crc >>> (8 * i));
    }
    out.writeBytes(bytes);
  }

  private static void le(ByteArrayOutputStream out, long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      out.write((int) (value >>> (8 * i)) & 0xFF);
    }
  }

  /** Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, no initial or final XOR. */
  private static int[] crcTable() {
    int[] table = new int[256];
    for (int i = 0; i < 256; i++) {
      int r = i << 24;
      for (int bit = 0; bit < 8; bit++) {
        r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
      }
      table[i] = r;
    }
    return table;
  }
}
