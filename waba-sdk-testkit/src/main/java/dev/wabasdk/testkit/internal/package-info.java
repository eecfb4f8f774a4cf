/** Implementation of the fake; not API. */
@NullMarked
package dev.wabasdk.testkit.internal;

import org.jspecify.annotations.NullMarked;
