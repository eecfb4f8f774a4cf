package dev.wabasdk.cost;

/**
 * A rate card or market mapping file that cannot be used, with the line and column at fault. Nothing of a
 * rejected file is used. Immutable and thread-safe.
 */
public final class RateCardFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  /**
   * @param source the file or resource name
   * @param line the 1-based line number
   * @param column the 1-based column number, or 0 when the whole line or file is at fault
   * @param problem what is wrong, naming the expected value
   */
  public RateCardFormatException(String source, int line, int column, String problem) {
    super(source + ": line " + line + (column > 0 ? ", column " + column : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /** The 1-based line number at fault. */
  public int line() {
    return line;
  }

  /** The 1-based column at fault, or 0 when the whole line is at fault. */
  public int column() {
    return column;
  }
}
