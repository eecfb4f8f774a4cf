/** The health indicator for Spring Boot 3 (org.springframework.boot.actuate.health). */
@NullMarked
package dev.wabasdk.spring.boot3;

import org.jspecify.annotations.NullMarked;
