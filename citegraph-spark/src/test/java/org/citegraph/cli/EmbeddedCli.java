package org.citegraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the embedded command line in this JVM and returns what it prints, for comparisons with the Spark path. */
public final class EmbeddedCli {
  private EmbeddedCli() {}

  /**
   * Runs one command.
   *
   * @param args the command line
   * @return standard output
   * @throws IllegalStateException if the command exits with a code other than 0, with its error output
   */
  public static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    if (code != 0) {
      throw new IllegalStateException("exit " + code + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
