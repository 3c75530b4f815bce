package org.citegraph.io.delimited;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

/**
 * How a {@link DelimitedReader} reads a delimited file: the delimiter, quoting, header, and which column holds which
 * field of a {@link org.citegraph.model.Paper}. Immutable; build with {@link #builder()}.
 *
 * <p>Columns are named as in the header row. For files without a header, {@link Builder#columnNames} names the
 * columns in order. Only the title and author columns are required; every other field is optional.
 *
 * <pre>{@code
 * ColumnMapping m = ColumnMapping.builder()
 *     .delimiter(',')
 *     .title("Title")
 *     .authors("Author full names", "; ", NameOrder.LAST_FIRST)
 *     .date("Year", "yyyy")
 *     .doi("DOI")
 *     .build();
 * }</pre>
 */
public final class ColumnMapping {

  /** How each author in an author column is written. */
  public enum NameOrder {
    /** "Ashish Vaswani", "A. Vaswani". */
    FIRST_LAST,
    /** "Vaswani, Ashish" (the author separator must then differ from the comma). */
    LAST_FIRST
  }

  /** How the entries of the references column become reference keys (see {@link org.citegraph.model.Paper}). */
  public enum ReferenceKeys {
    /** Each entry is an arXiv id: {@code arxiv:1706.03762}; an entry that is not one becomes {@code unresolved:}. */
    ARXIV,
    /** Each entry is a DOI: {@code doi:10.1000/x}; an entry that is not one becomes {@code unresolved:}. */
    DOI,
    /** Each entry is an ACL Anthology id: {@code acl:P05-1001}; otherwise {@code unresolved:}. */
    ACL,
    /**
     * Free-text references: an arXiv id ({@code arXiv:1706.03762}) or DOI ({@code 10.1000/x}) found in the entry
     * gives the key, else {@code unresolved:} followed by the entry.
     */
    FREE_TEXT
  }

  private final char delimiter;
  private final int quote;
  private final int comment;
  private final boolean header;
  private final ImmutableList<String> columnNames;
  private final boolean restInLastColumn;
  private final String id;
  private final String arxivId;
  private final boolean repairFloatArxivIds;
  private final String doi;
  private final String title;
  private final String authors;
  private final String authorSeparator;
  private final NameOrder nameOrder;
  private final boolean compactInitials;
  private final String date;
  private final String datePattern;
  private final String updated;
  private final String categories;
  private final String categorySeparator;
  private final String primaryCategory;
  private final String abstractText;
  private final String affiliations;
  private final String affiliationSeparator;
  private final String venue;
  private final String citationCount;
  private final String references;
  private final String referenceSeparator;
  private final ReferenceKeys referenceKeys;
  private final boolean dateFromArxivId;

  private ColumnMapping(Builder b) {
    delimiter = b.delimiter;
    quote = b.quote;
    comment = b.comment;
    header = b.header;
    columnNames = b.columnNames;
    restInLastColumn = b.restInLastColumn;
    id = b.id;
    arxivId = b.arxivId;
    repairFloatArxivIds = b.repairFloatArxivIds;
    doi = b.doi;
    title = b.title;
    authors = b.authors;
    authorSeparator = b.authorSeparator;
    nameOrder = b.nameOrder;
    compactInitials = b.compactInitials;
    date = b.date;
    datePattern = b.datePattern;
    updated = b.updated;
    categories = b.categories;
    categorySeparator = b.categorySeparator;
    primaryCategory = b.primaryCategory;
    abstractText = b.abstractText;
    affiliations = b.affiliations;
    affiliationSeparator = b.affiliationSeparator;
    venue = b.venue;
    citationCount = b.citationCount;
    references = b.references;
    referenceSeparator = b.referenceSeparator;
    referenceKeys = b.referenceKeys;
    dateFromArxivId = b.dateFromArxivId;
  }

  /**
   * Starts a mapping with the defaults: comma delimiter, {@code "} quote, header row, no comment lines, authors
   * separated by commas and written first name first, dates as {@code yyyy-MM-dd}, free-text references.
   *
   * @return a new builder; {@link Builder#title} and {@link Builder#authors} must be set before {@link Builder#build}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The field delimiter.
   *
   * @return the character that separates fields within a row, e.g. {@code ','} or {@code '\t'}; never a line break
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The quote character, if fields may be quoted.
   *
   * @return the character that encloses a field containing delimiters, line breaks or (doubled) quotes; empty when
   *     quoting is off ({@link Builder#noQuoting()}) and quote characters are ordinary text
   */
  public Optional<Character> quote() {
    return quote < 0 ? Optional.empty() : Optional.of((char) quote);
  }

  /**
   * The character that starts a comment line, if any.
   *
   * @return the character whose lines are skipped when it opens them; empty (the default) when no line is a comment
   */
  public Optional<Character> commentChar() {
    return comment < 0 ? Optional.empty() : Optional.of((char) comment);
  }

  /**
   * Whether the first row names the columns.
   *
   * @return {@code true} (the default) when the first row is a header; {@code false} once
   *     {@link Builder#columnNames} has named the columns instead
   */
  public boolean hasHeader() {
    return header;
  }

  /**
   * The column names of a file without a header row.
   *
   * @return the names of the columns in file order, immutable; empty when the file has a header row
   */
  public List<String> columnNames() {
    return columnNames;
  }

  /**
   * Whether delimiters beyond the last named column belong to the last field (for headerless files).
   *
   * @return {@code true} when a row is split into at most {@code columnNames().size()} fields, the last one keeping
   *     any further delimiters as text; {@code false} (the default) when every delimiter splits
   */
  public boolean restInLastColumn() {
    return restInLastColumn;
  }

  /**
   * The column with an identifier written as {@code scheme:value} (e.g. {@code doi:10.1/x}), or a source id.
   *
   * @return the name of the identifier column; empty when the mapping reads none
   */
  public Optional<String> idColumn() {
    return Optional.ofNullable(id);
  }

  /**
   * The column holding the arXiv id.
   *
   * @return the name of the arXiv id column; empty when the mapping reads none
   */
  public Optional<String> arxivIdColumn() {
    return Optional.ofNullable(arxivId);
  }

  /**
   * Whether arXiv ids that passed through a float ({@code 1806.1023}) are repaired using the date column.
   *
   * @return {@code true} when {@link Builder#repairFloatArxivIds()} was called; {@code false} by default
   */
  public boolean repairFloatArxivIds() {
    return repairFloatArxivIds;
  }

  /**
   * The column holding the DOI.
   *
   * @return the name of the DOI column; empty when the mapping reads none
   */
  public Optional<String> doiColumn() {
    return Optional.ofNullable(doi);
  }

  /**
   * The title column (always mapped).
   *
   * @return the name of the column holding each paper's title
   */
  public String titleColumn() {
    return title;
  }

  /**
   * The author column (always mapped).
   *
   * @return the name of the column listing each paper's authors, separated by {@link #authorSeparator()}
   */
  public String authorsColumn() {
    return authors;
  }

  /**
   * What separates authors in the author column.
   *
   * @return the non-empty separator (default {@code ","}); whitespace around each author is trimmed
   */
  public String authorSeparator() {
    return authorSeparator;
  }

  /**
   * How each author is written.
   *
   * @return the name order of the entries in the author column (default {@link NameOrder#FIRST_LAST})
   */
  public NameOrder nameOrder() {
    return nameOrder;
  }

  /**
   * Whether names are written without spaces after initials ({@code M.I.Ayzatsky}) and need them added.
   *
   * @return {@code true} when {@link Builder#compactInitials()} was called; {@code false} by default
   */
  public boolean compactInitials() {
    return compactInitials;
  }

  /**
   * The publication date column.
   *
   * @return the name of the date column, read with {@link #datePattern()}; empty when the mapping reads none
   */
  public Optional<String> dateColumn() {
    return Optional.ofNullable(date);
  }

  /**
   * The {@link DateTimeFormatter} pattern of the date and update columns.
   *
   * @return the pattern (default {@code yyyy-MM-dd}); a pattern without day or month gives a date of that precision
   */
  public String datePattern() {
    return datePattern;
  }

  /**
   * The column with the date of the last update.
   *
   * @return the name of the update-date column, read with {@link #datePattern()}; empty when the mapping reads none
   */
  public Optional<String> updatedColumn() {
    return Optional.ofNullable(updated);
  }

  /**
   * The column listing categories.
   *
   * @return the name of the categories column, split on {@link #categorySeparator()}; empty when the mapping reads
   *     none
   */
  public Optional<String> categoriesColumn() {
    return Optional.ofNullable(categories);
  }

  /**
   * What separates categories.
   *
   * @return the separator between categories (default {@code ","}); entries are trimmed and empty ones skipped
   */
  public String categorySeparator() {
    return categorySeparator;
  }

  /**
   * The column with the primary category.
   *
   * @return the name of the primary-category column; empty when the mapping reads none
   */
  public Optional<String> primaryCategoryColumn() {
    return Optional.ofNullable(primaryCategory);
  }

  /**
   * The abstract column.
   *
   * @return the name of the abstract column; empty when the mapping reads none
   */
  public Optional<String> abstractColumn() {
    return Optional.ofNullable(abstractText);
  }

  /**
   * The affiliations column.
   *
   * @return the name of the affiliations column, split on {@link #affiliationSeparator()}; empty when the mapping
   *     reads none
   */
  public Optional<String> affiliationsColumn() {
    return Optional.ofNullable(affiliations);
  }

  /**
   * What separates affiliations.
   *
   * @return the separator between affiliations (default {@code ";"}); entries are trimmed and empty ones skipped
   */
  public String affiliationSeparator() {
    return affiliationSeparator;
  }

  /**
   * The venue column.
   *
   * @return the name of the column holding the journal, conference or other venue as written; empty when the
   *     mapping reads none
   */
  public Optional<String> venueColumn() {
    return Optional.ofNullable(venue);
  }

  /**
   * The citation count column.
   *
   * @return the name of the column holding a whole number of at least 0 (other values are left out and reported as
   *     a repair); empty when the mapping reads none
   */
  public Optional<String> citationCountColumn() {
    return Optional.ofNullable(citationCount);
  }

  /**
   * The references column.
   *
   * @return the name of the references column, split on {@link #referenceSeparator()} and turned into keys as
   *     {@link #referenceKeys()} says; empty when the mapping reads none
   */
  public Optional<String> referencesColumn() {
    return Optional.ofNullable(references);
  }

  /**
   * What separates references.
   *
   * @return the separator between references (default {@code ","}); entries are trimmed and empty ones skipped
   */
  public String referenceSeparator() {
    return referenceSeparator;
  }

  /**
   * How references become keys.
   *
   * @return how each reference entry becomes a reference key (default {@link ReferenceKeys#FREE_TEXT})
   */
  public ReferenceKeys referenceKeys() {
    return referenceKeys;
  }

  /**
   * Whether a record without a date gets the month its arXiv id was assigned (YYMM of the id).
   *
   * @return {@code true} when {@link Builder#dateFromArxivId()} was called; {@code false} by default
   */
  public boolean dateFromArxivId() {
    return dateFromArxivId;
  }

  /**
   * Every column this mapping reads, in no particular order.
   *
   * @return the names of the mapped columns (title and authors always among them), immutable; a column mapped to
   *     two fields appears twice
   */
  public List<String> mappedColumns() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (String c : new String[] {id, arxivId, doi, title, authors, date, updated, categories, primaryCategory,
        abstractText, affiliations, venue, citationCount, references}) {
      if (c != null) {
        b.add(c);
      }
    }
    return b.build();
  }

  /** Collects a {@link ColumnMapping}; {@link #build()} checks that title and author columns are set. */
  public static final class Builder {
    private char delimiter = ',';
    private int quote = '"';
    private int comment = DelimitedParser.NONE;
    private boolean header = true;
    private ImmutableList<String> columnNames = ImmutableList.of();
    private boolean restInLastColumn;
    private String id;
    private String arxivId;
    private boolean repairFloatArxivIds;
    private String doi;
    private String title;
    private String authors;
    private String authorSeparator = ",";
    private NameOrder nameOrder = NameOrder.FIRST_LAST;
    private boolean compactInitials;
    private String date;
    private String datePattern = "yyyy-MM-dd";
    private String updated;
    private String categories;
    private String categorySeparator = ",";
    private String primaryCategory;
    private String abstractText;
    private String affiliations;
    private String affiliationSeparator = ";";
    private String venue;
    private String citationCount;
    private String references;
    private String referenceSeparator = ",";
    private ReferenceKeys referenceKeys = ReferenceKeys.FREE_TEXT;
    private boolean dateFromArxivId;

    private Builder() {}

    /**
     * Sets the field delimiter.
     *
     * @param value the character between fields, e.g. {@code ','} or {@code '\t'}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is a line break ({@code '\n'} or {@code '\r'})
     */
    public Builder delimiter(char value) {
      checkArgument(value != '\n' && value != '\r', "a line break cannot be the delimiter");
      this.delimiter = value;
      return this;
    }

    /**
     * Sets the quote character (default {@code "}).
     *
     * @param value the character that encloses a field; inside a quoted field it is written twice
     * @return this builder
     */
    public Builder quote(char value) {
      this.quote = value;
      return this;
    }

    /**
     * Fields are never quoted: quote characters are ordinary text.
     *
     * @return this builder
     */
    public Builder noQuoting() {
      this.quote = DelimitedParser.NONE;
      return this;
    }

    /**
     * Lines starting with this character are comments and skipped.
     *
     * @param value the character that marks a comment line when it is the line's first character, e.g. {@code '#'}
     * @return this builder
     */
    public Builder commentChar(char value) {
      this.comment = value;
      return this;
    }

    /**
     * The file has no header row; its columns are, in order, {@code names}.
     *
     * @param names the column names in file order, copied; the other setters refer to columns by these names
     * @return this builder
     * @throws IllegalArgumentException if {@code names} is empty
     */
    public Builder columnNames(List<String> names) {
      checkArgument(!names.isEmpty(), "at least one column name is needed");
      this.columnNames = ImmutableList.copyOf(names);
      this.header = false;
      return this;
    }

    /**
     * Delimiters beyond the last named column belong to the last field (needs {@link #columnNames}).
     *
     * @return this builder
     */
    public Builder restInLastColumn() {
      this.restInLastColumn = true;
      return this;
    }

    /**
     * The column with an identifier, written as {@code scheme:value} or as a source-specific id.
     *
     * @param column the name of the identifier column, as in the header or {@link #columnNames}
     * @return this builder
     */
    public Builder id(String column) {
      this.id = column;
      return this;
    }

    /**
     * The column with the arXiv id.
     *
     * @param column the name of the column holding ids such as {@code 1706.03762} or {@code hep-th/9108001}
     * @return this builder
     */
    public Builder arxivId(String column) {
      this.arxivId = column;
      return this;
    }

    /**
     * Repair arXiv ids that passed through a float ({@code 903.3451}, {@code 1806.1023}, {@code
     * 1703.0481300000001}), checking them against the date column; see {@link DelimitedReader}. Needs
     * {@link #arxivId}.
     *
     * @return this builder
     */
    public Builder repairFloatArxivIds() {
      this.repairFloatArxivIds = true;
      return this;
    }

    /**
     * The column with the DOI.
     *
     * @param column the name of the column holding DOIs such as {@code 10.1000/x}
     * @return this builder
     */
    public Builder doi(String column) {
      this.doi = column;
      return this;
    }

    /**
     * The title column (required).
     *
     * @param column the name of the column holding each paper's title
     * @return this builder
     */
    public Builder title(String column) {
      this.title = column;
      return this;
    }

    /**
     * The author column (required), the separator between authors, and how each name is written.
     *
     * @param column the name of the column listing each paper's authors
     * @param separator the non-empty text between two authors, e.g. {@code ", "} or {@code "; "}; each author is
     *     trimmed
     * @param order how each author's name is written
     * @return this builder
     * @throws IllegalArgumentException if {@code separator} is empty, or is a comma while {@code order} is
     *     {@link NameOrder#LAST_FIRST} (the comma inside each name would split it)
     * @throws NullPointerException if {@code order} is null
     */
    public Builder authors(String column, String separator, NameOrder order) {
      checkArgument(!separator.isEmpty(), "the author separator cannot be empty");
      checkArgument(order != NameOrder.LAST_FIRST || !separator.trim().equals(","),
          "'Last, First' names cannot be separated by commas");
      this.authors = column;
      this.authorSeparator = separator;
      this.nameOrder = checkNotNull(order, "order");
      return this;
    }

    /**
     * Names are written with no space after initials ({@code M.I.Ayzatsky}); a space is added.
     *
     * @return this builder
     */
    public Builder compactInitials() {
      this.compactInitials = true;
      return this;
    }

    /**
     * The date column and its {@link DateTimeFormatter} pattern ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code
     * yyyy}); the precision follows the pattern. The pattern also applies to the update column.
     *
     * @param column the name of the publication date column
     * @param pattern a {@link DateTimeFormatter} pattern, read in {@link Locale#ROOT}
     * @return this builder
     * @throws IllegalArgumentException if {@code pattern} is not a valid {@link DateTimeFormatter} pattern
     */
    public Builder date(String column, String pattern) {
      DateTimeFormatter.ofPattern(pattern, Locale.ROOT); // validates
      this.date = column;
      this.datePattern = pattern;
      return this;
    }

    /**
     * The column with the date of the last update (same pattern as the date).
     *
     * @param column the name of the update-date column
     * @return this builder
     */
    public Builder updated(String column) {
      this.updated = column;
      return this;
    }

    /**
     * The categories column and its separator.
     *
     * @param column the name of the column listing categories such as {@code cs.CL}
     * @param separator the text between two categories; entries are trimmed and empty ones skipped
     * @return this builder
     */
    public Builder categories(String column, String separator) {
      this.categories = column;
      this.categorySeparator = separator;
      return this;
    }

    /**
     * The primary category column.
     *
     * @param column the name of the column holding the one primary category of each paper
     * @return this builder
     */
    public Builder primaryCategory(String column) {
      this.primaryCategory = column;
      return this;
    }

    /**
     * The abstract column.
     *
     * @param column the name of the column holding each paper's abstract
     * @return this builder
     */
    public Builder abstractText(String column) {
      this.abstractText = column;
      return this;
    }

    /**
     * The affiliations column and its separator.
     *
     * @param column the name of the column listing the paper's affiliations
     * @param separator the text between two affiliations; entries are trimmed and empty ones skipped
     * @return this builder
     */
    public Builder affiliations(String column, String separator) {
      this.affiliations = column;
      this.affiliationSeparator = separator;
      return this;
    }

    /**
     * The venue column.
     *
     * @param column the name of the column holding the journal, conference or other venue of each paper as written
     * @return this builder
     */
    public Builder venue(String column) {
      this.venue = column;
      return this;
    }

    /**
     * The citation count column.
     *
     * @param column the name of the column holding how often each paper was cited (a whole number of at least 0)
     * @return this builder
     */
    public Builder citationCount(String column) {
      this.citationCount = column;
      return this;
    }

    /**
     * The references column, its separator, and how entries become keys.
     *
     * @param column the name of the column listing the papers each paper cites
     * @param separator the text between two references; entries are trimmed and empty ones skipped
     * @param keys how each entry becomes a reference key
     * @return this builder
     * @throws NullPointerException if {@code keys} is null
     */
    public Builder references(String column, String separator, ReferenceKeys keys) {
      this.references = column;
      this.referenceSeparator = separator;
      this.referenceKeys = checkNotNull(keys, "keys");
      return this;
    }

    /**
     * A record without a date gets the month of its arXiv id ({@code hep-th/9108001}: 1991-08).
     *
     * @return this builder
     */
    public Builder dateFromArxivId() {
      this.dateFromArxivId = true;
      return this;
    }

    /**
     * Validates and builds the mapping.
     *
     * @return the immutable mapping
     * @throws IllegalStateException if the title or author column is missing, or a headerless file's column names
     *     do not include a mapped column, or {@code restInLastColumn} or {@code repairFloatArxivIds} is set without
     *     what it needs (column names; an arXiv id column)
     */
    public ColumnMapping build() {
      checkState(title != null, "a title column is required");
      checkState(authors != null, "an author column is required");
      checkState(!restInLastColumn || !header, "restInLastColumn needs columnNames (a file without header)");
      checkState(!repairFloatArxivIds || arxivId != null, "repairFloatArxivIds needs an arXiv id column");
      ColumnMapping m = new ColumnMapping(this);
      if (!header) {
        for (String c : m.mappedColumns()) {
          checkState(columnNames.contains(c), "column '%s' is not among the column names %s", c, columnNames);
        }
      }
      return m;
    }
  }
}
