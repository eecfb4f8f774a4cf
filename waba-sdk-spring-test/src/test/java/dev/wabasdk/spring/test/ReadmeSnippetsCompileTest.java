package dev.wabasdk.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of waba-sdk-spring's README is a whole source file, imports included, and compiles against
 * what an application has on its (test) classpath with the starter and this artifact.
 */
class ReadmeSnippetsCompileTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE_NAME = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)");

  @Test
  void everySnippetShowsItsImportsAndCompiles(@TempDir Path classes) throws IOException {
    String readme = Files.readString(Path.of("../waba-sdk-spring/README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      Matcher type = TYPE_NAME.matcher(code);
      assertThat(type.find()).as("a snippet declaring a class:%n%s", code).isTrue();
      assertThat(code).as("the imports of %s", type.group(1)).contains("import ");
      // Each snippet in its own package, so two snippets may declare the same class name.
      String pkg = "readme.snippet" + sources.size();
      URI uri = URI.create("string:///" + pkg.replace('.', '/') + "/" + type.group(1) + ".java");
      sources.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return "package " + pkg + ";\n" + code;
        }
      });
    }
    assertThat(sources).as("java snippets in the README").hasSizeGreaterThanOrEqualTo(2);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled = compiler.getTask(errors, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none"),
        null, sources).call();
    assertThat(compiled).as("compiler output:%n%s", errors).isTrue();
  }
}
