package dev.wabasdk.phone;

import org.jspecify.annotations.Nullable;

/**
 * The grievance officer of the business behind a number ({@code grievance_officer_details} of its
 * {@link BusinessComplianceInfo}): the person who answers customers' complaints. Meta requires the name and the
 * email; phone numbers are international ({@code +} and the country code). Building checks nothing, so what Meta
 * reads back always fits; {@link BusinessComplianceInfo#problems()} checks it. Immutable and thread-safe.
 *
 * @param name {@code name}
 * @param email {@code email}
 * @param landlineNumber {@code landline_number}, e.g. {@code +913857614343}, or null
 * @param mobileNumber {@code mobile_number}, e.g. {@code +913854559033}, or null
 */
public record GrievanceOfficerDetails(@Nullable String name, @Nullable String email, @Nullable String landlineNumber,
    @Nullable String mobileNumber) {
  /** An officer with a name and an email and no phone numbers. */
  public static GrievanceOfficerDetails of(String name, String email) {
    return new GrievanceOfficerDetails(name, email, null, null);
  }

  /** A copy with {@code landline_number}. */
  public GrievanceOfficerDetails withLandlineNumber(@Nullable String number) {
    return new GrievanceOfficerDetails(name, email, number, mobileNumber);
  }

  /** A copy with {@code mobile_number}. */
  public GrievanceOfficerDetails withMobileNumber(@Nullable String number) {
    return new GrievanceOfficerDetails(name, email, landlineNumber, number);
  }
}
