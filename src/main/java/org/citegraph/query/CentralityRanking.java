package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.citegraph.Corpus;
import org.citegraph.graph.CoauthorEdge;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.graph.Incidence;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsWeightedGraph;

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
 *       Networks 30) on the undirected weighted graph, damping {@link #PAGERANK_DAMPING}, via JGraphT's
 *       {@link PageRank}; O(iterations · (V + E));
 *   <li>betweenness (Brandes 2001, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2)) via
 *       JGraphT's {@link BetweennessCentrality} on a view whose edge lengths are the distances 1/w, so that strong
 *       links are short; O(VE + V² log V) time, O(V + E) space. Unnormalised; each unordered pair counts once.
 * </ul>
 *
 * <p>Restricted to a category, the graph is rebuilt from the papers listed under it (primary or cross-list) through a
 * sub-incidence: O(Σ n_p²) over those papers. Rows are sorted by score descending, then author id.
 */
public final class CentralityRanking {
  /** The PageRank damping factor (the probability of following a link rather than jumping), as in Brin &amp; Page. */
  public static final double PAGERANK_DAMPING = 0.85;

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

    /** A human-readable name, e.g. "weighted degree". */
    public String label() {
      return label;
    }

    /** Parses a name as used on the command line ("degree", "coauthors", "pagerank", "betweenness"). */
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

  private final Corpus corpus;
  private final Measure measure;
  private final Counting counting;
  private final Category category;
  private final int top;

  private CentralityRanking(Corpus corpus, Measure measure, Counting counting, Category category, int top) {
    this.corpus = corpus;
    this.measure = measure;
    this.counting = counting;
    this.category = category;
    this.top = top;
  }

  /** A ranking over a corpus with default settings: weighted degree, full counting, whole corpus, no limit. */
  public static CentralityRanking of(Corpus corpus) {
    return new CentralityRanking(checkNotNull(corpus, "corpus"), DEFAULT_MEASURE, DEFAULT_COUNTING, null,
        Integer.MAX_VALUE);
  }

  /** Uses a measure. */
  public CentralityRanking measure(Measure value) {
    return new CentralityRanking(corpus, checkNotNull(value, "measure"), counting, category, top);
  }

  /** Uses a counting scheme for the edge weights (weighted degree, PageRank and betweenness). */
  public CentralityRanking counting(Counting value) {
    return new CentralityRanking(corpus, measure, checkNotNull(value, "counting"), category, top);
  }

  /**
   * Restricts the graph to the papers listed under a category (a code such as "cs.LG" or a short form such as
   * "LG"); authors with no paper there are not ranked.
   */
  public CentralityRanking inCategory(String code) {
    return new CentralityRanking(corpus, measure, counting, Category.of(checkNotNull(code, "code")), top);
  }

  /** Ranks over the whole corpus again. */
  public CentralityRanking wholeCorpus() {
    return new CentralityRanking(corpus, measure, counting, null, top);
  }

  /** Keeps only the top k rows. */
  public CentralityRanking top(int k) {
    checkArgument(k >= 1, "top must be at least 1, got %s", k);
    return new CentralityRanking(corpus, measure, counting, category, k);
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
    // Sub-incidence over the category's papers: authors in first-appearance order are remapped to sorted ids.
    TreeSet<Integer> authorIdx = new TreeSet<>();
    int[] paperIdx = new int[papers.size()];
    for (int i = 0; i < papers.size(); i++) {
      paperIdx[i] = corpus.indexOf(papers.get(i));
      inc.authorsOf(paperIdx[i]).forEach(authorIdx::add);
    }
    Map<Integer, Integer> remap = new HashMap<>();
    List<Author> authors = new ArrayList<>(authorIdx.size());
    for (int a : authorIdx) { // corpus authors are sorted by id, so increasing indices keep the sub-list sorted
      remap.put(a, authors.size());
      authors.add(corpus.authors().get(a));
    }
    int[][] rows = new int[papers.size()][];
    int[] placed = new int[papers.size()];
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < papers.size(); i++) {
      rows[i] = inc.authorsOf(paperIdx[i]).map(remap::get).toArray();
      placed[i] = inc.placedCount(paperIdx[i]);
      inc.authorsOf(paperIdx[i]).forEach(a -> counts.merge(corpus.authors().get(a).id(), 1, Integer::sum));
    }
    Incidence sub = new Incidence(authors.size(), rows, placed);
    return new Scope(CoauthorGraph.build(authors, papers, sub, corpus.hyperAuthorshipThreshold()), counts);
  }

  /** Computes the ranking. */
  public AuthorRanking rank() {
    Scope s = scope();
    CoauthorGraph g = s.graph();
    Map<Author, Double> scores = scores(g);
    List<Author> order = new ArrayList<>(g.authors());
    order.sort(Comparator.comparingDouble((Author a) -> -scores.get(a)).thenComparing(Author::id));
    List<RankedAuthor> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.size()); i++) {
      Author a = order.get(i);
      rows.add(new RankedAuthor(i + 1, a, scores.get(a), s.papers().get(a.id()), g.degree(a)));
    }
    return new AuthorRanking(measure, describe(), rows);
  }

  private Map<Author, Double> scores(CoauthorGraph g) {
    Map<Author, Double> out = new HashMap<>();
    if (g.vertexCount() == 0) {
      return out;
    }
    switch (measure) {
      case DEGREE -> g.authors().forEach(a -> out.put(a, g.strength(a, counting)));
      case COAUTHORS -> g.authors().forEach(a -> out.put(a, (double) g.degree(a)));
      case PAGERANK -> out.putAll(new PageRank<>(g.asGraph(counting), PAGERANK_DAMPING,
          PageRank.MAX_ITERATIONS_DEFAULT, PageRank.TOLERANCE_DEFAULT).getScores());
      case BETWEENNESS -> {
        Graph<Author, CoauthorEdge> weights = g.asGraph(counting);
        Graph<Author, CoauthorEdge> lengths =
            new AsWeightedGraph<>(weights, e -> 1.0 / weights.getEdgeWeight(e), true, false);
        out.putAll(new BetweennessCentrality<>(lengths, false).getScores());
      }
      default -> throw new AssertionError(measure);
    }
    return out;
  }
}
