/**
 * Business phone numbers and their WhatsApp business profile: quality rating, messaging limit, throughput, name and
 * verification status; reading and updating the profile. Obtain {@link dev.wabasdk.phone.PhoneNumbersApi} and
 * {@link dev.wabasdk.phone.BusinessProfileApi} from {@code WhatsApp.phoneNumbers()} and
 * {@code WhatsApp.businessProfile()}.
 */
@NullMarked
package dev.wabasdk.phone;

import org.jspecify.annotations.NullMarked;
