package dev.wabasdk.conversational;

import java.util.Objects;

/**
 * A command users see when they type {@code /} in the chat, e.g. {@code /track: Track your latest order}.
 * Immutable and thread-safe.
 *
 * @param name {@code command_name}, without the slash: at most {@value #MAX_NAME_LENGTH} characters, no emoji
 * @param description {@code command_description}: at most {@value #MAX_DESCRIPTION_LENGTH} characters, no emoji
 */
public record Command(String name, String description) {
  /** Meta's limit on the characters of a command name. */
  public static final int MAX_NAME_LENGTH = 32;
  /** Meta's limit on the characters of a command description. */
  public static final int MAX_DESCRIPTION_LENGTH = 256;

  /** @throws IllegalArgumentException naming the field and limit when a value breaks Meta's rules */
  public Command {
    Objects.requireNonNull(name, "command_name");
    Objects.requireNonNull(description, "command_description");
    Texts.check("command_name", name, MAX_NAME_LENGTH);
    Texts.check("command_description", description, MAX_DESCRIPTION_LENGTH);
  }

  /** A command; see the record's rules. */
  public static Command of(String name, String description) {
    return new Command(name, description);
  }
}
