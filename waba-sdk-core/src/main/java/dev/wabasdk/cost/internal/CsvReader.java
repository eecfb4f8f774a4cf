package dev.wabasdk.cost.internal;

import dev.wabasdk.cost.RateCardFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader that keeps line numbers, so a malformed card can be rejected with the exact line and
 * column. Lines starting with {@code #} are comments (the provenance notes of the shipped cards); blank lines are
 * skipped. A quoted field may contain commas and doubled quotes but not line breaks (rate cards never need them).
 * Stateless and thread-safe.
 */
public final class CsvReader {

  /** One data line: its 1-based line number and its fields. */
  public record Line(int number, List<String> fields) {}

  /** The parsed file: comment lines (without the leading {@code #}) and data lines in order. */
  public record Parsed(List<String> comments, List<Line> lines) {}

  private CsvReader() {}

  public static Parsed read(String source, String text) {
    List<String> comments = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < raw.length; i++) {
      int number = i + 1;
      String line = raw[i];
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        comments.add(line.substring(1).strip());
        continue;
      }
      lines.add(new Line(number, split(source, number, line)));
    }
    return new Parsed(List.copyOf(comments), List.copyOf(lines));
  }

  private static List<String> split(String source, int number, String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == ',') {
        fields.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new RateCardFormatException(source, number, fields.size() + 1, "unterminated quoted field");
    }
    fields.add(wasQuoted ? field.toString() : field.toString().strip());
    return fields;
  }
}
