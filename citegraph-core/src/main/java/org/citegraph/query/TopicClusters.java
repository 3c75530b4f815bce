package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.Incidence;
import org.citegraph.internal.cluster.Leiden;
import org.citegraph.internal.text.SimilarityGraph;
import org.citegraph.internal.text.TermScores;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;

/**
 * Clusters papers into topics by content and co-authorship. Configure, then call {@link #cluster()} for the whole
 * corpus or {@link #clusterPapersOf(Author)} for one author's papers; configuration methods return new instances.
 *
 * <p>Method:
 * <ol>
 *   <li>Each paper's title and abstract become a TF-IDF vector of words and multi-word phrases (stop words removed).
 *   <li>A sparse similarity graph links each paper to its {@code k} most similar papers by cosine, found through an
 *       inverted index (never all pairs), and to its {@code k} papers sharing the most authors. An edge weighs
 *       {@code α·cosine + (1 − α)·Jaccard(authors)}. Up to {@link #EXACT_SIMILARITY_MAX_PAPERS} papers the text
 *       neighbours are exact; above, they come from a statically pruned index ({@link
 *       SimilarityGraph#buildPruned}: each paper's {@link #INDEXED_TERMS_PER_PAPER} highest TF-IDF terms, posting
 *       lists cut to {@link #MAX_POSTINGS_PER_TERM}, candidates re-scored with the exact cosine), whose cost is
 *       linear in the number of papers.
 *   <li>The Leiden algorithm (Traag, Waltman &amp; van Eck 2019) maximises modularity on that graph with a fixed
 *       seed.
 *   <li>Each cluster is labelled with its most distinctive terms by log-likelihood ratio against the other papers
 *       (Dunning 1993, "Accurate methods for the statistics of surprise and coincidence", Computational Linguistics
 *       19(1)), and described by its top authors, years and category mix. Papers and authors whose links spread
 *       over several clusters are reported as bridges (participation coefficient, Guimerà &amp; Amaral 2005).
 * </ol>
 * Papers are numbered by id, so the same papers in any input order give the same clusters. Running time: about
 * O(T + N·k·log k + Σ_a p_a·n) for T tokens, N papers and the co-author step over authors' papers, plus Leiden's
 * O(iterations · N·k).
 */
public final class TopicClusters {
  /** Default number of most-similar neighbours per paper. */
  public static final int DEFAULT_NEIGHBOURS = 10;
  /** Default weight of content similarity against co-authorship (α). */
  public static final double DEFAULT_TEXT_WEIGHT = 0.7;
  /** Default modularity resolution γ. */
  public static final double DEFAULT_RESOLUTION = 1.0;
  /** Default random seed. */
  public static final long DEFAULT_SEED = 42L;
  /** Papers with more authors than this add no co-authorship links (they would link everything). */
  public static final int MAX_AUTHORS_FOR_COAUTHOR_LINKS = 100;
  /** Number of terms in a cluster label. */
  public static final int LABEL_TERMS = 3;
  /**
   * Up to this many papers the text neighbours are exact (every shared term counts); above it they come from
   * {@link SimilarityGraph#buildPruned}, whose cost grows linearly with the number of papers.
   */
  public static final int EXACT_SIMILARITY_MAX_PAPERS = 5_000;
  /** Above {@link #EXACT_SIMILARITY_MAX_PAPERS}: how many of each paper's highest TF-IDF terms are indexed. */
  public static final int INDEXED_TERMS_PER_PAPER = 16;
  /** Above {@link #EXACT_SIMILARITY_MAX_PAPERS}: the maximal posting-list length (highest weights kept). */
  public static final int MAX_POSTINGS_PER_TERM = 256;
  /** Above {@link #EXACT_SIMILARITY_MAX_PAPERS}: candidates re-scored exactly, per neighbour wanted. */
  public static final int CANDIDATES_PER_NEIGHBOUR = 3;

  private final CorpusView corpus;
  private final int neighbours;
  private final double textWeight;
  private final double resolution;
  private final long seed;
  private final int exactSimilarityMaxPapers;

  private TopicClusters(CorpusView corpus, int neighbours, double textWeight, double resolution, long seed,
      int exactSimilarityMaxPapers) {
    this.corpus = corpus;
    this.neighbours = neighbours;
    this.textWeight = textWeight;
    this.resolution = resolution;
    this.seed = seed;
    this.exactSimilarityMaxPapers = exactSimilarityMaxPapers;
  }

  /** Topic clustering over a corpus with the defaults. */
  public static TopicClusters of(CorpusView corpus) {
    return new TopicClusters(checkNotNull(corpus, "corpus"), DEFAULT_NEIGHBOURS, DEFAULT_TEXT_WEIGHT,
        DEFAULT_RESOLUTION, DEFAULT_SEED,
        EXACT_SIMILARITY_MAX_PAPERS);
  }

  /** Links each paper to its {@code k} most similar papers (by content and by shared authors). */
  public TopicClusters neighbours(int k) {
    checkArgument(k >= 1, "neighbours must be at least 1, got %s", k);
    return new TopicClusters(corpus, k, textWeight, resolution, seed, exactSimilarityMaxPapers);
  }

  /** The weight α of content similarity; 1 − α goes to shared authors. */
  public TopicClusters textWeight(double alpha) {
    checkArgument(alpha >= 0 && alpha <= 1, "textWeight must be in [0, 1], got %s", alpha);
    return new TopicClusters(corpus, neighbours, alpha, resolution, seed, exactSimilarityMaxPapers);
  }

  /** The modularity resolution γ: larger gives more, smaller clusters. */
  public TopicClusters resolution(double gamma) {
    checkArgument(gamma > 0, "resolution must be positive, got %s", gamma);
    return new TopicClusters(corpus, neighbours, textWeight, gamma, seed, exactSimilarityMaxPapers);
  }

  /** The random seed of the Leiden algorithm. */
  public TopicClusters seed(long value) {
    return new TopicClusters(corpus, neighbours, textWeight, resolution, value, exactSimilarityMaxPapers);
  }

  /**
   * Tests only: the corpus size up to which text neighbours are exact (default {@link
   * #EXACT_SIMILARITY_MAX_PAPERS}); 0 makes every clustering use the pruned index.
   */
  TopicClusters exactSimilarityMaxPapers(int papers) {
    checkArgument(papers >= 0, "papers must be >= 0, got %s", papers);
    return new TopicClusters(corpus, neighbours, textWeight, resolution, seed, papers);
  }

  /** Clusters every paper of the corpus. */
  public TopicClustering cluster() {
    int[] all = new int[corpus.papers().size()];
    Arrays.setAll(all, i -> i);
    return cluster(all);
  }

  /** Clusters the papers of one author. */
  public TopicClustering clusterPapersOf(Author author) {
    return cluster(corpus.incidence().papersOf(corpus.indexOf(author)).toArray());
  }

  private String describe() {
    return String.format(Locale.ROOT, "k=%d, text weight %.2f, resolution %.2f, seed %d", neighbours, textWeight,
        resolution, seed);
  }

  /** Clusters the papers with these corpus indices (sorted ascending). */
  private TopicClustering cluster(int[] selection) {
    int n = selection.length;
    List<Paper> papers = new ArrayList<>(n);
    List<TermVectors.Document> docs = new ArrayList<>(n);
    int[] local = new int[corpus.papers().size()];
    Arrays.fill(local, -1);
    for (int i = 0; i < n; i++) {
      Paper p = corpus.papers().get(selection[i]);
      papers.add(p);
      docs.add(new TermVectors.Document(p.title(), p.abstractText()));
      local[selection[i]] = i;
    }
    TermVectors vectors = TermVectors.of(docs);
    long[] edgeKeys = candidateEdges(selection, local, vectors);
    int m = edgeKeys.length;
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weight = new double[m];
    // Each edge's weight depends on its two papers only, so the edges are weighed in parallel, each written to its
    // own slot; then the positive ones are compacted in place (kept <= e).
    int[][] sortedAuthors = new int[n][];
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> sortedAuthors[i] = sortedAuthors(selection[i]));
    java.util.stream.IntStream.range(0, m).parallel().forEach(e -> {
      int a = (int) (edgeKeys[e] >>> 32);
      int b = (int) edgeKeys[e];
      weight[e] = textWeight * vectors.cosine(a, b) + (1 - textWeight) * jaccard(sortedAuthors[a], sortedAuthors[b]);
    });
    int kept = 0;
    for (int e = 0; e < m; e++) {
      if (weight[e] > 0) {
        from[kept] = (int) (edgeKeys[e] >>> 32);
        to[kept] = (int) edgeKeys[e];
        weight[kept] = weight[e];
        kept++;
      }
    }
    // Large corpora stop iterating once Leiden is stable; small ones run every iteration, as before.
    Leiden.Result result = Leiden.cluster(n, Arrays.copyOf(from, kept), Arrays.copyOf(to, kept),
        Arrays.copyOf(weight, kept), resolution, seed, Leiden.DEFAULT_ITERATIONS, n > exactSimilarityMaxPapers);
    int[] membership = result.membership();

    TermScores scores = new TermScores(vectors);
    // Members of each cluster, ascending, in one pass (counting sort by label).
    int[] memberStart = new int[result.clusterCount() + 1];
    for (int label : membership) {
      memberStart[label + 1]++;
    }
    for (int c = 0; c < result.clusterCount(); c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] byCluster = new int[n];
    int[] fill = Arrays.copyOf(memberStart, result.clusterCount());
    for (int i = 0; i < n; i++) {
      byCluster[fill[membership[i]]++] = i;
    }
    List<TopicCluster> clusters = new ArrayList<>();
    for (int c = 0; c < result.clusterCount(); c++) {
      int[] members = Arrays.copyOfRange(byCluster, memberStart[c], memberStart[c + 1]);
      clusters.add(describeCluster(c + 1, members, papers, selection, scores));
    }
    return new TopicClustering(describe(), clusters, result.modularity(), kept,
        bridgingPapers(n, from, to, weight, membership, papers), bridgingAuthors(selection, membership));
  }

  /** Candidate edges (a < b, local indices) packed as longs, sorted and unique. */
  private long[] candidateEdges(int[] selection, int[] local, TermVectors vectors) {
    int n = selection.length;
    SimilarityGraph text = n <= exactSimilarityMaxPapers
        ? SimilarityGraph.build(vectors, neighbours)
        : SimilarityGraph.buildPruned(vectors, neighbours, INDEXED_TERMS_PER_PAPER, MAX_POSTINGS_PER_TERM,
            CANDIDATES_PER_NEIGHBOUR * neighbours);
    long[] keys = new long[Math.max(16, 2 * n * neighbours)];
    int count = 0;
    for (int a = 0; a < n; a++) {
      for (int b : text.neighbours(a)) {
        keys = ensure(keys, count);
        keys[count++] = pack(a, b);
      }
    }
    // Co-author links: for each paper, the papers sharing the most authors with it (ties by index).
    Incidence inc = corpus.incidence();
    int[] shared = new int[n];
    int[] touched = new int[n];
    for (int a = 0; a < n; a++) {
      int p = selection[a];
      if (inc.authorCountOf(p) > MAX_AUTHORS_FOR_COAUTHOR_LINKS) {
        continue;
      }
      int touchedCount = 0;
      for (int author : inc.authorsOf(p).toArray()) {
        for (int q : inc.papersOf(author).toArray()) {
          int b = local[q];
          if (b < 0 || b == a || inc.authorCountOf(q) > MAX_AUTHORS_FOR_COAUTHOR_LINKS) {
            continue;
          }
          if (shared[b]++ == 0) {
            touched[touchedCount++] = b;
          }
        }
      }
      long[] ranked = new long[touchedCount];
      for (int i = 0; i < touchedCount; i++) {
        int b = touched[i];
        // Most shared authors first (negated count in the high bits), then smaller index.
        ranked[i] = ((long) (Integer.MAX_VALUE - shared[b]) << 32) | b;
        shared[b] = 0;
      }
      Arrays.sort(ranked);
      for (int i = 0; i < Math.min(neighbours, ranked.length); i++) {
        keys = ensure(keys, count);
        keys[count++] = pack(a, (int) ranked[i]);
      }
    }
    long[] sorted = Arrays.copyOf(keys, count);
    Arrays.sort(sorted);
    return Arrays.stream(sorted).distinct().toArray();
  }

  private static long[] ensure(long[] keys, int count) {
    return count < keys.length ? keys : Arrays.copyOf(keys, keys.length * 2);
  }

  private static long pack(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /** A paper's authors sorted by index; empty above {@link #MAX_AUTHORS_FOR_COAUTHOR_LINKS} (no co-author links). */
  private int[] sortedAuthors(int p) {
    Incidence inc = corpus.incidence();
    return inc.authorCountOf(p) > MAX_AUTHORS_FOR_COAUTHOR_LINKS ? new int[0] : inc.authorsOf(p).sorted().toArray();
  }

  /** Jaccard similarity of two sorted author sets; 0 when either is empty. */
  private static double jaccard(int[] x, int[] y) {
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (x.length + y.length - common);
  }

  private TopicCluster describeCluster(int id, int[] members, List<Paper> papers, int[] selection,
      TermScores scores) {
    Map<String, Double> terms = new LinkedHashMap<>();
    for (TermScores.ScoredTerm t : scores.distinctiveTerms(members, 8)) {
      terms.put(t.term(), t.score());
    }
    String label = scores.label(members, LABEL_TERMS);
    List<Paper> clusterPapers = new ArrayList<>();
    Map<Integer, Integer> authorCounts = new TreeMap<>();
    Map<Integer, Integer> years = new TreeMap<>();
    Map<String, Integer> primary = new TreeMap<>();
    Map<String, Integer> listed = new TreeMap<>();
    Incidence inc = corpus.incidence();
    for (int i : members) {
      Paper p = papers.get(i);
      clusterPapers.add(p);
      inc.authorsOf(selection[i]).forEach(a -> authorCounts.merge(a, 1, Integer::sum));
      p.year().ifPresent(y -> years.merge(y, 1, Integer::sum));
      primary.merge(p.primaryCategory().map(Category::code).orElse("unknown"), 1, Integer::sum);
      for (Category c : p.categories()) {
        listed.merge(c.code(), 1, Integer::sum);
      }
    }
    clusterPapers.sort(CorpusView.BY_DATE);
    Map<String, Integer> topAuthors = new LinkedHashMap<>();
    authorCounts.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
            .thenComparing(e -> corpus.authors().get(e.getKey()).id()))
        .limit(5).forEach(e -> topAuthors.put(corpus.authors().get(e.getKey()).displayName(), e.getValue()));
    Map<String, Double> shares = new LinkedHashMap<>();
    sortedByCount(listed).forEach((code, count) -> shares.put(code, count / (double) members.length));
    return new TopicCluster(id, label.isEmpty() ? "(no distinctive terms)" : label, terms, clusterPapers, topAuthors,
        years, sortedByCount(primary), shares);
  }

  private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static List<Bridge> bridgingPapers(int n, int[] from, int[] to, double[] weight, int[] membership,
      List<Paper> papers) {
    List<Map<Integer, Double>> perCluster = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      perCluster.add(new TreeMap<>());
    }
    for (int e = 0; e < from.length; e++) {
      perCluster.get(from[e]).merge(membership[to[e]] + 1, weight[e], Double::sum);
      perCluster.get(to[e]).merge(membership[from[e]] + 1, weight[e], Double::sum);
    }
    List<Bridge> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Bridge b = bridge(papers.get(i).title(), papers.get(i).id().toString(), perCluster.get(i));
      if (b != null) {
        out.add(b);
      }
    }
    return top(out);
  }

  private List<Bridge> bridgingAuthors(int[] selection, int[] membership) {
    Map<Integer, Map<Integer, Double>> perAuthor = new TreeMap<>();
    Incidence inc = corpus.incidence();
    for (int i = 0; i < selection.length; i++) {
      int cluster = membership[i] + 1;
      inc.authorsOf(selection[i]).forEach(a -> perAuthor.computeIfAbsent(a, k -> new TreeMap<>())
          .merge(cluster, 1.0, Double::sum));
    }
    List<Bridge> out = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, Double>> e : perAuthor.entrySet()) {
      Author a = corpus.authors().get(e.getKey());
      Bridge b = bridge(a.displayName(), a.id(), e.getValue());
      if (b != null) {
        out.add(b);
      }
    }
    return top(out);
  }

  /** A bridge when the weights spread over at least two clusters, else null. */
  private static Bridge bridge(String name, String id, Map<Integer, Double> weights) {
    if (weights.size() < 2) {
      return null;
    }
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double sumSquares = 0;
    Map<Integer, Double> shares = new LinkedHashMap<>();
    List<Map.Entry<Integer, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (Map.Entry<Integer, Double> e : entries) {
      double s = e.getValue() / total;
      sumSquares += s * s;
      shares.put(e.getKey(), s);
    }
    return new Bridge(name, id, 1 - sumSquares, shares);
  }

  private static List<Bridge> top(List<Bridge> bridges) {
    bridges.sort(Comparator.comparingDouble((Bridge b) -> -b.participation()).thenComparing(Bridge::id));
    return List.copyOf(bridges.subList(0, Math.min(20, bridges.size())));
  }
}
