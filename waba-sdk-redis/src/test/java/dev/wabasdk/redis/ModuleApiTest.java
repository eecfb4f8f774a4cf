package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.wabasdk.arch.ApiRules;
import org.junit.jupiter.api.Test;

/** This module's API names no {@code internal} type, and its packages form no cycle (core's rules, issue 16). */
class ModuleApiTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.wabasdk.redis");

  @Test
  void noPublicSignatureMentionsAnInternalType() {
    assertThat(CLASSES.contain("dev.wabasdk.redis.RedisConversationStore")).as("the module's classes were imported").isTrue();
    ApiRules.noPublicSignatureMentionsInternal().check(CLASSES);
  }

  @Test
  void packagesHaveNoCycle() {
    ApiRules.noPackageCycles("dev.wabasdk.redis").check(CLASSES);
  }
}
