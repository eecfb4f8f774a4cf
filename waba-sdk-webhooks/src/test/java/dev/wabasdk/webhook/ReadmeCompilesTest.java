package dev.wabasdk.webhook;

import dev.wabasdk.docs.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java snippet of this module's README and of the root README shows its imports and compiles. */
class ReadmeCompilesTest {
  @Test
  void webhooksReadme() {
    ReadmeSnippets.assertCompile(Path.of("README.md"));
  }

  /** The root README's "Send and receive" needs only core and webhooks, as it says. */
  @Test
  void rootReadme() {
    ReadmeSnippets.assertCompile(Path.of("../README.md"));
  }
}
