package dev.wabasdk.campaign;

import dev.wabasdk.cost.Money;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What to send to whom: one approved template, its parameters per recipient, a recipient source, an optional start
 * time, quiet hours in each recipient's zone and a budget. A definition only; {@link CampaignRunner} preflights and
 * runs it. Immutable and thread-safe.
 *
 * <pre>{@code
 * Campaign campaign = Campaign.builder("spring-sale-2026")
 *     .template("spring_sale", "en_US")
 *     .recipients(RecipientSource.csv(Path.of("customers.csv")))
 *     .quietHours(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)))
 *     .budget(Money.of("500.00", "USD"))
 *     .build();
 * }</pre>
 *
 * @param id a stable id: it is part of every send key, so reusing it after a crash resumes the same campaign
 * @param templateName the template's name
 * @param language the template's language code
 * @param recipients where the recipients come from
 * @param startAt not before this instant, or null for now
 * @param quietHours hours in the recipient's zone when nothing is sent, or null
 * @param budget the most the campaign may cost (Meta's charges plus BSP fees), or null for no limit
 * @param customizer adds to each recipient's message what body parameters do not cover (header, buttons)
 */
public record Campaign(String id, String templateName, String language, RecipientSource recipients,
    @Nullable Instant startAt, @Nullable QuietHours quietHours, @Nullable Money budget,
    BiConsumer<CampaignRecipient, TemplateMessage.Builder> customizer) {

  /** The longest id: the send key must fit Meta's 512 characters of {@code biz_opaque_callback_data}. */
  public static final int MAX_ID_LENGTH = 64;

  public Campaign {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH || !id.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException("campaign id: must be 1 to " + MAX_ID_LENGTH
          + " letters, digits, '_', '.' or '-', was '" + id + "'");
    }
    Objects.requireNonNull(templateName, "templateName");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(recipients, "recipients");
    Objects.requireNonNull(customizer, "customizer");
    if (budget != null && budget.amount().signum() < 0) {
      throw new IllegalArgumentException("budget: must not be negative, was " + budget);
    }
  }

  /** A builder for campaign {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The message for one recipient: the template, its body parameters in order, the customizer's additions. */
  public TemplateMessage message(CampaignRecipient recipient, String bizOpaqueCallbackData) {
    TemplateMessage.Builder b = TemplateMessage.builder().to(recipient.phoneNumber()).name(templateName)
        .language(language).bizOpaqueCallbackData(bizOpaqueCallbackData);
    for (String p : recipient.parameters()) {
      b.body(TemplateParameter.text(p));
    }
    customizer.accept(recipient, b);
    return b.build();
  }

  /** Builds a {@link Campaign}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private @Nullable String templateName;
    private @Nullable String language;
    private @Nullable RecipientSource recipients;
    private @Nullable Instant startAt;
    private @Nullable QuietHours quietHours;
    private @Nullable Money budget;
    private BiConsumer<CampaignRecipient, TemplateMessage.Builder> customizer = (r, b) -> { };

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** <strong>Required.</strong> The approved template and its language. */
    public Builder template(String name, String language) {
      this.templateName = Objects.requireNonNull(name, "name");
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /** <strong>Required.</strong> The recipients. */
    public Builder recipients(RecipientSource recipients) {
      this.recipients = Objects.requireNonNull(recipients, "recipients");
      return this;
    }

    /** Sends nothing before {@code startAt}. */
    public Builder startAt(Instant startAt) {
      this.startAt = Objects.requireNonNull(startAt, "startAt");
      return this;
    }

    /** Sends nothing to a recipient during these hours of their time zone. */
    public Builder quietHours(QuietHours quietHours) {
      this.quietHours = Objects.requireNonNull(quietHours, "quietHours");
      return this;
    }

    /** Stops the campaign before its cost would pass {@code budget}. */
    public Builder budget(Money budget) {
      this.budget = Objects.requireNonNull(budget, "budget");
      return this;
    }

    /** Adds to each message what the body parameters do not cover, e.g. a header image or a URL button. */
    public Builder customizer(BiConsumer<CampaignRecipient, TemplateMessage.Builder> customizer) {
      this.customizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    public Campaign build() {
      if (templateName == null || language == null) {
        throw new IllegalArgumentException("template: required (template(name, language))");
      }
      if (recipients == null) {
        throw new IllegalArgumentException("recipients: required (recipients(source))");
      }
      return new Campaign(id, templateName, language, recipients, startAt, quietHours, budget, customizer);
    }
  }
}
