package org.citegraph.io;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a main class of the test sources in a child JVM with a small heap, so that a test can show that reading stays
 * within a memory bound: a memory bomb read on the test JVM's big heap would pass unnoticed. The child is the same
 * {@code java} as the running JVM ({@code ProcessHandle.current().info().command()}) on the same class path, and ends
 * with exit code 3 on {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}).
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * What the child printed (standard output and error, merged) and its exit code.
   *
   * @param exitCode the exit code: 0 normal, 3 out of memory
   * @param lines the output lines
   */
  public record Result(int exitCode, List<String> lines) {
    /** The output as one string, for assertion messages. */
    public String text() {
      return String.join("\n", lines);
    }
  }

  /** The running JVM's {@code java} executable, else the one under {@code java.home}. */
  public static String javaCommand() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** The test class path: {@code java.class.path} and, when Surefire uses one, {@code jdk.module.path}. */
  public static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {System.getProperty("java.class.path"), System.getProperty("jdk.module.path")}) {
      if (p != null && !p.isBlank()) {
        parts.add(p);
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  /**
   * Runs {@code main} with {@code args} in a child JVM.
   *
   * @param heap the maximum heap option, e.g. {@code -Xmx64m}
   * @param jvmOptions further JVM options (system properties)
   * @param main the main class, on the test class path
   * @param args the program arguments
   * @param timeout how long to wait before the child is killed and the run fails
   * @return the exit code and the output lines
   * @throws IOException if the child cannot be started
   * @throws InterruptedException if interrupted while waiting
   * @throws AssertionError if the child does not end within {@code timeout}
   */
  public static Result run(String heap, List<String> jvmOptions, Class<?> main, List<String> args, Duration timeout)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(javaCommand(), heap, "-XX:+ExitOnOutOfMemoryError"));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", classPath(), main.getName()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out;
    try (Stream<String> lines = p.inputReader(StandardCharsets.UTF_8).lines()) {
      out = lines.collect(Collectors.joining("\n"));
    }
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(main.getSimpleName() + " " + args + " did not end within " + timeout + ":\n" + out);
    }
    return new Result(p.exitValue(), out.lines().toList());
  }
}
