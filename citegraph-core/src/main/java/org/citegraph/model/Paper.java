package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableList;

/**
 * One paper: either one record as a reader produced it, or the merge of several records of the same paper (then
 * {@link #provenance()} lists every contributing record).
 *
 * <p>The author list is ordered as on the paper. When it is truncated ("et al."), {@link #authorListComplete()} is
 * false. Authors known to be on the paper whose position is unknown (the owner of a profile page whose entry shows a
 * truncated list without them) are in {@link #unplacedAuthors()}.
 *
 * @param id stable identifier: the most preferred of the paper's identifiers (see {@link PaperId.Scheme}), or a
 *     content hash
 * @param alternateIds the paper's other identifiers (e.g. the DOI of a paper identified by its arXiv id), sorted
 * @param title the title, cleaned of markup
 * @param authors the ordered author list as written (possibly truncated); empty when the source names no author
 *     that could be read (the paper still counts in the citation and topic graphs, the problem is reported)
 * @param authorListComplete false when the list ends in "et al." or is otherwise known to be truncated
 * @param unplacedAuthors authors of the paper whose position in the list is unknown
 * @param date publication date (for arXiv, the first version's date), if known
 * @param updated the date of the last update (for arXiv, the metadata update date), if known
 * @param primaryCategory the primary arXiv category, if known
 * @param categories all categories, primary first when known
 * @param abstractText the abstract, or the empty string
 * @param affiliations affiliations as written, in first-seen order, without duplicates
 * @param venue the journal, conference or other venue as the source writes it ("NeurIPS", "Phys. Rev. Lett."), if
 *     known; trimmed, never blank
 * @param hasCode whether the paper is marked as having code available
 * @param citationCount the citation count given by the source, if any
 * @param references keys of the works this paper cites, in one key space across sources: {@link PaperId#toString()}
 *     when the reference carries an identifier ({@code arxiv:1706.03762}, {@code doi:10.1000/x}, {@code
 *     openalex:W2741809807}), else {@code unresolved:} followed by the reference as the source gives it
 * @param provenance every source record that contributed, in source order
 */
public record Paper(
    PaperId id,
    List<PaperId> alternateIds,
    String title,
    List<PersonName> authors,
    boolean authorListComplete,
    List<PersonName> unplacedAuthors,
    Optional<PubDate> date,
    Optional<PubDate> updated,
    Optional<Category> primaryCategory,
    List<Category> categories,
    String abstractText,
    List<String> affiliations,
    Optional<String> venue,
    boolean hasCode,
    OptionalInt citationCount,
    List<String> references,
    List<SourceRef> provenance) {

  /**
   * Validates the fields and copies the collections into immutable ones. Most code builds papers with {@link
   * #builder()}, which derives the id and the alternate ids.
   *
   * @param id the paper's stable identifier
   * @param alternateIds the paper's other identifiers (sorted here); neither the id nor a content hash
   * @param title the title, cleaned of markup; not blank
   * @param authors the ordered author list as written (possibly truncated)
   * @param authorListComplete false when the list is known to be truncated
   * @param unplacedAuthors authors whose position is unknown; {@code authors} and {@code unplacedAuthors} are not
   *     both empty
   * @param date publication date; empty if unknown
   * @param updated date of the last update; empty if unknown
   * @param primaryCategory the primary category, which must be among {@code categories}; empty if unknown
   * @param categories all categories, primary first when known
   * @param abstractText the abstract, or the empty string
   * @param affiliations affiliations as written, without duplicates
   * @param venue the venue as written, trimmed and not blank; empty if unknown
   * @param hasCode whether the paper is marked as having code available
   * @param citationCount the source's citation count, 0 or more; empty if the source gives none
   * @param references keys of the cited works (see the record description)
   * @param provenance every contributing source record; at least one
   * @throws IllegalArgumentException if the title is blank, the paper has no author, no provenance or a negative
   *     citation count, its alternate ids include its id or a content hash, the primary category is not among
   *     its categories, or the venue is blank or not trimmed; the message names the paper
   * @throws NullPointerException if a field, or an element of a list, is null
   */
  public Paper {
    checkNotNull(id, "id");
    alternateIds = ImmutableList.sortedCopyOf(alternateIds);
    checkArgument(!alternateIds.contains(id), "Paper %s lists its own id among its alternate ids", id);
    checkArgument(alternateIds.stream().noneMatch(a -> a.scheme() == PaperId.Scheme.HASH),
        "Paper %s: content hashes cannot be alternate ids %s", id, alternateIds);
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "Paper %s has a blank title", id);
    authors = ImmutableList.copyOf(authors);
    unplacedAuthors = ImmutableList.copyOf(unplacedAuthors);
    checkNotNull(date, "date");
    checkNotNull(updated, "updated");
    checkNotNull(primaryCategory, "primaryCategory");
    categories = ImmutableList.copyOf(categories);
    if (primaryCategory.isPresent()) {
      checkArgument(categories.contains(primaryCategory.get()),
          "Paper %s: primary category %s must be among its categories %s", id, primaryCategory.get(), categories);
    }
    checkNotNull(abstractText, "abstractText");
    affiliations = ImmutableList.copyOf(affiliations);
    checkNotNull(venue, "venue");
    if (venue.isPresent()) {
      String v = venue.get();
      checkArgument(!v.isBlank() && v.strip().equals(v), "Paper %s: venue '%s' must be trimmed and not blank "
          + "(leave it empty when unknown)", id, v);
    }
    checkNotNull(citationCount, "citationCount");
    checkArgument(citationCount.orElse(0) >= 0, "Paper %s has a negative citation count %s", id, citationCount);
    references = ImmutableList.copyOf(references);
    provenance = ImmutableList.copyOf(provenance);
    checkArgument(!provenance.isEmpty(), "Paper %s ('%s') has no provenance", id, title);
  }

  /**
   * A paper without a venue: the canonical constructor with {@code venue} empty, as papers were made before the
   * venue was part of the model.
   *
   * @param id the paper's stable identifier
   * @param alternateIds the paper's other identifiers
   * @param title the title, cleaned of markup; not blank
   * @param authors the ordered author list as written (possibly truncated)
   * @param authorListComplete false when the list is known to be truncated
   * @param unplacedAuthors authors whose position is unknown
   * @param date publication date; empty if unknown
   * @param updated date of the last update; empty if unknown
   * @param primaryCategory the primary category, which must be among {@code categories}; empty if unknown
   * @param categories all categories, primary first when known
   * @param abstractText the abstract, or the empty string
   * @param affiliations affiliations as written, without duplicates
   * @param hasCode whether the paper is marked as having code available
   * @param citationCount the source's citation count, 0 or more; empty if the source gives none
   * @param references keys of the cited works
   * @param provenance every contributing source record; at least one
   * @throws IllegalArgumentException as the canonical constructor
   * @throws NullPointerException if a field, or an element of a list, is null
   */
  public Paper(PaperId id, List<PaperId> alternateIds, String title, List<PersonName> authors,
      boolean authorListComplete, List<PersonName> unplacedAuthors, Optional<PubDate> date,
      Optional<PubDate> updated, Optional<Category> primaryCategory, List<Category> categories, String abstractText,
      List<String> affiliations, boolean hasCode, OptionalInt citationCount, List<String> references,
      List<SourceRef> provenance) {
    this(id, alternateIds, title, authors, authorListComplete, unplacedAuthors, date, updated, primaryCategory,
        categories, abstractText, affiliations, Optional.empty(), hasCode, citationCount, references, provenance);
  }

  /**
   * All authors: the ordered list followed by the unplaced ones.
   *
   * @return an immutable list of {@link #authors()} then {@link #unplacedAuthors()}; never empty
   */
  public List<PersonName> allAuthors() {
    if (unplacedAuthors.isEmpty()) {
      return authors;
    }
    return ImmutableList.<PersonName>builder().addAll(authors).addAll(unplacedAuthors).build();
  }

  /**
   * Every identifier of the paper: its id, then the alternate ids.
   *
   * @return an immutable list with at least the id, without duplicates
   */
  public List<PaperId> identifiers() {
    return ImmutableList.<PaperId>builder().add(id).addAll(alternateIds).build();
  }

  /**
   * The publication year, if the date is known.
   *
   * @return the year of {@link #date()}; empty when the date is unknown
   */
  public OptionalInt year() {
    return date.map(d -> OptionalInt.of(d.year())).orElse(OptionalInt.empty());
  }

  /**
   * A builder for a new paper.
   *
   * @return an empty builder; the author list is complete until told otherwise
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder initialised with this paper's fields, to make a changed copy.
   *
   * @return a new builder holding this paper's id, alternate ids and every other field
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.identifiers.addAll(alternateIds);
    b.title = title;
    b.authors.addAll(authors);
    b.authorListComplete = authorListComplete;
    b.unplacedAuthors.addAll(unplacedAuthors);
    b.date = date;
    b.updated = updated;
    b.primaryCategory = primaryCategory;
    b.categories.addAll(categories);
    b.abstractText = abstractText;
    b.affiliations.addAll(affiliations);
    b.venue = venue;
    b.hasCode = hasCode;
    b.citationCount = citationCount;
    b.references.addAll(references);
    b.provenance.addAll(provenance);
    return b;
  }

  @Override
  public String toString() {
    return id + " \"" + title + "\"" + date.map(d -> " (" + d + ")").orElse("");
  }

  /** Collects the fields of a {@link Paper}; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private PaperId id;
    private final java.util.Set<PaperId> identifiers = new java.util.TreeSet<>();
    private String title;
    private final List<PersonName> authors = new ArrayList<>();
    private boolean authorListComplete = true;
    private final List<PersonName> unplacedAuthors = new ArrayList<>();
    private Optional<PubDate> date = Optional.empty();
    private Optional<PubDate> updated = Optional.empty();
    private Optional<Category> primaryCategory = Optional.empty();
    private final List<Category> categories = new ArrayList<>();
    private String abstractText = "";
    private final List<String> affiliations = new ArrayList<>();
    private Optional<String> venue = Optional.empty();
    private boolean hasCode;
    private OptionalInt citationCount = OptionalInt.empty();
    private final List<String> references = new ArrayList<>();
    private final List<SourceRef> provenance = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the id; when none is set, {@link #build()} derives a content hash from the normalised title, the first
     * author's family name and the year.
     *
     * @param value the id; null to let {@link #build()} choose it
     * @return this builder
     */
    public Builder id(PaperId value) {
      this.id = value;
      return this;
    }

    /**
     * Adds an identifier. When no id is set explicitly, {@link #build()} makes the most preferred identifier the id
     * and the others alternate ids. Content hashes given here are ignored.
     *
     * @param value an identifier of the paper; duplicates are kept once
     * @return this builder
     */
    public Builder identifier(PaperId value) {
      this.identifiers.add(value);
      return this;
    }

    /**
     * Sets the title.
     *
     * @param value the title, cleaned of markup; required and not blank at {@link #build()}
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Appends authors in order.
     *
     * @param value authors in list order, after those already added
     * @return this builder
     */
    public Builder authors(List<PersonName> value) {
      this.authors.addAll(value);
      return this;
    }

    /**
     * Appends one author.
     *
     * @param value the next author in list order
     * @return this builder
     */
    public Builder author(PersonName value) {
      this.authors.add(value);
      return this;
    }

    /**
     * Sets whether the author list is complete (false for "et al."); true by default.
     *
     * @param value false when the list is known to be truncated
     * @return this builder
     */
    public Builder authorListComplete(boolean value) {
      this.authorListComplete = value;
      return this;
    }

    /**
     * Adds an author whose position in the list is unknown.
     *
     * @param value an author known to be on the paper
     * @return this builder
     */
    public Builder unplacedAuthor(PersonName value) {
      this.unplacedAuthors.add(value);
      return this;
    }

    /**
     * Sets the publication date.
     *
     * @param value the date; null for unknown
     * @return this builder
     */
    public Builder date(PubDate value) {
      this.date = Optional.ofNullable(value);
      return this;
    }

    /**
     * Sets the date of the last update.
     *
     * @param value the date; null for unknown
     * @return this builder
     */
    public Builder updated(PubDate value) {
      this.updated = Optional.ofNullable(value);
      return this;
    }

    /**
     * Sets the primary category and moves or adds it first in the categories.
     *
     * @param value the primary category, not null
     * @return this builder
     */
    public Builder primaryCategory(Category value) {
      this.primaryCategory = Optional.of(value);
      this.categories.remove(value);
      this.categories.add(0, value);
      return this;
    }

    /**
     * Adds a category unless already present.
     *
     * @param value a category
     * @return this builder
     */
    public Builder category(Category value) {
      if (!categories.contains(value)) {
        categories.add(value);
      }
      return this;
    }

    /**
     * Sets the abstract (the empty string by default).
     *
     * @param value the abstract text
     * @return this builder
     */
    public Builder abstractText(String value) {
      this.abstractText = value;
      return this;
    }

    /**
     * Adds an affiliation unless already present.
     *
     * @param value an affiliation as written
     * @return this builder
     */
    public Builder affiliation(String value) {
      if (!affiliations.contains(value)) {
        affiliations.add(value);
      }
      return this;
    }

    /**
     * Sets the venue (journal, conference) as the source writes it; surrounding white space is removed, and a blank
     * value leaves the venue unknown.
     *
     * @param value the venue as written
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder venue(String value) {
      String v = value.strip();
      this.venue = v.isEmpty() ? Optional.empty() : Optional.of(v);
      return this;
    }

    /**
     * Sets the has-code flag (false by default).
     *
     * @param value whether the paper has code available
     * @return this builder
     */
    public Builder hasCode(boolean value) {
      this.hasCode = value;
      return this;
    }

    /**
     * Sets the citation count the source gives.
     *
     * @param value the count, 0 or more (checked at {@link #build()})
     * @return this builder
     */
    public Builder citationCount(int value) {
      this.citationCount = OptionalInt.of(value);
      return this;
    }

    /**
     * Adds a reference key.
     *
     * @param value a key in the form {@link Paper#references()} describes
     * @return this builder
     */
    public Builder reference(String value) {
      this.references.add(value);
      return this;
    }

    /**
     * Adds a source record (at least one is required).
     *
     * @param value where a contributing record starts
     * @return this builder
     */
    public Builder source(SourceRef value) {
      this.provenance.add(value);
      return this;
    }

    /**
     * Validates and builds the paper. Without an explicit id, the most preferred identifier becomes the id (see
     * {@link PaperId.Scheme}), or a content hash when there is none.
     *
     * @return the immutable paper
     * @throws IllegalArgumentException if the title is missing, or the fields fail {@link Paper}'s validation
     * @throws NullPointerException if a list field holds a null
     */
    public Paper build() {
      checkArgument(title != null, "A paper needs a title");
      java.util.Set<PaperId> known = new java.util.TreeSet<>(identifiers);
      known.removeIf(i -> i.scheme() == PaperId.Scheme.HASH);
      PaperId paperId = id;
      if (paperId == null && !known.isEmpty()) {
        paperId = known.iterator().next();
      }
      if (paperId == null) {
        PersonName first = !authors.isEmpty() ? authors.get(0)
            : !unplacedAuthors.isEmpty() ? unplacedAuthors.get(0) : null;
        String year = date.map(d -> Integer.toString(d.year())).orElse("");
        paperId = PaperId.contentHash(Titles.key(title), (first == null ? "" : first.familyKey()) + "|" + year);
      }
      known.remove(paperId);
      return new Paper(paperId, List.copyOf(known), title, authors, authorListComplete, unplacedAuthors, date, updated,
          primaryCategory,
          categories, abstractText, affiliations, venue, hasCode, citationCount, references, provenance);
    }
  }
}
