package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.Incidence;
import org.citegraph.internal.PhaseLog;
import org.citegraph.internal.cluster.Adjacency;
import org.citegraph.internal.cluster.Leiden;
import org.citegraph.internal.text.SimilarityGraph;
import org.citegraph.internal.text.TermScores;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.internal.text.TopK;
import org.citegraph.internal.text.TopScores;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;

/**
 * Clusters papers into broad topics and their subtopics by content and co-authorship. Configure, then call {@link
 * #cluster()} for the whole corpus or {@link #clusterPapersOf(Author)} for one author's papers; configuration
 * methods return new instances. {@link #level(TopicLevel)} chooses whether the result lists the broad topics (each
 * holding its subtopics, the default) or the subtopics.
 *
 * <p>Method:
 * <ol>
 *   <li>Each paper's title and abstract become a TF-IDF vector of words and multi-word phrases (stop words removed).
 *   <li>One sparse similarity graph links each paper to its {@code k} most similar papers by cosine, found through
 *       an inverted index (never all pairs), and to its {@code k} papers sharing the most authors. An edge weighs
 *       {@code α·cosine + (1 − α)·Jaccard(authors)}. Up to {@link #EXACT_SIMILARITY_MAX_PAPERS} papers the text
 *       neighbors are exact; above, they come from a statically pruned index ({@link
 *       SimilarityGraph#buildPruned}), whose cost is linear in the number of papers.
 *   <li><b>Broad topics.</b> The Leiden algorithm (Traag, Waltman &amp; van Eck 2019) maximises modularity with
 *       resolution γ on that graph, sweeping γ down the grid {@link #RESOLUTION_GRID} (each run warm-started from the
 *       last) and keeping the coarsest partition with {@link #MIN_BROAD_TOPICS} to {@link #MAX_BROAD_TOPICS}
 *       <i>major</i> clusters — clusters of at least {@link #MIN_TOPIC_SHARE} of the papers (and {@link
 *       #MIN_TOPIC_PAPERS}); when no γ of the grid lands in that span, the first with at most {@link
 *       #MAX_BROAD_TOPICS}.
 *       The major clusters seed a spherical k-means refinement (Dhillon &amp; Modha 2001, "Concept decompositions
 *       for large sparse text data using clustering", Machine Learning 42) in which a paper's affinity to a topic
 *       is the mean of its own cosine to the topic centroid and its graph neighbors' ({@link #NEIGHBOR_MIX}), at
 *       most {@link #REFINE_ITERATIONS} rounds: minor clusters' papers join the topic they are closest to, and
 *       papers at a border move to the topic their text and neighbors agree on. A topic holding more than {@link
 *       #GIANT_TOPIC_SHARE} of the papers is reported in {@link TopicClustering#notes()} (with two topics only, above {@link
 *       #GIANT_TWO_TOPIC_SHARE}).
 *   <li><b>Subtopics.</b> Inside each broad topic, Leiden at resolution {@link #FINE_RESOLUTION} on the topic's
 *       part of the same graph (above {@link #EXACT_SIMILARITY_MAX_PAPERS} papers warm-started from the sweep's
 *       first partition restricted to the topic); subtopics smaller than {@link #MIN_TOPIC_SHARE} of their topic (or {@link
 *       #MIN_TOPIC_PAPERS}) join the larger subtopic they are most linked to.
 *   <li>Labels: the most distinctive terms by log-likelihood ratio (Dunning 1993, Computational Linguistics 19(1))
 *       against the other papers (for a subtopic, against the rest of its topic), keeping only terms the cluster's
 *       papers use together: a term joins the label only if its NPMI with every chosen term over the cluster's
 *       papers is at least {@link #LABEL_MIN_NPMI} ({@link TermScores#coherentLabel}). Each cluster is described by
 *       its top authors, years, category mix, bridging papers (participation coefficient, Guimerà &amp; Amaral
 *       2005) and the clusters of its level it is most linked to.
 * </ol>
 * Papers are numbered by id, so the same papers in any input order give the same clusters. Running time: about
 * O(T + N·k·log k + Σ_a p_a·n) for T tokens, N papers and the co-author step over authors' papers, plus Leiden's
 * O(iterations · N·k) for the first resolution of the sweep (the later ones run on the network aggregated by its
 * partition) and O(rounds · (nnz + N·k) · topics) for the refinement.
 */
public final class TopicClusters {
  /** Default number of most-similar neighbors per paper. */
  public static final int DEFAULT_NEIGHBORS = 10;
  /** Default weight of content similarity against co-authorship (α). */
  public static final double DEFAULT_TEXT_WEIGHT = 0.7;
  /**
   * The resolutions swept, from fine to coarse, to choose the broad topics: the last (coarsest) at which the
   * partition still has at least {@link #MIN_BROAD_TOPICS} and at most {@link #MAX_BROAD_TOPICS} major clusters is
   * kept (see {@link #chooseBroad}).
   */
  static final double[] RESOLUTION_GRID = {1.0, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
  /**
   * Most broad topics: about as many as a person holds in mind at once ("seven, plus or minus two", Miller 1956,
   * Psychological Review 63(2)).
   */
  public static final int MAX_BROAD_TOPICS = 9;
  /**
   * Fewest broad topics the sweep aims for: the low end of the same span ("seven, plus or minus two"). The broad
   * level is the coarsest partition of the sweep within {@code MIN_BROAD_TOPICS..MAX_BROAD_TOPICS} major clusters.
   */
  public static final int MIN_BROAD_TOPICS = 5;
  /** A cluster is major (a topic of its own) when it holds at least this share of the papers. */
  public static final double MIN_TOPIC_SHARE = 0.02;
  /** ... and at least this many papers. */
  public static final int MIN_TOPIC_PAPERS = 3;
  /** A broad topic above this share of the papers is reported as a giant topic. */
  public static final double GIANT_TOPIC_SHARE = 0.5;
  /** With only two topics, one of them is reported as a giant topic above this share. */
  public static final double GIANT_TWO_TOPIC_SHARE = 0.8;
  /** Share of a paper's topic affinity that comes from its graph neighbors in the refinement. */
  public static final double NEIGHBOR_MIX = 0.5;
  /**
   * Most rounds of the k-means refinement of the broad topics; it stops earlier when nothing moves, which on the
   * balanced five-category corpus takes 13–24 rounds (a cap of 10 stopped it half way).
   */
  public static final int REFINE_ITERATIONS = 50;
  /** Modularity resolution of the subtopics inside each broad topic. */
  public static final double FINE_RESOLUTION = 1.0;
  /** Least NPMI between two label terms over the cluster's papers (0: used together more often than by chance). */
  public static final double LABEL_MIN_NPMI = 0.0;
  /** Default random seed. */
  public static final long DEFAULT_SEED = 42L;
  /** Papers with more authors than this add no co-authorship links (they would link everything). */
  public static final int MAX_AUTHORS_FOR_COAUTHOR_LINKS = 100;
  /** Number of terms in a cluster label. */
  public static final int LABEL_TERMS = 3;
  /** Distinctive terms listed per cluster. */
  static final int DESCRIBED_TERMS = 8;
  /** Top authors listed per cluster. */
  static final int TOP_AUTHORS = 5;
  /** Bridging papers listed per cluster, and related clusters. */
  public static final int PER_CLUSTER_LIST = 5;
  /**
   * Up to this many papers the text neighbors are exact (every shared term counts); above it they come from
   * {@link SimilarityGraph#buildPruned}, whose cost grows linearly with the number of papers.
   */
  public static final int EXACT_SIMILARITY_MAX_PAPERS = 5_000;
  /** Above {@link #EXACT_SIMILARITY_MAX_PAPERS}: how many of each paper's highest TF-IDF terms are indexed. */
  public static final int INDEXED_TERMS_PER_PAPER = 16;
  /** Above {@link #EXACT_SIMILARITY_MAX_PAPERS}: the maximal posting-list length (highest weights kept). */
  public static final int MAX_POSTINGS_PER_TERM = 256;
  /** Above {@link #EXACT_SIMILARITY_MAX_PAPERS}: candidates re-scored exactly, per neighbor wanted. */
  public static final int CANDIDATES_PER_NEIGHBOR = 3;

  private final CorpusView corpus;
  private final int neighbors;
  private final double textWeight;
  private final OptionalDouble resolution;
  private final long seed;
  private final int exactSimilarityMaxPapers;
  private final TopicLevel level;

  private TopicClusters(CorpusView corpus, int neighbors, double textWeight, OptionalDouble resolution, long seed,
      int exactSimilarityMaxPapers, TopicLevel level) {
    this.corpus = corpus;
    this.neighbors = neighbors;
    this.textWeight = textWeight;
    this.resolution = resolution;
    this.seed = seed;
    this.exactSimilarityMaxPapers = exactSimilarityMaxPapers;
    this.level = level;
  }

  /**
   * Topic clustering over a corpus with the defaults (broad level, resolution chosen by the sweep).
   *
   * @param corpus the corpus
   * @return the clustering configuration
   */
  public static TopicClusters of(CorpusView corpus) {
    return new TopicClusters(checkNotNull(corpus, "corpus"), DEFAULT_NEIGHBORS, DEFAULT_TEXT_WEIGHT,
        OptionalDouble.empty(), DEFAULT_SEED, EXACT_SIMILARITY_MAX_PAPERS, TopicLevel.BROAD);
  }

  /**
   * Links each paper to its {@code k} most similar papers (by content and by shared authors).
   *
   * @param k at least 1
   * @return a new configuration
   * @throws IllegalArgumentException if k is below 1
   */
  public TopicClusters neighbors(int k) {
    checkArgument(k >= 1, "neighbors must be at least 1, got %s", k);
    return new TopicClusters(corpus, k, textWeight, resolution, seed, exactSimilarityMaxPapers, level);
  }

  /**
   * The weight α of content similarity; 1 − α goes to shared authors.
   *
   * @param alpha in [0, 1]
   * @return a new configuration
   * @throws IllegalArgumentException if alpha is outside [0, 1]
   */
  public TopicClusters textWeight(double alpha) {
    checkArgument(alpha >= 0 && alpha <= 1, "textWeight must be in [0, 1], got %s", alpha);
    return new TopicClusters(corpus, neighbors, alpha, resolution, seed, exactSimilarityMaxPapers, level);
  }

  /**
   * Fixes the modularity resolution γ of the broad topics instead of choosing it by the sweep (larger gives more,
   * smaller topics; the refinement and the subtopics follow as usual).
   *
   * @param gamma positive
   * @return a new configuration
   * @throws IllegalArgumentException if gamma is not positive
   */
  public TopicClusters resolution(double gamma) {
    checkArgument(gamma > 0, "resolution must be positive, got %s", gamma);
    return new TopicClusters(corpus, neighbors, textWeight, OptionalDouble.of(gamma), seed,
        exactSimilarityMaxPapers, level);
  }

  /**
   * The random seed of the Leiden algorithm.
   *
   * @param value any seed
   * @return a new configuration
   */
  public TopicClusters seed(long value) {
    return new TopicClusters(corpus, neighbors, textWeight, resolution, value, exactSimilarityMaxPapers, level);
  }

  /**
   * Which level the result lists: {@link TopicLevel#BROAD} topics holding their subtopics (the default) or the
   * {@link TopicLevel#FINE} subtopics as one list.
   *
   * @param value the level
   * @return a new configuration
   */
  public TopicClusters level(TopicLevel value) {
    return new TopicClusters(corpus, neighbors, textWeight, resolution, seed, exactSimilarityMaxPapers,
        checkNotNull(value, "level"));
  }

  /**
   * Tests only: the corpus size up to which text neighbors are exact (default {@link
   * #EXACT_SIMILARITY_MAX_PAPERS}); 0 makes every clustering use the pruned index.
   */
  TopicClusters exactSimilarityMaxPapers(int papers) {
    checkArgument(papers >= 0, "papers must be >= 0, got %s", papers);
    return new TopicClusters(corpus, neighbors, textWeight, resolution, seed, papers, level);
  }

  /**
   * Clusters every paper of the corpus.
   *
   * @return the topics (or subtopics) of the corpus
   */
  public TopicClustering cluster() {
    int[] all = new int[corpus.papers().size()];
    Arrays.setAll(all, i -> i);
    return cluster(all);
  }

  /**
   * Clusters the papers of one author.
   *
   * @param author an author of the corpus
   * @return the topics (or subtopics) of the author's papers
   */
  public TopicClustering clusterPapersOf(Author author) {
    return cluster(corpus.incidence().papersOf(corpus.indexOf(author)).toArray());
  }

  private String describe() {
    return String.format(Locale.ROOT, "k=%d, text weight %.2f, %s, seed %d", neighbors, textWeight,
        resolution.isPresent() ? String.format(Locale.ROOT, "resolution %.2f", resolution.getAsDouble())
            : "resolution by sweep", seed);
  }

  /** Clusters the papers with these corpus indices (sorted ascending). */
  private TopicClustering cluster(int[] selection) {
    int n = selection.length;
    PhaseLog log = PhaseLog.start("topics " + n);
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
    log.phase("term vectors");
    SimilarityGraph text = n <= exactSimilarityMaxPapers
        ? SimilarityGraph.build(vectors, neighbors)
        : SimilarityGraph.buildPruned(vectors, neighbors, INDEXED_TERMS_PER_PAPER, MAX_POSTINGS_PER_TERM,
            CANDIDATES_PER_NEIGHBOR * neighbors);
    log.phase("text neighbors");
    Edges edges = weightedEdges(selection, local, vectors, text);
    int[] f = edges.from();
    int[] t = edges.to();
    double[] w = edges.weight();
    int kept = f.length;
    Adjacency adjacency = Adjacency.of(n, f, t, w);
    List<String> notes = new ArrayList<>();
    log.phase("edges");

    // Broad topics: the resolution sweep (or the fixed resolution), then the refinement.
    int minTopic = Math.max(MIN_TOPIC_PAPERS, (int) Math.ceil(MIN_TOPIC_SHARE * n));
    boolean stopWhenStable = n > exactSimilarityMaxPapers;
    double[] grid = resolution.isPresent() ? new double[] {resolution.getAsDouble()} : RESOLUTION_GRID;
    List<Leiden.Result> sweep = Leiden.sweep(n, f, t, w, grid, seed, Leiden.DEFAULT_ITERATIONS,
        r -> majorCount(r, minTopic) < MIN_BROAD_TOPICS);
    log.phase("sweep");
    int pick = chooseBroad(sweep, minTopic);
    Leiden.Result chosen = sweep.get(pick);
    double gamma = grid[pick];
    if (majorCount(chosen, minTopic) > MAX_BROAD_TOPICS) {
      notes.add(String.format(Locale.ROOT, "%d clusters of at least %d papers even at resolution %.2f; the broad "
          + "level keeps the %d largest", majorCount(chosen, minTopic), minTopic, gamma, MAX_BROAD_TOPICS));
    }
    int[] broad = refine(vectors, adjacency, chosen, minTopic, stopWhenStable);
    int topics = Arrays.stream(broad).max().orElse(-1) + 1;
    log.phase("refinement");
    int[] topicSize = new int[topics];
    for (int c : broad) {
      topicSize[c]++;
    }
    for (int c = 0; c < topics; c++) {
      double share = topicSize[c] / (double) n;
      if (share > GIANT_TOPIC_SHARE && (topics >= 3 || share > GIANT_TWO_TOPIC_SHARE)) {
        notes.add(String.format(Locale.ROOT, "topic %d holds %.0f%% of the papers (a giant topic: the corpus has "
            + "no clear broad split there; see its subtopics)", c + 1, 100.0 * share));
      }
    }
    double modularity = modularity(n, f, t, w, broad, topics);

    // Subtopics inside each topic, numbered across the corpus.
    // A topic holding every paper has the whole graph as its part: its Leiden run at FINE_RESOLUTION would repeat
    // the sweep's first run (same network, seed, resolution and stopping rule), so that result is reused.
    Leiden.Result wholeGraphFine = !resolution.isPresent() && grid[0] == FINE_RESOLUTION
        && n > exactSimilarityMaxPapers ? sweep.get(0) : null;
    int[] fine = subtopics(n, f, t, w, broad, topics, wholeGraphFine);
    int subtopicCount = Arrays.stream(fine).max().orElse(-1) + 1;
    log.phase("subtopics");
    int[] parentOf = new int[subtopicCount];
    for (int i = 0; i < n; i++) {
      parentOf[fine[i]] = broad[i];
    }

    TermScores scores = new TermScores(vectors);
    int[][] topicMembers = members(broad, topics);
    int[][] subMembers = members(fine, subtopicCount);
    List<Bridge>[] topicBridges = bridgesPerCluster(adjacency, broad, topics, papers);
    List<Bridge>[] subBridges = bridgesPerCluster(adjacency, fine, subtopicCount, papers);
    List<Map<Integer, Double>> topicRelated = related(n, f, t, w, broad, topics);
    List<Map<Integer, Double>> subRelated = related(n, f, t, w, fine, subtopicCount);
    log.phase("bridges, related");
    List<List<TopicCluster>> subsOfTopic = new ArrayList<>();
    for (int c = 0; c < topics; c++) {
      subsOfTopic.add(new ArrayList<>());
    }
    List<TopicCluster> allSubs = new ArrayList<>();
    // Each description is a pure function of its cluster (TermScores are immutable), so they are made in parallel
    // and collected in id order.
    TermScores[] within = new TermScores[topics];
    IntStream.range(0, topics).parallel().forEach(c -> within[c] = scores.within(topicMembers[c]));
    log.phase("term scores within");
    TopicCluster[] subs = new TopicCluster[subtopicCount];
    IntStream.range(0, subtopicCount).parallel().forEach(s -> {
      int c = parentOf[s];
      boolean whole = subMembers[s].length == topicMembers[c].length;
      subs[s] = describeCluster(s + 1, c + 1, subMembers[s], papers, selection, whole ? scores : within[c],
          subBridges[s], subRelated.get(s), List.of());
    });
    for (int s = 0; s < subtopicCount; s++) {
      subsOfTopic.get(parentOf[s]).add(subs[s]);
      allSubs.add(subs[s]);
    }
    log.phase("subtopic descriptions");
    TopicCluster[] broadArray = new TopicCluster[topics];
    IntStream.range(0, topics).parallel().forEach(c -> broadArray[c] = describeCluster(c + 1, 0, topicMembers[c],
        papers, selection, scores, topicBridges[c], topicRelated.get(c), subsOfTopic.get(c)));
    List<TopicCluster> broadClusters = List.of(broadArray);
    log.phase("topic descriptions");
    int[] levelMembership = level == TopicLevel.BROAD ? broad : fine;
    TopicClustering result = new TopicClustering(describe(), level, gamma,
        level == TopicLevel.BROAD ? broadClusters : allSubs, modularity, kept,
        topBridges(level == TopicLevel.BROAD ? topicBridges : subBridges), bridgingAuthors(selection, levelMembership),
        notes);
    log.phase("bridging authors");
    return result;
  }

  /**
   * The resolution rule: the index of the broad partition among the sweep's results (finest first). The coarsest
   * partition with {@link #MIN_BROAD_TOPICS} to {@link #MAX_BROAD_TOPICS} major clusters: the broad level should be
   * as broad as a reader's span allows, and the detail goes to the subtopics. When no resolution of the grid lands
   * in that span (the count jumps over it), the first partition with at most {@link #MAX_BROAD_TOPICS} major
   * clusters, else the last one run. O(results · N).
   */
  private static int chooseBroad(List<Leiden.Result> sweep, int minTopic) {
    int inSpan = -1;
    int firstAtMost = -1;
    for (int i = 0; i < sweep.size(); i++) {
      int major = majorCount(sweep.get(i), minTopic);
      if (major >= MIN_BROAD_TOPICS && major <= MAX_BROAD_TOPICS) {
        inSpan = i;
      }
      if (firstAtMost < 0 && major <= MAX_BROAD_TOPICS) {
        firstAtMost = i;
      }
    }
    return inSpan >= 0 ? inSpan : firstAtMost >= 0 ? firstAtMost : sweep.size() - 1;
  }

  private static int majorCount(Leiden.Result r, int minTopic) {
    int[] size = new int[r.clusterCount()];
    for (int c : r.membership()) {
      size[c]++;
    }
    int major = 0;
    for (int s : size) {
      if (s >= minTopic) {
        major++;
      }
    }
    return major;
  }

  /** Members of each cluster, ascending, in one pass (counting sort by label). */
  private static int[][] members(int[] membership, int clusters) {
    int[] size = new int[clusters];
    for (int c : membership) {
      size[c]++;
    }
    int[][] out = new int[clusters][];
    for (int c = 0; c < clusters; c++) {
      out[c] = new int[size[c]];
    }
    int[] fill = new int[clusters];
    for (int i = 0; i < membership.length; i++) {
      out[membership[i]][fill[membership[i]]++] = i;
    }
    return out;
  }

  /**
   * The broad topics: the chosen Leiden partition's major clusters (at most {@link #MAX_BROAD_TOPICS}, largest
   * first) refined by neighbor-smoothed spherical k-means over the TF-IDF vectors (see the class comment).
   * Returns labels 0..T-1 numbered by size, ties by smallest member. With fewer than two major clusters the
   * Leiden partition is kept as it is. O(rounds · (nnz · T + edges · T)) time, O(V · T + N · T) memory.
   */
  private static int[] refine(TermVectors vectors, Adjacency adj, Leiden.Result chosen, int minTopic,
      boolean parallel) {
    int n = chosen.membership().length;
    int[] size = new int[chosen.clusterCount()];
    for (int c : chosen.membership()) {
      size[c]++;
    }
    // Leiden labels are numbered by size, so the major clusters are the first ones.
    int k = 0;
    while (k < size.length && k < MAX_BROAD_TOPICS && size[k] >= minTopic) {
      k++;
    }
    if (k < 2) {
      return chosen.membership().clone();
    }
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      int c = chosen.membership()[i];
      a[i] = c < k ? c : -1;
    }
    int v = vectors.vocabularySize();
    int topics = k;
    double[] centroid = new double[topics * v];
    double[] score = new double[n * topics];
    int[] next = new int[n];
    for (int round = 0; round < REFINE_ITERATIONS; round++) {
      Arrays.fill(centroid, 0);
      for (int i = 0; i < n; i++) {
        if (a[i] >= 0) {
          int base = a[i] * v;
          for (int p = vectors.rowStart(i); p < vectors.rowEnd(i); p++) {
            centroid[base + vectors.termAt(p)] += vectors.weightAt(p);
          }
        }
      }
      for (int c = 0; c < topics; c++) {
        double norm = 0;
        for (int x = c * v; x < (c + 1) * v; x++) {
          norm += centroid[x] * centroid[x];
        }
        if (norm > 0) {
          double inv = 1 / Math.sqrt(norm);
          for (int x = c * v; x < (c + 1) * v; x++) {
            centroid[x] *= inv;
          }
        }
      }
      IntStream own = IntStream.range(0, n);
      (parallel ? own.parallel() : own).forEach(i -> {
        for (int c = 0; c < topics; c++) {
          double s = 0;
          for (int p = vectors.rowStart(i); p < vectors.rowEnd(i); p++) {
            s += centroid[c * v + vectors.termAt(p)] * vectors.weightAt(p);
          }
          score[i * topics + c] = s;
        }
      });
      int[] current = a;
      IntStream assign = IntStream.range(0, n);
      (parallel ? assign.parallel() : assign).forEach(i -> {
        double strength = 0;
        for (int q = adj.start()[i]; q < adj.start()[i + 1]; q++) {
          strength += adj.weight()[q];
        }
        int best = -1;
        double bestScore = 0;
        for (int c = 0; c < topics; c++) {
          double s = score[i * topics + c];
          if (strength > 0) {
            double nb = 0;
            for (int q = adj.start()[i]; q < adj.start()[i + 1]; q++) {
              nb += adj.weight()[q] * score[adj.node()[q] * topics + c];
            }
            s = (1 - NEIGHBOR_MIX) * s + NEIGHBOR_MIX * nb / strength;
          }
          if (s > bestScore) {
            bestScore = s;
            best = c;
          }
        }
        // Nothing to go by (no terms, no neighbors): keep the Leiden topic, or join the largest.
        next[i] = best >= 0 ? best : Math.max(current[i], 0);
      });
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        changed |= next[i] != a[i];
        a[i] = next[i];
      }
      if (!changed) {
        break;
      }
    }
    return canonical(a);
  }

  /** Renumbers labels 0..C-1 by size (largest first), ties by smallest member; drops empty labels. */
  private static int[] canonical(int[] labels) {
    int max = Arrays.stream(labels).max().orElse(-1) + 1;
    int[] size = new int[max];
    int[] first = new int[max];
    Arrays.fill(first, Integer.MAX_VALUE);
    for (int i = 0; i < labels.length; i++) {
      size[labels[i]]++;
      first[labels[i]] = Math.min(first[labels[i]], i);
    }
    Integer[] order = IntStream.range(0, max).filter(c -> size[c] > 0).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt((Integer c) -> -size[c]).thenComparingInt(c -> first[c]));
    int[] newLabel = new int[max];
    for (int r = 0; r < order.length; r++) {
      newLabel[order[r]] = r;
    }
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = newLabel[labels[i]];
    }
    return out;
  }

  /** Newman–Girvan modularity of a partition of the weighted graph. O(N + edges). */
  private static double modularity(int n, int[] from, int[] to, double[] w, int[] membership, int clusters) {
    double total = 0;
    double inside = 0;
    double[] strength = new double[clusters];
    for (int e = 0; e < from.length; e++) {
      total += w[e];
      if (membership[from[e]] == membership[to[e]]) {
        inside += w[e];
      }
      strength[membership[from[e]]] += w[e];
      strength[membership[to[e]]] += w[e];
    }
    if (total == 0) {
      return 0;
    }
    double expected = 0;
    for (double s : strength) {
      expected += (s / (2 * total)) * (s / (2 * total));
    }
    return inside / total - expected;
  }

  /**
   * Subtopics: Leiden at {@link #FINE_RESOLUTION} on each topic's induced subgraph; small subtopics join the large
   * subtopic they are most linked to (the topic's largest when they have no link). Labels are numbered across the
   * corpus by topic, then size, then smallest member. O(Leiden on the whole graph + N + edges); the topics' runs
   * are independent and run in parallel. {@code wholeGraphFine}, when not null, is Leiden's result at {@link
   * #FINE_RESOLUTION} on the whole graph with this seed (stopping when stable), used for a topic of every paper and,
   * restricted to a topic's papers, as the start of that topic's run (a warm start: Leiden improves it on the
   * topic's part, usually in one or two iterations).
   */
  private int[] subtopics(int n, int[] from, int[] to, double[] w, int[] broad, int topics,
      Leiden.Result wholeGraphFine) {
    int[][] topicMembers = members(broad, topics);
    int[] localIndex = new int[n];
    for (int[] ms : topicMembers) {
      for (int i = 0; i < ms.length; i++) {
        localIndex[ms[i]] = i;
      }
    }
    int[] edgeCount = new int[topics];
    for (int e = 0; e < from.length; e++) {
      if (broad[from[e]] == broad[to[e]]) {
        edgeCount[broad[from[e]]]++;
      }
    }
    int[][] tf = new int[topics][];
    int[][] tt = new int[topics][];
    double[][] tw = new double[topics][];
    for (int c = 0; c < topics; c++) {
      tf[c] = new int[edgeCount[c]];
      tt[c] = new int[edgeCount[c]];
      tw[c] = new double[edgeCount[c]];
    }
    int[] fill = new int[topics];
    for (int e = 0; e < from.length; e++) {
      int c = broad[from[e]];
      if (c == broad[to[e]]) {
        tf[c][fill[c]] = localIndex[from[e]];
        tt[c][fill[c]] = localIndex[to[e]];
        tw[c][fill[c]++] = w[e];
      }
    }
    // Each topic's Leiden run depends on its own part of the graph and the seed only, so they run in parallel.
    Leiden.Result[] runs = new Leiden.Result[topics];
    // With the sweep's first run at hand (the whole graph at FINE_RESOLUTION), each topic's run starts from that
    // partition restricted to the topic (a warm start), which Leiden then improves on the topic's part.
    IntStream.range(0, topics).parallel().forEach(c -> {
      int[] ms = topicMembers[c];
      if (wholeGraphFine != null && ms.length == n) {
        runs[c] = wholeGraphFine;
        return;
      }
      int[] start = null;
      if (wholeGraphFine != null) {
        start = new int[ms.length];
        for (int i = 0; i < ms.length; i++) {
          start[i] = wholeGraphFine.membership()[ms[i]];
        }
      }
      runs[c] = Leiden.cluster(ms.length, tf[c], tt[c], tw[c], FINE_RESOLUTION, seed, Leiden.DEFAULT_ITERATIONS,
          ms.length > exactSimilarityMaxPapers, start);
    });
    int[] out = new int[n];
    int offset = 0;
    for (int c = 0; c < topics; c++) {
      int size = topicMembers[c].length;
      int min = Math.max(MIN_TOPIC_PAPERS, (int) Math.ceil(MIN_TOPIC_SHARE * size));
      Leiden.Result r = runs[c];
      int[] labels = r.membership().clone();
      int[] count = new int[r.clusterCount()];
      for (int l : labels) {
        count[l]++;
      }
      boolean anyLarge = count.length > 0 && count[0] >= min;
      if (anyLarge) {
        // Each small subtopic's summed link weight to each large one.
        Map<Long, Double> link = new HashMap<>();
        for (int e = 0; e < tf[c].length; e++) {
          int x = labels[tf[c][e]];
          int y = labels[tt[c][e]];
          if (count[x] < min && count[y] >= min) {
            link.merge(((long) x << 32) | y, tw[c][e], Double::sum);
          } else if (count[y] < min && count[x] >= min) {
            link.merge(((long) y << 32) | x, tw[c][e], Double::sum);
          }
        }
        int[] target = new int[count.length];
        double[] best = new double[count.length];
        for (int l = 0; l < count.length; l++) {
          target[l] = count[l] >= min ? l : 0;
        }
        // Keys in ascending order so that ties go to the smaller (larger-sized) subtopic.
        new TreeMap<>(link).forEach((key, value) -> {
          int small = (int) (key >>> 32);
          int large = (int) (long) key;
          if (value > best[small]) {
            best[small] = value;
            target[small] = large;
          }
        });
        for (int i = 0; i < labels.length; i++) {
          labels[i] = target[labels[i]];
        }
      }
      int[] canon = canonical(labels);
      int used = 0;
      for (int i = 0; i < size; i++) {
        out[topicMembers[c][i]] = offset + canon[i];
        used = Math.max(used, canon[i] + 1);
      }
      offset += used;
    }
    return out;
  }

  /**
   * For each cluster, the other clusters most linked to it: w(a, b) / √(s(a) · s(b)) with w the summed weights of
   * the edges between them and s the strengths (summed weights of the edges touching each), best first, at most
   * {@link #PER_CLUSTER_LIST}, ids 1-based. O(edges · log).
   */
  private static List<Map<Integer, Double>> related(int n, int[] from, int[] to, double[] w, int[] membership,
      int clusters) {
    double[] strength = new double[clusters];
    Map<Long, Double> between = new TreeMap<>();
    for (int e = 0; e < from.length; e++) {
      int a = membership[from[e]];
      int b = membership[to[e]];
      strength[a] += w[e];
      strength[b] += w[e];
      if (a != b) {
        between.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), w[e], Double::sum);
      }
    }
    List<List<double[]>> per = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      per.add(new ArrayList<>());
    }
    between.forEach((key, value) -> {
      int a = (int) (key >>> 32);
      int b = (int) (long) key;
      double sim = value / Math.sqrt(strength[a] * strength[b]);
      per.get(a).add(new double[] {b, sim});
      per.get(b).add(new double[] {a, sim});
    });
    List<Map<Integer, Double>> out = new ArrayList<>();
    for (List<double[]> list : per) {
      list.sort(Comparator.comparingDouble((double[] x) -> -x[1]).thenComparingDouble(x -> x[0]));
      Map<Integer, Double> top = new LinkedHashMap<>();
      for (double[] x : list.subList(0, Math.min(PER_CLUSTER_LIST, list.size()))) {
        top.put((int) x[0] + 1, x[1]);
      }
      out.add(top);
    }
    return out;
  }

  /**
   * Per cluster, its papers whose links spread most over the clusters (participation coefficient), at most {@link
   * #PER_CLUSTER_LIST}; computed for all papers in one pass with a dense per-cluster scratch. O(N + edges).
   */
  @SuppressWarnings("unchecked")
  private static List<Bridge>[] bridgesPerCluster(Adjacency adj, int[] membership, int clusters,
      List<Paper> papers) {
    int n = membership.length;
    double[] participation = new double[n];
    double[] acc = new double[clusters];
    int[] touched = new int[clusters];
    boolean[] seen = new boolean[clusters];
    TopK[] best = new TopK[clusters];
    for (int c = 0; c < clusters; c++) {
      best[c] = new TopK(PER_CLUSTER_LIST, (x, y) -> {
        int cmp = Double.compare(participation[y], participation[x]);
        return cmp != 0 ? cmp : Integer.compare(x, y);
      });
    }
    Map<Integer, Map<Integer, Double>> shares = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int count = 0;
      double total = 0;
      for (int q = adj.start()[i]; q < adj.start()[i + 1]; q++) {
        int c = membership[adj.node()[q]];
        if (!seen[c]) {
          seen[c] = true;
          touched[count++] = c;
        }
        acc[c] += adj.weight()[q];
        total += adj.weight()[q];
      }
      double sumSquares = 0;
      for (int x = 0; x < count; x++) {
        double s = acc[touched[x]] / total;
        sumSquares += s * s;
      }
      participation[i] = count >= 2 ? 1 - sumSquares : 0;
      for (int x = 0; x < count; x++) {
        acc[touched[x]] = 0;
        seen[touched[x]] = false;
      }
      if (count >= 2) {
        best[membership[i]].offer(i);
      }
    }
    List<Bridge>[] out = new List[clusters];
    for (int c = 0; c < clusters; c++) {
      List<Bridge> list = new ArrayList<>();
      for (int i : best[c].drainBestFirst()) {
        Map<Integer, Double> weights = new TreeMap<>();
        for (int q = adj.start()[i]; q < adj.start()[i + 1]; q++) {
          weights.merge(membership[adj.node()[q]] + 1, adj.weight()[q], Double::sum);
        }
        list.add(bridge(papers.get(i).title(), papers.get(i).id().toString(), weights));
      }
      out[c] = list;
    }
    return out;
  }

  /** The most spread bridging papers over all clusters. */
  private static List<Bridge> topBridges(List<Bridge>[] perCluster) {
    List<Bridge> all = new ArrayList<>();
    for (List<Bridge> l : perCluster) {
      all.addAll(l);
    }
    return top(all);
  }

  /**
   * The authors whose papers spread most over the clusters (participation coefficient of their papers' clusters).
   * Every (author, cluster) pair of the papers is packed into one long and sorted, so each author's clusters form
   * one run; only authors in at least two clusters are scored. O(A log A) for A authorships, no boxing per
   * authorship.
   */
  private List<Bridge> bridgingAuthors(int[] selection, int[] membership) {
    Incidence inc = corpus.incidence();
    int authorships = 0;
    for (int p : selection) {
      authorships += inc.authorCountOf(p);
    }
    long[] pairs = new long[authorships];
    int filled = 0;
    for (int i = 0; i < selection.length; i++) {
      int p = selection[i];
      for (int x = 0; x < inc.authorCountOf(p); x++) {
        pairs[filled++] = ((long) inc.authorAt(p, x) << 32) | membership[i];
      }
    }
    Arrays.sort(pairs);
    List<Bridge> out = new ArrayList<>();
    for (int x = 0; x < authorships; ) {
      int author = (int) (pairs[x] >>> 32);
      int y = x;
      boolean spread = false;
      while (y < authorships && (int) (pairs[y] >>> 32) == author) {
        spread |= (int) pairs[y] != (int) pairs[x];
        y++;
      }
      if (spread) {
        Map<Integer, Double> weights = new TreeMap<>();
        for (int z = x; z < y; z++) {
          weights.merge((int) pairs[z] + 1, 1.0, Double::sum);
        }
        Author a = corpus.authors().get(author);
        out.add(bridge(a.displayName(), a.id(), weights));
      }
      x = y;
    }
    return top(out);
  }

  private TopicCluster describeCluster(int id, int parent, int[] members, List<Paper> papers, int[] selection,
      TermScores scores, List<Bridge> bridges, Map<Integer, Double> related, List<TopicCluster> subtopics) {
    // The label's candidates (the best 4 · LABEL_TERMS) include the terms shown (the best DESCRIBED_TERMS), so the
    // distinctive terms are computed once.
    List<TermScores.ScoredTerm> candidates = scores.distinctiveTerms(members,
        Math.max(DESCRIBED_TERMS, 4 * LABEL_TERMS));
    Map<String, Double> terms = new LinkedHashMap<>();
    for (TermScores.ScoredTerm t : candidates.subList(0, Math.min(DESCRIBED_TERMS, candidates.size()))) {
      terms.put(t.term(), t.score());
    }
    TermScores.Label label = scores.coherentLabel(members, candidates, LABEL_TERMS, LABEL_MIN_NPMI);
    List<Paper> clusterPapers = new ArrayList<>();
    // Every authorship of the cluster's papers, sorted by author: runs of equal ids are the counts (no boxing).
    Incidence inc = corpus.incidence();
    int authorships = 0;
    for (int i : members) {
      authorships += inc.authorCountOf(selection[i]);
    }
    int[] authorsOfMembers = new int[authorships];
    int filled = 0;
    for (int i : members) {
      int p = selection[i];
      for (int x = 0; x < inc.authorCountOf(p); x++) {
        authorsOfMembers[filled++] = inc.authorAt(p, x);
      }
    }
    Arrays.sort(authorsOfMembers);
    // The TOP_AUTHORS most frequent: most papers first, ties by author id. Each author's run is offered by its
    // start, so ties go to the smaller start, i.e. the smaller corpus index, which is the smaller id (the corpus
    // lists its authors sorted by id).
    TopScores top = new TopScores(TOP_AUTHORS);
    for (int x = 0; x < authorships; ) {
      int y = x;
      while (y < authorships && authorsOfMembers[y] == authorsOfMembers[x]) {
        y++;
      }
      top.offer(y - x, x);
      x = y;
    }
    int[] topRuns = top.drainBestFirst();
    Map<Integer, Integer> years = new TreeMap<>();
    Map<String, Integer> primary = new TreeMap<>();
    Map<String, Integer> listed = new TreeMap<>();
    for (int i : members) {
      Paper p = papers.get(i);
      clusterPapers.add(p);
      p.year().ifPresent(y -> years.merge(y, 1, Integer::sum));
      primary.merge(p.primaryCategory().map(Category::code).orElse("unknown"), 1, Integer::sum);
      for (Category c : p.categories()) {
        listed.merge(c.code(), 1, Integer::sum);
      }
    }
    clusterPapers.sort(CorpusView.BY_DATE);
    Map<String, Integer> topAuthors = new LinkedHashMap<>();
    for (int x : topRuns) {
      int a = authorsOfMembers[x];
      int y = x;
      while (y < authorships && authorsOfMembers[y] == a) {
        y++;
      }
      topAuthors.put(corpus.authors().get(a).displayName(), y - x);
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    sortedByCount(listed).forEach((code, count) -> shares.put(code, count / (double) members.length));
    return new TopicCluster(id, parent, label.terms().isEmpty() ? "(no distinctive terms)" : label.text(),
        label.coherence(), terms, clusterPapers, topAuthors, years, sortedByCount(primary), shares, bridges, related,
        subtopics);
  }


  /** The weighted similarity graph, each edge once with {@code from < to}, sorted by (from, to). */
  private record Edges(int[] from, int[] to, double[] weight) {}

  /**
   * The similarity graph's edges with their weights {@code α·cosine + (1 − α)·Jaccard(authors)}, positive ones only,
   * each once (smaller paper first), sorted. Each paper's row (its text neighbors and the papers sharing the most
   * authors with it, ties by index) is found in parallel with a per-thread scratch of shared-author counts: the
   * Jaccard index of every pair in the row is read from those counts, {@code |A ∩ B| / (|A| + |B| − |A ∩ B|)}, so no
   * pair of author lists is ever intersected again; a text neighbor's cosine is the one its neighbor search found
   * (bit for bit), and only co-author links are scored again ({@link TermVectors#cosine}). The rows are then
   * grouped by their smaller paper with a counting sort and each group sorted by the larger one; a pair found from
   * both sides has the same weight from both (the cosine and the counts are symmetric), so either copy is kept.
   * O(N·k log k + Σ_a p_a·n) time for the co-author search (authors' papers times their authors), O(N·k) memory.
   */
  private Edges weightedEdges(int[] selection, int[] local, TermVectors vectors, SimilarityGraph text) {
    int n = selection.length;
    int rowMax = 2 * neighbors;
    int[] rowNode = new int[Math.multiplyExact(n, rowMax)];
    double[] rowWeight = new double[rowNode.length];
    int[] rowLength = new int[n];
    Incidence inc = corpus.incidence();
    ThreadLocal<int[][]> scratch = ThreadLocal.withInitial(() -> new int[][] {new int[n], new int[n]});
    IntStream.range(0, n).parallel().forEach(a -> {
      int p = selection[a];
      int[][] sc = scratch.get();
      int[] shared = sc[0];
      int[] touched = sc[1];
      int touchedCount = 0;
      int authorsA = inc.authorCountOf(p);
      if (authorsA <= MAX_AUTHORS_FOR_COAUTHOR_LINKS) {
        for (int x = 0; x < authorsA; x++) {
          int author = inc.authorAt(p, x);
          int papersOfAuthor = inc.paperCountOf(author);
          for (int y = 0; y < papersOfAuthor; y++) {
            int q = inc.paperAt(author, y);
            int b = local[q];
            if (b < 0 || b == a || inc.authorCountOf(q) > MAX_AUTHORS_FOR_COAUTHOR_LINKS) {
              continue;
            }
            if (shared[b]++ == 0) {
              touched[touchedCount++] = b;
            }
          }
        }
      }
      int base = a * rowMax;
      int len = 0;
      int textCount = text.neighborCount(a);
      for (int r = 0; r < textCount; r++) {
        int b = text.neighbor(a, r);
        rowNode[base + len] = b;
        rowWeight[base + len++] = textWeight * text.similarity(a, r)
            + (1 - textWeight) * jaccard(shared[b], authorsA, inc.authorCountOf(selection[b]));
      }
      long[] ranked = new long[touchedCount];
      for (int i = 0; i < touchedCount; i++) {
        int b = touched[i];
        // Most shared authors first (negated count in the high bits), then smaller index.
        ranked[i] = ((long) (Integer.MAX_VALUE - shared[b]) << 32) | b;
      }
      Arrays.sort(ranked);
      for (int i = 0; i < Math.min(neighbors, ranked.length); i++) {
        int b = (int) ranked[i];
        double cosine = text.similarityOf(a, b);
        if (cosine < 0) {
          cosine = text.similarityOf(b, a);
        }
        if (cosine < 0) {
          cosine = vectors.cosine(a, b);
        }
        rowNode[base + len] = b;
        rowWeight[base + len++] = textWeight * cosine
            + (1 - textWeight) * jaccard(shared[b], authorsA, inc.authorCountOf(selection[b]));
      }
      for (int i = 0; i < touchedCount; i++) {
        shared[touched[i]] = 0;
      }
      rowLength[a] = len;
    });
    // Group the rows' links by their smaller paper (counting sort), then order each group by the larger one.
    int[] start = new int[n + 1];
    for (int a = 0; a < n; a++) {
      for (int i = a * rowMax; i < a * rowMax + rowLength[a]; i++) {
        if (rowWeight[i] > 0) {
          start[Math.min(a, rowNode[i]) + 1]++;
        }
      }
    }
    for (int a = 0; a < n; a++) {
      start[a + 1] += start[a];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] other = new int[start[n]];
    double[] otherWeight = new double[start[n]];
    for (int a = 0; a < n; a++) {
      for (int i = a * rowMax; i < a * rowMax + rowLength[a]; i++) {
        if (rowWeight[i] > 0) {
          int lo = Math.min(a, rowNode[i]);
          other[fill[lo]] = Math.max(a, rowNode[i]);
          otherWeight[fill[lo]++] = rowWeight[i];
        }
      }
    }
    int[] unique = new int[n];
    IntStream.range(0, n).parallel().forEach(a -> {
      int lo = start[a];
      int hi = start[a + 1];
      // Larger paper in the high bits, slot in the low bits: sorted by paper, a repeated pair keeps one copy.
      long[] keys = new long[hi - lo];
      for (int q = lo; q < hi; q++) {
        keys[q - lo] = ((long) other[q] << 32) | q;
      }
      Arrays.sort(keys);
      double[] ws = new double[keys.length];
      int count = 0;
      for (int x = 0; x < keys.length; x++) {
        int b = (int) (keys[x] >>> 32);
        if (count == 0 || other[lo + count - 1] != b) {
          ws[count] = otherWeight[(int) keys[x]];
          other[lo + count++] = b;
        }
      }
      System.arraycopy(ws, 0, otherWeight, lo, count);
      unique[a] = count;
    });
    int m = 0;
    for (int a = 0; a < n; a++) {
      m += unique[a];
    }
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weight = new double[m];
    int e = 0;
    for (int a = 0; a < n; a++) {
      for (int q = start[a]; q < start[a] + unique[a]; q++) {
        from[e] = a;
        to[e] = other[q];
        weight[e++] = otherWeight[q];
      }
    }
    return new Edges(from, to, weight);
  }

  /**
   * Jaccard similarity of two author sets from their sizes and the number they share; 0 when either is empty or
   * above {@link #MAX_AUTHORS_FOR_COAUTHOR_LINKS} (such papers add no co-authorship links).
   */
  private static double jaccard(int common, int sizeA, int sizeB) {
    if (sizeA == 0 || sizeB == 0 || sizeA > MAX_AUTHORS_FOR_COAUTHOR_LINKS || sizeB > MAX_AUTHORS_FOR_COAUTHOR_LINKS) {
      return 0;
    }
    return (double) common / (sizeA + sizeB - common);
  }

  private static Map<String, Integer> sortedByCount(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
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
