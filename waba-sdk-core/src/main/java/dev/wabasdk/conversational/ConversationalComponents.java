package dev.wabasdk.conversational;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The conversational components of a business phone number: the welcome message switch, the ice breakers (Meta's
 * {@code prompts}) and the commands. In an update a null component is left as it is and an empty list clears it;
 * a read-back has all three (false and empty lists when never set). Immutable and thread-safe.
 *
 * <pre>{@code
 * whatsApp.conversationalComponents().update(ConversationalComponents.builder()
 *     .iceBreakers(List.of("Track my order", "Talk to a person"))
 *     .commands(List.of(Command.of("track", "Track your latest order")))
 *     .build());
 * }</pre>
 *
 * @param welcomeMessage {@code enable_welcome_message}: whether Meta sends a {@code request_welcome} message webhook
 *     when a user opens a chat with the business for the first time
 * @param iceBreakers {@code prompts}: tappable texts shown in a new chat, at most {@value #MAX_ICE_BREAKERS} of at
 *     most {@value #MAX_ICE_BREAKER_LENGTH} characters, no emoji
 * @param commands {@code commands}: at most {@value #MAX_COMMANDS}, names unique
 */
public record ConversationalComponents(
    @Nullable Boolean welcomeMessage, @Nullable List<String> iceBreakers, @Nullable List<Command> commands) {
  /** Meta's limit on ice breakers per number. */
  public static final int MAX_ICE_BREAKERS = 4;
  /** Meta's limit on the characters of an ice breaker. */
  public static final int MAX_ICE_BREAKER_LENGTH = 80;
  /** Meta's limit on commands per number. */
  public static final int MAX_COMMANDS = 30;

  /** @throws IllegalArgumentException naming the field, the limit and the value when Meta's rules are broken */
  public ConversationalComponents {
    if (iceBreakers != null) {
      iceBreakers = List.copyOf(iceBreakers);
      if (iceBreakers.size() > MAX_ICE_BREAKERS) {
        throw new IllegalArgumentException("prompts: at most " + MAX_ICE_BREAKERS + " ice breakers, was "
            + iceBreakers.size() + ": " + iceBreakers);
      }
      for (int i = 0; i < iceBreakers.size(); i++) {
        Texts.check("prompts[" + i + "]", iceBreakers.get(i), MAX_ICE_BREAKER_LENGTH);
      }
    }
    if (commands != null) {
      commands = List.copyOf(commands);
      if (commands.size() > MAX_COMMANDS) {
        throw new IllegalArgumentException("commands: at most " + MAX_COMMANDS + " commands, was "
            + commands.size());
      }
      Set<String> names = new HashSet<>();
      for (Command c : commands) {
        if (!names.add(c.name())) {
          throw new IllegalArgumentException("commands: command_name '" + c.name() + "' appears twice");
        }
      }
    }
  }

  /** A builder with nothing set (an update that changes nothing until a component is set). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ConversationalComponents}; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean welcomeMessage;
    private @Nullable List<String> iceBreakers;
    private @Nullable List<Command> commands;

    private Builder() {}

    /** Turns the {@code request_welcome} webhook on or off. */
    public Builder welcomeMessage(boolean enabled) {
      this.welcomeMessage = enabled;
      return this;
    }

    /** Replaces the ice breakers; an empty list removes them. */
    public Builder iceBreakers(List<String> iceBreakers) {
      this.iceBreakers = new ArrayList<>(Objects.requireNonNull(iceBreakers, "prompts"));
      return this;
    }

    /** Replaces the commands; an empty list removes them. */
    public Builder commands(List<Command> commands) {
      this.commands = new ArrayList<>(Objects.requireNonNull(commands, "commands"));
      return this;
    }

    /** @throws IllegalArgumentException when Meta's limits are broken */
    public ConversationalComponents build() {
      return new ConversationalComponents(welcomeMessage, iceBreakers, commands);
    }
  }
}
