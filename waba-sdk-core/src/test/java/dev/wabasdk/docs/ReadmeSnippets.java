package dev.wabasdk.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles every {@code ```java} snippet of a README against the calling module's test classpath, so that the
 * snippets show their imports and keep compiling when the API changes (this class ships in core's test-jar; each
 * module compiles its own README: {@code ReadmeSnippets.assertCompile(Path.of("README.md"))}).
 *
 * <p>A snippet is either a whole source file (it declares a top-level class, record, interface or enum: compiled as
 * it is) or a fragment: its leading {@code import} lines are its imports and the rest is the body of a method. What a
 * fragment uses from the text around it (the client built above, a message...) is declared in an HTML comment, which
 * Markdown does not render, on the line before the fence, with fully qualified types so that the snippet's own
 * imports must cover every type the reader sees:
 *
 * <pre>
 * &lt;!-- given: dev.wabasdk.WhatsApp whatsApp; java.util.List&lt;String&gt; ids --&gt;
 * </pre>
 *
 * <p>Each snippet gets a package of its own, so two snippets may declare the same names. Compiler errors name the
 * README line. Stateless and thread-safe.
 */
public final class ReadmeSnippets {
  private static final Pattern FENCE = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern GIVEN = Pattern.compile("<!--\\s*given:(.*?)-->\\s*$", Pattern.DOTALL);
  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile("(?m)^(?:@\\w+\\s+)*(public\\s+)?(?:(?:final|abstract|sealed|non-sealed)\\s+)*"
          + "(?:class|record|interface|enum)\\s+(\\w+)");

  private static final Pattern JAVA_LANG_OR_PRIMITIVE = Pattern.compile(
      "(?:byte|short|int|long|float|double|boolean|char|String|Integer|Long|Boolean|Object)(?:\\[\\])*");

  private ReadmeSnippets() {}

  /** One {@code ```java} block of a README. */
  public record Snippet(Path readme, int firstLine, String code, List<String> given) {
    /** Whether the snippet is a whole source file rather than a fragment. */
    public boolean isSourceFile() {
      return TOP_LEVEL_TYPE.matcher(code).find();
    }
  }

  /** The {@code ```java} blocks of {@code readme}, in order. */
  public static List<Snippet> parse(Path readme) {
    String text;
    try {
      text = Files.readString(readme, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Snippet> snippets = new ArrayList<>();
    Matcher block = FENCE.matcher(text);
    while (block.find()) {
      String before = text.substring(0, block.start());
      int fenceLine = lineOf(text, block.start());
      // The comment on the line right before the fence, if any.
      String previous = before.endsWith("\n") ? before.substring(0, before.length() - 1) : before;
      String lastLine = previous.substring(previous.lastIndexOf('\n') + 1);
      List<String> given = new ArrayList<>();
      Matcher g = GIVEN.matcher(lastLine);
      if (g.find()) {
        for (String declaration : g.group(1).split(";")) {
          if (!declaration.isBlank()) {
            given.add(checkQualified(declaration.strip(), readme, fenceLine));
          }
        }
      }
      snippets.add(new Snippet(readme, fenceLine + 1, block.group(1), List.copyOf(given)));
    }
    return List.copyOf(snippets);
  }

  /**
   * Compiles every snippet of {@code readme} and fails, listing the compiler's errors by README line, unless they all
   * compile; also fails when the README has no Java snippet at all (a wrong path).
   */
  public static void assertCompile(Path readme) {
    List<Snippet> snippets = parse(readme);
    if (snippets.isEmpty()) {
      throw new AssertionError("no ```java snippet in " + readme.toAbsolutePath().normalize());
    }
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      sources.add(new Source(snippets.get(i), "readme.snippet" + i));
    }
    Path classes;
    try {
      classes = Files.createTempDirectory("readme-snippets");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled = compiler.getTask(null, null, diagnostics,
        List.of("-classpath", classpath(), "-d", classes.toString(), "-proc:none", "-encoding", "UTF-8"),
        null, sources).call();
    if (!compiled) {
      StringBuilder errors = new StringBuilder("README snippets of " + readme + " do not compile:");
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() instanceof Source source) {
          errors.append(System.lineSeparator()).append(readme).append(':')
              .append(source.readmeLine(d.getLineNumber())).append(": ").append(d.getMessage(Locale.ROOT));
        } else if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.append(System.lineSeparator()).append(d.getMessage(Locale.ROOT));
        }
      }
      throw new AssertionError(errors.toString());
    }
  }

  /** A given type must not lean on the snippet's imports: those must cover what the reader sees, and only that. */
  private static String checkQualified(String declaration, Path readme, int line) {
    String type = declaration.substring(0, Math.max(0, declaration.lastIndexOf(' '))).strip();
    if (!type.contains(".") && !JAVA_LANG_OR_PRIMITIVE.matcher(type).matches()) {
      throw new AssertionError(readme + ":" + line + ": the given '" + declaration
          + "' needs a fully qualified type");
    }
    return declaration;
  }

  private static String classpath() {
    // Surefire may hand the JVM a manifest-only jar; it also passes the real test classpath in this property.
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** A snippet as a source file whose lines keep the snippet's lines, one generated line before them. */
  private static final class Source extends SimpleJavaFileObject {
    private final Snippet snippet;
    private final String content;

    Source(Snippet snippet, String pkg) {
      super(URI.create("string:///" + pkg.replace('.', '/') + "/" + typeName(snippet) + ".java"), Kind.SOURCE);
      this.snippet = snippet;
      this.content = "package " + pkg + ";" + (snippet.isSourceFile() ? "\n" + snippet.code() : wrap(snippet));
    }

    private static String typeName(Snippet snippet) {
      Matcher type = TOP_LEVEL_TYPE.matcher(snippet.code());
      return type.find() ? type.group(2) : "Snippet";
    }

    /** Imports stay first; the method header goes on the last import line, so that line numbers are kept. */
    private static String wrap(Snippet snippet) {
      String[] lines = snippet.code().split("\n", -1);
      int body = 0;
      while (body < lines.length && (lines[body].isBlank() || lines[body].startsWith("import "))) {
        body++;
      }
      String header = " final class Snippet { void run(" + String.join(", ", snippet.given())
          + ") throws Exception {";
      StringBuilder out = new StringBuilder(body == 0 ? header : "");
      for (int i = 0; i < lines.length; i++) {
        out.append('\n').append(lines[i]);
        if (i == body - 1) {
          out.append(header);
        }
      }
      return out.append("\n}}\n").toString();
    }

    int readmeLine(long generatedLine) {
      return (int) (snippet.firstLine() + generatedLine - 2);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}
