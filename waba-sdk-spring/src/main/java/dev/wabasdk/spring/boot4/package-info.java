/** The health indicator for Spring Boot 4 (org.springframework.boot.health). */
@NullMarked
package dev.wabasdk.spring.boot4;

import org.jspecify.annotations.NullMarked;
