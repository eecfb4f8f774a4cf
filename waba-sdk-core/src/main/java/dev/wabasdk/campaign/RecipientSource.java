package dev.wabasdk.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a campaign's recipients come from. {@link #open()} is called once by the preflight and once by the instance
 * that queues the recipients (which skips what an earlier, crashed loader already queued), so it must return the
 * same recipients in the same order each time. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RecipientSource {

  /** A new stream over the recipients, read lazily; the caller closes it. */
  Stream<CampaignRecipient> open();

  /** The recipients of a list. */
  static RecipientSource of(List<CampaignRecipient> recipients) {
    List<CampaignRecipient> copy = List.copyOf(recipients);
    return copy::stream;
  }

  /** The recipients of a stream the supplier creates anew each time (e.g. a database cursor). */
  static RecipientSource of(Supplier<? extends Stream<CampaignRecipient>> streams) {
    Objects.requireNonNull(streams, "streams");
    return () -> streams.get().map(r -> r);
  }

  /**
   * A UTF-8 CSV file, read lazily line by line, so millions of rows need no memory. The first line is a header: the
   * column {@code phone_number} is required, {@code time_zone} is optional (an IANA zone), every other column is a
   * body parameter in column order. Fields may be quoted with {@code "} (a quote inside is doubled).
   *
   * @throws UncheckedIOException from the stream when the file cannot be read
   * @throws IllegalArgumentException from the stream for a row with the wrong number of fields, or a bad zone
   */
  static RecipientSource csv(Path file) {
    Objects.requireNonNull(file, "file");
    return () -> {
      BufferedReader reader;
      try {
        reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read recipients from " + file, e);
      }
      String header;
      try {
        header = reader.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read recipients from " + file, e);
      }
      if (header == null) {
        return Stream.<CampaignRecipient>empty().onClose(() -> close(reader));
      }
      List<String> columns = CsvLine.split(header.startsWith("\uFEFF") ? header.substring(1) : header);
      int phone = columns.indexOf("phone_number");
      if (phone < 0) {
        close(reader);
        throw new IllegalArgumentException("recipients CSV " + file + ": header must have a phone_number column,"
            + " was '" + header + "'");
      }
      int zone = columns.indexOf("time_zone");
      long[] line = {1};
      return reader.lines().filter(l -> {
        line[0]++;
        return !l.isBlank();
      }).map(l -> {
        List<String> fields = CsvLine.split(l);
        if (fields.size() != columns.size()) {
          throw new IllegalArgumentException("recipients CSV " + file + " line " + line[0] + ": expected "
              + columns.size() + " fields, was " + fields.size());
        }
        List<String> parameters = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
          if (i != phone && i != zone) {
            parameters.add(fields.get(i));
          }
        }
        ZoneId z = null;
        if (zone >= 0 && !fields.get(zone).isEmpty()) {
          try {
            z = ZoneId.of(fields.get(zone));
          } catch (DateTimeException e) {
            throw new IllegalArgumentException("recipients CSV " + file + " line " + line[0] + ": time_zone must"
                + " be an IANA zone such as Europe/Berlin, was '" + fields.get(zone) + "'", e);
          }
        }
        return new CampaignRecipient(fields.get(phone), parameters, z);
      }).onClose(() -> close(reader));
    };
  }

  private static void close(BufferedReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
