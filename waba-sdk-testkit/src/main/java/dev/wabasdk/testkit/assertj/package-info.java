/** AssertJ assertions on what the app sent to the fake: {@code WabaAssertions.assertThat(fake)}. */
@NullMarked
package dev.wabasdk.testkit.assertj;

import org.jspecify.annotations.NullMarked;
