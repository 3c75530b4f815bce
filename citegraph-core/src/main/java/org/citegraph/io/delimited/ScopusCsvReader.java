package org.citegraph.io.delimited;

/**
 * Reads a Scopus CSV export (format {@value DelimitedFormats#SCOPUS_CSV}); see {@link DelimitedFormats#scopusCsv()} for the columns. A class of
 * its own so that {@link java.util.ServiceLoader} can provide it.
 */
public final class ScopusCsvReader extends DelimitedReader {
  /** Creates the reader. */
  public ScopusCsvReader() {
    super(DelimitedFormats.scopusCsvReader());
  }
}
