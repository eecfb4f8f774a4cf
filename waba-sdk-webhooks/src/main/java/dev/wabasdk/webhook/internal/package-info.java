/** Implementation details of the webhook module. Not API: may change in any release. */
@NullMarked
package dev.wabasdk.webhook.internal;

import org.jspecify.annotations.NullMarked;
