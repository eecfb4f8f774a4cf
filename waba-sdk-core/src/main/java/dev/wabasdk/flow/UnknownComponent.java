package dev.wabasdk.flow;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A component this SDK does not model (a newer type, or a known type with a property shape it does not know),
 * kept as its raw JSON so a parsed flow is written back unchanged. Immutable and thread-safe.
 *
 * @param type the component's {@code type}
 * @param raw the whole component object as read
 */
public record UnknownComponent(String type, Map<String, @Nullable Object> raw) implements Component {
  public UnknownComponent {
    Objects.requireNonNull(type, "type == null");
    raw = FlowCodec.copy(raw);
  }

  @Override
  public @Nullable String name() {
    return raw.get("name") instanceof String s ? s : null;
  }

  @Override
  public Map<String, @Nullable Object> toJsonTree() {
    return raw;
  }
}
