package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's context of a conversation handed to you ({@code conversation_context}), e.g. an AI-generated summary of
 * what the user and the previous responder said. Model-written prose: show it to an agent, do not parse it.
 * Immutable and thread-safe.
 *
 * @param type the kind of context ({@code type}), e.g. {@code summary}; empty when Meta sent none
 * @param summary the summary's text ({@code summary.text}), when Meta sent one
 */
public record ConversationContext(String type, @Nullable String summary) {

  public ConversationContext {
    Objects.requireNonNull(type, "type == null");
  }
}
