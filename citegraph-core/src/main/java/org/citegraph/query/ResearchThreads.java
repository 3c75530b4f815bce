package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.citegraph.graph.CorpusView;
import org.citegraph.internal.text.TermScores;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;
import org.citegraph.model.Titles;

/**
 * Splits an author's papers into research threads — lines of work that continue over time — and lays them out as a
 * {@link Timeline}. Configure, then call {@link #timeline(Author)}; each configuration method returns a new
 * immutable instance. Results are deterministic and do not depend on the order the records were read in.
 *
 * <p><b>Similarity.</b> For two papers a, b of author x,
 * <pre>s(a, b) = (w_t · cos(a, b) + w_c · J(a, b) + w_k · [cat(a) = cat(b)]) / (w_t + w_c + w_k)</pre>
 * where cos is the cosine of their TF-IDF vectors of title and abstract words and phrases (the internal text
 * pipeline: tokenizer with stemming, NPMI phrase extraction, sublinear TF and smoothed IDF, title weight 2), fitted on
 * the author's papers only so that IDF measures what is common <i>in this author's work</i>; J is the Jaccard index
 * of their co-author sets without x (0 when both are solo papers); and the last term is 1 when both have the same
 * known primary category. Defaults: {@link #DEFAULT_TEXT_WEIGHT}, {@link #DEFAULT_COAUTHOR_WEIGHT}, {@link
 * #DEFAULT_CATEGORY_WEIGHT}.
 *
 * <p><b>Threads.</b> Papers are put in date order (undated last; same date by title, then id). Each paper is linked
 * to at most {@link #DEFAULT_MAX_LINKS} of its strongest predecessors whose similarity is at least the link
 * threshold ({@link #DEFAULT_LINK_THRESHOLD}); the threads are the connected components of these links (union-find),
 * so a thread is a chain of papers each continuing earlier ones; a paper with no strong predecessor starts a thread,
 * and a paper nothing follows stays a single-paper thread. Limiting the links per paper keeps a paper that mixes two
 * lines of work from merging them wholesale.
 *
 * <p><b>Labels and events.</b> A thread's label is its top {@link #DEFAULT_LABEL_TERMS} terms by Dunning's G²
 * against the author's other papers (Dunning 1993, "Accurate methods for the statistics of surprise and
 * coincidence", Computational Linguistics 19(1)). Events: STARTS at the first paper; BRANCHES_OFF when the first
 * paper's most similar earlier paper lies in another thread with a similarity of at least the branch threshold
 * ({@link #DEFAULT_BRANCH_THRESHOLD}); CONTINUES for each later paper; STOPS at the last paper when its year is before
 * the author's last year.
 *
 * <p><b>Running time.</b> All pairs of the author's p papers are compared: O(p² · t) at worst for t terms per
 * paper (the cosines of a paper against the earlier ones come from an inverted index of the author's papers, so a row
 * costs O(p) plus the shared term occurrences), plus O(L) to tokenise the author's text of length L and O(p² · k) to
 * pick each paper's k = maxLinks strongest predecessors. Only one author's papers are compared, never all pairs of
 * the corpus.
 */
public final class ResearchThreads {
  /** Default weight of the text (TF-IDF cosine) similarity. */
  public static final double DEFAULT_TEXT_WEIGHT = 0.7;
  /** Default weight of the co-author Jaccard index. */
  public static final double DEFAULT_COAUTHOR_WEIGHT = 0.2;
  /** Default weight of a shared primary category. */
  public static final double DEFAULT_CATEGORY_WEIGHT = 0.05;
  /**
   * Default least similarity of a link between a paper and an earlier one. Tuned on the bundled sample corpus, where
   * thresholds from 0.18 to 0.19 give the same threads with the default weights.
   */
  public static final double DEFAULT_LINK_THRESHOLD = 0.185;
  /** Default greatest number of links from a paper to earlier papers. */
  public static final int DEFAULT_MAX_LINKS = 2;
  /** Default least similarity for a new thread to count as branching off another. */
  public static final double DEFAULT_BRANCH_THRESHOLD = 0.1;
  /** Default number of terms in a thread's label. */
  public static final int DEFAULT_LABEL_TERMS = 2;

  private final CorpusView corpus;
  private final double textWeight;
  private final double coauthorWeight;
  private final double categoryWeight;
  private final double linkThreshold;
  private final int maxLinks;
  private final double branchThreshold;
  private final int labelTerms;

  private ResearchThreads(CorpusView corpus, double textWeight, double coauthorWeight, double categoryWeight,
      double linkThreshold, int maxLinks, double branchThreshold, int labelTerms) {
    this.corpus = corpus;
    this.textWeight = textWeight;
    this.coauthorWeight = coauthorWeight;
    this.categoryWeight = categoryWeight;
    this.linkThreshold = linkThreshold;
    this.maxLinks = maxLinks;
    this.branchThreshold = branchThreshold;
    this.labelTerms = labelTerms;
  }

  /** Threads over a corpus with the default settings (see the constants). */
  public static ResearchThreads of(CorpusView corpus) {
    return new ResearchThreads(checkNotNull(corpus, "corpus"), DEFAULT_TEXT_WEIGHT, DEFAULT_COAUTHOR_WEIGHT,
        DEFAULT_CATEGORY_WEIGHT, DEFAULT_LINK_THRESHOLD, DEFAULT_MAX_LINKS, DEFAULT_BRANCH_THRESHOLD,
        DEFAULT_LABEL_TERMS);
  }

  /**
   * Uses these weights of text, co-author and category similarity; each at least 0, finite, not all 0. They are
   * normalised by their sum, so only their ratios matter.
   */
  public ResearchThreads weights(double text, double coauthors, double category) {
    for (double w : new double[] {text, coauthors, category}) {
      checkArgument(w >= 0 && Double.isFinite(w), "Weights must be finite and non-negative, got %s", w);
    }
    checkArgument(text + coauthors + category > 0, "At least one weight must be positive");
    return new ResearchThreads(corpus, text, coauthors, category, linkThreshold, maxLinks, branchThreshold,
        labelTerms);
  }

  /** Links papers whose similarity is at least this value, in (0, 1]. */
  public ResearchThreads linkThreshold(double value) {
    checkArgument(value > 0 && value <= 1, "The link threshold must be in (0, 1], got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, value, maxLinks, branchThreshold,
        labelTerms);
  }

  /** Links each paper to at most this many earlier papers (at least 1). */
  public ResearchThreads maxLinks(int value) {
    checkArgument(value >= 1, "maxLinks must be at least 1, got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, value,
        branchThreshold, labelTerms);
  }

  /** Reports BRANCHES_OFF when the strongest earlier paper in another thread has at least this similarity. */
  public ResearchThreads branchThreshold(double value) {
    checkArgument(value > 0 && value <= 1, "The branch threshold must be in (0, 1], got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks, value,
        labelTerms);
  }

  /** Uses at most this many terms in a label (at least 1). */
  public ResearchThreads labelTerms(int value) {
    checkArgument(value >= 1, "labelTerms must be at least 1, got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks,
        branchThreshold, value);
  }

  /** The timeline of the author with this id or name. */
  public Timeline timeline(String idOrName) {
    return timeline(corpus.author(idOrName));
  }

  /** Orders papers by date (undated last), then normalised title, then id. */
  static final Comparator<Paper> ORDER = Comparator
      .comparing((Paper p) -> p.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(p -> Titles.key(p.title())).thenComparing(Paper::title).thenComparing(Paper::id);

  /**
   * The similarity of two papers of the author, as defined in the class comment, in [0, 1]. Fits the text model on
   * the author's papers: O(p · t) for p papers of t terms.
   */
  public double similarity(Author author, Paper a, Paper b) {
    Model m = new Model(author);
    int i = m.papers.indexOf(a);
    int j = m.papers.indexOf(b);
    checkArgument(i >= 0 && j >= 0, "Both papers must be papers of %s", author);
    return m.similarity(i, j);
  }

  /** Splits the author's papers into threads and lays them out in time. O(p²·t); see the class comment. */
  public Timeline timeline(Author author) {
    Model m = new Model(author);
    int p = m.papers.size();
    double[][] sim = new double[p][p];
    for (int i = 0; i < p; i++) {
      double[] row = sim[i];
      m.similarities(i, row);
      for (int j = 0; j < i; j++) {
        sim[j][i] = row[j];
      }
    }
    int[] parent = new int[p];
    for (int i = 0; i < p; i++) {
      parent[i] = i;
    }
    int[] strongest = new int[p];
    int[] best = new int[Math.max(1, maxLinks)];
    for (int i = 0; i < p; i++) {
      // The first min(maxLinks, i) earlier papers by descending similarity, ties by index: a partial selection
      // sort in O(i · maxLinks) that gives the prefix a full sort would.
      double[] row = sim[i];
      int k = Math.min(maxLinks, i);
      int found = 0;
      for (int j = 0; j < i; j++) {
        double v = -row[j];
        int pos = found;
        // insert j if it ranks before the last kept one; earlier j wins ties, so strictly smaller -v only
        while (pos > 0 && Double.compare(v, -row[best[pos - 1]]) < 0) {
          pos--;
        }
        if (pos < k) {
          int last = Math.min(found, k - 1);
          for (int q = last; q > pos; q--) {
            best[q] = best[q - 1];
          }
          best[pos] = j;
          if (found < k) {
            found++;
          }
        }
      }
      strongest[i] = i == 0 || row[best[0]] <= 0 ? -1 : best[0];
      for (int r = 0; r < found; r++) {
        int j = best[r];
        if (row[j] >= linkThreshold) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < p; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    int lastYear = m.papers.stream().flatMap(x -> x.date().stream()).mapToInt(PubDate::year).max().orElse(0);
    TermScores scores = new TermScores(m.vectors);
    List<ResearchThread> threads = new ArrayList<>();
    for (List<Integer> members : groups.values()) {
      threads.add(thread(m, members, find(parent, members.get(0)), parent, strongest, sim, scores, lastYear));
    }
    threads.sort(Comparator
        .comparing((ResearchThread t) -> t.start().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ResearchThread::label).thenComparing(t -> t.first(), ORDER));
    return new Timeline(author, describe(), threads);
  }

  private ResearchThread thread(Model m, List<Integer> members, int root, int[] parent, int[] strongest,
      double[][] sim, TermScores scores, int lastYear) {
    List<Paper> papers = members.stream().map(m.papers::get).toList();
    int[] ids = members.stream().mapToInt(Integer::intValue).toArray();
    String label = scores.label(ids, labelTerms);
    if (label.isEmpty()) {
      label = papers.get(0).title();
    }
    Optional<PubDate> start = papers.stream().flatMap(x -> x.date().stream()).min(Comparator.naturalOrder());
    Optional<PubDate> end = papers.stream().flatMap(x -> x.date().stream()).max(Comparator.naturalOrder());

    Map<String, Integer> byAuthor = new HashMap<>();
    Map<String, Author> authors = new HashMap<>();
    Map<String, Integer> cats = new TreeMap<>();
    for (int i : members) {
      for (Author a : m.coauthors.get(i)) {
        byAuthor.merge(a.id(), 1, Integer::sum);
        authors.put(a.id(), a);
      }
      cats.merge(m.papers.get(i).primaryCategory().map(Category::code).orElse("unknown"), 1, Integer::sum);
    }
    // Display names are built on each call: compute each once for the sort.
    List<ResearchThread.CoauthorCount> collaborators = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    byAuthor.forEach((id, n) -> {
      Author a = authors.get(id);
      collaborators.add(new ResearchThread.CoauthorCount(a, n));
      names.put(id, a.displayName());
    });
    collaborators.sort(Comparator.comparingInt((ResearchThread.CoauthorCount c) -> -c.papers())
        .thenComparing(c -> names.get(c.coauthor().id())).thenComparing(c -> c.coauthor().id()));
    List<Map.Entry<String, Integer>> catEntries = new ArrayList<>(cats.entrySet());
    catEntries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> categories = new LinkedHashMap<>();
    catEntries.forEach(e -> categories.put(e.getKey(), e.getValue()));

    List<ThreadEvent> events = new ArrayList<>();
    Paper first = papers.get(0);
    events.add(new ThreadEvent(ThreadEvent.Kind.STARTS, first.date(), first, Optional.empty()));
    int s = strongest[members.get(0)];
    if (s >= 0 && find(parent, s) != root && sim[members.get(0)][s] >= branchThreshold) {
      events.add(new ThreadEvent(ThreadEvent.Kind.BRANCHES_OFF, first.date(), first, Optional.of(m.papers.get(s))));
    }
    for (Paper x : papers.subList(1, papers.size())) {
      events.add(new ThreadEvent(ThreadEvent.Kind.CONTINUES, x.date(), x, Optional.empty()));
    }
    Paper last = papers.get(papers.size() - 1);
    if (last.date().isPresent() && last.date().get().year() < lastYear) {
      events.add(new ThreadEvent(ThreadEvent.Kind.STOPS, last.date(), last, Optional.empty()));
    }
    return new ResearchThread(label, start, end, papers, collaborators, categories, events);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // The smaller index (the earlier paper) stays the root, so roots do not depend on the union order.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private String describe() {
    return String.format(Locale.ROOT,
        "weights text %.2f, co-authors %.2f, category %.2f; link at %.3f, at most %d links; branch at %.2f",
        textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks, branchThreshold);
  }

  /**
   * The author's papers in {@link #ORDER}, their text vectors and co-author lists, and for the pairwise loop the
   * co-author sets as sorted arrays of local ids and the primary categories as local ids (-1 for none), so that
   * comparing two papers neither boxes nor hashes.
   */
  private final class Model {
    final List<Paper> papers;
    final TermVectors vectors;
    final List<List<Author>> coauthors = new ArrayList<>();
    /** Per paper, the distinct co-author ids (without the author) as ascending local ids. */
    final int[][] coauthorIds;
    /** Per paper, the primary category as a local id, or -1. */
    final int[] category;
    /** Inverted index for {@link #similarities}: term t's papers (ascending) and weights at [start[t], start[t+1]). */
    private int[] postingStart;
    private int[] postingDoc;
    private double[] postingWeight;

    Model(Author author) {
      List<Paper> ps = new ArrayList<>(corpus.papersOf(author));
      ps.sort(ORDER);
      this.papers = List.copyOf(ps);
      int p = papers.size();
      this.coauthorIds = new int[p][];
      this.category = new int[p];
      Map<String, Integer> localAuthor = new HashMap<>();
      Map<Category, Integer> localCategory = new HashMap<>();
      List<TermVectors.Document> docs = new ArrayList<>();
      for (int i = 0; i < p; i++) {
        Paper paper = papers.get(i);
        docs.add(new TermVectors.Document(paper.title(), paper.abstractText()));
        List<Author> co = corpus.authorsOf(paper).stream().filter(a -> !a.equals(author)).toList();
        coauthors.add(co);
        int[] ids = new int[co.size()];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = localAuthor.computeIfAbsent(co.get(k).id(), x -> localAuthor.size());
        }
        coauthorIds[i] = java.util.Arrays.stream(ids).sorted().distinct().toArray();
        Optional<Category> c = paper.primaryCategory();
        category[i] = c.isPresent() ? localCategory.computeIfAbsent(c.get(), x -> localCategory.size()) : -1;
      }
      this.vectors = TermVectors.of(docs);
    }

    double similarity(int i, int j) {
      return combine(vectors.cosine(i, j), i, j);
    }

    /**
     * Fills {@code out[0 .. i-1]} with {@link #similarity(int, int) similarity(i, j)}, bit for bit. The cosines come
     * from an inverted index of the author's papers (for each term, the papers holding it in ascending order, with
     * their weights): walking paper i's terms in ascending id order and each term's earlier papers adds, for every
     * j, the same products in the same order as {@link TermVectors#cosine}'s merge, but only for the terms the two
     * papers share. O(i + pairs of shared term occurrences) per row instead of O(i · t).
     */
    void similarities(int i, double[] out) {
      if (postingStart == null) {
        index();
      }
      java.util.Arrays.fill(out, 0, i, 0.0);
      for (int q = vectors.rowStart(i), e = vectors.rowEnd(i); q < e; q++) {
        int t = vectors.termAt(q);
        double w = vectors.weightAt(q);
        for (int k = postingStart[t], ke = postingStart[t + 1]; k < ke; k++) {
          int j = postingDoc[k];
          if (j >= i) {
            break;
          }
          out[j] += w * postingWeight[k];
        }
      }
      for (int j = 0; j < i; j++) {
        out[j] = combine(Math.min(1.0, out[j]), i, j);
      }
    }

    /** Builds the inverted index used by {@link #similarities}: O(p + total terms + vocabulary). */
    private void index() {
      int v = vectors.vocabularySize();
      int p = papers.size();
      int[] start = new int[v + 1];
      for (int d = 0; d < p; d++) {
        for (int q = vectors.rowStart(d), e = vectors.rowEnd(d); q < e; q++) {
          start[vectors.termAt(q) + 1]++;
        }
      }
      for (int t = 0; t < v; t++) {
        start[t + 1] += start[t];
      }
      int[] fill = java.util.Arrays.copyOf(start, v);
      int[] docs = new int[start[v]];
      double[] ws = new double[start[v]];
      for (int d = 0; d < p; d++) {
        for (int q = vectors.rowStart(d), e = vectors.rowEnd(d); q < e; q++) {
          int k = fill[vectors.termAt(q)]++;
          docs[k] = d;
          ws[k] = vectors.weightAt(q);
        }
      }
      postingStart = start;
      postingDoc = docs;
      postingWeight = ws;
    }

    private double combine(double text, int i, int j) {
      int[] a = coauthorIds[i];
      int[] b = coauthorIds[j];
      double jaccard = 0;
      if (a.length > 0 || b.length > 0) {
        int common = 0;
        for (int x = 0, y = 0; x < a.length && y < b.length; ) {
          if (a[x] == b[y]) {
            common++;
            x++;
            y++;
          } else if (a[x] < b[y]) {
            x++;
          } else {
            y++;
          }
        }
        jaccard = common / (double) (a.length + b.length - common);
      }
      double cat = category[i] >= 0 && category[i] == category[j] ? 1 : 0;
      double sum = textWeight + coauthorWeight + categoryWeight;
      return (textWeight * text + coauthorWeight * jaccard + categoryWeight * cat) / sum;
    }
  }
}
