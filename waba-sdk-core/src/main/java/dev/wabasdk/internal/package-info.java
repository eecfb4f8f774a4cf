/** Implementation details of the client; not API, may change in any release. */
@NullMarked
package dev.wabasdk.internal;

import org.jspecify.annotations.NullMarked;
