package dev.wabasdk.testkit;

import dev.wabasdk.docs.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java snippet of the testkit's README shows its imports and compiles. */
class ReadmeCompilesTest {
  @Test
  void testkitReadme() {
    ReadmeSnippets.assertCompile(Path.of("README.md"));
  }
}
