package dev.wabasdk.template;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which templates to copy from another WhatsApp Business Account of the same business into the client's
 * ({@code POST /{destination-waba-id}/migrate_message_templates}). Meta recreates them in the client's account, 500
 * a page by default; only approved templates whose quality is GREEN or UNKNOWN can be migrated.
 *
 * <pre>{@code
 * TemplateMigration.from("102290129340398")                        // page 0, up to 500 templates
 * TemplateMigration.from("102290129340398").page(1).count(200)       // the second page of 200
 * TemplateMigration.from("102290129340398").onlyTemplates(failedIds) // again, for those that failed
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param sourceBusinessAccountId the WABA to copy from ({@code source_waba_id})
 * @param pageNumber which page of templates, from 0 ({@code page_number}), or null for Meta's default (0)
 * @param count how many templates a page holds, 1 to 500 ({@code count}), or null for Meta's default (500)
 * @param templateIds only these templates of the source, at most 500 ({@code template_ids}); empty for all
 */
public record TemplateMigration(
    String sourceBusinessAccountId,
    @Nullable Integer pageNumber,
    @Nullable Integer count,
    List<String> templateIds) {

  /** Meta's largest page, and the most template ids one call takes. */
  public static final int MAX_COUNT = 500;

  private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{1,30}");

  public TemplateMigration {
    Objects.requireNonNull(sourceBusinessAccountId, "sourceBusinessAccountId");
    if (!NUMERIC_ID.matcher(sourceBusinessAccountId).matches()) {
      throw new IllegalArgumentException("sourceBusinessAccountId: must be a WhatsApp Business Account id (digits),"
          + " was '" + sourceBusinessAccountId + "'");
    }
    if (pageNumber != null && pageNumber < 0) {
      throw new IllegalArgumentException("page_number: must be 0 or more, was " + pageNumber);
    }
    if (count != null && (count < 1 || count > MAX_COUNT)) {
      throw new IllegalArgumentException("count: must be 1 to " + MAX_COUNT + ", was " + count);
    }
    templateIds = List.copyOf(templateIds);
    if (templateIds.size() > MAX_COUNT) {
      throw new IllegalArgumentException("template_ids: at most " + MAX_COUNT + " ids, has " + templateIds.size());
    }
    for (int i = 0; i < templateIds.size(); i++) {
      if (!NUMERIC_ID.matcher(templateIds.get(i)).matches()) {
        throw new IllegalArgumentException("template_ids[" + i + "]: must be a template id (digits), was '"
            + templateIds.get(i) + "'");
      }
      if (templateIds.indexOf(templateIds.get(i)) != i) {
        throw new IllegalArgumentException("template_ids[" + i + "]: '" + templateIds.get(i) + "' is given twice");
      }
    }
  }

  /** Every eligible template of {@code sourceBusinessAccountId}, Meta's first page. */
  public static TemplateMigration from(String sourceBusinessAccountId) {
    return new TemplateMigration(sourceBusinessAccountId, null, null, List.of());
  }

  /** The same migration, of page {@code pageNumber} (from 0). */
  public TemplateMigration page(int pageNumber) {
    return new TemplateMigration(sourceBusinessAccountId, pageNumber, count, templateIds);
  }

  /** The same migration, with pages of {@code count} templates (Meta suggests fewer when a call times out). */
  public TemplateMigration count(int count) {
    return new TemplateMigration(sourceBusinessAccountId, pageNumber, count, templateIds);
  }

  /** The same migration, of these templates only (for example the ones that failed before). */
  public TemplateMigration onlyTemplates(List<String> templateIds) {
    return new TemplateMigration(sourceBusinessAccountId, pageNumber, count, templateIds);
  }
}
