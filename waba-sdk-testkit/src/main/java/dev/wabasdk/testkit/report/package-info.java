/**
 * Reports for people rather than tests: {@link dev.wabasdk.testkit.report.CostChart} draws core's cost lines as a
 * PNG chart per market and per category (JFreeChart, headless).
 */
@NullMarked
package dev.wabasdk.testkit.report;

import org.jspecify.annotations.NullMarked;
