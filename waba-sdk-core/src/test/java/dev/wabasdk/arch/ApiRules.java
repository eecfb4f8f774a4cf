package dev.wabasdk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ArchUnit rules every waba-sdk module runs on its own classes (this class ships in core's test-jar):
 * {@code ApiRules.noPublicSignatureMentionsInternal().check(classes)} and
 * {@code ApiRules.noPackageCycles("dev.wabasdk").check(classes)}. Stateless and thread-safe.
 */
public final class ApiRules {
  private ApiRules() {}

  /**
   * No public or protected signature of a class outside an {@code internal} package (supertypes, fields, method
   * parameters, returns and exceptions, constructor parameters, with their type arguments) names an
   * {@code internal} type: what users can see is API, and internals may change in any release.
   */
  public static ArchRule noPublicSignatureMentionsInternal() {
    return classes()
        .that(areApi())
        .should(new ArchCondition<>("not mention an internal type in a public or protected signature") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            for (String violation : internalTypesInSignatures(type)) {
              events.add(SimpleConditionEvent.violated(type, violation));
            }
          }
        });
  }

  /**
   * No cycle between the packages under {@code basePackage}, each {@code internal} package counted with its parent
   * ({@code a.b.internal} is part of {@code a.b}): the packages then form layers a reader can see.
   */
  public static SliceRule noPackageCycles(String basePackage) {
    return slices().assignedFrom(packagesWithTheirInternals(basePackage)).should().beFreeOfCycles();
  }

  /** Whether the package is internal: one of its segments is {@code internal}. */
  public static boolean isInternal(String packageName) {
    return List.of(packageName.split("\\.")).contains("internal");
  }

  /** The package an internal package belongs to: {@code a.b.internal.c} is part of {@code a.b}. */
  public static String withoutInternal(String packageName) {
    int at = ("." + packageName + ".").indexOf(".internal.");
    return at < 0 ? packageName : packageName.substring(0, Math.max(0, at - 1));
  }

  private static SliceAssignment packagesWithTheirInternals(String basePackage) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.equals(basePackage) && !name.startsWith(basePackage + ".")) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(withoutInternal(name));
      }

      @Override
      public String getDescription() {
        return "packages under " + basePackage + ", each internal package counted with its parent";
      }
    };
  }

  private static DescribedPredicate<JavaClass> areApi() {
    return DescribedPredicate.describe("are visible outside their module", type ->
        !isInternal(type.getPackageName()) && visible(type));
  }

  private static boolean visible(JavaClass type) {
    for (Optional<JavaClass> c = Optional.of(type); c.isPresent(); c = c.get().getEnclosingClass()) {
      Set<JavaModifier> modifiers = c.get().getModifiers();
      if (!modifiers.contains(JavaModifier.PUBLIC) && !(c.get() != type && modifiers.contains(JavaModifier.PROTECTED))) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isLocalClass();
  }

  private static List<String> internalTypesInSignatures(JavaClass type) {
    List<String> found = new ArrayList<>();
    if (type.getSuperclass().isPresent()) {
      check(found, type.getName() + " extends", type.getSuperclass().get());
    }
    for (JavaType i : type.getInterfaces()) {
      check(found, type.getName() + " implements", i);
    }
    for (JavaField f : type.getFields()) {
      if (exposed(f)) {
        check(found, "field " + f.getFullName(), f.getType());
      }
    }
    for (JavaCodeUnit unit : type.getCodeUnits()) {
      if (!exposed(unit) || unit.getModifiers().contains(JavaModifier.SYNTHETIC)
          || unit.getModifiers().contains(JavaModifier.BRIDGE)) {
        continue;
      }
      check(found, unit.getFullName() + " returns", unit.getReturnType());
      for (JavaType p : unit.getParameterTypes()) {
        check(found, unit.getFullName() + " takes", p);
      }
      for (JavaClass t : unit.getThrowsClause().getTypes()) {
        check(found, unit.getFullName() + " throws", t);
      }
    }
    return found;
  }

  private static boolean exposed(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static void check(List<String> found, String where, JavaType type) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (isInternal(raw.getPackageName())) {
        found.add(where + " " + raw.getName() + " (an internal type)");
      }
    }
  }
}
