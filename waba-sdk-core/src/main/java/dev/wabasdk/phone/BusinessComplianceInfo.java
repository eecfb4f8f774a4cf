package dev.wabasdk.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The business compliance information of a number (India): the legal entity behind it, its grievance officer and
 * its customer care ({@code /{phone-number-id}/business_compliance_info}). Indian law asks e-commerce businesses to
 * show them; WhatsApp shows them on the business's profile to users whose number is Indian (+91).
 *
 * <pre>{@code
 * whatsApp.phoneNumbers().setBusinessComplianceInfo(BusinessComplianceInfo.builder()
 *     .entityName("Lucky Shrub")
 *     .entityType(EntityType.PARTNERSHIP)
 *     .registered(true)                                   // required for PARTNERSHIP and OTHER
 *     .grievanceOfficer(GrievanceOfficerDetails.of("Chandravati P.", "chandravati@luckyshrub.com")
 *         .withMobileNumber("+913854559033"))
 *     .customerCare(CustomerCareDetails.of("support@luckyshrub.com").withLandlineNumber("+913857614343"))
 *     .build());
 * }</pre>
 *
 * <p>Building does not enforce Meta's rules, so information read back from Meta always fits; {@link #problems()}
 * lists every rule it breaks and {@code setBusinessComplianceInfo} refuses information with problems before the
 * call. Immutable and thread-safe.
 *
 * @param entityName {@code entity_name}: the legal name, at most {@value #MAX_ENTITY_NAME} characters
 * @param entityType {@code entity_type}: the legal form
 * @param entityTypeCustom {@code entity_type_custom}: the legal form in words, with {@link EntityType#OTHER} only
 * @param registered {@code is_registered}: whether the business is registered under the applicable laws; required
 *     with {@link EntityType#PARTNERSHIP} and {@link EntityType#OTHER} (Meta assumes it of the other forms)
 * @param grievanceOfficer {@code grievance_officer_details}
 * @param customerCare {@code customer_care_details}
 */
public record BusinessComplianceInfo(
    @Nullable String entityName,
    @Nullable EntityType entityType,
    @Nullable String entityTypeCustom,
    @Nullable Boolean registered,
    @Nullable GrievanceOfficerDetails grievanceOfficer,
    @Nullable CustomerCareDetails customerCare) {
  /** The longest legal name. */
  public static final int MAX_ENTITY_NAME = 128;
  // International: "+", the country code and the number; spaces and hyphens between digits are allowed.
  private static final Pattern PHONE = Pattern.compile("\\+\\d(?:[ -]?\\d){6,14}");

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every rule of Meta's this information breaks, each naming the field and the value, e.g.
   * {@code "customer_care_details.email: must be an email address, was 'support'"}; empty when it looks valid.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (entityName == null || entityName.isBlank()) {
      problems.add("entity_name: is required (the business's legal name)");
    } else if (entityName.length() > MAX_ENTITY_NAME) {
      problems.add("entity_name: at most " + MAX_ENTITY_NAME + " characters, was " + entityName.length());
    }
    if (entityType == null) {
      problems.add("entity_type: is required, one of " + EntityType.DOCUMENTED);
    } else if (!entityType.isKnown()) {
      problems.add("entity_type: must be one of " + EntityType.DOCUMENTED + ", was '" + entityType + "'");
    } else {
      boolean other = entityType.equals(EntityType.OTHER);
      if (other && (entityTypeCustom == null || entityTypeCustom.isBlank())) {
        problems.add("entity_type_custom: is required with entity_type OTHER (the legal form in words)");
      } else if (!other && entityTypeCustom != null) {
        problems.add("entity_type_custom: only with entity_type OTHER, was given with " + entityType);
      }
      if (entityType.requiresRegistration() && registered == null) {
        problems.add("is_registered: is required with entity_type " + entityType);
      }
    }
    if (grievanceOfficer == null) {
      problems.add("grievance_officer_details: is required (name and email)");
    } else {
      if (grievanceOfficer.name() == null || grievanceOfficer.name().isBlank()) {
        problems.add("grievance_officer_details.name: is required");
      }
      email(problems, "grievance_officer_details", grievanceOfficer.email());
      phone(problems, "grievance_officer_details.landline_number", grievanceOfficer.landlineNumber());
      phone(problems, "grievance_officer_details.mobile_number", grievanceOfficer.mobileNumber());
    }
    if (customerCare == null) {
      problems.add("customer_care_details: is required (email)");
    } else {
      email(problems, "customer_care_details", customerCare.email());
      phone(problems, "customer_care_details.landline_number", customerCare.landlineNumber());
      phone(problems, "customer_care_details.mobile_number", customerCare.mobileNumber());
    }
    return List.copyOf(problems);
  }

  private static void email(List<String> problems, String object, @Nullable String email) {
    if (email == null || email.isBlank()) {
      problems.add(object + ".email: is required");
    } else if (email.length() > BusinessProfileUpdate.MAX_EMAIL_LENGTH) {
      problems.add(object + ".email: at most " + BusinessProfileUpdate.MAX_EMAIL_LENGTH + " characters, was "
          + email.length());
    } else if (!BusinessProfileUpdate.isEmail(email)) {
      problems.add(object + ".email: must be an email address, was '" + email + "'");
    }
  }

  private static void phone(List<String> problems, String field, @Nullable String number) {
    if (number != null && !PHONE.matcher(number).matches()) {
      problems.add(field + ": must be an international number, '+' and the country code, e.g. +913857614343,"
          + " was '" + number + "'");
    }
  }

  /**
   * Throws when {@link #problems()} is not empty.
   *
   * @throws IllegalArgumentException listing every problem
   */
  public BusinessComplianceInfo validate() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("business compliance info: " + String.join("; ", problems));
    }
    return this;
  }

  /** A builder holding this information, to change a field. */
  public Builder toBuilder() {
    return new Builder().entityName(entityName).entityType(entityType).entityTypeCustom(entityTypeCustom)
        .registered(registered).grievanceOfficer(grievanceOfficer).customerCare(customerCare);
  }

  /** Builds {@link BusinessComplianceInfo}; not thread-safe. */
  public static final class Builder {
    private @Nullable String entityName;
    private @Nullable EntityType entityType;
    private @Nullable String entityTypeCustom;
    private @Nullable Boolean registered;
    private @Nullable GrievanceOfficerDetails grievanceOfficer;
    private @Nullable CustomerCareDetails customerCare;

    private Builder() {}

    /** {@code entity_name}: the legal name. */
    public Builder entityName(@Nullable String entityName) {
      this.entityName = entityName;
      return this;
    }

    /** {@code entity_type}: the legal form. */
    public Builder entityType(@Nullable EntityType entityType) {
      this.entityType = entityType;
      return this;
    }

    /** {@code entity_type_custom}: the legal form in words, with {@link EntityType#OTHER}. */
    public Builder entityTypeCustom(@Nullable String entityTypeCustom) {
      this.entityTypeCustom = entityTypeCustom;
      return this;
    }

    /** {@code is_registered}: required with {@link EntityType#PARTNERSHIP} and {@link EntityType#OTHER}. */
    public Builder registered(@Nullable Boolean registered) {
      this.registered = registered;
      return this;
    }

    /** {@code grievance_officer_details}. */
    public Builder grievanceOfficer(@Nullable GrievanceOfficerDetails grievanceOfficer) {
      this.grievanceOfficer = grievanceOfficer;
      return this;
    }

    /** {@code customer_care_details}. */
    public Builder customerCare(@Nullable CustomerCareDetails customerCare) {
      this.customerCare = customerCare;
      return this;
    }

    /** The information; not yet checked against Meta's rules (see {@link BusinessComplianceInfo#problems()}). */
    public BusinessComplianceInfo build() {
      return new BusinessComplianceInfo(entityName, entityType, entityTypeCustom, registered, grievanceOfficer,
          customerCare);
    }
  }
}
