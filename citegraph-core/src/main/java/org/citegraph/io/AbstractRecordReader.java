package org.citegraph.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;

import org.citegraph.model.SourceRef;

/**
 * The boilerplate of a {@link RecordReader}: the format name, argument checks, and one-line reports of rejected or
 * repaired records. A subclass implements {@link #looksLike} and {@link #readRecords}; see {@code docs/formats.md}
 * for a complete reader written this way.
 */
public abstract class AbstractRecordReader implements RecordReader {
  private final String formatName;

  /**
   * A reader of the named format.
   *
   * @param formatName the format name, e.g. {@code my-format}; lower case, not blank
   * @throws IllegalArgumentException if the name is blank
   */
  protected AbstractRecordReader(String formatName) {
    checkArgument(!checkNotNull(formatName, "formatName").isBlank(), "formatName cannot be blank (expected e.g. "
        + "'my-format')");
    this.formatName = formatName;
  }

  @Override
  public final String formatName() {
    return formatName;
  }

  /**
   * Checks the arguments and calls {@link #readRecords}.
   *
   * @throws NullPointerException if an argument is null
   */
  @Override
  public final void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    readRecords(checkNotNull(in, "in"), checkNotNull(sourceName, "sourceName"), checkNotNull(sink, "sink"));
  }

  /**
   * Reads every record of one source; the arguments are not null.
   *
   * @param in the text, positioned at the start
   * @param sourceName the name used in provenance and messages
   * @param sink receives records and issues
   * @throws IOException if reading fails
   */
  protected abstract void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException;

  /**
   * Reports a record that was not ingested.
   *
   * @param sink the sink to tell
   * @param sourceName the source
   * @param line the 1-based line (or record number) where the record starts
   * @param message what was wrong and what was expected
   * @throws MalformedRecordException if the sink is strict
   */
  protected static void reject(RecordSink sink, String sourceName, long line, String message) {
    sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, line)), IngestIssue.Action.REJECTED, message));
  }

  /**
   * Reports a record that was ingested with a value repaired or left out.
   *
   * @param sink the sink to tell
   * @param sourceName the source
   * @param line the 1-based line (or record number) where the record starts
   * @param message what was wrong and what was done
   * @throws MalformedRecordException if the sink is strict
   */
  protected static void repair(RecordSink sink, String sourceName, long line, String message) {
    sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, line)), IngestIssue.Action.REPAIRED, message));
  }
}
