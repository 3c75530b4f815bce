package org.citegraph.io.delimited;

/**
 * Reads Paperscape's yearly CSV files (format {@value DelimitedFormats#PAPERSCAPE_CSV}); see {@link DelimitedFormats#paperscapeCsv()} for the columns. A class of
 * its own so that {@link java.util.ServiceLoader} can provide it.
 */
public final class PaperscapeCsvReader extends DelimitedReader {
  /** Creates the reader. */
  public PaperscapeCsvReader() {
    super(DelimitedFormats.paperscapeCsvReader());
  }
}
