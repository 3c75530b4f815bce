package org.citegraph.io.delimited;

/**
 * Reads the per-category arXiv OAI-PMH harvest in TSV (format {@value DelimitedFormats#ARXIV_OAI_TSV}); see {@link DelimitedFormats#arxivOaiTsv()} for the columns. A class of
 * its own so that {@link java.util.ServiceLoader} can provide it.
 */
public final class ArxivOaiTsvReader extends DelimitedReader {
  /** Creates the reader. */
  public ArxivOaiTsvReader() {
    super(DelimitedFormats.arxivOaiTsvReader());
  }
}
