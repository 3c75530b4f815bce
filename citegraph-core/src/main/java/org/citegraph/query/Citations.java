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
import org.citegraph.graph.Convergence;
import org.citegraph.graph.PageRank;
import org.citegraph.graph.PageRankScores;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;

/**
 * Citation measures over a corpus's {@link CitationGraph}: in-corpus citation counts, PageRank, co-citation and
 * bibliographic coupling, an author's citations and h-index, most-cited papers per category.
 *
 * <p>References: PageRank (Brin &amp; Page 1998; damping {@value #DAMPING}; run by {@link PageRank} until the L1
 * change of an iteration is below {@value PageRank#DEFAULT_TOLERANCE}); co-citation (Small 1973, "Co-citation in
 * the scientific literature", JASIS 24(4)); bibliographic coupling (Kessler 1963, "Bibliographic coupling between
 * scientific papers", American Documentation 14(1)); h-index (Hirsch 2005, PNAS 102(46)). All counts are in-corpus:
 * only citations between papers of the corpus are seen.
 */
public final class Citations {
  /** PageRank damping factor. */
  public static final double DAMPING = PageRank.DEFAULT_DAMPING;

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
  private final Supplier<PageRankScores> pageRank;

  private Citations(CorpusView corpus) {
    this.corpus = corpus;
    this.graph = corpus.citationGraph();
    this.pageRank = Suppliers.memoize(() -> PageRank.withDefaults().damping(DAMPING).of(graph));
  }

  /**
   * Citation measures over a corpus. Cheap: PageRank is computed on first use and then kept.
   *
   * @param corpus the corpus whose citation graph is measured
   * @return the measures; thread-safe
   * @throws NullPointerException if {@code corpus} is null
   */
  public static Citations of(CorpusView corpus) {
    return new Citations(checkNotNull(corpus, "corpus"));
  }

  /**
   * The citation graph.
   *
   * @return the corpus's citation graph, whose paper indices {@link #pageRankScores()} uses
   */
  public CitationGraph graph() {
    return graph;
  }

  /**
   * The PageRank of a paper in the citation graph (scores sum to 1). O(iterations · (N + E)) on first use.
   *
   * @param paper a paper of the corpus
   * @return its PageRank score, in (0, 1]
   * @throws IllegalArgumentException if the paper is not in the corpus
   */
  public double pageRank(Paper paper) {
    return pageRank.get().score(index(paper));
  }

  /**
   * The PageRank of every paper, by paper index of {@link #graph()}, with the iterations it took to converge.
   * Computed once, on first use.
   *
   * @return the scores and their convergence
   */
  public PageRankScores pageRankScores() {
    return pageRank.get();
  }

  private int index(Paper paper) {
    int p = graph.indexOf(paper);
    checkArgument(p >= 0, "Paper %s is not in this corpus", paper);
    return p;
  }

  /**
   * The most cited papers, by in-corpus citations (ties by PageRank, then id). O(N log N) after PageRank.
   *
   * @param top how many papers to list, at least 1
   * @return the first {@code min(top, N)} papers, ranked from 1
   * @throws IllegalArgumentException if {@code top} is less than 1
   */
  public CitationRanking mostCited(int top) {
    return rank(allIndices(), top, false, "Most cited papers (in-corpus citations)");
  }

  /**
   * The papers with the highest PageRank (ties by in-corpus citations, then id). O(N log N) after PageRank.
   *
   * @param top how many papers to list, at least 1
   * @return the first {@code min(top, N)} papers, ranked from 1; the title states the damping and convergence
   * @throws IllegalArgumentException if {@code top} is less than 1
   */
  public CitationRanking byPageRank(int top) {
    return rank(allIndices(), top, true, "Papers by PageRank in the citation graph (damping " + DAMPING + ", "
        + pageRank.get().convergence().describe() + ")");
  }

  /**
   * The most cited papers listed under a category (primary or cross-listed), ties by PageRank, then id.
   *
   * @param category a category code ({@code cs.LG}) or profile-page short form ({@code LG})
   * @param top how many papers to list, at least 1
   * @return up to {@code top} papers of that category, ranked from 1; no rows when no paper is listed under it
   * @throws IllegalArgumentException if {@code top} is less than 1 or the category code is blank or holds white
   *     space
   */
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
    PageRankScores scores = pageRank.get();
    double[] pr = scores.toArray();
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
    return new CitationRanking(title, rows, scores.convergence());
  }

  /**
   * The similarity of two papers: shared citing papers (co-citation) or shared cited papers (coupling). A merge of
   * two sorted neighbor lists, O(deg(a) + deg(b)).
   *
   * @param a a paper of the corpus
   * @param b another paper of the corpus
   * @param kind co-citation or bibliographic coupling
   * @return the number of corpus papers citing both (co-citation) or cited by both (coupling), at least 0
   * @throws IllegalArgumentException if a paper is not in the corpus
   */
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
   * The k papers most similar to a paper, found through its two-step neighborhood (never all pairs): for
   * co-citation, the other papers cited by the papers citing it; for coupling, the other papers citing the papers it
   * cites. Ties by id. O(Σ degrees of the neighborhood).
   *
   * @param paper a paper of the corpus
   * @param kind co-citation or bibliographic coupling
   * @param k how many papers to return, at least 1
   * @return up to {@code k} other papers with at least one shared paper, most shared first, immutable; empty when
   *     the paper has no such neighbor
   * @throws IllegalArgumentException if {@code k} is less than 1 or the paper is not in the corpus
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

  /**
   * An author's in-corpus citations: the sum over their papers of corpus papers citing them.
   *
   * @param author an author of the corpus
   * @return the total in-corpus citations of the author's papers, at least 0
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public int citationsOf(Author author) {
    return corpus.papersOf(author).stream().mapToInt(graph::citationCount).sum();
  }

  /**
   * An author's in-corpus h-index (Hirsch 2005): the largest h such that h of their papers are each cited by at
   * least h corpus papers. O(n log n) for an author of n papers.
   *
   * @param author an author of the corpus
   * @return the h-index, from 0 to the author's number of papers
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public int hIndex(Author author) {
    int[] counts = corpus.papersOf(author).stream().mapToInt(graph::citationCount).sorted().toArray();
    int h = 0;
    for (int i = counts.length - 1; i >= 0 && counts[i] >= counts.length - i; i--) {
      h = counts.length - i;
    }
    return h;
  }

  /**
   * Citations to papers dated after the citing paper (see {@link CitationGraph#citationsForwardInTime()}).
   *
   * @return the forward-in-time edges, immutable; empty when every citation goes back in time
   */
  public List<CitationEdge> forwardInTime() {
    return graph.citationsForwardInTime();
  }
}
