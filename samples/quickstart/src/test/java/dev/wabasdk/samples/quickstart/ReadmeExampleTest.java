package dev.wabasdk.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's code must compile: its "Send and receive" block is {@link ReadmeExample}, imports and lines. */
class ReadmeExampleTest {

  @Test
  void theReadmesSendAndReceiveBlockIsTheCompiledExample() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("../../README.md"), StandardCharsets.UTF_8);
    int heading = readme.indexOf("## Send and receive");
    assertThat(heading).as("README heading '## Send and receive'").isNotNegative();
    int start = readme.subList(heading, readme.size()).indexOf("```java") + heading + 1;
    int end = readme.subList(start, readme.size()).indexOf("```") + start;
    List<String> block = readme.subList(start, end);

    List<String> source = Files.readAllLines(
        Path.of("src/test/java/dev/wabasdk/samples/quickstart/ReadmeExample.java"), StandardCharsets.UTF_8);
    int from = source.indexOf("    // README: send-and-receive") + 1;
    int to = source.indexOf("    // README: end");
    List<String> example = source.subList(from, to).stream().map(line -> line.replaceFirst("^    ", "")).toList();
    // The README shows the example's imports first, then a blank line (webhooks' ReadmeCompilesTest compiles it).
    List<String> imports = source.stream().filter(line -> line.startsWith("import ")).toList();
    List<String> expected = new ArrayList<>(imports);
    expected.add("");
    expected.addAll(example);

    assertThat(block.subList(Math.min(imports.size() + 1, block.size()), block.size()))
        .isNotEmpty().hasSizeLessThanOrEqualTo(20);
    assertThat(block).containsExactlyElementsOf(expected);
  }
}
