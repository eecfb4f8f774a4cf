package dev.wabasdk.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a message template says: the input of {@code templates().create(...)}, and the reference a send is checked
 * against ({@link #check(dev.wabasdk.message.TemplateMessage)}).
 *
 * <pre>{@code
 * TemplateDefinition order = TemplateDefinition.builder("order_shipped", "en_US", TemplateCategory.UTILITY)
 *     .component(Component.headerText("Order {{1}}", Map.of("1", "#1234")))
 *     .component(Component.body("Hi {{1}}, your order shipped on {{2}}.", Map.of("1", "Jane", "2", "May 3")))
 *     .component(Component.buttons(Button.url("Track", "https://shop.example/track/{{1}}",
 *         "https://shop.example/track/1Z999")))
 *     .build();
 * }</pre>
 *
 * <p>Building does not enforce Meta's rules, so a template read from Meta always fits; {@link #problems()} lists
 * every rule the definition breaks and {@code create} refuses a definition with problems.
 * Immutable and thread-safe.
 *
 * @param name lowercase letters, digits and underscores, up to 512 characters
 * @param language the language code, e.g. {@code en_US}
 * @param category the category
 * @param parameterFormat how variables are written
 * @param components header, body, footer, buttons, carousel, limited-time offer
 * @param messageSendTtlSeconds how long Meta tries to deliver a message of this template, in seconds, or null for
 *     the default: AUTHENTICATION 30 to 900, UTILITY 30 to 43200, MARKETING 43200 to 2592000 (sent through the
 *     Marketing Messages API); -1 asks for 30 days on an AUTHENTICATION or UTILITY template
 * @param creativeFeatures the Marketing Messages API's automatic creative optimizations this marketing template opts
 *     in to or out of ({@code degrees_of_freedom_spec}), or null for Meta's defaults
 * @param maxPrice the Marketing Messages API's max price of this marketing template ({@code optimization_spec}), or
 *     null for Meta's rate card
 */
public record TemplateDefinition(
    String name,
    String language,
    TemplateCategory category,
    ParameterFormat parameterFormat,
    List<Component> components,
    @Nullable Integer messageSendTtlSeconds,
    @Nullable CreativeFeatures creativeFeatures,
    @Nullable MaxPrice maxPrice) {

  public TemplateDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(parameterFormat, "parameterFormat");
    components = List.copyOf(components);
  }

  /** A definition without creative optimization settings or max price (the constructor before they existed). */
  public TemplateDefinition(String name, String language, TemplateCategory category, ParameterFormat parameterFormat,
      List<Component> components, @Nullable Integer messageSendTtlSeconds) {
    this(name, language, category, parameterFormat, components, messageSendTtlSeconds, null, null);
  }

  /** A builder with positional parameters. */
  public static Builder builder(String name, String language, TemplateCategory category) {
    return new Builder(name, language, category);
  }

  /**
   * Every rule of Meta's this definition breaks, each saying what and where, e.g.
   * {@code "components[1] (BODY): variable {{3}} is out of sequence: expected {{2}}"}; empty when it looks valid.
   */
  public List<String> problems() {
    return DefinitionChecks.problems(this);
  }

  /**
   * Throws when {@link #problems()} is not empty.
   *
   * @throws IllegalArgumentException listing every problem
   */
  public TemplateDefinition validate() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("template '" + name + "' (" + language + ") breaks Meta's rules: "
          + String.join("; ", problems));
    }
    return this;
  }

  /**
   * Checks a send of this template before it goes to Meta: the template name and language, the parameter count of
   * the header, body and each button, the names of named parameters and the button indexes (Meta would answer
   * 132000, 132012 or 132001).
   *
   * @return every mismatch, each saying what and where; empty when the send fits
   */
  public List<String> mismatches(dev.wabasdk.message.TemplateMessage send) {
    return SendChecks.mismatches(this, send);
  }

  /**
   * Throws when {@link #mismatches} is not empty.
   *
   * @throws IllegalArgumentException listing every mismatch
   */
  public void check(dev.wabasdk.message.TemplateMessage send) {
    List<String> mismatches = mismatches(send);
    if (!mismatches.isEmpty()) {
      throw new IllegalArgumentException("send of template '" + name + "' (" + language
          + ") does not fit its definition: " + String.join("; ", mismatches));
    }
  }

  /** Builds a {@link TemplateDefinition}. */
  public static final class Builder {
    private final String name;
    private final String language;
    private final TemplateCategory category;
    private ParameterFormat parameterFormat = ParameterFormat.POSITIONAL;
    private final List<Component> components = new ArrayList<>();
    private @Nullable Integer messageSendTtlSeconds;
    private @Nullable CreativeFeatures creativeFeatures;
    private @Nullable MaxPrice maxPrice;

    private Builder(String name, String language, TemplateCategory category) {
      this.name = Objects.requireNonNull(name, "name");
      this.language = Objects.requireNonNull(language, "language");
      this.category = Objects.requireNonNull(category, "category");
    }

    /** {@code NAMED} for {@code {{first_name}}} variables; default {@code POSITIONAL}. */
    public Builder parameterFormat(ParameterFormat parameterFormat) {
      this.parameterFormat = Objects.requireNonNull(parameterFormat, "parameterFormat");
      return this;
    }

    /** Adds a component. */
    public Builder component(Component component) {
      components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    /**
     * How long Meta tries to deliver a message of this template, in seconds: AUTHENTICATION 30 to 900, UTILITY 30
     * to 43200, MARKETING 43200 to 2592000; -1 for 30 days on AUTHENTICATION and UTILITY templates.
     */
    public Builder messageSendTtlSeconds(int seconds) {
      this.messageSendTtlSeconds = seconds;
      return this;
    }

    /**
     * Opts this marketing template in to or out of the Marketing Messages API's automatic creative optimizations
     * ({@code degrees_of_freedom_spec}).
     */
    public Builder creativeFeatures(CreativeFeatures creativeFeatures) {
      this.creativeFeatures = Objects.requireNonNull(creativeFeatures, "creativeFeatures");
      return this;
    }

    /**
     * Gives this marketing template a max price ({@code optimization_spec}, Marketing Messages API, BETA): its
     * messages must then be sent with {@code marketingMessages()}.
     */
    public Builder maxPrice(MaxPrice maxPrice) {
      this.maxPrice = Objects.requireNonNull(maxPrice, "maxPrice");
      return this;
    }

    /** The definition; not yet checked against Meta's rules (see {@link TemplateDefinition#problems()}). */
    public TemplateDefinition build() {
      return new TemplateDefinition(name, language, category, parameterFormat, components, messageSendTtlSeconds,
          creativeFeatures, maxPrice);
    }
  }
}
