/** Messages the business sends: one immutable record per kind, checked against Meta's limits when built. */
@NullMarked
package dev.wabasdk.message;

import org.jspecify.annotations.NullMarked;
