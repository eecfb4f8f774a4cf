package dev.wabasdk.template;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A button of a Template Library template as {@code GET /message_template_library} lists it. URL and phone number
 * buttons show Meta's sample values: the business gives its own with {@link LibraryButtonInput} at creation.
 * Immutable and thread-safe.
 *
 * @param type the button type
 * @param text the label
 * @param url the sample URL of a URL button
 * @param phoneNumber the sample number of a phone number button
 */
public record LibraryButton(LibraryButtonType type, String text, @Nullable String url, @Nullable String phoneNumber) {
  public LibraryButton {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }
}
