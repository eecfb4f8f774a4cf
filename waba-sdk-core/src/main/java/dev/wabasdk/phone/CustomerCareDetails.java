package dev.wabasdk.phone;

import org.jspecify.annotations.Nullable;

/**
 * How customers reach the customer care of the business behind a number ({@code customer_care_details} of its
 * {@link BusinessComplianceInfo}), e.g. for returns and refunds. Meta requires the email; phone numbers are
 * international ({@code +} and the country code). Building checks nothing, so what Meta reads back always fits;
 * {@link BusinessComplianceInfo#problems()} checks it. Immutable and thread-safe.
 *
 * @param email {@code email}
 * @param landlineNumber {@code landline_number}, e.g. {@code +913857614343}, or null
 * @param mobileNumber {@code mobile_number}, e.g. {@code +913854559033}, or null
 */
public record CustomerCareDetails(@Nullable String email, @Nullable String landlineNumber,
    @Nullable String mobileNumber) {
  /** Customer care with an email and no phone numbers. */
  public static CustomerCareDetails of(String email) {
    return new CustomerCareDetails(email, null, null);
  }

  /** A copy with {@code landline_number}. */
  public CustomerCareDetails withLandlineNumber(@Nullable String number) {
    return new CustomerCareDetails(email, number, mobileNumber);
  }

  /** A copy with {@code mobile_number}. */
  public CustomerCareDetails withMobileNumber(@Nullable String number) {
    return new CustomerCareDetails(email, landlineNumber, number);
  }
}
