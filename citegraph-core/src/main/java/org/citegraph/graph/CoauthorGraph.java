package org.citegraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;

import org.citegraph.internal.SortedInts;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The co-authorship graph: one vertex per resolved author, one edge per pair of authors sharing at least one paper,
 * weighted by shared papers under full, fractional and paper-normalised {@link Counting}. Every edge can list the
 * papers behind it ({@link #papersBehind}).
 *
 * <p><b>Layout and byte budget.</b> Compressed sparse rows of primitive arrays, each undirected edge stored once in
 * each direction: {@code offsets int[V+1]}, {@code neighbors int[2E]} (each row sorted by author index) and
 * {@code counts int[2E]} (shared papers): 16 bytes per edge plus 4 bytes per vertex, and no object per edge. The
 * fractional and paper-normalised weights are not stored: a row's weights are recomputed on demand from the
 * author–paper {@link Incidence} (an author's row costs Σ n_p over their papers p, times a binary search in the row,
 * exactly the work the build does for that row), and one edge's weights by merging the two authors' sorted paper
 * lists. The sums run over the shared papers in increasing paper index, exactly as the build would, so answers are
 * identical to storing them. Vertex lookups binary-search the id-sorted author list (no per-author map) when the
 * authors come sorted by id, as from a corpus, and fall back to a hash map otherwise.
 *
 * <p><b>Whole-graph uses.</b> {@link #asGraph(Counting)} gives an unmodifiable JGraphT view, materialised lazily, once
 * (memoized, thread-safe), and only when asked for: one base graph of {@link CoauthorEdge} objects (which carry all
 * three weights) is built on the first call and shared by the three countings, whose views read each edge's weight
 * from the edge itself. Its memory (JGraphT's per-vertex and per-edge objects, far more than the CSR arrays) is paid
 * only by callers of JGraphT algorithms. {@link #edges()} computes each row's weights once, through a dense scratch
 * array, in O(Σ n_p²) and keeps nothing. Instances are immutable and safe to share between threads.
 *
 * <p>Building costs O(Σ n_p²) over papers p with n_p authors, split over the cores by contiguous ranges of authors
 * (rows are independent, so the result does not depend on the split), with dense scratch arrays of the number of
 * authors per thread.
 *
 * <p><b>Hyper-authored papers.</b> A paper with more than {@link #hyperAuthorshipThreshold()} authors (default
 * {@value #DEFAULT_HYPER_AUTHORSHIP_THRESHOLD}) adds no edges: expanding a 5,000-author paper into a clique would
 * add 12.5 million pairs that say little about collaboration. Its authors keep their author–paper links (the
 * incidence, paper counts, timelines), and the skipped papers are listed by {@link #hyperAuthoredPapers()}. VOSviewer
 * ignores documents with more than 25 authors by default; our default keeps the large teams of machine learning and
 * biology (tens of authors) and leaves out only consortium papers (hundreds to thousands).
 */
public final class CoauthorGraph {
  /** Papers with more authors than this add no co-authorship edges by default. */
  public static final int DEFAULT_HYPER_AUTHORSHIP_THRESHOLD = 100;

  /** The smallest hyper-authorship threshold: below 2 authors a paper has no pair of co-authors to link. */
  public static final int MIN_HYPER_AUTHORSHIP_THRESHOLD = 2;

  private final int hyperAuthorshipThreshold;
  private final List<Paper> hyperAuthored;
  private final List<Author> authors;
  private final List<Paper> papers;
  private final Incidence incidence;
  /** Author id to index; null when the authors are sorted by id and looked up by binary search. */
  private final Map<String, Integer> indexOfId;
  private final int[] offsets;
  private final int[] neighbors;
  private final int[] counts;
  private final Supplier<Graph<Author, CoauthorEdge>> baseView;
  private final Map<Counting, Supplier<Graph<Author, CoauthorEdge>>> views = new EnumMap<>(Counting.class);

  private CoauthorGraph(List<Author> authors, List<Paper> papers, Incidence incidence, int threshold, int threads) {
    this.hyperAuthorshipThreshold = threshold;
    List<Paper> skipped = new ArrayList<>();
    for (int p = 0; p < papers.size(); p++) {
      if (incidence.authorCountOf(p) > threshold) {
        skipped.add(papers.get(p));
      }
    }
    this.hyperAuthored = List.copyOf(skipped);
    this.authors = ImmutableList.copyOf(authors); // no copy when given an ImmutableList, as from a corpus
    this.papers = ImmutableList.copyOf(papers);
    this.incidence = incidence;
    this.indexOfId = sortedById(this.authors) ? null : indexById(this.authors);
    int n = authors.size();
    int[] paperOffsets = incidence.paperOffsets();
    int[] paperAuthors = incidence.paperAuthorsArray();
    int[] authorOffsets = incidence.authorOffsets();
    int[] authorPapers = incidence.authorPapersArray();

    // Pass 1: degrees. Pass 2: fill. Rows are independent, so both passes run on contiguous ranges of authors
    // balanced by authorships, one range per core, each with its own scratch "last seen" marker per author. A row's
    // content does not depend on the ranges, so the graph is the same whatever the number of threads.
    int[] bounds = ranges(authorOffsets, n, threads);
    int parts = bounds.length - 1;
    int[] degree = new int[n];
    IntStream.range(0, parts).parallel().forEach(t -> {
      int[] mark = new int[n];
      Arrays.fill(mark, -1);
      for (int a = bounds[t]; a < bounds[t + 1]; a++) {
        int d = 0;
        for (int k = authorOffsets[a]; k < authorOffsets[a + 1]; k++) {
          int p = authorPapers[k];
          if (paperOffsets[p + 1] - paperOffsets[p] > threshold) {
            continue;
          }
          for (int i = paperOffsets[p]; i < paperOffsets[p + 1]; i++) {
            int b = paperAuthors[i];
            if (b != a && mark[b] != a) {
              mark[b] = a;
              d++;
            }
          }
        }
        degree[a] = d;
      }
    });
    this.offsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      offsets[a + 1] = offsets[a] + degree[a];
    }
    int m2 = offsets[n];
    this.neighbors = new int[m2];
    this.counts = new int[m2];
    IntStream.range(0, parts).parallel().forEach(t -> {
      int[] mark = new int[n];
      int[] slot = new int[n];
      Arrays.fill(mark, -1);
      long[] packed = new long[0];
      for (int a = bounds[t]; a < bounds[t + 1]; a++) {
        int start = offsets[a];
        int end = start;
        for (int k = authorOffsets[a]; k < authorOffsets[a + 1]; k++) {
          int p = authorPapers[k];
          if (paperOffsets[p + 1] - paperOffsets[p] > threshold) {
            continue;
          }
          for (int i = paperOffsets[p]; i < paperOffsets[p + 1]; i++) {
            int b = paperAuthors[i];
            if (b == a) {
              continue;
            }
            if (mark[b] != a) {
              mark[b] = a;
              slot[b] = end;
              neighbors[end++] = b;
            }
            counts[slot[b]]++;
          }
        }
        packed = sortRow(start, end, packed);
      }
    });
    this.baseView = Suppliers.memoize(this::buildBaseView);
    for (Counting c : Counting.values()) {
      views.put(c, Suppliers.memoize(() -> new WeightedView(baseView.get(), c)));
    }
  }

  /** Below this many authors per thread the build runs on one thread (the scratch arrays would cost more). */
  static final int MIN_AUTHORS_PER_THREAD = 50_000;

  private static int threadsFor(int authors) {
    return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), authors / MIN_AUTHORS_PER_THREAD));
  }

  /**
   * Splits the authors 0..n into {@code parts} contiguous ranges with about the same number of authorships each;
   * returns the {@code parts + 1} bounds (the first 0, the last n). Empty ranges are allowed.
   */
  static int[] ranges(int[] authorOffsets, int n, int parts) {
    int[] bounds = new int[parts + 1];
    long total = authorOffsets[n];
    for (int t = 1; t < parts; t++) {
      long target = total * t / parts;
      int a = Arrays.binarySearch(authorOffsets, 0, n + 1, (int) target);
      if (a < 0) {
        a = -a - 1;
      }
      bounds[t] = Math.max(bounds[t - 1], Math.min(a, n));
    }
    bounds[parts] = n;
    return bounds;
  }

  private static boolean sortedById(List<Author> authors) {
    for (int i = 1; i < authors.size(); i++) {
      if (authors.get(i - 1).id().compareTo(authors.get(i).id()) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Integer> indexById(List<Author> authors) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < authors.size(); i++) {
      ids.put(authors.get(i).id(), i);
    }
    return Map.copyOf(ids);
  }

  /**
   * Builds the graph.
   *
   * @param authors the authors, indexed as in the incidence
   * @param papers the papers, indexed as in the incidence
   * @param incidence who wrote what
   * @return the immutable graph; authors with no (non-hyper-authored) co-author are isolated vertices
   * @throws IllegalArgumentException if the lists' sizes differ from the incidence's author or paper count
   */
  public static CoauthorGraph build(List<Author> authors, List<Paper> papers, Incidence incidence) {
    return build(authors, papers, incidence, DEFAULT_HYPER_AUTHORSHIP_THRESHOLD);
  }

  /**
   * Builds the graph, leaving out the edges of papers with more than {@code hyperAuthorshipThreshold} authors.
   *
   * @param authors the authors, indexed as in the incidence
   * @param papers the papers, indexed as in the incidence
   * @param incidence who wrote what
   * @param hyperAuthorshipThreshold the largest author count whose papers still add edges (at least 2)
   * @return the immutable graph; authors with no (non-hyper-authored) co-author are isolated vertices
   * @throws IllegalArgumentException if the lists' sizes differ from the incidence's author or paper count, or if
   *     {@code hyperAuthorshipThreshold} is less than 2
   */
  public static CoauthorGraph build(List<Author> authors, List<Paper> papers, Incidence incidence,
      int hyperAuthorshipThreshold) {
    return build(authors, papers, incidence, hyperAuthorshipThreshold, threadsFor(incidence.authorCount()));
  }

  /** As {@link #build(List, List, Incidence, int)} on exactly {@code threads} author ranges (for tests). */
  static CoauthorGraph build(List<Author> authors, List<Paper> papers, Incidence incidence,
      int hyperAuthorshipThreshold, int threads) {
    checkArgument(hyperAuthorshipThreshold >= MIN_HYPER_AUTHORSHIP_THRESHOLD,
        "hyperAuthorshipThreshold must be at least %s, got %s", MIN_HYPER_AUTHORSHIP_THRESHOLD,
        hyperAuthorshipThreshold);
    checkArgument(authors.size() == incidence.authorCount(), "incidence has %s authors, list has %s",
        incidence.authorCount(), authors.size());
    checkArgument(papers.size() == incidence.paperCount(), "incidence has %s papers, list has %s",
        incidence.paperCount(), papers.size());
    checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
    return new CoauthorGraph(authors, papers, incidence, hyperAuthorshipThreshold, threads);
  }

  /**
   * Sorts one row by neighbor index, keeping counts aligned: each (neighbor, count) pair is packed into one long,
   * neighbor in the high bits (both are non-negative ints), so one primitive sort does it. Returns the scratch
   * buffer, grown when needed.
   */
  private long[] sortRow(int start, int end, long[] scratch) {
    int len = end - start;
    if (len < 2) {
      return scratch;
    }
    long[] order = scratch.length >= len ? scratch : new long[Math.max(len, 2 * scratch.length)];
    for (int i = 0; i < len; i++) {
      order[i] = ((long) neighbors[start + i] << 32) | counts[start + i];
    }
    Arrays.sort(order, 0, len);
    for (int i = 0; i < len; i++) {
      neighbors[start + i] = (int) (order[i] >>> 32);
      counts[start + i] = (int) order[i];
    }
    return order;
  }

  /**
   * Papers with more authors than this add no edges.
   *
   * @return the threshold the graph was built with, at least 2
   */
  public int hyperAuthorshipThreshold() {
    return hyperAuthorshipThreshold;
  }

  /**
   * The papers whose authors were not linked because they have more than the threshold's authors.
   *
   * @return an immutable list in paper index order; empty when no paper exceeds the threshold
   */
  public List<Paper> hyperAuthoredPapers() {
    return hyperAuthored;
  }

  /**
   * The authors (vertices), in the order given to {@link #build} (sorted by id for a corpus's graph).
   *
   * @return an immutable list of every author, including those without co-authors
   */
  public List<Author> authors() {
    return authors;
  }

  /**
   * Number of vertices.
   *
   * @return the number of authors, 0 or more
   */
  public int vertexCount() {
    return authors.size();
  }

  /**
   * Number of edges (unordered pairs of co-authors).
   *
   * @return 0 or more
   */
  public int edgeCount() {
    return neighbors.length / 2;
  }

  /**
   * Whether the author is a vertex of this graph. O(log V) for a corpus's graph.
   *
   * @param author any author
   * @return true if an equal author with the same id is a vertex
   * @throws NullPointerException if {@code author} is null
   */
  public boolean contains(Author author) {
    int i = lookup(author.id());
    return i >= 0 && authors.get(i).equals(author);
  }

  /** The index of the author with this id, or -1: a binary search over the id-sorted authors, or the map. */
  private int lookup(String id) {
    if (indexOfId != null) {
      Integer i = indexOfId.get(id);
      return i == null ? -1 : i;
    }
    int i = Collections.binarySearch(Lists.transform(authors, Author::id), id);
    return i >= 0 ? i : -1;
  }

  private int index(Author author) {
    checkNotNull(author, "author");
    int i = lookup(author.id());
    checkArgument(i >= 0 && authors.get(i).equals(author),
        "Author %s (%s) is not in this graph; look authors up with Corpus.author(name)", author, author.id());
    return i;
  }

  /** Whether author index a sorts before b by id (index order when the authors are sorted by id). */
  private boolean before(int a, int b) {
    return indexOfId == null ? a < b : authors.get(a).id().compareTo(authors.get(b).id()) < 0;
  }

  private int find(int a, int b) {
    return Arrays.binarySearch(neighbors, offsets[a], offsets[a + 1], b);
  }

  /**
   * The co-authors of an author, in vertex order (sorted by id for a corpus's graph). O(degree).
   *
   * @param author an author of this graph
   * @return an immutable list of distinct authors; empty when the author shares no (non-hyper-authored) paper
   * @throws IllegalArgumentException if the author is not in this graph
   */
  public List<Author> neighbors(Author author) {
    int a = index(author);
    List<Author> out = new ArrayList<>(offsets[a + 1] - offsets[a]);
    for (int k = offsets[a]; k < offsets[a + 1]; k++) {
      out.add(authors.get(neighbors[k]));
    }
    return List.copyOf(out);
  }

  /**
   * Number of co-authors. O(log V) for the lookup.
   *
   * @param author an author of this graph
   * @return 0 or more
   * @throws IllegalArgumentException if the author is not in this graph
   */
  public int degree(Author author) {
    int a = index(author);
    return offsets[a + 1] - offsets[a];
  }

  /**
   * The edge between two authors. O(log degree) for the count, plus O(papers of both) to compute the fractional and
   * paper-normalised weights.
   *
   * @param x an author of the graph
   * @param y an author of the graph
   * @return the edge, or empty when they share no paper (or are the same author)
   * @throws IllegalArgumentException if an author is not in the graph
   */
  public Optional<CoauthorEdge> edge(Author x, Author y) {
    int a = index(x);
    int b = index(y);
    int k = find(a, b);
    if (k < 0) {
      return Optional.empty();
    }
    double[] w = pairWeights(a, b);
    return Optional.of(before(a, b) ? new CoauthorEdge(x, y, counts[k], w[0], w[1])
        : new CoauthorEdge(y, x, counts[k], w[0], w[1]));
  }

  /**
   * The weight of the link between two authors under a counting scheme; 0 when they share no paper. O(log degree)
   * under full counting, O(papers of both) otherwise.
   *
   * @param x an author of the graph
   * @param y an author of the graph
   * @param counting the counting scheme
   * @return the edge's weight under {@code counting} (see {@link CoauthorEdge#weight}), positive for linked authors;
   *     0 when they share no paper or are the same author
   * @throws IllegalArgumentException if an author is not in the graph
   */
  public double weight(Author x, Author y, Counting counting) {
    checkNotNull(counting, "counting");
    int a = index(x);
    int b = index(y);
    int k = find(a, b);
    if (k < 0) {
      return 0;
    }
    return counting == Counting.FULL ? counts[k] : pairWeights(a, b)[counting == Counting.FRACTIONAL ? 0 : 1];
  }

  /**
   * The fractional and paper-normalised weights of an existing edge: Σ over the papers both authors wrote (not
   * hyper-authored), in increasing paper index, by merging their sorted paper lists; the same sums, in the same
   * order, as {@link #rowWeights}.
   */
  private double[] pairWeights(int a, int b) {
    int[] authorOffsets = incidence.authorOffsets();
    int[] authorPapers = incidence.authorPapersArray();
    double[] sums = new double[2];
    SortedInts.forEachCommon(authorPapers, authorOffsets[a], authorOffsets[a + 1], authorPapers,
        authorOffsets[b], authorOffsets[b + 1], (i, j) -> {
          int size = incidence.authorCountOf(authorPapers[i]);
          if (size <= hyperAuthorshipThreshold) {
            sums[0] += Counting.FRACTIONAL.contribution(size);
            sums[1] += Counting.PAPER.contribution(size);
          }
        });
    return sums;
  }

  /**
   * The weights of author {@code a}'s row under a counting scheme, aligned with {@code neighbors[offsets[a]..]}:
   * each slot sums its shared papers' contributions in increasing paper index, as the build does. O(Σ n_p · log
   * degree) over the author's papers p.
   */
  private double[] rowWeights(int a, Counting counting) {
    int start = offsets[a];
    double[] out = new double[offsets[a + 1] - start];
    if (counting == Counting.FULL) {
      for (int k = 0; k < out.length; k++) {
        out[k] = counts[start + k];
      }
      return out;
    }
    int[] paperOffsets = incidence.paperOffsets();
    int[] paperAuthors = incidence.paperAuthorsArray();
    int[] authorOffsets = incidence.authorOffsets();
    int[] authorPapers = incidence.authorPapersArray();
    for (int k = authorOffsets[a]; k < authorOffsets[a + 1]; k++) {
      int p = authorPapers[k];
      int size = paperOffsets[p + 1] - paperOffsets[p];
      if (size > hyperAuthorshipThreshold) {
        continue;
      }
      double w = counting.contribution(size);
      for (int i = paperOffsets[p]; i < paperOffsets[p + 1]; i++) {
        int b = paperAuthors[i];
        if (b != a) {
          out[find(a, b) - start] += w;
        }
      }
    }
    return out;
  }

  /**
   * Every author's links with their weights under a counting scheme, and each author's strength, for {@link
   * PageRank}: links are symmetric, so an author's row lists its in-links as well as its out-links. Rows are weighed
   * on all cores.
   */
  PageRank.Input pageRankInput(Counting counting) {
    int n = authors.size();
    double[] weights = new double[neighbors.length];
    double[] strength = new double[n];
    java.util.stream.IntStream.range(0, n).parallel().forEach(a -> {
      double[] row = rowWeights(a, counting);
      System.arraycopy(row, 0, weights, offsets[a], row.length);
      double sum = 0;
      for (double w : row) {
        sum += w;
      }
      strength[a] = sum;
    });
    return new PageRank.Input(offsets, neighbors, weights, strength);
  }

  /**
   * The sum of an author's link weights under a counting scheme (weighted degree, or "strength"). Under fractional
   * counting it equals the number of the author's papers with co-authors and at most the threshold's authors, each
   * paper counting 1 (Newman 2001). O(Σ n_p · log degree) over the author's papers p.
   *
   * @param author an author of this graph
   * @param counting the counting scheme
   * @return the strength, 0 for an author without co-authors
   * @throws IllegalArgumentException if the author is not in this graph
   */
  public double strength(Author author, Counting counting) {
    checkNotNull(counting, "counting");
    int a = index(author);
    double sum = 0;
    for (double w : rowWeights(a, counting)) {
      sum += w;
    }
    return sum;
  }

  /**
   * The papers behind an edge: those two authors share, hyper-authored papers left out. O(papers of both).
   *
   * @param x an author of the graph
   * @param y another author of the graph
   * @return an immutable list in paper index order; empty when they share no paper below the threshold
   * @throws IllegalArgumentException if an author is not in the graph or {@code x} and {@code y} are the same
   */
  public List<Paper> papersBehind(Author x, Author y) {
    int a = index(x);
    int b = index(y);
    checkArgument(a != b, "papersBehind needs two different authors, got %s twice", x);
    int[] pa = incidence.papersOf(a).toArray();
    int[] pb = incidence.papersOf(b).toArray();
    List<Paper> out = new ArrayList<>();
    for (int i = 0, j = 0; i < pa.length && j < pb.length; ) {
      if (pa[i] == pb[j]) {
        if (incidence.authorCountOf(pa[i]) <= hyperAuthorshipThreshold) {
          out.add(papers.get(pa[i]));
        }
        i++;
        j++;
      } else if (pa[i] < pb[j]) {
        i++;
      } else {
        j++;
      }
    }
    return List.copyOf(out);
  }

  /**
   * All edges, each once, ordered by first then second author. Computes every edge's weights, each row through a
   * dense scratch array: O(V + Σ n_p²), the cost of the build; nothing is kept.
   *
   * @return an immutable list of {@link #edgeCount()} edges with all three weights; {@code first} sorts before
   *     {@code second} by id
   */
  public List<CoauthorEdge> edges() {
    int n = authors.size();
    int[] paperOffsets = incidence.paperOffsets();
    int[] paperAuthors = incidence.paperAuthorsArray();
    int[] authorOffsets = incidence.authorOffsets();
    int[] authorPapers = incidence.authorPapersArray();
    int maxDegree = 0;
    for (int a = 0; a < n; a++) {
      maxDegree = Math.max(maxDegree, offsets[a + 1] - offsets[a]);
    }
    int[] slot = new int[n];
    double[] fractional = new double[maxDegree];
    double[] paper = new double[maxDegree];
    List<CoauthorEdge> out = new ArrayList<>(edgeCount());
    for (int a = 0; a < n; a++) {
      int start = offsets[a];
      int end = offsets[a + 1];
      // Only the upper half of the row (b > a) is needed; each slot's sum is independent of the others.
      int upper = start;
      while (upper < end && neighbors[upper] < a) {
        upper++;
      }
      if (upper == end) {
        continue;
      }
      for (int k = upper; k < end; k++) {
        slot[neighbors[k]] = k - start;
        fractional[k - start] = 0;
        paper[k - start] = 0;
      }
      for (int k = authorOffsets[a]; k < authorOffsets[a + 1]; k++) {
        int p = authorPapers[k];
        int size = paperOffsets[p + 1] - paperOffsets[p];
        if (size > hyperAuthorshipThreshold) {
          continue;
        }
        double fr = Counting.FRACTIONAL.contribution(size);
        double pn = Counting.PAPER.contribution(size);
        for (int i = paperOffsets[p]; i < paperOffsets[p + 1]; i++) {
          int b = paperAuthors[i];
          if (b > a) {
            int s = slot[b];
            fractional[s] += fr;
            paper[s] += pn;
          }
        }
      }
      Author author = authors.get(a);
      for (int k = upper; k < end; k++) {
        Author other = authors.get(neighbors[k]);
        out.add(indexOfId == null || author.id().compareTo(other.id()) < 0
            ? new CoauthorEdge(author, other, counts[k], fractional[k - start], paper[k - start])
            : new CoauthorEdge(other, author, counts[k], fractional[k - start], paper[k - start]));
      }
    }
    if (indexOfId != null) { // authors not sorted by id: put the edges in id order, as documented
      out.sort(Comparator.comparing((CoauthorEdge e) -> e.first().id()).thenComparing(e -> e.second().id()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * An unmodifiable JGraphT view with edge weights under the given counting scheme, for JGraphT's algorithms.
   * Materialised on first use of any scheme (O(V + Σ n_p²)) and kept: one graph of {@link CoauthorEdge} objects
   * shared by the three schemes, each view reading its weight from the edge ({@link CoauthorEdge#weight}). Safe to
   * share between threads; concurrent first calls build it once. Note that JGraphT's shortest-path and betweenness
   * algorithms treat weights as distances.
   *
   * @param counting the scheme whose weight {@link Graph#getEdgeWeight} returns
   * @return an unmodifiable, undirected, weighted graph with every author as a vertex
   * @throws NullPointerException if {@code counting} is null
   */
  public Graph<Author, CoauthorEdge> asGraph(Counting counting) {
    return views.get(checkNotNull(counting, "counting")).get();
  }

  private Graph<Author, CoauthorEdge> buildBaseView() {
    Graph<Author, CoauthorEdge> g = GraphTypeBuilder.<Author, CoauthorEdge>undirected().weighted(false)
        .allowingMultipleEdges(false).allowingSelfLoops(false).buildGraph();
    authors.forEach(g::addVertex);
    for (CoauthorEdge e : edges()) {
      g.addEdge(e.first(), e.second(), e);
    }
    return g;
  }

  /** An unmodifiable, weighted view whose edge weights are read from the edges: no per-edge storage, no boxing. */
  private static final class WeightedView extends AsUnmodifiableGraph<Author, CoauthorEdge> {
    private static final long serialVersionUID = 1L;
    private final Counting counting;

    WeightedView(Graph<Author, CoauthorEdge> base, Counting counting) {
      super(base);
      this.counting = counting;
    }

    @Override
    public double getEdgeWeight(CoauthorEdge e) {
      return e.weight(counting);
    }

    @Override
    public GraphType getType() {
      return super.getType().asWeighted();
    }
  }

  @Override
  public String toString() {
    return "CoauthorGraph(" + vertexCount() + " authors, " + edgeCount() + " edges)";
  }
}
