/** Wire encoding of messages. Not API: may change in any release. */
@NullMarked
package dev.wabasdk.message.internal;

import org.jspecify.annotations.NullMarked;
