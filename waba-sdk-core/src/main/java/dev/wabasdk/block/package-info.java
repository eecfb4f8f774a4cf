/**
 * The Block Users API: block and unblock WhatsApp users on a business phone number and list the blocked ones
 * ({@code POST/DELETE/GET /{phone-number-id}/block_users}). A blocked user cannot reach the business or see that it
 * is online, and the business cannot message them.
 */
@NullMarked
package dev.wabasdk.block;

import org.jspecify.annotations.NullMarked;
