package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.LinkPredictionAlgorithm;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.ResourceAllocationIndexLinkPrediction;

/**
 * Suggests new collaborators for an author by link prediction in the co-authorship graph (Liben-Nowell &amp;
 * Kleinberg 2007, "The link-prediction problem for social networks", JASIST 58(7)). Configure, then call
 * {@link #suggest(Author)}; each configuration method returns a new immutable instance.
 *
 * <p>Candidates are the authors at distance exactly 2: co-authors of co-authors, excluding the author and their
 * existing co-authors. Each candidate y of author x is scored with a neighborhood index over the common co-authors
 * z ∈ Γ(x) ∩ Γ(y), with k(z) the number of co-authors of z (link weights are ignored), computed on the compact graph
 * exactly as JGraphT's predictor computes it (same terms, same order), without building a JGraphT view:
 *
 * <ul>
 *   <li>Adamic–Adar (Adamic &amp; Adar 2003, "Friends and neighbors on the Web", Social Networks 25(3)):
 *       Σ 1/ln k(z), as {@link AdamicAdarIndexLinkPrediction} (the default, {@link #DEFAULT_INDEX});
 *   <li>resource allocation (Zhou, Lü &amp; Zhang 2009, "Predicting missing links via local information", Eur. Phys.
 *       J. B 71): Σ 1/k(z), as {@link ResourceAllocationIndexLinkPrediction}.
 * </ul>
 *
 * <p>A common neighbor has k(z) ≥ 2, so both indices are well defined. Each suggestion lists its common
 * co-authors with the papers they share with each side. Rows are sorted by score descending, then id. Running time:
 * O(Σ_{z ∈ Γ(x)} k(z)) to find candidates, plus the index for each candidate.
 */
public final class CollaboratorSuggestions {
  /** A link-prediction index. */
  public enum Index {
    /** Adamic–Adar: Σ 1/ln k(z) over common neighbors z (Adamic &amp; Adar 2003). */
    ADAMIC_ADAR("Adamic-Adar"),
    /** Resource allocation: Σ 1/k(z) over common neighbors z (Zhou, Lü &amp; Zhang 2009). */
    RESOURCE_ALLOCATION("resource allocation");

    private final String label;

    Index(String label) {
      this.label = label;
    }

    /**
     * A human-readable name, e.g. "Adamic-Adar".
     *
     * @return the index's name as shown in suggestion titles
     */
    public String label() {
      return label;
    }

    /**
     * What a common neighbor with {@code degree} co-authors (at least 2) adds to the score.
     *
     * @param degree the common neighbor's number of distinct co-authors, k(z), at least 2
     * @return 1/ln k(z) for Adamic–Adar (at most 1/ln 2 ≈ 1.44), 1/k(z) for resource allocation (at most 0.5)
     * @throws IllegalArgumentException if {@code degree} is less than 2
     */
    public double contribution(int degree) {
      checkArgument(degree >= 2, "a common neighbor has at least 2 co-authors, got %s", degree);
      return this == ADAMIC_ADAR ? 1.0 / Math.log(degree) : 1.0 / degree;
    }

    /**
     * Parses a name as used on the command line ("adamic-adar", "resource-allocation", or the constant names).
     *
     * @param name an index's name in any case, hyphens read as underscores, surrounding white space ignored
     * @return the index so named
     * @throws IllegalArgumentException if no index has this name; the message lists the known names
     * @throws NullPointerException if {@code name} is null
     */
    public static Index parse(String name) {
      String n = checkNotNull(name, "name").trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Index i : values()) {
        if (i.name().equals(n)) {
          return i;
        }
      }
      throw new IllegalArgumentException(
          "unknown index '" + name + "'; expected adamic-adar or resource-allocation");
    }

    /** JGraphT's predictor for this index over a graph: the reference the scores of {@code suggest} equal. */
    <E> LinkPredictionAlgorithm<Author, E> on(Graph<Author, E> g) {
      return this == ADAMIC_ADAR ? new AdamicAdarIndexLinkPrediction<>(g)
          : new ResourceAllocationIndexLinkPrediction<>(g);
    }
  }

  /** Adamic–Adar by default. */
  public static final Index DEFAULT_INDEX = Index.ADAMIC_ADAR;

  private final CorpusView corpus;
  private final Index index;
  private final int top;

  private CollaboratorSuggestions(CorpusView corpus, Index index, int top) {
    this.corpus = corpus;
    this.index = index;
    this.top = top;
  }

  /**
   * Suggestions over a corpus with default settings: Adamic–Adar, no limit.
   *
   * @param corpus the corpus whose co-authorship graph is searched
   * @return the suggestions with their defaults
   * @throws NullPointerException if {@code corpus} is null
   */
  public static CollaboratorSuggestions of(CorpusView corpus) {
    return new CollaboratorSuggestions(checkNotNull(corpus, "corpus"), DEFAULT_INDEX, Integer.MAX_VALUE);
  }

  /**
   * Uses a link-prediction index.
   *
   * @param value the index that scores each candidate
   * @return suggestions with that index and the other settings unchanged
   * @throws NullPointerException if {@code value} is null
   */
  public CollaboratorSuggestions index(Index value) {
    return new CollaboratorSuggestions(corpus, checkNotNull(value, "index"), top);
  }

  /**
   * Keeps only the top k suggestions.
   *
   * @param k how many suggestions to keep, at least 1 (default: all)
   * @return suggestions with that limit and the other settings unchanged
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public CollaboratorSuggestions top(int k) {
    checkArgument(k >= 1, "top must be at least 1, got %s", k);
    return new CollaboratorSuggestions(corpus, index, k);
  }

  /**
   * Suggests collaborators for an author; empty when every author at distance 2 is missing (e.g. a star centre).
   * Works on the compact graph alone (no JGraphT view is built): the scores are the sums JGraphT's predictors
   * compute, over the common neighbors in the same order, so they are equal to the last bit.
   *
   * @param author an author of the corpus
   * @return the candidates at distance 2, ranked from 1 by score descending, then id, at most {@code top} rows
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public SuggestionRanking suggest(Author author) {
    corpus.indexOf(author);
    CoauthorGraph g = corpus.coauthorGraph();
    List<Author> coauthors = g.neighbors(author);
    Set<Author> excluded = new HashSet<>(coauthors);
    excluded.add(author);
    // JGraphT's predictors sum over new HashSet<>(neighbors of x) ∩ neighbors of y, in that set's iteration order;
    // walking the co-authors in the same set's order lists each candidate's common neighbors in that order.
    List<Author> walk = new ArrayList<>(new HashSet<>(coauthors));
    // Candidates (sorted by id) with their common neighbors, found by walking two steps.
    Map<Author, List<Author>> common = new TreeMap<>(Comparator.comparing(Author::id));
    for (Author z : walk) {
      for (Author y : g.neighbors(z)) {
        if (!excluded.contains(y)) {
          common.computeIfAbsent(y, k -> new ArrayList<>()).add(z);
        }
      }
    }
    List<Suggestion> all = new ArrayList<>(common.size());
    for (Map.Entry<Author, List<Author>> e : common.entrySet()) {
      Author y = e.getKey();
      List<CommonNeighbor> via = new ArrayList<>();
      double score = 0d;
      for (Author z : e.getValue()) {
        int k = g.degree(z);
        double contribution = index.contribution(k);
        score += contribution;
        via.add(new CommonNeighbor(z, k, (int) g.weight(author, z, Counting.FULL), (int) g.weight(z, y, Counting.FULL),
            contribution));
      }
      via.sort(Comparator.comparingDouble((CommonNeighbor c) -> -c.contribution())
          .thenComparing(c -> c.author().id()));
      all.add(new Suggestion(0, y, score, via));
    }
    all.sort(Comparator.comparingDouble((Suggestion s) -> -s.score()).thenComparing(s -> s.candidate().id()));
    List<Suggestion> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(top, all.size()); i++) {
      Suggestion s = all.get(i);
      rows.add(new Suggestion(i + 1, s.candidate(), s.score(), s.via()));
    }
    return new SuggestionRanking(author, index.label() + " index, candidates at distance 2", rows);
  }
}
