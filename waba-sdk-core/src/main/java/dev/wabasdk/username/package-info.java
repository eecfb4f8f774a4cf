/**
 * Business usernames ({@code /{phone-number-id}/username}): read, claim or change, and delete the username of a
 * business phone number, and read the usernames Meta reserved for it. Users can find the business by its username;
 * the business phone number stays visible.
 */
@NullMarked
package dev.wabasdk.username;

import org.jspecify.annotations.NullMarked;
