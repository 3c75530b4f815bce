package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.CitationEdge;
import org.citegraph.graph.CitationGraph;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.jgrapht.alg.scoring.PageRank;

/**
 * Citation measures over a corpus's {@link CitationGraph}: in-corpus citation counts, PageRank, co-citation and
 * bibliographic coupling, an author's citations and h-index, most-cited papers per category.
 *
 * <p>References: PageRank (Brin &amp; Page 1998; damping {@value #DAMPING}); co-citation (Small 1973, "Co-citation in
 * the scientific literature", JASIS 24(4)); bibliographic coupling (Kessler 1963, "Bibliographic coupling between
 * scientific papers", American Documentation 14(1)); h-index (Hirsch 2005, PNAS 102(46)). All counts are in-corpus:
 * only citations between papers of the corpus are seen.
 */
public final class Citations {
  /** PageRank damping factor. */
  public static final double DAMPING = 0.85;

  /** A similarity between two papers through the citation graph. */
  public enum Similarity {
    /** Number of corpus papers citing both (Small 1973). */
    CO_CITATION,
    /** Number of corpus papers cited by both (Kessler 1963). */
    BIBLIOGRAPHIC_COUPLING
  }

  /**
   * A paper similar to another, with the strength of the link.
   *
   * @param paper the similar paper
   * @param shared the number of shared citing (co-citation) or cited (coupling) papers
   */
  public record SimilarPaper(Paper paper, int shared) {}

  private final CorpusView corpus;
  private final CitationGraph graph;
  private final Supplier<double[]> pageRank;

  private Citations(CorpusView corpus) {
    this.corpus = corpus;
    this.graph = corpus.citationGraph();
    this.pageRank = Suppliers.memoize(this::computePageRank);
  }

  /** Citation measures over a corpus. */
  public static Citations of(CorpusView corpus) {
    return new Citations(checkNotNull(corpus, "corpus"));
  }

  /** The citation graph. */
  public CitationGraph graph() {
    return graph;
  }

  private double[] computePageRank() {
    double[] scores = new double[graph.papers().size()];
    if (scores.length == 0) {
      return scores;
    }
    Map<Paper, Double> map = new PageRank<>(graph.asGraph(), DAMPING).getScores();
    for (int p = 0; p < scores.length; p++) {
      scores[p] = map.get(graph.papers().get(p));
    }
    return scores;
  }

  /** The PageRank of a paper in the citation graph (scores sum to 1). O(iterations · (N + E)) on first use. */
  public double pageRank(Paper paper) {
    return pageRank.get()[index(paper)];
  }

  private int index(Paper paper) {
    int p = graph.indexOf(paper);
    checkArgument(p >= 0, "Paper %s is not in this corpus", paper);
    return p;
  }

  /** The most cited papers, by in-corpus citations (ties by PageRank, then id). */
  public CitationRanking mostCited(int top) {
    return rank(allIndices(), top, false, "Most cited papers (in-corpus citations)");
  }

  /** The papers with the highest PageRank. */
  public CitationRanking byPageRank(int top) {
    return rank(allIndices(), top, true, "Papers by PageRank in the citation graph (damping " + DAMPING + ")");
  }

  /** The most cited papers listed under a category (code or short form such as LG). */
  public CitationRanking mostCitedIn(String category, int top) {
    Category c = Category.of(category);
    int[] members = corpus.papersIn(c).stream().mapToInt(graph::indexOf).toArray();
    return rank(members, top, false, "Most cited papers in " + c.code());
  }

  private int[] allIndices() {
    int[] all = new int[graph.papers().size()];
    Arrays.setAll(all, i -> i);
    return all;
  }

  private CitationRanking rank(int[] members, int top, boolean byPageRank, String title) {
    checkArgument(top >= 1, "top must be at least 1, got %s", top);
    double[] pr = pageRank.get();
    List<Integer> order = new ArrayList<>();
    for (int p : members) {
      order.add(p);
    }
    Comparator<Integer> byCitations = Comparator.comparingInt((Integer p) -> -graph.citingIndices(p).length);
    Comparator<Integer> byRank = Comparator.comparingDouble((Integer p) -> -pr[p]);
    order.sort((byPageRank ? byRank.thenComparing(byCitations) : byCitations.thenComparing(byRank))
        .thenComparing(p -> graph.papers().get(p).id()));
    List<CitedPaper> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.size()); i++) {
      int p = order.get(i);
      Paper paper = graph.papers().get(p);
      rows.add(new CitedPaper(i + 1, paper, graph.citingIndices(p).length, pr[p], paper.citationCount()));
    }
    return new CitationRanking(title, rows);
  }

  /** The similarity of two papers: shared citing papers (co-citation) or shared cited papers (coupling). */
  public int similarity(Paper a, Paper b, Similarity kind) {
    int x = index(a);
    int y = index(b);
    int[] u = kind == Similarity.CO_CITATION ? graph.citingIndices(x) : graph.citedIndices(x);
    int[] v = kind == Similarity.CO_CITATION ? graph.citingIndices(y) : graph.citedIndices(y);
    int shared = 0;
    for (int i = 0, j = 0; i < u.length && j < v.length; ) {
      if (u[i] == v[j]) {
        shared++;
        i++;
        j++;
      } else if (u[i] < v[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /**
   * The k papers most similar to a paper, found through its two-step neighbourhood (never all pairs): for
   * co-citation, the other papers cited by the papers citing it; for coupling, the other papers citing the papers it
   * cites. Ties by id. O(Σ degrees of the neighbourhood).
   */
  public List<SimilarPaper> mostSimilar(Paper paper, Similarity kind, int k) {
    checkArgument(k >= 1, "k must be at least 1, got %s", k);
    int p = index(paper);
    int[] counts = new int[graph.papers().size()];
    List<Integer> touched = new ArrayList<>();
    int[] first = kind == Similarity.CO_CITATION ? graph.citingIndices(p) : graph.citedIndices(p);
    for (int mid : first) {
      int[] second = kind == Similarity.CO_CITATION ? graph.citedIndices(mid) : graph.citingIndices(mid);
      for (int q : second) {
        if (q != p && counts[q]++ == 0) {
          touched.add(q);
        }
      }
    }
    touched.sort(Comparator.comparingInt((Integer q) -> -counts[q]).thenComparing(q -> graph.papers().get(q).id()));
    List<SimilarPaper> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, touched.size()); i++) {
      out.add(new SimilarPaper(graph.papers().get(touched.get(i)), counts[touched.get(i)]));
    }
    return List.copyOf(out);
  }

  /** An author's in-corpus citations: the sum over their papers of corpus papers citing them. */
  public int citationsOf(Author author) {
    return corpus.papersOf(author).stream().mapToInt(graph::citationCount).sum();
  }

  /**
   * An author's in-corpus h-index (Hirsch 2005): the largest h such that h of their papers are each cited by at
   * least h corpus papers.
   */
  public int hIndex(Author author) {
    int[] counts = corpus.papersOf(author).stream().mapToInt(graph::citationCount).sorted().toArray();
    int h = 0;
    for (int i = counts.length - 1; i >= 0 && counts[i] >= counts.length - i; i--) {
      h = counts.length - i;
    }
    return h;
  }

  /** Citations to papers dated after the citing paper (see {@link CitationGraph#citationsForwardInTime()}). */
  public List<CitationEdge> forwardInTime() {
    return graph.citationsForwardInTime();
  }
}
