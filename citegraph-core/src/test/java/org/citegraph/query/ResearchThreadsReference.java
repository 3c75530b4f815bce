package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.citegraph.Corpus;
import org.citegraph.internal.text.TermScores;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;
import org.citegraph.model.Titles;

/**
 * The implementation of {@link ResearchThreads} before its round-3 optimisation (boxed sort of earlier papers per
 * paper, co-author id {@code HashSet}s and {@code Optional} categories in the pairwise loop), kept verbatim as the
 * reference that the optimised class must agree with exactly.
 */
final class ResearchThreadsReference {
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

  private final Corpus corpus;
  private final double textWeight;
  private final double coauthorWeight;
  private final double categoryWeight;
  private final double linkThreshold;
  private final int maxLinks;
  private final double branchThreshold;
  private final int labelTerms;

  private ResearchThreadsReference(Corpus corpus, double textWeight, double coauthorWeight, double categoryWeight,
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
  static ResearchThreadsReference of(Corpus corpus) {
    return new ResearchThreadsReference(checkNotNull(corpus, "corpus"), DEFAULT_TEXT_WEIGHT, DEFAULT_COAUTHOR_WEIGHT,
        DEFAULT_CATEGORY_WEIGHT, DEFAULT_LINK_THRESHOLD, DEFAULT_MAX_LINKS, DEFAULT_BRANCH_THRESHOLD,
        DEFAULT_LABEL_TERMS);
  }

  /**
   * Uses these weights of text, co-author and category similarity; each at least 0, finite, not all 0. They are
   * normalised by their sum, so only their ratios matter.
   */
  ResearchThreadsReference weights(double text, double coauthors, double category) {
    for (double w : new double[] {text, coauthors, category}) {
      checkArgument(w >= 0 && Double.isFinite(w), "Weights must be finite and non-negative, got %s", w);
    }
    checkArgument(text + coauthors + category > 0, "At least one weight must be positive");
    return new ResearchThreadsReference(corpus, text, coauthors, category, linkThreshold, maxLinks, branchThreshold,
        labelTerms);
  }

  /** Links papers whose similarity is at least this value, in (0, 1]. */
  ResearchThreadsReference linkThreshold(double value) {
    checkArgument(value > 0 && value <= 1, "The link threshold must be in (0, 1], got %s", value);
    return new ResearchThreadsReference(corpus, textWeight, coauthorWeight, categoryWeight, value, maxLinks, branchThreshold,
        labelTerms);
  }

  /** Links each paper to at most this many earlier papers (at least 1). */
  ResearchThreadsReference maxLinks(int value) {
    checkArgument(value >= 1, "maxLinks must be at least 1, got %s", value);
    return new ResearchThreadsReference(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, value,
        branchThreshold, labelTerms);
  }

  /** Reports BRANCHES_OFF when the strongest earlier paper in another thread has at least this similarity. */
  ResearchThreadsReference branchThreshold(double value) {
    checkArgument(value > 0 && value <= 1, "The branch threshold must be in (0, 1], got %s", value);
    return new ResearchThreadsReference(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks, value,
        labelTerms);
  }

  /** Uses at most this many terms in a label (at least 1). */
  ResearchThreadsReference labelTerms(int value) {
    checkArgument(value >= 1, "labelTerms must be at least 1, got %s", value);
    return new ResearchThreadsReference(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks,
        branchThreshold, value);
  }

  /** The timeline of the author with this id or name. */
  public Timeline timeline(String idOrName) {
    return timeline(corpus.author(idOrName));
  }

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
      for (int j = 0; j < i; j++) {
        sim[i][j] = m.similarity(i, j);
        sim[j][i] = sim[i][j];
      }
    }
    int[] parent = new int[p];
    for (int i = 0; i < p; i++) {
      parent[i] = i;
    }
    int[] strongest = new int[p];
    for (int i = 0; i < p; i++) {
      List<Integer> earlier = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        earlier.add(j);
      }
      final int row = i;
      earlier.sort(Comparator.comparingDouble((Integer j) -> -sim[row][j]).thenComparingInt(j -> j));
      strongest[i] = earlier.isEmpty() || sim[i][earlier.get(0)] <= 0 ? -1 : earlier.get(0);
      for (int r = 0; r < Math.min(maxLinks, earlier.size()); r++) {
        int j = earlier.get(r);
        if (sim[i][j] >= linkThreshold) {
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
        .thenComparing(ResearchThread::label).thenComparing(t -> t.first(), ResearchThreads.ORDER));
    return new Timeline(author, describe(), threads);
  }

  private ResearchThread thread(Model m, List<Integer> members, int root, int[] parent, int[] strongest,
      double[][] sim, TermScores scores, int lastYear) {
    List<Paper> papers = members.stream().map(m.papers::get).toList();
    int[] ids = members.stream().mapToInt(Integer::intValue).toArray();
    String label = scores.coherentLabel(ids, labelTerms, ResearchThreads.LABEL_MIN_NPMI).text();
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
    List<ResearchThread.CoauthorCount> collaborators = new ArrayList<>();
    byAuthor.forEach((id, n) -> collaborators.add(new ResearchThread.CoauthorCount(authors.get(id), n)));
    collaborators.sort(Comparator.comparingInt((ResearchThread.CoauthorCount c) -> -c.papers())
        .thenComparing(c -> c.coauthor().displayName()).thenComparing(c -> c.coauthor().id()));
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

  /** The author's papers in {@link ResearchThreads#ORDER}, their text vectors and co-author sets. */
  private final class Model {
    final List<Paper> papers;
    final TermVectors vectors;
    final List<List<Author>> coauthors = new ArrayList<>();
    final List<Set<String>> coauthorIds = new ArrayList<>();

    Model(Author author) {
      List<Paper> ps = new ArrayList<>(corpus.papersOf(author));
      ps.sort(ResearchThreads.ORDER);
      this.papers = List.copyOf(ps);
      List<TermVectors.Document> docs = new ArrayList<>();
      for (Paper p : papers) {
        docs.add(new TermVectors.Document(p.title(), p.abstractText()));
        List<Author> co = corpus.authorsOf(p).stream().filter(a -> !a.equals(author)).toList();
        coauthors.add(co);
        Set<String> idSet = new HashSet<>();
        co.forEach(a -> idSet.add(a.id()));
        coauthorIds.add(idSet);
      }
      this.vectors = TermVectors.of(docs);
    }

    double similarity(int i, int j) {
      double text = vectors.cosine(i, j);
      Set<String> a = coauthorIds.get(i);
      Set<String> b = coauthorIds.get(j);
      double jaccard = 0;
      if (!a.isEmpty() || !b.isEmpty()) {
        int common = 0;
        for (String x : a) {
          if (b.contains(x)) {
            common++;
          }
        }
        jaccard = common / (double) (a.size() + b.size() - common);
      }
      Optional<Category> ca = papers.get(i).primaryCategory();
      double category = ca.isPresent() && ca.equals(papers.get(j).primaryCategory()) ? 1 : 0;
      double sum = textWeight + coauthorWeight + categoryWeight;
      return (textWeight * text + coauthorWeight * jaccard + categoryWeight * category) / sum;
    }
  }
}
