package dev.wabasdk.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Maven Central checks before it accepts a release, on the POMs and jars this build just made: each published
 * POM (as deployed: this project does not flatten, so a module's POM plus its published parent's) has a name,
 * description, url, licence, developer and scm; each jar has sources and Javadoc jars next to it and an
 * Automatic-Module-Name. Runs in every {@code ./mvnw verify}, so CI fails before a release would.
 */
class PublishedArtifactsTest {
  private static final Path ROOT = Path.of(Objects.requireNonNull(System.getProperty("waba.root"), "waba.root"));
  private static final String VERSION = Objects.requireNonNull(System.getProperty("waba.version"), "waba.version");

  /** Every published jar module: directory, artifactId and its Automatic-Module-Name. */
  static Stream<String[]> jarModules() {
    return Stream.of(
        new String[] {"waba-sdk-core", "dev.wabasdk.core"},
        new String[] {"waba-sdk-webhooks", "dev.wabasdk.webhooks"},
        new String[] {"waba-sdk-testkit", "dev.wabasdk.testkit"},
        new String[] {"waba-sdk-redis", "dev.wabasdk.redis"},
        new String[] {"waba-sdk-spring", "dev.wabasdk.spring"},
        new String[] {"waba-sdk-spring-test", "dev.wabasdk.spring.test"},
        new String[] {"waba-sdk-spring-boot-starter", "dev.wabasdk.spring.starter"});
  }

  static Stream<String> publishedPoms() {
    return Stream.concat(Stream.of("waba-sdk-bom"), jarModules().map(module -> module[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jarModules")
  void everyJarHasSourcesJavadocAndAnAutomaticModuleName(String module, String moduleName) throws IOException {
    Path target = ROOT.resolve(module).resolve("target");
    Path jar = target.resolve(module + "-" + VERSION + ".jar");
    assertThat(jar).isRegularFile();
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
    }
    for (String classifier : List.of("sources", "javadoc")) {
      Path attached = target.resolve(module + "-" + VERSION + "-" + classifier + ".jar");
      assertThat(attached).as(classifier + " jar of " + module).isRegularFile();
      try (JarFile file = new JarFile(attached.toFile())) {
        assertThat(file.stream().filter(entry -> !entry.isDirectory() && !entry.getName().startsWith("META-INF/")))
            .as("content of " + attached.getFileName()).isNotEmpty();
      }
    }
    if (!module.equals("waba-sdk-spring-boot-starter")) {
      try (JarFile file = new JarFile(target.resolve(module + "-" + VERSION + "-javadoc.jar").toFile())) {
        assertThat(file.getEntry("index.html")).as("Javadoc of " + module).isNotNull();
        // The internal packages are not API and are left out of the Javadoc.
        assertThat(file.stream().map(entry -> entry.getName()).filter(name -> name.contains("/internal/")))
            .isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedPoms")
  void everyPublishedPomHasWhatCentralRequires(String module) {
    Element pom = read(ROOT.resolve(module).resolve("pom.xml"));
    assertThat(text(pom, "artifactId")).isEqualTo(module);
    assertThat(text(pom, "name")).as("name").isNotBlank();
    assertThat(text(pom, "description")).as("own description").isNotBlank();

    Element parent = child(pom, "parent");
    // The metadata a module does not declare comes from its parent, which must be published too (Central resolves
    // it): the parent is the root waba-sdk-parent, never the unpublished samples or benchmarks aggregators.
    Element root = read(ROOT.resolve("pom.xml"));
    if (parent != null) {
      assertThat(text(parent, "artifactId")).isEqualTo("waba-sdk-parent");
      assertThat(text(parent, "relativePath")).isNull();
    } else {
      assertThat(module).as("only the BOM has no parent").isEqualTo("waba-sdk-bom");
    }
    Element effective = parent == null ? pom : root;
    Element own = pom;
    assertThat(text(own, "url") != null ? text(own, "url") : text(effective, "url"))
        .isEqualTo("https://github.com/wabasdk/waba-sdk");
    Element licenses = child(own, "licenses") != null ? child(own, "licenses") : child(effective, "licenses");
    assertThat(licenses).isNotNull();
    Element license = child(licenses, "license");
    assertThat(text(license, "name")).isEqualTo("Apache License, Version 2.0");
    assertThat(text(license, "url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
    Element developers = child(own, "developers") != null ? child(own, "developers") : child(effective, "developers");
    assertThat(developers).isNotNull();
    assertThat(text(child(developers, "developer"), "name")).isNotBlank();
    Element scm = child(own, "scm") != null ? child(own, "scm") : child(effective, "scm");
    assertThat(scm).isNotNull();
    assertThat(text(scm, "connection")).isEqualTo("scm:git:https://github.com/wabasdk/waba-sdk.git");
    assertThat(text(scm, "developerConnection")).startsWith("scm:git:");
    assertThat(text(scm, "url")).isEqualTo("https://github.com/wabasdk/waba-sdk");
  }

  @Test
  void theParentIsPublishedAndKeepsItsUrlsForEveryModule() {
    Element root = read(ROOT.resolve("pom.xml"));
    // Without these, Maven appends each module's artifactId to the inherited URLs, which point nowhere.
    assertThat(root.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    Element scm = child(root, "scm");
    assertThat(scm.getAttribute("child.scm.url.inherit.append.path")).isEqualTo("false");
    assertThat(scm.getAttribute("child.scm.connection.inherit.append.path")).isEqualTo("false");
    assertThat(scm.getAttribute("child.scm.developerConnection.inherit.append.path")).isEqualTo("false");
    Element properties = child(root, "properties");
    assertThat(text(properties, "maven.deploy.skip")).as("the parent is deployed").isEqualTo("false");
    assertThat(text(root, "description")).isNotBlank();
    assertThat(ROOT.resolve("LICENSE")).content().contains("Apache License").contains("Version 2.0");
  }

  @Test
  void theBomListsEveryPublishedModule() {
    Element bom = read(ROOT.resolve("waba-sdk-bom/pom.xml"));
    List<String> managed = new ArrayList<>();
    for (Node n = child(child(bom, "dependencyManagement"), "dependencies").getFirstChild(); n != null;
        n = n.getNextSibling()) {
      if (n instanceof Element dependency) {
        managed.add(text(dependency, "artifactId"));
      }
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(jarModules().map(module -> module[0]).toList());
  }

  @Test
  void unpublishedModulesAreSkippedByDeployAndCentralPublishing() throws IOException {
    for (String module : List.of("samples", "benchmarks", "fault-tests", "release-check")) {
      Element properties = child(read(ROOT.resolve(module).resolve("pom.xml")), "properties");
      assertThat(text(properties, "maven.deploy.skip")).as(module).isEqualTo("true");
    }
    // The release profile's Central plugin honours the same property.
    assertThat(Files.readString(ROOT.resolve("pom.xml")))
        .contains("<artifactId>central-publishing-maven-plugin</artifactId>")
        .contains("<skipPublishing>${maven.deploy.skip}</skipPublishing>");
  }

  private static Element read(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(Files.newInputStream(pom));
      return document.getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("cannot read " + pom, e);
    }
  }

  /** The direct child element with this name, or null. */
  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().strip();
  }
}
