package org.citegraph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output files, handled the same way by every command: {@code -} is standard output; a missing parent folder is
 * created; a parent that is a file, or an output that is a folder, is a usage error naming it.
 */
final class Outputs {
  private Outputs() {}

  /** Whether the name means standard output. */
  static boolean isStdout(String name) {
    return name.equals("-");
  }

  /**
   * Checks an output path and creates its missing parent folders.
   *
   * @param name the path as given
   * @return the path
   */
  static Path prepare(String name) {
    Path file = Path.of(name);
    if (Files.isDirectory(file)) {
      throw new UsageException(name + " is a folder; give a file name to write");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      if (Files.exists(parent)) {
        throw new UsageException("cannot write " + name + ": " + parent + " is a file, not a folder");
      }
      try {
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new InputException("cannot create the folder " + parent + " for " + name + ": " + e.getMessage(), e);
      }
    }
    return file;
  }

  /**
   * Writes text to a file or to standard output.
   *
   * @param ctx the run's streams
   * @param name a path or {@code -}
   * @param text what to write
   */
  static void write(Context ctx, String name, String text) {
    if (isStdout(name)) {
      ctx.out().print(text);
      ctx.out().flush();
      return;
    }
    Path file = prepare(name);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + ": " + e.getMessage(), e);
    }
  }

  /** A writer on standard output that leaves it open. */
  static Writer stdoutWriter(Context ctx) {
    return new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
