/** Implementation details of the Spring Boot integration; not API. */
@NullMarked
package dev.wabasdk.spring.internal;

import org.jspecify.annotations.NullMarked;
