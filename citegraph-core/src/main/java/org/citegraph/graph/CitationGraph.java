package org.citegraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The citation graph: a directed edge from a citing paper to each cited paper of the corpus. References are keys in
 * one space across sources ({@link Paper#references()}): a key resolves when it equals any identifier of a corpus
 * paper (its id or an alternate id, e.g. {@code doi:...} of a paper identified by its arXiv id). References that do
 * not resolve are kept and counted per paper ({@link #unresolvedReferences}), never dropped. Self-citations (a
 * paper's reference resolving to itself, e.g. a later version) and repeated references are not edges; both are
 * counted.
 *
 * <p>Stored as compressed sparse rows both ways (cited papers and citing papers per paper, sorted), built in
 * O(N + R log R) for R references and N papers (each paper's references are sorted once). Immutable and safe to
 * share between threads; the JGraphT view {@link #asGraph()} is built once on first use.
 */
public final class CitationGraph {
  private final List<Paper> papers;
  private final int[] outOffsets;
  private final int[] out;
  private final String[] outKeys;
  private final int[] inOffsets;
  private final int[] in;
  private final int[] unresolvedCounts;
  private final int selfCitations;
  private final int duplicateReferences;
  private final Map<PaperId, Integer> index;
  private final Supplier<Graph<Paper, CitationEdge>> view = Suppliers.memoize(this::buildView);

  private CitationGraph(List<Paper> papers) {
    this.papers = ImmutableList.copyOf(papers);
    int n = papers.size();
    Map<String, Integer> byKey = new HashMap<>();
    Map<PaperId, Integer> byId = new HashMap<>();
    for (int p = 0; p < n; p++) {
      for (PaperId id : papers.get(p).identifiers()) {
        byKey.putIfAbsent(id.toString(), p);
        byId.putIfAbsent(id, p);
      }
    }
    this.index = Map.copyOf(byId);
    this.outOffsets = new int[n + 1];
    this.unresolvedCounts = new int[n];
    List<int[]> rows = new ArrayList<>(n);
    List<String[]> keyRows = new ArrayList<>(n);
    int self = 0;
    int duplicates = 0;
    for (int p = 0; p < n; p++) {
      List<String> refs = papers.get(p).references();
      long[] packed = new long[refs.size()];
      String[] keys = new String[refs.size()];
      int count = 0;
      for (int r = 0; r < refs.size(); r++) {
        Integer q = byKey.get(refs.get(r));
        if (q == null) {
          unresolvedCounts[p]++;
        } else if (q == p) {
          self++;
        } else {
          keys[count] = refs.get(r);
          packed[count] = ((long) q << 32) | count;
          count++;
        }
      }
      long[] sorted = Arrays.copyOf(packed, count);
      Arrays.sort(sorted);
      int[] row = new int[count];
      String[] rowKeys = new String[count];
      int m = 0;
      for (long v : sorted) {
        int q = (int) (v >>> 32);
        if (m > 0 && row[m - 1] == q) {
          duplicates++;
          continue;
        }
        row[m] = q;
        rowKeys[m] = keys[(int) v];
        m++;
      }
      rows.add(Arrays.copyOf(row, m));
      keyRows.add(Arrays.copyOf(rowKeys, m));
      outOffsets[p + 1] = outOffsets[p] + m;
    }
    this.selfCitations = self;
    this.duplicateReferences = duplicates;
    this.out = new int[outOffsets[n]];
    this.outKeys = new String[outOffsets[n]];
    int[] indegree = new int[n];
    for (int p = 0; p < n; p++) {
      System.arraycopy(rows.get(p), 0, out, outOffsets[p], rows.get(p).length);
      System.arraycopy(keyRows.get(p), 0, outKeys, outOffsets[p], rows.get(p).length);
      for (int q : rows.get(p)) {
        indegree[q]++;
      }
    }
    this.inOffsets = new int[n + 1];
    for (int q = 0; q < n; q++) {
      inOffsets[q + 1] = inOffsets[q] + indegree[q];
    }
    this.in = new int[out.length];
    int[] fill = Arrays.copyOf(inOffsets, n);
    for (int p = 0; p < n; p++) { // citing papers in increasing order: rows come out sorted
      for (int k = outOffsets[p]; k < outOffsets[p + 1]; k++) {
        in[fill[out[k]]++] = p;
      }
    }
  }

  /**
   * Builds the citation graph of papers (indexed as given). When several papers share an identifier, references to
   * it resolve to the first of them.
   *
   * @param papers the vertices, in index order (copied); usually a corpus's de-duplicated papers
   * @return the graph, with every reference of every paper resolved, counted as unresolved, or counted as a
   *     self-citation or a duplicate
   * @throws NullPointerException if {@code papers} or one of its elements is null
   */
  public static CitationGraph build(List<Paper> papers) {
    return new CitationGraph(checkNotNull(papers, "papers"));
  }

  /**
   * The papers (vertices), in index order.
   *
   * @return an immutable list of the papers given to {@link #build(List)}
   */
  public List<Paper> papers() {
    return papers;
  }

  /**
   * Number of resolved citation edges.
   *
   * @return the number of distinct (citing, cited) pairs of different corpus papers, 0 or more
   */
  public int edgeCount() {
    return out.length;
  }

  /**
   * Number of references that resolve to no paper of the corpus. O(N).
   *
   * @return the sum of {@link #unresolvedReferences(Paper)} over all papers, 0 or more
   */
  public int unresolvedCount() {
    return Arrays.stream(unresolvedCounts).sum();
  }

  /**
   * Number of references that resolve to the citing paper itself (not edges).
   *
   * @return the self-citation count over all papers, 0 or more
   */
  public int selfCitationCount() {
    return selfCitations;
  }

  /**
   * Number of repeated references to the same cited paper within one paper (one edge each).
   *
   * @return the number of references beyond the first to the same cited paper, summed over all papers, 0 or more
   */
  public int duplicateReferenceCount() {
    return duplicateReferences;
  }

  /**
   * The index of a paper, looked up by its id.
   *
   * @param paper any paper
   * @return its index in {@link #papers()}, or -1 when no paper of this graph has that identifier
   * @throws NullPointerException if {@code paper} is null
   */
  public int indexOf(Paper paper) {
    Integer i = index.get(checkNotNull(paper, "paper").id());
    return i == null ? -1 : i;
  }

  private int require(Paper paper) {
    int i = indexOf(paper);
    checkArgument(i >= 0, "Paper %s is not in this citation graph", paper);
    return i;
  }

  /**
   * The number of corpus papers citing a paper (in-corpus citation count). O(1).
   *
   * @param paper a paper of this graph (matched by its id)
   * @return the paper's in-degree, 0 or more
   * @throws IllegalArgumentException if the paper is not in this graph
   * @throws NullPointerException if {@code paper} is null
   */
  public int citationCount(Paper paper) {
    int p = require(paper);
    return inOffsets[p + 1] - inOffsets[p];
  }

  /**
   * The number of corpus papers a paper cites. O(1).
   *
   * @param paper a paper of this graph (matched by its id)
   * @return the paper's out-degree, 0 or more (self-citations and duplicates not counted)
   * @throws IllegalArgumentException if the paper is not in this graph
   * @throws NullPointerException if {@code paper} is null
   */
  public int referenceCount(Paper paper) {
    int p = require(paper);
    return outOffsets[p + 1] - outOffsets[p];
  }

  /**
   * The number of a paper's references that resolve to no corpus paper. O(1).
   *
   * @param paper a paper of this graph (matched by its id)
   * @return 0 or more
   * @throws IllegalArgumentException if the paper is not in this graph
   * @throws NullPointerException if {@code paper} is null
   */
  public int unresolvedReferences(Paper paper) {
    return unresolvedCounts[require(paper)];
  }

  /**
   * The corpus papers a paper cites, in index order.
   *
   * @param paper a paper of this graph (matched by its id)
   * @return an immutable list of distinct papers; empty when none of its references resolves
   * @throws IllegalArgumentException if the paper is not in this graph
   * @throws NullPointerException if {@code paper} is null
   */
  public List<Paper> cited(Paper paper) {
    int p = require(paper);
    return papersOf(out, outOffsets[p], outOffsets[p + 1]);
  }

  /**
   * The corpus papers citing a paper, in index order.
   *
   * @param paper a paper of this graph (matched by its id)
   * @return an immutable list of distinct papers; empty when no corpus paper cites it
   * @throws IllegalArgumentException if the paper is not in this graph
   * @throws NullPointerException if {@code paper} is null
   */
  public List<Paper> citing(Paper paper) {
    int p = require(paper);
    return papersOf(in, inOffsets[p], inOffsets[p + 1]);
  }

  private List<Paper> papersOf(int[] arr, int from, int to) {
    List<Paper> list = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      list.add(papers.get(arr[k]));
    }
    return List.copyOf(list);
  }

  /**
   * Indices of cited papers of paper index {@code p} (a copy), for index-based algorithms.
   *
   * @param p a paper index, from 0 to {@code papers().size() - 1}
   * @return a new array of increasing, distinct paper indices; empty when the paper cites no corpus paper
   * @throws IndexOutOfBoundsException if {@code p} is out of range
   */
  public int[] citedIndices(int p) {
    return Arrays.copyOfRange(out, outOffsets[p], outOffsets[p + 1]);
  }

  /**
   * Indices of citing papers of paper index {@code p} (a copy), for index-based algorithms.
   *
   * @param p a paper index, from 0 to {@code papers().size() - 1}
   * @return a new array of increasing, distinct paper indices; empty when no corpus paper cites it
   * @throws IndexOutOfBoundsException if {@code p} is out of range
   */
  public int[] citingIndices(int p) {
    return Arrays.copyOfRange(in, inOffsets[p], inOffsets[p + 1]);
  }

  /**
   * Every edge, ordered by citing then cited paper index. O(E), a new list per call.
   *
   * @return an immutable list of {@link #edgeCount()} edges, each with the reference key that resolved
   */
  public List<CitationEdge> edges() {
    List<CitationEdge> list = new ArrayList<>(out.length);
    for (int p = 0; p < papers.size(); p++) {
      for (int k = outOffsets[p]; k < outOffsets[p + 1]; k++) {
        list.add(new CitationEdge(papers.get(p), papers.get(out[k]), outKeys[k]));
      }
    }
    return List.copyOf(list);
  }

  /**
   * Edges whose cited paper is newer than the citing paper: dated later at the precision both dates have, or, when
   * the dates tie and both papers have arXiv ids of the same series, with the later arXiv id (arXiv numbers
   * submissions in order within a month). A sign of wrong dates, revised versions citing later work, or wrong
   * reference links. Reported, not removed.
   *
   * @return an immutable list of such edges in {@link #edges()} order; empty when every citation goes back in time
   *     (or its dates are unknown)
   */
  public List<CitationEdge> citationsForwardInTime() {
    List<CitationEdge> list = new ArrayList<>();
    for (CitationEdge e : edges()) {
      if (e.citing().date().isPresent() && e.cited().date().isPresent()) {
        PubDate cited = e.cited().date().get();
        PubDate citing = e.citing().date().get();
        if (laterAtCommonPrecision(cited, citing)
            || !laterAtCommonPrecision(citing, cited) && arxivNewer(e.cited().id(), e.citing().id())) {
          list.add(e);
        }
      }
    }
    return List.copyOf(list);
  }

  /**
   * References that do not resolve in the corpus but name an arXiv id newer than the citing paper's own arXiv id
   * (e.g. {@code hep-th/9109016} citing {@code 0709.1228}): the same time-sanity signal for works outside the corpus.
   * Only papers identified by an arXiv id are checked. O(R).
   *
   * @return the number of such references over all papers, 0 or more
   */
  public int unresolvedForwardReferences() {
    int count = 0;
    for (Paper p : papers) {
      if (p.id().scheme() != PaperId.Scheme.ARXIV) {
        continue;
      }
      for (String ref : p.references()) {
        if (ref.startsWith("arxiv:") && !index.containsKey(safeArxiv(ref.substring(6)))
            && arxivNewer(safeArxiv(ref.substring(6)), p.id())) {
          count++;
        }
      }
    }
    return count;
  }

  private static PaperId safeArxiv(String value) {
    try {
      return PaperId.arxiv(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Whether arXiv id {@code a} was assigned after {@code b}: new-style ids ({@code YYMM.NNNNN}) and old-style ids
   * ({@code archive/YYMMNNN}) carry year, month and sequence; old-style sequences compare within one archive only.
   */
  static boolean arxivNewer(PaperId a, PaperId b) {
    if (a == null || b == null || a.scheme() != PaperId.Scheme.ARXIV || b.scheme() != PaperId.Scheme.ARXIV) {
      return false;
    }
    long[] x = arxivOrder(a.value());
    long[] y = arxivOrder(b.value());
    if (x[0] != y[0]) {
      return x[0] > y[0]; // year-month
    }
    return x[2] == y[2] && x[1] > y[1]; // same series: sequence number
  }

  /** {yyyymm, sequence, series hash (0 for new-style ids)}. */
  private static long[] arxivOrder(String id) {
    int slash = id.indexOf('/');
    String digits = slash >= 0 ? id.substring(slash + 1) : id.replace(".", "");
    int yy = Integer.parseInt(digits.substring(0, 2));
    int mm = Integer.parseInt(digits.substring(2, 4));
    long yyyymm = (yy >= 91 ? 1900 + yy : 2000 + yy) * 100L + mm;
    long sequence = Long.parseLong(digits.substring(4));
    long series = slash >= 0 ? id.substring(0, slash).replaceFirst("\\..*$", "").hashCode() : 0;
    return new long[] {yyyymm, sequence, series};
  }

  /** Whether {@code a} is after {@code b}, comparing only the parts both dates know. */
  static boolean laterAtCommonPrecision(PubDate a, PubDate b) {
    PubDate.Precision common = a.precision().compareTo(b.precision()) <= 0 ? a.precision() : b.precision();
    int c = Integer.compare(a.year(), b.year());
    if (c == 0 && common != PubDate.Precision.YEAR) {
      c = Integer.compare(a.month(), b.month());
      if (c == 0 && common == PubDate.Precision.DAY) {
        c = Integer.compare(a.day(), b.day());
      }
    }
    return c > 0;
  }

  /**
   * An unmodifiable directed JGraphT view (unweighted), built once on first use.
   *
   * @return a directed graph with every paper as a vertex and every {@link CitationEdge} from citing to cited paper;
   *     no self-loops or multiple edges
   */
  public Graph<Paper, CitationEdge> asGraph() {
    return view.get();
  }

  private Graph<Paper, CitationEdge> buildView() {
    Graph<Paper, CitationEdge> g = GraphTypeBuilder.<Paper, CitationEdge>directed().weighted(false)
        .allowingMultipleEdges(false).allowingSelfLoops(false).buildGraph();
    papers.forEach(g::addVertex);
    for (CitationEdge e : edges()) {
      g.addEdge(e.citing(), e.cited(), e);
    }
    return new AsUnmodifiableGraph<>(g);
  }

  @Override
  public String toString() {
    return "CitationGraph(" + papers.size() + " papers, " + edgeCount() + " edges, " + unresolvedCount()
        + " unresolved references)";
  }
}
