package org.citegraph.io.scholarly;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;

import org.citegraph.model.SourceRef;

/**
 * Recognises an ACL Anthology Network citation list ({@code acl.txt}: {@code citing , cited} per line) read on its
 * own. It holds edges but no papers, so it yields no records: the whole file is reported as rejected with a pointer
 * to {@link AanMetadataReader#withCitations}, which reads it together with {@code acl-metadata.txt}.
 */
public final class AanCitationListReader implements RecordReader {
  /** The format name. */
  public static final String FORMAT = "aan-citations";

  @Override
  public String formatName() {
    return FORMAT;
  }

  @Override
  public boolean looksLike(String head) {
    String[] lines = head.split("\r?\n");
    int checked = 0;
    for (int i = 0; i < lines.length - 1 && checked < 5; i++) { // the last line may be cut off
      if (!AanMetadataReader.EDGE.matcher(lines[i]).matches() || !lines[i].contains(" , ")
          && !lines[i].contains("==>")) {
        return false;
      }
      checked++;
    }
    return checked > 0;
  }

  /**
   * Reads nothing when the metadata file {@code acl-metadata.txt} sits beside {@code file} (its reader loads this
   * list as its papers' references); otherwise reports the list as {@link #read(BufferedReader, String,
   * RecordSink)} does.
   *
   * @throws IOException if reading fails
   */
  @Override
  public void read(java.nio.file.Path file, java.io.InputStream bytes, RecordSink sink) throws IOException {
    if (Inputs.companion(file, "acl-metadata.txt").isEmpty()) {
      read(Inputs.text(bytes, file.toString(), sink), file.toString(), sink);
    }
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    long edges = 0;
    for (String line; (line = in.readLine()) != null; ) {
      if (!line.isBlank()) {
        edges++;
      }
    }
    sink.issue(new IngestIssue(new SourceRef(checkNotNull(sourceName, "sourceName"), 1),
        IngestIssue.Action.REJECTED, "citation list without metadata (" + edges + " lines): read it together with "
            + "acl-metadata.txt (AanMetadataReader.withCitations) to attach its edges to papers"));
  }
}
