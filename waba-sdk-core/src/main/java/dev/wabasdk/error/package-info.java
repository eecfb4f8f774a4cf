/**
 * The exceptions of waba-sdk: {@link dev.wabasdk.error.WabaException} is the unchecked root; Graph API errors keep
 * Meta's error JSON whole; every exception says whether the request may have taken effect.
 */
@NullMarked
package dev.wabasdk.error;

import org.jspecify.annotations.NullMarked;
