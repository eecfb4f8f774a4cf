/** The standalone runner: {@code java -jar waba-sdk-testkit-<version>-standalone.jar --port 8089 ...}. */
@NullMarked
package dev.wabasdk.testkit.standalone;

import org.jspecify.annotations.NullMarked;
