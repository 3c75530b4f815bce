package org.citegraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Maps;

import org.citegraph.graph.CitationGraph;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.CorpusView;
import org.citegraph.graph.Incidence;
import org.citegraph.internal.KeyIndex;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.query.AuthorRanking;
import org.citegraph.query.CentralAuthors;
import org.citegraph.query.CitationRanking;
import org.citegraph.query.Citations;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.CollaboratorSuggestions;
import org.citegraph.query.Collaborators;
import org.citegraph.query.Explanation;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.SuggestionRanking;
import org.citegraph.query.Timeline;
import org.citegraph.query.TopicClusters;
import org.citegraph.query.TopicClustering;
import org.citegraph.resolve.ResolutionReport;
import org.citegraph.snapshot.SnapshotContents;
import org.citegraph.snapshot.SnapshotWriter;

/**
 * A resolved corpus: de-duplicated papers, resolved authors, who wrote what, the resolution report, and the graphs
 * built from them. Made by {@link CiteGraph}. Immutable and safe to share between threads; graphs are built on
 * first use.
 */
public final class Corpus implements CorpusView {
  private final List<Paper> papers;
  private final List<Author> authors;
  private final Incidence incidence;
  private final ResolutionReport report;
  private final List<AuthorProfile> profiles;
  private final Map<String, Integer> authorIndex;
  private final Map<PaperId, Integer> paperIndex;
  /** Matching key of a name variant to the indices of the authors seen under it, in author order; lazy. */
  private final Supplier<Map<String, int[]>> authorsByNameKey;
  /** Category code to the indices of its papers, in paper order; lazy. */
  private final Supplier<Map<String, int[]>> papersByCategory;
  /** Family-name key to the indices of the authors with a variant of that family name; lazy. */
  private final Supplier<Map<String, int[]>> authorsByFamilyKey;
  private final Supplier<CoauthorGraph> coauthorGraph;
  private final Supplier<CitationGraph> citationGraph;

  private final int hyperAuthorshipThreshold;

  Corpus(List<Paper> papers, List<Author> authors, Incidence incidence, ResolutionReport report,
      List<AuthorProfile> profiles, int hyperAuthorshipThreshold) {
    this(papers, authors, incidence, report, profiles, hyperAuthorshipThreshold, null);
  }

  /** A corpus loaded from a snapshot; its name-key index comes from the stored keys when they can be trusted. */
  Corpus(SnapshotContents c) {
    this(c.papers(), c.authors(), c.incidence(), c.report(), c.profiles(), c.hyperAuthorshipThreshold(), c);
  }

  private Corpus(List<Paper> papers, List<Author> authors, Incidence incidence, ResolutionReport report,
      List<AuthorProfile> profiles, int hyperAuthorshipThreshold, SnapshotContents stored) {
    this.hyperAuthorshipThreshold = hyperAuthorshipThreshold;
    this.papers = ImmutableList.copyOf(papers);
    this.authors = ImmutableList.copyOf(authors);
    this.incidence = incidence;
    this.report = report;
    this.profiles = ImmutableList.copyOf(profiles);
    // The id indices are built eagerly from maps sized up front. The name-key and category indices are built on
    // first use: folding every name variant to its matching key is the costliest step of building a corpus's
    // indices, and only name look-ups need it (a snapshot's stored keys, when folded under this library's
    // PersonName.KEY_VERSION, save the folding but are still inverted only on first use). Each map is private,
    // filled once and never changed, so sharing is safe (the memoizing suppliers publish them safely).
    int authorCount = this.authors.size();
    Map<String, Integer> ai = Maps.newHashMapWithExpectedSize(authorCount);
    for (int i = 0; i < authorCount; i++) {
      ai.put(this.authors.get(i).id(), i);
    }
    this.authorIndex = Collections.unmodifiableMap(ai);
    int paperCount = this.papers.size();
    Map<PaperId, Integer> pi = Maps.newHashMapWithExpectedSize(paperCount);
    for (int i = 0; i < paperCount; i++) {
      pi.put(this.papers.get(i).id(), i);
    }
    this.paperIndex = Collections.unmodifiableMap(pi);
    this.authorsByNameKey = Suppliers.memoize(() -> (stored != null ? stored.storedNameKeyIndex()
        : Optional.<Map<String, int[]>>empty())
        .orElseGet(() -> KeyIndex.nameKeyIndex(KeyIndex.keyRows(this.authors, Author::nameKeys))));
    this.papersByCategory = Suppliers.memoize(() -> KeyIndex.invert(this.papers.size(),
        i -> Lists.transform(this.papers.get(i).categories(), Category::code)));
    this.authorsByFamilyKey = Suppliers.memoize(() -> AuthorLookup.familyIndex(this.authors));
    this.coauthorGraph = Suppliers.memoize(() -> CoauthorGraph.build(this.authors, this.papers, incidence,
        hyperAuthorshipThreshold));
    this.citationGraph = Suppliers.memoize(() -> CitationGraph.build(this.papers));
  }

  private static final int[] NONE = {};

  /** The papers, sorted by id. */
  @Override
  public List<Paper> papers() {
    return papers;
  }

  /** The resolved authors, sorted by id. */
  @Override
  public List<Author> authors() {
    return authors;
  }

  /**
   * The resolution report: merges, names kept apart, rejected and repaired records.
   *
   * @return the report of the build that made this corpus (or of the build saved in its snapshot)
   */
  public ResolutionReport report() {
    return report;
  }

  /**
   * The profile-page headers read, in source order.
   *
   * @return an immutable list, sorted by source; empty when no input was an author profile page
   */
  public List<AuthorProfile> profiles() {
    return profiles;
  }

  /**
   * The author with this id ("alex-h-williams") or name as a person would write it: any variant the author was seen
   * under in any case, with or without accents, "First Last" or "Last, First"; initials ("A. H. Williams") or a
   * family name alone ("Williams") when exactly one author fits. See {@link #lookup(String)}.
   *
   * @param idOrName an author id or a written name
   * @return the one author that fits
   * @throws IllegalArgumentException if no author or several authors fit: the message lists the candidates with
   *     their paper counts, or the nearest names
   */
  @Override
  public Author author(String idOrName) {
    AuthorLookup found = lookup(idOrName);
    return found.author().orElseThrow(() -> new IllegalArgumentException(found.message()));
  }

  /**
   * Looks a name up and says how it went: the author, the candidates when several fit (with paper counts), or the
   * nearest names by edit distance when none does. Never throws for a name that is not found.
   *
   * @param idOrName an author id or a written name
   * @return the look-up result
   */
  public AuthorLookup lookup(String idOrName) {
    return AuthorLookup.of(this, idOrName, authorsByFamilyKey.get());
  }

  /**
   * Every author whose id or name variant matches exactly (after folding case, accents and punctuation); {@link
   * #lookup(String)} also tries initials and family names.
   *
   * @param idOrName an author id or a written name
   * @return the matching authors, in id order
   */
  @Override
  public List<Author> findAuthors(String idOrName) {
    checkNotNull(idOrName, "idOrName");
    Integer byId = authorIndex.get(idOrName.trim());
    if (byId != null) {
      return List.of(authors.get(byId));
    }
    String key;
    try {
      key = PersonName.parse(idOrName).key();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    return Arrays.stream(authorsByNameKey.get().getOrDefault(key, NONE)).mapToObj(authors::get).toList();
  }

  /** The paper with this id. */
  @Override
  public Paper paper(PaperId id) {
    Integer i = paperIndex.get(checkNotNull(id, "id"));
    checkArgument(i != null, "Paper %s is not in this corpus", id);
    return papers.get(i);
  }

  /**
   * Why two authors are, or are not, one person: the hard rule or report line that decided it and the evidence their
   * papers share (see {@link org.citegraph.resolve.IdentityExplanation}).
   *
   * @param a one author of this corpus
   * @param b another (or the same) author
   * @return the explanation
   */
  public org.citegraph.resolve.IdentityExplanation explainIdentity(Author a, Author b) {
    return org.citegraph.resolve.IdentityExplanation.of(a, papersOf(a), b, papersOf(b), report.authorMerges(),
        report.keptApart());
  }

  /** An author's papers, in date order (undated last), ties by id. */
  @Override
  public List<Paper> papersOf(Author author) {
    List<Paper> out = new ArrayList<>();
    incidence.papersOf(indexOf(author)).forEach(p -> out.add(papers.get(p)));
    out.sort(BY_DATE);
    return List.copyOf(out);
  }

  /** Number of papers of an author. */
  @Override
  public int paperCount(Author author) {
    return incidence.paperCountOf(indexOf(author));
  }

  /** A paper's authors: placed authors in list order, then those whose position is unknown. */
  @Override
  public List<Author> authorsOf(Paper paper) {
    List<Author> out = new ArrayList<>();
    incidence.authorsOf(indexOf(paper)).forEach(a -> out.add(authors.get(a)));
    return List.copyOf(out);
  }

  /** An author's 0-based position in a paper's author list, or empty when the position is unknown. */
  @Override
  public OptionalInt positionOf(Author author, Paper paper) {
    int pos = incidence.positionOf(indexOf(paper), indexOf(author));
    return pos < 0 ? OptionalInt.empty() : OptionalInt.of(pos);
  }

  /** The categories of a paper, primary first. */
  @Override
  public List<Category> categoriesOf(Paper paper) {
    indexOf(paper);
    return paper.categories();
  }

  /** The papers listed under a category (primary or cross-list), sorted by id. */
  @Override
  public List<Paper> papersIn(Category category) {
    return Arrays.stream(papersByCategory.get().getOrDefault(category.code(), NONE)).mapToObj(papers::get).toList();
  }

  /**
   * Papers with more authors than this add no co-authorship links (graph edges, collaborator scores); see {@link
   * CoauthorGraph}.
   */
  @Override
  public int hyperAuthorshipThreshold() {
    return hyperAuthorshipThreshold;
  }

  /** The co-authorship graph, built on first use. */
  @Override
  public CoauthorGraph coauthorGraph() {
    return coauthorGraph.get();
  }

  /** The citation graph of the corpus (references resolved against every paper identifier), built on first use. */
  @Override
  public CitationGraph citationGraph() {
    return citationGraph.get();
  }

  /** The author–paper incidence in compact form. */
  @Override
  public Incidence incidence() {
    return incidence;
  }

  /**
   * Ranks an author's collaborators with the default settings ({@link Collaborators#DEFAULT_COUNTING}).
   *
   * @param author an author of this corpus
   * @return the author's co-authors ranked by collaboration strength; empty when the author has no co-author
   * @throws IllegalArgumentException if the author is not in this corpus
   */
  public CollaboratorRanking collaborators(Author author) {
    return Collaborators.of(this).rank(author);
  }

  /**
   * Ranks the collaborators of the author with this id or name, as {@link #collaborators(Author)}.
   *
   * @param idOrName an author id ("alex-h-williams") or any name variant the author was seen under
   * @return the author's co-authors ranked by collaboration strength; empty when the author has no co-author
   * @throws IllegalArgumentException if no author or several authors match (see {@link #author(String)})
   */
  public CollaboratorRanking collaborators(String idOrName) {
    return collaborators(author(idOrName));
  }

  // Convenience for JShell: with `import org.citegraph.*;` alone, every query is a method of the corpus, and every
  // result prints whole with show() (JShell shortens long values in the middle).

  /**
   * The collaborator ranking to configure, for chaining: {@code corpus.collaborators().counting("fractional")
   * .recency(3, "2022-12-31").top(5).rank(niru)}.
   *
   * @return {@code Collaborators.of(this)}
   */
  public Collaborators collaborators() {
    return Collaborators.of(this);
  }

  /**
   * Why one author ranks where they do among another's collaborators: every shared paper and what it adds.
   *
   * @param author the author whose collaborators are ranked
   * @param coauthor the collaborator
   * @return the explanation, a table
   */
  public Explanation explain(Author author, Author coauthor) {
    return Collaborators.of(this).explain(author, coauthor);
  }

  /**
   * An author's research threads over time (see {@link ResearchThreads}).
   *
   * @param author the author
   * @return the timeline; {@code show()} prints it
   */
  public Timeline timeline(Author author) {
    return ResearchThreads.of(this).timeline(author);
  }

  /**
   * The research threads of the author with this id or name.
   *
   * @param idOrName an author id or written name
   * @return the timeline
   * @throws IllegalArgumentException if the name is not one author (see {@link #author(String)})
   */
  public Timeline timeline(String idOrName) {
    return timeline(author(idOrName));
  }

  /**
   * Topic clusters of every paper, with the default settings (see {@link TopicClusters}).
   *
   * @return the clustering, a table
   */
  public TopicClustering clusters() {
    return TopicClusters.of(this).cluster();
  }

  /**
   * Topic clusters of one author's papers.
   *
   * @param author the author
   * @return the clustering, a table
   */
  public TopicClustering clusters(Author author) {
    return TopicClusters.of(this).clusterPapersOf(author);
  }

  /**
   * Suggested new collaborators of an author (co-authors of co-authors, Adamic-Adar index; see {@link
   * CollaboratorSuggestions}).
   *
   * @param author the author
   * @return the suggestions, a table
   */
  public SuggestionRanking suggest(Author author) {
    return CollaboratorSuggestions.of(this).suggest(author);
  }

  /**
   * Suggested new collaborators of the author with this id or name.
   *
   * @param idOrName an author id or written name
   * @return the suggestions, a table
   * @throws IllegalArgumentException if the name is not one author
   */
  public SuggestionRanking suggest(String idOrName) {
    return suggest(author(idOrName));
  }

  /**
   * The papers of this corpus ranked by in-corpus citations, most cited first (see {@link Citations}).
   *
   * @param top how many papers
   * @return the ranking, a table
   */
  public CitationRanking citations(int top) {
    return Citations.of(this).mostCited(top);
  }

  /**
   * Authors ranked by a centrality measure in the co-authorship graph (see {@link CentralAuthors}).
   *
   * @param measure {@code degree}, {@code coauthors}, {@code pagerank} or {@code betweenness}
   * @return the ranking, a table
   * @throws IllegalArgumentException if the measure is none of these
   */
  public AuthorRanking central(String measure) {
    return CentralAuthors.of(this).measure(CentralAuthors.Measure.parse(measure)).rank();
  }

  /** The index of an author in {@link #authors()}. */
  @Override
  public int indexOf(Author author) {
    Integer i = authorIndex.get(checkNotNull(author, "author").id());
    checkArgument(i != null && authors.get(i).equals(author), "Author %s (%s) is not in this corpus", author,
        author.id());
    return i;
  }

  /** The index of a paper in {@link #papers()}. */
  @Override
  public int indexOf(Paper paper) {
    Integer i = paperIndex.get(checkNotNull(paper, "paper").id());
    checkArgument(i != null, "Paper %s is not in this corpus", paper.id());
    return i;
  }

  /**
   * Saves this corpus as a binary snapshot, to be read back with {@link CiteGraph#loadSnapshot(java.nio.file.Path)};
   * see {@link SnapshotWriter}.
   *
   * @param file where to write; replaced if it exists
   * @throws java.io.IOException if the file cannot be written
   */
  public void save(java.nio.file.Path file) throws java.io.IOException {
    SnapshotWriter.write(snapshotContents(), file);
  }

  /**
   * What a snapshot of this corpus stores: papers, authors, incidence, report, profiles and the hyper-authorship
   * threshold (the lists are shared, not copied).
   *
   * @return the contents, for {@link SnapshotWriter#write(SnapshotContents, java.nio.file.Path)}
   */
  public SnapshotContents snapshotContents() {
    return new SnapshotContents(papers, authors, incidence, report, profiles, hyperAuthorshipThreshold);
  }

  /** Orders papers by date (undated last), then id. */
  public static final Comparator<Paper> BY_DATE = CorpusView.BY_DATE;

  @Override
  public String toString() {
    return "Corpus(" + papers.size() + " papers, " + authors.size() + " authors, " + report.recordsRead()
        + " records read, " + report.mergedRecords() + " merged, " + report.rejectedRecords() + " rejected)";
  }
}
