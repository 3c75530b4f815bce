package org.citegraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;

import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The co-authorship graph: one vertex per resolved author, one edge per pair of authors sharing at least one paper,
 * weighted by shared papers under full, fractional and paper-normalised {@link Counting}. Every edge can list the
 * papers behind it ({@link #papersBehind}).
 *
 * <p>Stored as compressed sparse rows of primitive arrays (sorted neighbour indices, int counts, double weights): no
 * per-edge objects. {@link #asGraph(Counting)} gives an unmodifiable JGraphT view, built once per counting scheme on
 * first use. Instances are immutable and safe to share between threads.
 *
 * <p>Building costs O(Σ n_p²) over papers p with n_p authors, with one dense scratch array of the number of authors.
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

  private final int hyperAuthorshipThreshold;
  private final List<Paper> hyperAuthored;
  private final List<Author> authors;
  private final List<Paper> papers;
  private final Incidence incidence;
  private final Map<String, Integer> indexOfId;
  private final int[] offsets;
  private final int[] neighbors;
  private final int[] counts;
  private final double[] fractional;
  private final double[] paperNormalised;
  private final Map<Counting, Supplier<Graph<Author, CoauthorEdge>>> views = new EnumMap<>(Counting.class);

  private CoauthorGraph(List<Author> authors, List<Paper> papers, Incidence incidence, int threshold) {
    this.hyperAuthorshipThreshold = threshold;
    List<Paper> skipped = new ArrayList<>();
    for (int p = 0; p < papers.size(); p++) {
      if (incidence.authorCountOf(p) > threshold) {
        skipped.add(papers.get(p));
      }
    }
    this.hyperAuthored = List.copyOf(skipped);
    this.authors = ImmutableList.copyOf(authors);
    this.papers = ImmutableList.copyOf(papers);
    this.incidence = incidence;
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < authors.size(); i++) {
      ids.put(authors.get(i).id(), i);
    }
    this.indexOfId = Map.copyOf(ids);
    int n = authors.size();
    int[] paperOffsets = incidence.paperOffsets();
    int[] paperAuthors = incidence.paperAuthorsArray();
    int[] authorOffsets = incidence.authorOffsets();
    int[] authorPapers = incidence.authorPapersArray();

    // Pass 1: degrees. Pass 2: fill. Each uses a scratch "last seen" marker per author.
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    int[] degree = new int[n];
    for (int a = 0; a < n; a++) {
      for (int k = authorOffsets[a]; k < authorOffsets[a + 1]; k++) {
        int p = authorPapers[k];
        if (paperOffsets[p + 1] - paperOffsets[p] > threshold) {
          continue;
        }
        for (int i = paperOffsets[p]; i < paperOffsets[p + 1]; i++) {
          int b = paperAuthors[i];
          if (b != a && mark[b] != a) {
            mark[b] = a;
            degree[a]++;
          }
        }
      }
    }
    this.offsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      offsets[a + 1] = offsets[a] + degree[a];
    }
    int m2 = offsets[n];
    this.neighbors = new int[m2];
    this.counts = new int[m2];
    this.fractional = new double[m2];
    this.paperNormalised = new double[m2];
    int[] slot = new int[n];
    Arrays.fill(mark, -1);
    for (int a = 0; a < n; a++) {
      int start = offsets[a];
      int end = start;
      for (int k = authorOffsets[a]; k < authorOffsets[a + 1]; k++) {
        int p = authorPapers[k];
        int size = paperOffsets[p + 1] - paperOffsets[p];
        if (size > threshold) {
          continue;
        }
        double frac = Counting.FRACTIONAL.contribution(size);
        double norm = Counting.PAPER.contribution(size);
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
          int s = slot[b];
          counts[s]++;
          fractional[s] += frac;
          paperNormalised[s] += norm;
        }
      }
      sortRow(start, end);
    }
    for (Counting c : Counting.values()) {
      views.put(c, Suppliers.memoize(() -> buildView(c)));
    }
  }

  /**
   * Builds the graph.
   *
   * @param authors the authors, indexed as in the incidence
   * @param papers the papers, indexed as in the incidence
   * @param incidence who wrote what
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
   */
  public static CoauthorGraph build(List<Author> authors, List<Paper> papers, Incidence incidence,
      int hyperAuthorshipThreshold) {
    checkArgument(hyperAuthorshipThreshold >= 2, "hyperAuthorshipThreshold must be at least 2, got %s",
        hyperAuthorshipThreshold);
    checkArgument(authors.size() == incidence.authorCount(), "incidence has %s authors, list has %s",
        incidence.authorCount(), authors.size());
    checkArgument(papers.size() == incidence.paperCount(), "incidence has %s papers, list has %s",
        incidence.paperCount(), papers.size());
    return new CoauthorGraph(authors, papers, incidence, hyperAuthorshipThreshold);
  }

  private void sortRow(int start, int end) {
    // Insertion sort by neighbour index keeps the parallel arrays aligned; rows are short in practice,
    // and long rows fall back to sorting packed (neighbour, position) longs.
    int len = end - start;
    if (len > 32) {
      long[] order = new long[len]; // neighbour index in the high bits, position in the low bits: no boxing
      for (int i = 0; i < len; i++) {
        order[i] = ((long) neighbors[start + i] << 32) | i;
      }
      Arrays.sort(order);
      int[] nb = new int[len];
      int[] ct = new int[len];
      double[] fr = new double[len];
      double[] pn = new double[len];
      for (int i = 0; i < len; i++) {
        int from = start + (int) order[i];
        nb[i] = neighbors[from];
        ct[i] = counts[from];
        fr[i] = fractional[from];
        pn[i] = paperNormalised[from];
      }
      System.arraycopy(nb, 0, neighbors, start, len);
      System.arraycopy(ct, 0, counts, start, len);
      System.arraycopy(fr, 0, fractional, start, len);
      System.arraycopy(pn, 0, paperNormalised, start, len);
      return;
    }
    for (int i = start + 1; i < end; i++) {
      int nb = neighbors[i];
      int ct = counts[i];
      double fr = fractional[i];
      double pn = paperNormalised[i];
      int j = i - 1;
      while (j >= start && neighbors[j] > nb) {
        neighbors[j + 1] = neighbors[j];
        counts[j + 1] = counts[j];
        fractional[j + 1] = fractional[j];
        paperNormalised[j + 1] = paperNormalised[j];
        j--;
      }
      neighbors[j + 1] = nb;
      counts[j + 1] = ct;
      fractional[j + 1] = fr;
      paperNormalised[j + 1] = pn;
    }
  }

  /** Papers with more authors than this add no edges. */
  public int hyperAuthorshipThreshold() {
    return hyperAuthorshipThreshold;
  }

  /** The papers whose authors were not linked because they have more than the threshold's authors. */
  public List<Paper> hyperAuthoredPapers() {
    return hyperAuthored;
  }

  /** The authors (vertices), sorted by id. */
  public List<Author> authors() {
    return authors;
  }

  /** Number of vertices. */
  public int vertexCount() {
    return authors.size();
  }

  /** Number of edges (unordered pairs of co-authors). */
  public int edgeCount() {
    return neighbors.length / 2;
  }

  /** Whether the author is a vertex of this graph. */
  public boolean contains(Author author) {
    Integer i = indexOfId.get(author.id());
    return i != null && authors.get(i).equals(author);
  }

  private int index(Author author) {
    checkNotNull(author, "author");
    Integer i = indexOfId.get(author.id());
    checkArgument(i != null && authors.get(i).equals(author),
        "Author %s (%s) is not in this graph; look authors up with Corpus.author(name)", author, author.id());
    return i;
  }

  private int find(int a, int b) {
    return Arrays.binarySearch(neighbors, offsets[a], offsets[a + 1], b);
  }

  /** The co-authors of an author, sorted by id. */
  public List<Author> neighbors(Author author) {
    int a = index(author);
    List<Author> out = new ArrayList<>(offsets[a + 1] - offsets[a]);
    for (int k = offsets[a]; k < offsets[a + 1]; k++) {
      out.add(authors.get(neighbors[k]));
    }
    return List.copyOf(out);
  }

  /** Number of co-authors. */
  public int degree(Author author) {
    int a = index(author);
    return offsets[a + 1] - offsets[a];
  }

  /** The edge between two authors, or null when they share no paper. O(log degree). */
  public CoauthorEdge edge(Author x, Author y) {
    int a = index(x);
    int b = index(y);
    int k = find(a, b);
    if (k < 0) {
      return null;
    }
    return a < b ? new CoauthorEdge(x, y, counts[k], fractional[k], paperNormalised[k])
        : new CoauthorEdge(y, x, counts[k], fractional[k], paperNormalised[k]);
  }

  /** The weight of the link between two authors under a counting scheme; 0 when they share no paper. */
  public double weight(Author x, Author y, Counting counting) {
    CoauthorEdge e = edge(x, y);
    return e == null ? 0 : e.weight(counting);
  }

  /** The sum of an author's link weights under a counting scheme (weighted degree). */
  public double strength(Author author, Counting counting) {
    int a = index(author);
    double sum = 0;
    for (int k = offsets[a]; k < offsets[a + 1]; k++) {
      sum += switch (counting) {
        case FULL -> counts[k];
        case FRACTIONAL -> fractional[k];
        case PAPER -> paperNormalised[k];
      };
    }
    return sum;
  }

  /** The papers behind an edge: those two authors share, hyper-authored papers left out, by id. O(papers of both). */
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

  /** All edges, each once, ordered by first then second author. */
  public List<CoauthorEdge> edges() {
    List<CoauthorEdge> out = new ArrayList<>(edgeCount());
    for (int a = 0; a < authors.size(); a++) {
      for (int k = offsets[a]; k < offsets[a + 1]; k++) {
        int b = neighbors[k];
        if (a < b) {
          out.add(new CoauthorEdge(authors.get(a), authors.get(b), counts[k], fractional[k], paperNormalised[k]));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * An unmodifiable JGraphT view with edge weights under the given counting scheme, for JGraphT's algorithms. Built
   * once per scheme on first use (O(V + E)); safe to share between threads. Note that JGraphT's shortest-path and
   * betweenness algorithms treat weights as distances.
   */
  public Graph<Author, CoauthorEdge> asGraph(Counting counting) {
    return views.get(checkNotNull(counting, "counting")).get();
  }

  private Graph<Author, CoauthorEdge> buildView(Counting counting) {
    Graph<Author, CoauthorEdge> g = GraphTypeBuilder.<Author, CoauthorEdge>undirected().weighted(true)
        .allowingMultipleEdges(false).allowingSelfLoops(false).buildGraph();
    authors.forEach(g::addVertex);
    for (CoauthorEdge e : edges()) {
      g.addEdge(e.first(), e.second(), e);
      g.setEdgeWeight(e, e.weight(counting));
    }
    return new AsUnmodifiableGraph<>(g);
  }

  @Override
  public String toString() {
    return "CoauthorGraph(" + vertexCount() + " authors, " + edgeCount() + " edges)";
  }
}
