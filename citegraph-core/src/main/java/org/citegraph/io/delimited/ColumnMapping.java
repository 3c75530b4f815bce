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
    citationCount = b.citationCount;
    references = b.references;
    referenceSeparator = b.referenceSeparator;
    referenceKeys = b.referenceKeys;
    dateFromArxivId = b.dateFromArxivId;
  }

  /** A builder with the defaults: comma delimiter, {@code "} quote, header row, no comments. */
  public static Builder builder() {
    return new Builder();
  }

  /** The field delimiter. */
  public char delimiter() {
    return delimiter;
  }

  /** The quote character, if fields may be quoted. */
  public Optional<Character> quote() {
    return quote < 0 ? Optional.empty() : Optional.of((char) quote);
  }

  /** The character that starts a comment line, if any. */
  public Optional<Character> commentChar() {
    return comment < 0 ? Optional.empty() : Optional.of((char) comment);
  }

  /** Whether the first row names the columns. */
  public boolean hasHeader() {
    return header;
  }

  /** The column names of a file without a header row (empty when the file has one). */
  public List<String> columnNames() {
    return columnNames;
  }

  /** Whether delimiters beyond the last named column belong to the last field (for headerless files). */
  public boolean restInLastColumn() {
    return restInLastColumn;
  }

  /** The column with an identifier written as {@code scheme:value} (e.g. {@code doi:10.1/x}), or a source id. */
  public Optional<String> idColumn() {
    return Optional.ofNullable(id);
  }

  /** The column holding the arXiv id. */
  public Optional<String> arxivIdColumn() {
    return Optional.ofNullable(arxivId);
  }

  /** Whether arXiv ids that passed through a float ({@code 1806.1023}) are repaired using the date column. */
  public boolean repairFloatArxivIds() {
    return repairFloatArxivIds;
  }

  /** The column holding the DOI. */
  public Optional<String> doiColumn() {
    return Optional.ofNullable(doi);
  }

  /** The title column. */
  public String titleColumn() {
    return title;
  }

  /** The author column. */
  public String authorsColumn() {
    return authors;
  }

  /** What separates authors in the author column. */
  public String authorSeparator() {
    return authorSeparator;
  }

  /** How each author is written. */
  public NameOrder nameOrder() {
    return nameOrder;
  }

  /** Whether names are written without spaces after initials ({@code M.I.Ayzatsky}) and need them added. */
  public boolean compactInitials() {
    return compactInitials;
  }

  /** The publication date column. */
  public Optional<String> dateColumn() {
    return Optional.ofNullable(date);
  }

  /** The {@link DateTimeFormatter} pattern of the date and update columns. */
  public String datePattern() {
    return datePattern;
  }

  /** The column with the date of the last update. */
  public Optional<String> updatedColumn() {
    return Optional.ofNullable(updated);
  }

  /** The column listing categories. */
  public Optional<String> categoriesColumn() {
    return Optional.ofNullable(categories);
  }

  /** What separates categories. */
  public String categorySeparator() {
    return categorySeparator;
  }

  /** The column with the primary category. */
  public Optional<String> primaryCategoryColumn() {
    return Optional.ofNullable(primaryCategory);
  }

  /** The abstract column. */
  public Optional<String> abstractColumn() {
    return Optional.ofNullable(abstractText);
  }

  /** The affiliations column. */
  public Optional<String> affiliationsColumn() {
    return Optional.ofNullable(affiliations);
  }

  /** What separates affiliations. */
  public String affiliationSeparator() {
    return affiliationSeparator;
  }

  /** The citation count column. */
  public Optional<String> citationCountColumn() {
    return Optional.ofNullable(citationCount);
  }

  /** The references column. */
  public Optional<String> referencesColumn() {
    return Optional.ofNullable(references);
  }

  /** What separates references. */
  public String referenceSeparator() {
    return referenceSeparator;
  }

  /** How references become keys. */
  public ReferenceKeys referenceKeys() {
    return referenceKeys;
  }

  /** Whether a record without a date gets the month its arXiv id was assigned (YYMM of the id). */
  public boolean dateFromArxivId() {
    return dateFromArxivId;
  }

  /** Every column this mapping reads, in no particular order. */
  public List<String> mappedColumns() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (String c : new String[] {id, arxivId, doi, title, authors, date, updated, categories, primaryCategory,
        abstractText, affiliations, citationCount, references}) {
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
    private String citationCount;
    private String references;
    private String referenceSeparator = ",";
    private ReferenceKeys referenceKeys = ReferenceKeys.FREE_TEXT;
    private boolean dateFromArxivId;

    private Builder() {}

    /** Sets the field delimiter, e.g. {@code ','} or {@code '\t'}. */
    public Builder delimiter(char value) {
      checkArgument(value != '\n' && value != '\r', "a line break cannot be the delimiter");
      this.delimiter = value;
      return this;
    }

    /** Sets the quote character (default {@code "}). */
    public Builder quote(char value) {
      this.quote = value;
      return this;
    }

    /** Fields are never quoted: quote characters are ordinary text. */
    public Builder noQuoting() {
      this.quote = DelimitedParser.NONE;
      return this;
    }

    /** Lines starting with this character are comments and skipped. */
    public Builder commentChar(char value) {
      this.comment = value;
      return this;
    }

    /** The file has no header row; its columns are, in order, {@code names}. */
    public Builder columnNames(List<String> names) {
      checkArgument(!names.isEmpty(), "at least one column name is needed");
      this.columnNames = ImmutableList.copyOf(names);
      this.header = false;
      return this;
    }

    /** Delimiters beyond the last named column belong to the last field (needs {@link #columnNames}). */
    public Builder restInLastColumn() {
      this.restInLastColumn = true;
      return this;
    }

    /** The column with an identifier, written as {@code scheme:value} or as a source-specific id. */
    public Builder id(String column) {
      this.id = column;
      return this;
    }

    /** The column with the arXiv id. */
    public Builder arxivId(String column) {
      this.arxivId = column;
      return this;
    }

    /**
     * Repair arXiv ids that passed through a float ({@code 903.3451}, {@code 1806.1023}, {@code
     * 1703.0481300000001}), checking them against the date column; see {@link DelimitedReader}.
     */
    public Builder repairFloatArxivIds() {
      this.repairFloatArxivIds = true;
      return this;
    }

    /** The column with the DOI. */
    public Builder doi(String column) {
      this.doi = column;
      return this;
    }

    /** The title column (required). */
    public Builder title(String column) {
      this.title = column;
      return this;
    }

    /** The author column (required), the separator between authors, and how each name is written. */
    public Builder authors(String column, String separator, NameOrder order) {
      checkArgument(!separator.isEmpty(), "the author separator cannot be empty");
      checkArgument(order != NameOrder.LAST_FIRST || !separator.trim().equals(","),
          "'Last, First' names cannot be separated by commas");
      this.authors = column;
      this.authorSeparator = separator;
      this.nameOrder = checkNotNull(order, "order");
      return this;
    }

    /** Names are written with no space after initials ({@code M.I.Ayzatsky}); a space is added. */
    public Builder compactInitials() {
      this.compactInitials = true;
      return this;
    }

    /**
     * The date column and its {@link DateTimeFormatter} pattern ({@code yyyy-MM-dd}, {@code yyyy-MM}, {@code
     * yyyy}); the precision follows the pattern. The pattern also applies to the update column.
     */
    public Builder date(String column, String pattern) {
      DateTimeFormatter.ofPattern(pattern, Locale.ROOT); // validates
      this.date = column;
      this.datePattern = pattern;
      return this;
    }

    /** The column with the date of the last update (same pattern as the date). */
    public Builder updated(String column) {
      this.updated = column;
      return this;
    }

    /** The categories column and its separator. */
    public Builder categories(String column, String separator) {
      this.categories = column;
      this.categorySeparator = separator;
      return this;
    }

    /** The primary category column. */
    public Builder primaryCategory(String column) {
      this.primaryCategory = column;
      return this;
    }

    /** The abstract column. */
    public Builder abstractText(String column) {
      this.abstractText = column;
      return this;
    }

    /** The affiliations column and its separator. */
    public Builder affiliations(String column, String separator) {
      this.affiliations = column;
      this.affiliationSeparator = separator;
      return this;
    }

    /** The citation count column. */
    public Builder citationCount(String column) {
      this.citationCount = column;
      return this;
    }

    /** The references column, its separator, and how entries become keys. */
    public Builder references(String column, String separator, ReferenceKeys keys) {
      this.references = column;
      this.referenceSeparator = separator;
      this.referenceKeys = checkNotNull(keys, "keys");
      return this;
    }

    /** A record without a date gets the month of its arXiv id ({@code hep-th/9108001}: 1991-08). */
    public Builder dateFromArxivId() {
      this.dateFromArxivId = true;
      return this;
    }

    /**
     * Validates and builds the mapping.
     *
     * @throws IllegalStateException if the title or author column is missing, or a headerless file's column names
     *     do not include a mapped column
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
