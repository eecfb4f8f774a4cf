package dev.wabasdk.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one file being uploaded with the Resumable Upload API, streamed from any offset Meta reports: a
 * {@code Path} is reopened there, a stream replays what it kept of the last bytes sent. One upload call uses it from
 * one thread at a time; not thread-safe.
 */
abstract class UploadSource {
  private static final int COPY_BUFFER = 64 * 1024;

  final long length;

  private UploadSource(long length) {
    this.length = length;
  }

  static UploadSource of(Path file, long length) {
    return new FileSource(file, length);
  }

  static UploadSource of(InputStream in, long length, int replayBytes) {
    return new StreamSource(in, length, replayBytes);
  }

  /** Whether the bytes from {@code offset} on can still be sent. */
  abstract boolean canStartAt(long offset);

  /** Writes the bytes {@code [offset, length)} to the sink. */
  abstract void writeFrom(long offset, BufferedSink sink) throws IOException;

  /** A one-shot body of the bytes from {@code offset}: OkHttp never resends it, the upload loop resumes instead. */
  RequestBody bodyFrom(long offset) {
    return new RequestBody() {
      @Override
      public @Nullable MediaType contentType() {
        return null; // Meta's example sends the raw bytes (curl --data-binary) with no type of their own
      }

      @Override
      public long contentLength() {
        return length - offset;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        writeFrom(offset, sink);
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };
  }

  private static final class FileSource extends UploadSource {
    private final Path file;

    FileSource(Path file, long length) {
      super(length);
      this.file = file;
    }

    @Override
    boolean canStartAt(long offset) {
      return offset >= 0 && offset <= length;
    }

    @Override
    void writeFrom(long offset, BufferedSink sink) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        in.skipNBytes(offset);
        byte[] buffer = new byte[COPY_BUFFER];
        long left = length - offset;
        while (left > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            throw new EOFException(file + " is shorter than the " + length + " bytes announced to Meta");
          }
          sink.write(buffer, 0, n);
          left -= n;
        }
      }
    }
  }

  /**
   * A stream read once, keeping the last {@code replayBytes} read in a ring so a transfer broken after them can
   * restart a little earlier without holding the whole file.
   */
  private static final class StreamSource extends UploadSource {
    private final InputStream in;
    private final byte[] ring;
    /** Bytes read from the stream so far: the stream's position in the file. */
    private long consumed;
    /** How many of the last bytes read the ring holds. */
    private int kept;

    StreamSource(InputStream in, long length, int replayBytes) {
      super(length);
      this.in = in;
      this.ring = new byte[(int) Math.max(1, Math.min(length, replayBytes))];
    }

    @Override
    boolean canStartAt(long offset) {
      return offset >= consumed - kept && offset <= length;
    }

    @Override
    void writeFrom(long offset, BufferedSink sink) throws IOException {
      if (!canStartAt(offset)) {
        throw new IOException("the stream's bytes before " + (consumed - kept) + " are gone; offset " + offset);
      }
      byte[] buffer = new byte[COPY_BUFFER];
      while (consumed < offset) { // a resume from a later process: Meta has these already
        read(buffer, (int) Math.min(buffer.length, offset - consumed));
      }
      for (long p = offset; p < consumed; ) {
        int at = (int) (p % ring.length);
        int n = (int) Math.min(ring.length - at, consumed - p);
        sink.write(ring, at, n);
        p += n;
      }
      while (consumed < length) {
        int n = read(buffer, (int) Math.min(buffer.length, length - consumed));
        sink.write(buffer, 0, n);
      }
    }

    /** Reads up to {@code max} bytes from the stream into {@code buffer} and the ring. */
    private int read(byte[] buffer, int max) throws IOException {
      int n = in.read(buffer, 0, max);
      if (n < 0) {
        throw new EOFException("the stream ended after " + consumed + " of the " + length + " bytes announced to Meta");
      }
      // Kept before it is written, so a write that fails can still replay it.
      for (int done = 0; done < n; ) {
        int at = (int) ((consumed + done) % ring.length);
        int chunk = Math.min(ring.length - at, n - done);
        System.arraycopy(buffer, done, ring, at, chunk);
        done += chunk;
      }
      consumed += n;
      kept = (int) Math.min(ring.length, (long) kept + n);
      return n;
    }
  }
}
