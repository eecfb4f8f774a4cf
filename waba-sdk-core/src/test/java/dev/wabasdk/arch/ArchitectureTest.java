package dev.wabasdk.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.arch.fixture.Leaky;
import dev.wabasdk.arch.fixture.internal.Hidden;
import dev.wabasdk.arch.fixture.other.Other;
import org.junit.jupiter.api.Test;

/** Core's package graph: no cycle, the layers design.md describes, and nothing public naming an internal type. */
class ArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.wabasdk");

  @Test
  void coreWasImported() {
    // Guards the rules below against passing on an empty import.
    assertThat(CORE.containPackage("dev.wabasdk.message")).isTrue();
    assertThat(CORE.contain("dev.wabasdk.WhatsApp")).isTrue();
  }

  /**
   * {@link WhatsAppUser} sits in the root package but is a value every layer names (a user as Meta identifies them:
   * phone number, BSUID, parent BSUID, username): the groups API returns it like the webhooks do. It depends on
   * {@code message.Recipient} only, so it counts as a resource, not as the client.
   */
  private static final DescribedPredicate<JavaClass> USER = type(WhatsAppUser.class);

  @Test
  void corePackagesHaveNoCycle() {
    ApiRules.noPackageCycles("dev.wabasdk").ignoreDependency(DescribedPredicate.alwaysTrue(), USER).check(CORE);
  }

  @Test
  void corePackagesFormLayers() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture()
        .layer("Shared types").definedBy("dev.wabasdk.paging..")
        .layer("Resources").definedBy(resideInAnyPackage("dev.wabasdk.message..", "dev.wabasdk.media..",
            "dev.wabasdk.template..", "dev.wabasdk.phone..", "dev.wabasdk.error..", "dev.wabasdk.flow..",
            "dev.wabasdk.commerce..", "dev.wabasdk.calling..", "dev.wabasdk.group..", "dev.wabasdk.analytics..",
            "dev.wabasdk.account..", "dev.wabasdk.block..", "dev.wabasdk.qr..", "dev.wabasdk.conversational..",
            "dev.wabasdk.username..", "dev.wabasdk.upload..", "dev.wabasdk.payment..", "dev.wabasdk.routing..",
            "dev.wabasdk.health..").or(USER))
        .layer("Client").definedBy(resideInAnyPackage("dev.wabasdk", "dev.wabasdk.internal..").and(not(USER)))
        .layer("Above the client").definedBy("dev.wabasdk.policy..", "dev.wabasdk.cost..", "dev.wabasdk.campaign..")
        .whereLayer("Above the client").mayNotBeAccessedByAnyLayer()
        .whereLayer("Client").mayOnlyBeAccessedByLayers("Above the client")
        .whereLayer("Resources").mayOnlyBeAccessedByLayers("Client", "Above the client")
        .whereLayer("Shared types").mayOnlyBeAccessedByLayers("Resources", "Client", "Above the client")
        .check(CORE);
  }

  @Test
  void noPublicSignatureMentionsAnInternalType() {
    ApiRules.noPublicSignatureMentionsInternal().check(CORE);
  }

  @Test
  void theRulesFailOnALeakAndOnACycle() {
    JavaClasses fixture = new ClassFileImporter().importClasses(Leaky.class, Hidden.class, Other.class);
    assertThatThrownBy(() -> ApiRules.noPublicSignatureMentionsInternal().check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Leaky.hidden() returns dev.wabasdk.arch.fixture.internal.Hidden");
    // other -> fixture.internal (counted as fixture) -> other: a cycle only because internal counts with its parent.
    assertThatThrownBy(() -> ApiRules.noPackageCycles("dev.wabasdk.arch.fixture").check(fixture))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dev.wabasdk.arch.fixture.other");
  }

  @Test
  void internalPackagesBelongToTheirParent() {
    assertThat(ApiRules.withoutInternal("dev.wabasdk.internal")).isEqualTo("dev.wabasdk");
    assertThat(ApiRules.withoutInternal("dev.wabasdk.message.internal")).isEqualTo("dev.wabasdk.message");
    assertThat(ApiRules.withoutInternal("dev.wabasdk.cost.internal.csv")).isEqualTo("dev.wabasdk.cost");
    assertThat(ApiRules.withoutInternal("dev.wabasdk.message")).isEqualTo("dev.wabasdk.message");
    assertThat(ApiRules.isInternal("dev.wabasdk.internal")).isTrue();
    assertThat(ApiRules.isInternal("dev.wabasdk.internalities")).isFalse();
  }
}
