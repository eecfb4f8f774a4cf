package dev.wabasdk.redis;

import dev.wabasdk.docs.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every Java snippet of the Redis module's README shows its imports and compiles. */
class ReadmeCompilesTest {
  @Test
  void redisReadme() {
    ReadmeSnippets.assertCompile(Path.of("README.md"));
  }
}
