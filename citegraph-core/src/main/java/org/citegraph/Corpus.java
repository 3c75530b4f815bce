package org.citegraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import com.google.common.collect.Maps;

import org.citegraph.graph.CitationGraph;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.CorpusView;
import org.citegraph.graph.Incidence;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.Collaborators;
import org.citegraph.resolve.ResolutionReport;

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
  private final Supplier<CoauthorGraph> coauthorGraph;
  private final Supplier<CitationGraph> citationGraph;

  private final int hyperAuthorshipThreshold;

  Corpus(List<Paper> papers, List<Author> authors, Incidence incidence, ResolutionReport report,
      List<AuthorProfile> profiles, int hyperAuthorshipThreshold) {
    this(papers, authors, incidence, report, profiles, hyperAuthorshipThreshold, null);
  }

  /**
   * A corpus whose name-key index is already built ({@link Snapshot} stores the keys and checks a sample of them
   * against {@link PersonName#key()}), or null to build it on first use.
   */
  Corpus(List<Paper> papers, List<Author> authors, Incidence incidence, ResolutionReport report,
      List<AuthorProfile> profiles, int hyperAuthorshipThreshold, Map<String, int[]> nameKeyIndex) {
    this.hyperAuthorshipThreshold = hyperAuthorshipThreshold;
    this.papers = ImmutableList.copyOf(papers);
    this.authors = ImmutableList.copyOf(authors);
    this.incidence = incidence;
    this.report = report;
    this.profiles = ImmutableList.copyOf(profiles);
    // The id indices are built eagerly from maps sized up front. The name-key and category indices are built on
    // first use: folding every name variant to its matching key is the costliest step of building a corpus's
    // indices, and only name look-ups need it. Each map is private, filled once and never changed, so sharing is
    // safe (the memoizing suppliers publish them safely).
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
    this.authorsByNameKey = nameKeyIndex != null ? Suppliers.ofInstance(nameKeyIndex)
        : Suppliers.memoize(() -> nameKeyIndex(nameKeys(this.authors)));
    this.papersByCategory = Suppliers.memoize(() -> categoryIndex(this.papers));
    this.coauthorGraph = Suppliers.memoize(() -> CoauthorGraph.build(this.authors, this.papers, incidence,
        hyperAuthorshipThreshold));
    this.citationGraph = Suppliers.memoize(() -> CitationGraph.build(this.papers));
  }

  private static final int[] NONE = {};

  /** For each author, the distinct matching keys of its name variants in variant order; folded on all cores. */
  static String[][] nameKeys(List<Author> authors) {
    String[][] keys = new String[authors.size()][];
    IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = nameKeys(authors.get(i)));
    return keys;
  }

  /** The distinct matching keys of an author's name variants, in variant order. */
  static String[] nameKeys(Author author) {
    return author.variants().stream().map(PersonName::key).distinct().toArray(String[]::new);
  }

  /** Matching key to the indices of the authors seen under it, in author order, from {@link #nameKeys(List)}. */
  static Map<String, int[]> nameKeyIndex(String[][] keys) {
    return invert(keys.length, i -> Arrays.asList(keys[i]));
  }

  /** Category code to the indices of the papers listed under it, in paper order. */
  private static Map<String, int[]> categoryIndex(List<Paper> papers) {
    return invert(papers.size(), i -> Lists.transform(papers.get(i).categories(), Category::code));
  }

  /**
   * Each key to the indices i in 0..n whose keys hold it, in increasing order: one pass counts, a second fills
   * arrays of the exact size. O(total keys).
   */
  private static Map<String, int[]> invert(int n, IntFunction<? extends Iterable<String>> keysOf) {
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : keysOf.apply(i)) {
        counts.computeIfAbsent(k, x -> new int[1])[0]++;
      }
    }
    Map<String, int[]> rows = Maps.newHashMapWithExpectedSize(counts.size());
    counts.forEach((k, c) -> rows.put(k, new int[c[0]]));
    for (int i = 0; i < n; i++) {
      for (String k : keysOf.apply(i)) {
        int[] row = rows.get(k);
        row[row.length - counts.get(k)[0]--] = i;
      }
    }
    return Collections.unmodifiableMap(rows);
  }

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
   * The author with this id ("alex-h-williams") or name ("Alex H. Williams", "Williams, Alex H."; any variant the
   * author was seen under).
   *
   * @throws IllegalArgumentException if no author or several authors match, naming the candidates
   */
  @Override
  public Author author(String idOrName) {
    List<Author> found = findAuthors(idOrName);
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      List<String> similar = suggestions(idOrName);
      throw new IllegalArgumentException("Author '" + idOrName + "' is not in this corpus of " + authors.size()
          + " authors; " + (similar.isEmpty() ? "list them with corpus.authors() or the 'authors' command"
              : "authors with that family name: " + similar));
    }
    throw new IllegalArgumentException("Author name '" + idOrName + "' is ambiguous in this corpus: " + found
        + "; use an id instead: " + found.stream().map(Author::id).toList());
  }

  /** Every author whose id or name variant matches. */
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

  private List<String> suggestions(String text) {
    String family;
    try {
      family = PersonName.parse(text).familyKey();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    return authors.stream().filter(a -> a.name().familyKey().equals(family)).limit(5)
        .map(Author::displayName).toList();
  }

  /** The paper with this id. */
  @Override
  public Paper paper(PaperId id) {
    Integer i = paperIndex.get(checkNotNull(id, "id"));
    checkArgument(i != null, "Paper %s is not in this corpus", id);
    return papers.get(i);
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
   * see {@link Snapshot}.
   *
   * @param file where to write the snapshot; an existing file is replaced only once the new one is complete
   * @throws java.io.IOException if the file cannot be written
   */
  public void save(java.nio.file.Path file) throws java.io.IOException {
    Snapshot.save(this, file);
  }

  /** Orders papers by date (undated last), then id. */
  public static final Comparator<Paper> BY_DATE = CorpusView.BY_DATE;

  @Override
  public String toString() {
    return "Corpus(" + papers.size() + " papers, " + authors.size() + " authors, " + report.recordsRead()
        + " records read, " + report.mergedRecords() + " merged, " + report.rejectedRecords() + " rejected)";
  }
}
