/** Implementation of the cost estimator; not API. */
@NullMarked
package dev.wabasdk.cost.internal;

import org.jspecify.annotations.NullMarked;
