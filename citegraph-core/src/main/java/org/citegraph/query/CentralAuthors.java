package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.CoauthorEdge;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.graph.Incidence;
import org.citegraph.graph.PageRank;
import org.citegraph.graph.PageRankScores;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * Global rankings of authors by centrality in the co-authorship graph, over the whole corpus or over the papers
 * listed under one category. Configure, then call {@link #rank()}; each configuration method returns a new immutable
 * instance.
 *
 * <p>Measures (see {@link Measure}):
 *
 * <ul>
 *   <li>weighted degree (strength): Σ of an author's link weights under the chosen {@link Counting}; O(V + E);
 *   <li>co-authors: the number of distinct co-authors; O(V);
 *   <li>PageRank (Brin &amp; Page 1998, "The anatomy of a large-scale hypertextual Web search engine", Computer
 *       Networks 30) on the undirected weighted graph, damping {@link #PAGERANK_DAMPING}, by {@link PageRank} until
 *       the L1 change of an iteration is below {@value PageRank#DEFAULT_TOLERANCE} (the ranking reports the
 *       iterations); O(iterations · (V + E));
 *   <li>betweenness (Brandes 2001, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2)) via
 *       JGraphT's {@link BetweennessCentrality} on a view whose edge lengths are the distances 1/w, so that strong
 *       links are short; O(VE + V² log V) time, O(V + E) space. Unnormalised; each unordered pair counts once.
 * </ul>
 *
 * <p>Restricted to a category, the graph is rebuilt from the papers listed under it (primary or cross-list) through a
 * sub-incidence: O(Σ n_p²) over those papers. Rows are sorted by score descending, then author id.
 */
public final class CentralAuthors {
  /** The PageRank damping factor (the probability of following a link rather than jumping), as in Brin &amp; Page. */
  public static final double PAGERANK_DAMPING = PageRank.DEFAULT_DAMPING;

  /** Full counting by default: weights are numbers of shared papers. */
  public static final Counting DEFAULT_COUNTING = Counting.FULL;

  /** Weighted degree by default. */
  public static final Measure DEFAULT_MEASURE = Measure.DEGREE;

  /** A centrality measure. */
  public enum Measure {
    /** Weighted degree (strength): the sum of an author's link weights under the counting scheme. */
    DEGREE("weighted degree"),
    /** The number of distinct co-authors (unweighted degree). */
    COAUTHORS("co-authors"),
    /** PageRank on the weighted graph (Brin &amp; Page 1998), damping {@link #PAGERANK_DAMPING}. */
    PAGERANK("PageRank"),
    /** Betweenness with edge lengths 1/w (Brandes 2001). */
    BETWEENNESS("betweenness");

    private final String label;

    Measure(String label) {
      this.label = label;
    }

    /**
     * A human-readable name, e.g. "weighted degree".
     *
     * @return the measure's name as shown in ranking titles
     */
    public String label() {
      return label;
    }

    /**
     * Parses a name as used on the command line ("degree", "coauthors", "pagerank", "betweenness").
     *
     * @param name a measure's name in any case, hyphens and surrounding white space ignored ({@code co-authors})
     * @return the measure so named
     * @throws IllegalArgumentException if no measure has this name; the message lists the known names
     * @throws NullPointerException if {@code name} is null
     */
    public static Measure parse(String name) {
      String n = checkNotNull(name, "name").trim().toUpperCase(Locale.ROOT).replace("-", "");
      for (Measure m : values()) {
        if (m.name().equals(n)) {
          return m;
        }
      }
      throw new IllegalArgumentException(
          "unknown measure '" + name + "'; expected degree, coauthors, pagerank or betweenness");
    }
  }

  private final CorpusView corpus;
  private final Measure measure;
  private final Counting counting;
  private final Category category;
  private final int top;

  private CentralAuthors(CorpusView corpus, Measure measure, Counting counting, Category category, int top) {
    this.corpus = corpus;
    this.measure = measure;
    this.counting = counting;
    this.category = category;
    this.top = top;
  }

  /**
   * A ranking over a corpus with default settings: weighted degree, full counting, whole corpus, no limit.
   *
   * @param corpus the corpus whose co-authorship graph is ranked
   * @return the ranking with its defaults
   * @throws NullPointerException if {@code corpus} is null
   */
  public static CentralAuthors of(CorpusView corpus) {
    return new CentralAuthors(checkNotNull(corpus, "corpus"), DEFAULT_MEASURE, DEFAULT_COUNTING, null,
        Integer.MAX_VALUE);
  }

  /**
   * Uses a measure.
   *
   * @param value the centrality measure to rank by
   * @return a ranking with that measure and the other settings unchanged
   * @throws NullPointerException if {@code value} is null
   */
  public CentralAuthors measure(Measure value) {
    return new CentralAuthors(corpus, checkNotNull(value, "measure"), counting, category, top);
  }

  /**
   * Uses a counting scheme for the edge weights (weighted degree, PageRank and betweenness; co-authors ignores it).
   *
   * @param value how much a shared paper with n authors adds to a link's weight
   * @return a ranking with that counting and the other settings unchanged
   * @throws NullPointerException if {@code value} is null
   */
  public CentralAuthors counting(Counting value) {
    return new CentralAuthors(corpus, measure, checkNotNull(value, "counting"), category, top);
  }

  /**
   * Restricts the graph to the papers listed under a category (a code such as "cs.LG" or a short form such as
   * "LG"); authors with no paper there are not ranked.
   *
   * @param code a category code or profile-page short form
   * @return a ranking over that category's papers, the other settings unchanged
   * @throws IllegalArgumentException if the code is blank or holds white space
   * @throws NullPointerException if {@code code} is null
   */
  public CentralAuthors inCategory(String code) {
    return new CentralAuthors(corpus, measure, counting, Category.of(checkNotNull(code, "code")), top);
  }

  /**
   * Ranks over the whole corpus again.
   *
   * @return a ranking without a category restriction, the other settings unchanged
   */
  public CentralAuthors wholeCorpus() {
    return new CentralAuthors(corpus, measure, counting, null, top);
  }

  /**
   * Keeps only the top k rows.
   *
   * @param k how many rows to keep, at least 1 (default: all)
   * @return a ranking with that limit and the other settings unchanged
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public CentralAuthors top(int k) {
    checkArgument(k >= 1, "top must be at least 1, got %s", k);
    return new CentralAuthors(corpus, measure, counting, category, k);
  }

  private String describe() {
    StringBuilder sb = new StringBuilder();
    if (measure != Measure.COAUTHORS) {
      sb.append(counting.name().toLowerCase(Locale.ROOT)).append(" counting");
    } else {
      sb.append("unweighted");
    }
    if (measure == Measure.PAGERANK) {
      sb.append(", damping ").append(PAGERANK_DAMPING);
    }
    if (measure == Measure.BETWEENNESS) {
      sb.append(", lengths 1/w");
    }
    sb.append(category == null ? ", whole corpus" : ", papers in " + category.code());
    return sb.toString();
  }

  /** The graph and paper counts in scope. */
  private record Scope(CoauthorGraph graph, Map<String, Integer> papers) {}

  private Scope scope() {
    Incidence inc = corpus.incidence();
    List<Paper> papers = category == null ? corpus.papers() : corpus.papersIn(category);
    if (category == null) {
      Map<String, Integer> counts = new HashMap<>();
      for (Author a : corpus.authors()) {
        counts.put(a.id(), corpus.paperCount(a));
      }
      return new Scope(corpus.coauthorGraph(), counts);
    }
    // Sub-incidence over the category's papers: the authors who appear, in increasing corpus index (so the sub-list
    // stays sorted by id), renumbered through a dense array; no boxing per authorship.
    int[] paperIdx = new int[papers.size()];
    int[] remap = new int[corpus.authors().size()];
    Arrays.fill(remap, -1);
    int[] papersInScope = new int[remap.length];
    for (int i = 0; i < papers.size(); i++) {
      paperIdx[i] = corpus.indexOf(papers.get(i));
      for (int j = 0; j < inc.authorCountOf(paperIdx[i]); j++) {
        int a = inc.authorAt(paperIdx[i], j);
        remap[a] = 0;
        papersInScope[a]++;
      }
    }
    List<Author> authors = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int a = 0; a < remap.length; a++) {
      if (remap[a] == 0) {
        remap[a] = authors.size();
        authors.add(corpus.authors().get(a));
        counts.put(corpus.authors().get(a).id(), papersInScope[a]);
      }
    }
    int[][] rows = new int[papers.size()][];
    int[] placed = new int[papers.size()];
    for (int i = 0; i < papers.size(); i++) {
      int n = inc.authorCountOf(paperIdx[i]);
      rows[i] = new int[n];
      for (int j = 0; j < n; j++) {
        rows[i][j] = remap[inc.authorAt(paperIdx[i], j)];
      }
      placed[i] = inc.placedCount(paperIdx[i]);
    }
    Incidence sub = new Incidence(authors.size(), rows, placed);
    return new Scope(CoauthorGraph.build(authors, papers, sub, corpus.hyperAuthorshipThreshold()), counts);
  }

  /**
   * Computes the ranking, in the running time of the chosen measure (see the class comment) plus O(V log V) for the
   * sort.
   *
   * @return the authors in scope ranked from 1 by score descending, then id, at most {@code top} rows; no rows when
   *     no author is in scope
   */
  public AuthorRanking rank() {
    Scope s = scope();
    CoauthorGraph g = s.graph();
    List<Author> authors = g.authors();
    PageRankScores pageRank = measure == Measure.PAGERANK
        ? PageRank.withDefaults().damping(PAGERANK_DAMPING).of(g, counting) : null;
    double[] scores = pageRank != null ? pageRank.toArray() : scores(g);
    int[] order = new int[authors.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Collaborators.sortIndices(order, (x, y) -> {
      int c = Double.compare(-scores[x], -scores[y]);
      return c != 0 ? c : authors.get(x).id().compareTo(authors.get(y).id());
    });
    List<RankedAuthor> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.length); i++) {
      Author a = authors.get(order[i]);
      rows.add(new RankedAuthor(i + 1, a, scores[order[i]], s.papers().get(a.id()), g.degree(a)));
    }
    String settings = describe() + (pageRank != null ? ", " + pageRank.convergence().describe() : "");
    return new AuthorRanking(measure, settings, rows,
        pageRank != null ? Optional.of(pageRank.convergence()) : Optional.empty());
  }

  /** Each author's score, by vertex index, for the measures other than PageRank. */
  private double[] scores(CoauthorGraph g) {
    List<Author> authors = g.authors();
    double[] out = new double[authors.size()];
    if (out.length == 0) {
      return out;
    }
    Map<Author, Double> betweenness = measure == Measure.BETWEENNESS
        // Edge lengths 1/w read from the edges themselves: no weight map, no boxing per edge.
        ? new BetweennessCentrality<>(new LengthView(g.asGraph(counting), counting), false).getScores() : null;
    for (int i = 0; i < out.length; i++) {
      Author a = authors.get(i);
      out[i] = switch (measure) {
        case DEGREE -> g.strength(a, counting);
        case COAUTHORS -> g.degree(a);
        case BETWEENNESS -> betweenness.get(a);
        case PAGERANK -> throw new IllegalStateException("PageRank is computed by rank()");
      };
    }
    return out;
  }

  /** A view whose edge weights are the lengths 1/w under a counting scheme, computed from each edge on each call. */
  private static final class LengthView extends AsUnmodifiableGraph<Author, CoauthorEdge> {
    private static final long serialVersionUID = 1L;
    private final Counting counting;

    LengthView(Graph<Author, CoauthorEdge> weights, Counting counting) {
      super(weights);
      this.counting = counting;
    }

    @Override
    public double getEdgeWeight(CoauthorEdge e) {
      return 1.0 / e.weight(counting);
    }

    @Override
    public GraphType getType() {
      return super.getType().asWeighted();
    }
  }
}
