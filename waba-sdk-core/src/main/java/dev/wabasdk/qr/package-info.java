/**
 * QR codes and short links that open a chat with the business phone number with a prefilled message
 * ({@code /{phone-number-id}/message_qrdls}): create, list, get, update and delete.
 */
@NullMarked
package dev.wabasdk.qr;

import org.jspecify.annotations.NullMarked;
