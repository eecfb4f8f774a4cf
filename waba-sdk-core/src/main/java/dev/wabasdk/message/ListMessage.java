package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An interactive list message ({@code "interactive": {"type": "list"}}): a button that opens up to 10 rows in up
 * to 10 sections. A choice comes back as an inbound {@code list_reply} carrying the row's id.
 *
 * <pre>{@code
 * ListMessage message = ListMessage.builder()
 *     .to("+4915112345678")
 *     .body("Pick a delivery slot")
 *     .button("Slots")
 *     .section(new ListMessage.Section("Morning", List.of(
 *         new ListMessage.Row("am-8", "08:00-10:00", "Earliest"),
 *         new ListMessage.Row("am-10", "10:00-12:00", null))))
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param header {@code interactive.header.text}: lists only take a text header, at most 60 characters
 * @param body {@code interactive.body.text}, at most 4,096 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters
 * @param button {@code interactive.action.button}: the label of the button that opens the list, at most 20
 *     characters
 * @param sections {@code interactive.action.sections}, 1 to 10, with 1 to 10 rows in total
 * @param envelope reply context, callback data and extra fields
 */
public record ListMessage(
    Recipient recipient,
    @Nullable String header,
    String body,
    @Nullable String footer,
    String button,
    List<Section> sections,
    Envelope envelope)
    implements InteractiveMessage {

  /** Meta's limit on the list body (longer than the other interactive types). */
  public static final int MAX_BODY_LENGTH = 4096;
  /** Meta's limit on the button label. */
  public static final int MAX_BUTTON_LENGTH = 20;
  /** Meta's limit on the number of sections. */
  public static final int MAX_SECTIONS = 10;
  /** Meta's limit on the number of rows, counted across all sections. */
  public static final int MAX_ROWS = 10;
  /** Meta's limit on a section title. */
  public static final int MAX_SECTION_TITLE_LENGTH = 24;
  /** Meta's limit on a row id. */
  public static final int MAX_ROW_ID_LENGTH = 200;
  /** Meta's limit on a row title. */
  public static final int MAX_ROW_TITLE_LENGTH = 24;
  /** Meta's limit on a row description. */
  public static final int MAX_ROW_DESCRIPTION_LENGTH = 72;

  public ListMessage {
    Checks.interactive(recipient, null, body, MAX_BODY_LENGTH, footer);
    Checks.optionalText(header, "interactive.header.text", MAX_HEADER_TEXT_LENGTH);
    Checks.text(button, "interactive.action.button", 1, MAX_BUTTON_LENGTH);
    sections = Checks.list(sections, "interactive.action.sections", 1, MAX_SECTIONS);
    int rows = 0;
    Set<String> rowIds = new HashSet<>();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      String path = "interactive.action.sections[" + s + "]";
      if (section.title() == null && sections.size() > 1) {
        throw new IllegalArgumentException(path + ".title: is required when a list has more than one section ("
            + "this one has " + sections.size() + ")");
      }
      Checks.optionalText(section.title(), path + ".title", MAX_SECTION_TITLE_LENGTH);
      Checks.list(section.rows(), path + ".rows", 1, MAX_ROWS);
      for (int r = 0; r < section.rows().size(); r++) {
        Row row = section.rows().get(r);
        String rowPath = path + ".rows[" + r + "]";
        Checks.text(row.id(), rowPath + ".id", 1, MAX_ROW_ID_LENGTH);
        Checks.unique(rowIds, row.id(), rowPath + ".id", "row ids");
        Checks.text(row.title(), rowPath + ".title", 1, MAX_ROW_TITLE_LENGTH);
        Checks.optionalText(row.description(), rowPath + ".description", MAX_ROW_DESCRIPTION_LENGTH);
      }
      rows += section.rows().size();
    }
    if (rows > MAX_ROWS) {
      throw new IllegalArgumentException("interactive.action.sections: at most " + MAX_ROWS
          + " rows in total across all sections, was " + rows);
    }
    Checks.required(envelope, "envelope");
  }

  /**
   * A section of the list.
   *
   * @param title {@code title}, at most 24 characters; required when the list has more than one section
   * @param rows {@code rows}
   */
  public record Section(@Nullable String title, List<Row> rows) {
    public Section {
      rows = List.copyOf(rows);
    }

    /** A section with a title. */
    public static Section of(String title, Row... rows) {
      return new Section(Objects.requireNonNull(title, "title == null"), Arrays.asList(rows));
    }
  }

  /**
   * A row the user can pick.
   *
   * @param id {@code id}: what comes back when the user picks it, at most 200 characters, unique
   * @param title {@code title}, at most 24 characters
   * @param description {@code description}, at most 72 characters
   */
  public record Row(String id, String title, @Nullable String description) {
    public Row {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(title, "title == null");
    }

    /** A row without a description. */
    public static Row of(String id, String title) {
      return new Row(id, title, null);
    }
  }

  /** A builder for a list message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListMessage}. */
  public static final class Builder extends InteractiveMessageBuilder<Builder, ListMessage> {
    private @Nullable String header;
    private @Nullable String button;
    private final List<Section> sections = new ArrayList<>();

    Builder() {}

    /** A text header, at most 60 characters (lists take no media header). */
    public Builder header(String header) {
      this.header = Objects.requireNonNull(header, "header == null");
      return this;
    }

    /** <strong>Required.</strong> The label of the button that opens the list, at most 20 characters. */
    public Builder button(String button) {
      this.button = Objects.requireNonNull(button, "button == null");
      return this;
    }

    /** <strong>Required</strong> (1 to 10). Adds a section. */
    public Builder section(Section section) {
      sections.add(Objects.requireNonNull(section, "section == null"));
      return this;
    }

    @Override
    public ListMessage build() {
      return new ListMessage(recipient(), header, requiredBody(), footer(),
          Checks.required(button, "interactive.action.button"), sections, envelope());
    }
  }
}
