package dev.wabasdk.docs;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java snippet of core's README shows its imports and compiles against core alone. */
class ReadmeCompilesTest {
  @Test
  void coreReadme() {
    ReadmeSnippets.assertCompile(Path.of("README.md"));
  }
}
