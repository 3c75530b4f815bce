package org.citegraph.io.delimited;

import java.util.List;
import java.util.regex.Pattern;



/**
 * Ready-made {@link DelimitedReader}s for known delimited exports; see {@code docs/formats.md} for each format.
 */
public final class DelimitedFormats {
  private DelimitedFormats() {}

  /** Format name of {@link #arxivOaiTsv()}. */
  public static final String ARXIV_OAI_TSV = "arxiv-oai-tsv";
  /** Format name of {@link #paperscapeCsv()}. */
  public static final String PAPERSCAPE_CSV = "paperscape-csv";
  /** Format name of {@link #scopusCsv()}. */
  public static final String SCOPUS_CSV = "scopus-csv";

  private static final Pattern PAPERSCAPE_ROW =
      Pattern.compile("(?m)^[A-Za-z0-9.\\-/]+;[A-Za-z0-9.,\\-]*;\\d+;\\d+;[^;]*;");

  /**
   * The per-category arXiv OAI-PMH harvest of R. S. Geiger ({@code arxiv_archive}, e.g. {@code
   * cs.NE.20200101.tsv}): tab-separated with a header, quoted multi-line abstracts, authors as "First Last"
   * separated by commas, {@code created}/{@code updated} as {@code yyyy-MM-dd}; arXiv ids damaged by a float are
   * repaired (see {@link ColumnMapping.Builder#repairFloatArxivIds()}).
   *
   * @return a new reader of the format {@value #ARXIV_OAI_TSV}
   */
  public static DelimitedReader arxivOaiTsv() {
    return new ArxivOaiTsvReader();
  }

  static DelimitedReader arxivOaiTsvReader() {
    ColumnMapping m = ColumnMapping.builder()
        .delimiter('\t')
        .arxivId("arxiv_id")
        .repairFloatArxivIds()
        .doi("doi")
        .title("title")
        .authors("author_text", ",", ColumnMapping.NameOrder.FIRST_LAST)
        .date("created", "yyyy-MM-dd")
        .updated("updated")
        .categories("categories", ",")
        .primaryCategory("primary_cat")
        .abstractText("abstract")
        .build();
    return new DelimitedReader(ARXIV_OAI_TSV, m);
  }

  /**
   * Paperscape's yearly files ({@code pscp-1994.csv}): {@code #} comment lines, no header, seven fields separated
   * by {@code ;} without quoting (the title, last, may contain {@code ;}): arXiv id, categories, found and total
   * reference counts, the arXiv ids cited, authors as compact {@code M.I.Ayzatsky} separated by commas, title. The
   * date is the month of the arXiv id.
   *
   * @return a new reader of the format {@value #PAPERSCAPE_CSV}
   */
  public static DelimitedReader paperscapeCsv() {
    return new PaperscapeCsvReader();
  }

  static DelimitedReader paperscapeCsvReader() {
    ColumnMapping m = ColumnMapping.builder()
        .delimiter(';')
        .noQuoting()
        .commentChar('#')
        .columnNames(List.of("arxiv-id", "categories", "num-found-refs", "num-total-refs", "refs", "authors",
            "title"))
        .restInLastColumn()
        .arxivId("arxiv-id")
        .categories("categories", ",")
        .references("refs", ",", ColumnMapping.ReferenceKeys.ARXIV)
        .authors("authors", ",", ColumnMapping.NameOrder.FIRST_LAST)
        .compactInitials()
        .title("title")
        .dateFromArxivId()
        .build();
    return new DelimitedReader(PAPERSCAPE_CSV, m,
        head -> head.startsWith("# Data from paperscape.org") || PAPERSCAPE_ROW.matcher(head).lookingAt());
  }

  /**
   * A Scopus CSV export ("Export" &gt; CSV, with "Author full names" chosen): comma-separated with a header and
   * RFC 4180 quoting; authors from {@code Author full names} ("Vaswani, Ashish (57195836581); ..."), {@code
   * Year}, {@code Source title} as the venue, {@code DOI}, {@code Affiliations} and {@code References} separated by
   * "; ", {@code Cited by}; the {@code EID} names the record in messages. References are free text; an arXiv id or
   * DOI inside one gives its key.
   *
   * @return a new reader of the format {@value #SCOPUS_CSV}
   */
  public static DelimitedReader scopusCsv() {
    return new ScopusCsvReader();
  }

  static DelimitedReader scopusCsvReader() {
    ColumnMapping m = ColumnMapping.builder()
        .delimiter(',')
        .id("EID")
        .doi("DOI")
        .title("Title")
        .authors("Author full names", ";", ColumnMapping.NameOrder.LAST_FIRST)
        .date("Year", "yyyy")
        .abstractText("Abstract")
        .affiliations("Affiliations", ";")
        .venue("Source title")
        .citationCount("Cited by")
        .references("References", ";", ColumnMapping.ReferenceKeys.FREE_TEXT)
        .build();
    return new DelimitedReader(SCOPUS_CSV, m, head -> {
      int end = head.indexOf('\n');
      String first = end < 0 ? head : head.substring(0, end);
      return first.contains("Author full names") && first.contains("Title") && first.contains("EID");
    });
  }
}
