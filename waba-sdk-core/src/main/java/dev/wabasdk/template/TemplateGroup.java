package dev.wabasdk.template;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template group as Meta answers {@code GET /{template-group-id}} (and, without its templates, each item of
 * {@code GET /{waba-id}/template_groups}). Immutable and thread-safe.
 *
 * @param id the template group id
 * @param name {@code name}
 * @param description {@code description}, or null
 * @param creationTime {@code creation_time}, or null when not answered
 * @param updateTime {@code update_time}, or null when not answered
 * @param templates the first page of {@code whatsapp_business_templates}: each template's id and, when answered,
 *     name; empty in a list
 */
public record TemplateGroup(String id, @Nullable String name, @Nullable String description,
    @Nullable Instant creationTime, @Nullable Instant updateTime, List<Member> templates) {
  public TemplateGroup {
    Objects.requireNonNull(id, "id");
    templates = List.copyOf(templates);
  }

  /** The ids of the group's templates, in Meta's order. */
  public List<String> templateIds() {
    return templates.stream().map(Member::id).toList();
  }

  /**
   * One template of a group.
   *
   * @param id the template id
   * @param name the template name, or null when not answered
   */
  public record Member(String id, @Nullable String name) {
    public Member {
      Objects.requireNonNull(id, "id");
    }
  }
}
