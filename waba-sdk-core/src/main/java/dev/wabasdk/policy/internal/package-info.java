/** Implementation details of the policy engine; not API, may change in any release. */
@NullMarked
package dev.wabasdk.policy.internal;

import org.jspecify.annotations.NullMarked;
