package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads one input format, streaming: records go to a {@link RecordSink} as they are read, never all held at once.
 * Implementations are stateless and thread-safe.
 */
public interface RecordReader {
  /** A short name of the format, e.g. {@code profile-page}. */
  String formatName();

  /**
   * Whether the start of a file looks like this format. Used to detect the format when the user does not name it.
   *
   * @param head the first few kilobytes of the file, decoded as UTF-8, byte-order mark removed
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
}
