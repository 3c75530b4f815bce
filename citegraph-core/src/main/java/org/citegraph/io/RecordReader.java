package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads one input format, streaming: records go to a {@link RecordSink} as they are read, never all held at once.
 * Implementations are stateless and thread-safe.
 *
 * <p>The built-in readers are found through {@link java.util.ServiceLoader}: the library's module declares {@code
 * provides org.citegraph.io.RecordReader with ...} (and lists them in {@code META-INF/services} for class-path use),
 * and {@link Inputs#readers()} returns them. A reader for a format of your own is either passed to {@code
 * CiteGraph.Builder.add(Path, RecordReader)} or provided the same way from your own jar, after which format detection
 * also tries it (after the built-in readers). {@link AbstractRecordReader} holds the boilerplate; {@code
 * docs/formats.md} has a worked example.
 */
public interface RecordReader {
  /**
   * A short name of the format, e.g. {@code profile-page}.
   *
   * @return the format name, lower case, unique among the readers
   */
  String formatName();

  /**
   * Whether the start of a file looks like this format. Used to detect the format when the user does not name it.
   *
   * @param head the first few kilobytes of the file, decoded as UTF-8, byte-order mark removed
   * @return true if this reader should read the file
   */
  boolean looksLike(String head);

  /**
   * Reads every record of one source.
   *
   * @param in the text, positioned at the start (a UTF-8 byte-order mark, if any, already removed)
   * @param sourceName the name used in provenance and messages, e.g. the file name
   * @param sink receives records, issues and profile headers
   * @throws IOException if reading fails
   * @throws MalformedRecordException if the sink is strict and a problem is found
   */
  void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException;

  /**
   * Reads every record of one file, given as its bytes with compression already removed. The default decodes the
   * bytes as UTF-8 (byte-order mark removed, lines limited as {@link RecordSink#limits()} says) and calls {@link
   * #read(BufferedReader, String, RecordSink)} with {@code file.toString()} as the source name. A reader overrides it
   * to parse bytes directly or to pick up a companion file beside {@code file} (see {@link Inputs#companion}).
   *
   * @param file the file, for its name and directory; not opened again by the default
   * @param bytes the decompressed content, positioned at the start
   * @param sink receives records, issues and profile headers
   * @throws IOException if reading fails
   * @throws MalformedRecordException if the sink is strict and a problem is found
   */
  default void read(Path file, InputStream bytes, RecordSink sink) throws IOException {
    read(Inputs.text(bytes, file.toString(), sink), file.toString(), sink);
  }
}
