package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.Counting;
import org.citegraph.graph.Incidence;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;

/**
 * Ranks an author's collaborators. Configure, then call {@link #rank(Author)}; each configuration method returns a
 * new immutable instance.
 *
 * <p>The score of co-author j for author i is Σ_k c(n_k)·r_k over their shared papers k that pass the filters, where
 * c is the {@link Counting} weight for a paper with n_k authors and r_k = 2^(−(t − y_k)/h) is the optional recency
 * factor for a paper dated y_k (fractional year), an as-of date t and a half-life of h years (r_k = 1 without a
 * half-life, and for undated papers). Hyper-authored papers (more authors than {@link
 * CorpusView#hyperAuthorshipThreshold()}) are left out, as in the co-authorship graph. Rows are sorted by score, then shared papers, then id. Running time:
 * O(Σ n_k) over the author's papers, plus sorting.
 */
public final class Collaborators {
  /** Full counting by default: the score is the number of shared papers. */
  public static final Counting DEFAULT_COUNTING = Counting.FULL;

  private final CorpusView corpus;
  private final Counting counting;
  private final double halfLifeYears;
  private final PubDate asOf;
  private final PubDate from;
  private final PubDate to;
  private final Set<String> categories;
  private final int minShared;
  private final int top;

  private Collaborators(CorpusView corpus, Counting counting, double halfLifeYears, PubDate asOf, PubDate from,
      PubDate to, Set<String> categories, int minShared, int top) {
    this.corpus = corpus;
    this.counting = counting;
    this.halfLifeYears = halfLifeYears;
    this.asOf = asOf;
    this.from = from;
    this.to = to;
    this.categories = categories;
    this.minShared = minShared;
    this.top = top;
  }

  /**
   * A ranking over a corpus with default settings: full counting, no recency weighting, no filters, no limit.
   *
   * @param corpus the corpus whose co-authorships are ranked
   * @return the ranking with its defaults
   * @throws NullPointerException if {@code corpus} is null
   */
  public static Collaborators of(CorpusView corpus) {
    return new Collaborators(checkNotNull(corpus, "corpus"), DEFAULT_COUNTING, Double.POSITIVE_INFINITY, null, null,
        null, Set.of(), 1, Integer.MAX_VALUE);
  }

  /**
   * Uses a counting scheme.
   *
   * @param value how much a shared paper with n authors adds to the score
   * @return a ranking with that counting and the other settings unchanged
   * @throws NullPointerException if {@code value} is null
   */
  public Collaborators counting(Counting value) {
    return new Collaborators(corpus, checkNotNull(value, "counting"), halfLifeYears, asOf, from, to, categories,
        minShared, top);
  }

  /**
   * Uses a counting scheme named in words, for JShell without further imports: {@code "full"}, {@code
   * "fractional"} or {@code "paper"} (any case).
   *
   * @param name the scheme's name
   * @return a ranking with that counting
   * @throws IllegalArgumentException naming the schemes, if the name is none of them
   */
  public Collaborators counting(String name) {
    checkNotNull(name, "name");
    for (Counting c : Counting.values()) {
      if (c.name().equalsIgnoreCase(name.trim())) {
        return counting(c);
      }
    }
    throw new IllegalArgumentException("Unknown counting '" + name + "': expected full, fractional or paper");
  }

  /**
   * {@link #recency(double, PubDate)} with the date written as text ({@code yyyy}, {@code yyyy-MM} or {@code
   * yyyy-MM-dd}), for JShell without further imports.
   *
   * @param halfLife the half-life in years
   * @param asOfDate the date ages are measured from
   * @return a ranking with that weighting
   * @throws IllegalArgumentException if the half-life is not positive or the date cannot be read
   */
  public Collaborators recency(double halfLife, String asOfDate) {
    return recency(halfLife, PubDate.parse(checkNotNull(asOfDate, "asOfDate")));
  }

  /**
   * Weights each paper by 2^(−age/halfLife), age in years before {@code asOfDate}. An infinite half-life turns
   * recency weighting off. Undated papers weigh 1; papers dated after {@code asOfDate} weigh more than 1.
   *
   * @param halfLife the half-life in years, positive
   * @param asOfDate the date ages are measured from
   * @return a ranking with that weighting and the other settings unchanged
   * @throws IllegalArgumentException if the half-life is not positive (or is NaN)
   * @throws NullPointerException if {@code asOfDate} is null
   */
  public Collaborators recency(double halfLife, PubDate asOfDate) {
    checkArgument(halfLife > 0, "The half-life must be positive, got %s years", halfLife);
    return new Collaborators(corpus, counting, halfLife, checkNotNull(asOfDate, "asOf"), from, to, categories,
        minShared, top);
  }

  /**
   * Keeps only papers dated within [fromDate, toDate]; undated papers drop. Dates compare as {@link
   * PubDate#compareTo} orders them: unknown parts count as 1, so a paper dated only {@code 2017} falls after {@code
   * 2016-12-31} and before {@code 2017-01-01}. For an open end use {@link #since} or {@link #until}.
   *
   * @param fromDate the earliest date kept, inclusive
   * @param toDate the latest date kept, inclusive
   * @return a ranking with that window and the other settings unchanged
   * @throws IllegalArgumentException if {@code fromDate} is after {@code toDate}
   * @throws NullPointerException if either date is null
   */
  public Collaborators between(PubDate fromDate, PubDate toDate) {
    checkNotNull(fromDate, "fromDate");
    checkNotNull(toDate, "toDate");
    checkArgument(fromDate.compareTo(toDate) <= 0, "The window starts (%s) after it ends (%s)", fromDate, toDate);
    return new Collaborators(corpus, counting, halfLifeYears, asOf, fromDate, toDate, categories, minShared, top);
  }

  /**
   * Keeps only papers dated on or after {@code fromDate} (compared as in {@link #between}); undated papers drop. An
   * upper bound set before is kept.
   *
   * @param fromDate the earliest date kept, inclusive
   * @return a ranking with that lower bound and the other settings unchanged
   * @throws IllegalArgumentException if {@code fromDate} is after an upper bound set before
   * @throws NullPointerException if {@code fromDate} is null
   */
  public Collaborators since(PubDate fromDate) {
    checkNotNull(fromDate, "fromDate");
    checkArgument(to == null || fromDate.compareTo(to) <= 0, "The window starts (%s) after it ends (%s)", fromDate,
        to);
    return new Collaborators(corpus, counting, halfLifeYears, asOf, fromDate, to, categories, minShared, top);
  }

  /**
   * Keeps only papers dated on or before {@code toDate} (compared as in {@link #between}); undated papers drop. A
   * lower bound set before is kept.
   *
   * @param toDate the latest date kept, inclusive
   * @return a ranking with that upper bound and the other settings unchanged
   * @throws IllegalArgumentException if {@code toDate} is before a lower bound set before
   * @throws NullPointerException if {@code toDate} is null
   */
  public Collaborators until(PubDate toDate) {
    checkNotNull(toDate, "toDate");
    checkArgument(from == null || from.compareTo(toDate) <= 0, "The window starts (%s) after it ends (%s)", from,
        toDate);
    return new Collaborators(corpus, counting, halfLifeYears, asOf, from, toDate, categories, minShared, top);
  }

  /**
   * Keeps only papers listed under at least one of these categories (codes or short forms such as LG), primary or
   * cross-listed. No codes removes the filter.
   *
   * @param codes category codes ({@code cs.LG}) or profile-page short forms ({@code LG})
   * @return a ranking with that filter and the other settings unchanged
   * @throws IllegalArgumentException if a code is blank or holds white space
   */
  public Collaborators inCategories(String... codes) {
    Set<String> set = new java.util.TreeSet<>();
    for (String c : codes) {
      set.add(Category.of(c).code());
    }
    return new Collaborators(corpus, counting, halfLifeYears, asOf, from, to, Set.copyOf(set), minShared, top);
  }

  /**
   * Keeps only collaborators with at least this many shared papers (counted after the filters).
   *
   * @param value the least number of shared papers, at least 1 (the default)
   * @return a ranking with that minimum and the other settings unchanged
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public Collaborators minSharedPapers(int value) {
    checkArgument(value >= 1, "minSharedPapers must be at least 1, got %s", value);
    return new Collaborators(corpus, counting, halfLifeYears, asOf, from, to, categories, value, top);
  }

  /**
   * Keeps only the top k rows.
   *
   * @param k how many rows to keep, at least 1 (default: all)
   * @return a ranking with that limit and the other settings unchanged
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public Collaborators top(int k) {
    checkArgument(k >= 1, "top must be at least 1, got %s", k);
    return new Collaborators(corpus, counting, halfLifeYears, asOf, from, to, categories, minShared, k);
  }

  private boolean passes(Paper p) {
    if (from != null || to != null) {
      if (p.date().isEmpty()) {
        return false;
      }
      PubDate d = p.date().get();
      if ((from != null && d.compareTo(from) < 0) || (to != null && d.compareTo(to) > 0)) {
        return false;
      }
    }
    return categories.isEmpty() || p.categories().stream().anyMatch(c -> categories.contains(c.code()));
  }

  private double recencyFactor(Paper p) {
    if (Double.isInfinite(halfLifeYears) || asOf == null || p.date().isEmpty()) {
      return 1.0;
    }
    double age = asOf.fractionalYear() - p.date().get().fractionalYear();
    return Math.pow(2.0, -age / halfLifeYears);
  }

  private String describe() {
    StringBuilder sb = new StringBuilder(counting.name().toLowerCase(java.util.Locale.ROOT)).append(" counting");
    if (!Double.isInfinite(halfLifeYears)) {
      sb.append(", half-life ").append(halfLifeYears).append(" y as of ").append(asOf);
    }
    if (from != null || to != null) {
      sb.append(", ").append(from == null ? "..." : from).append(" to ").append(to == null ? "..." : to);
    }
    if (!categories.isEmpty()) {
      sb.append(", categories ").append(categories);
    }
    if (minShared > 1) {
      sb.append(", at least ").append(minShared).append(" papers");
    }
    return sb.toString();
  }

  /**
   * Ranks the collaborators of an author. Primitive throughout: one entry per (co-author, shared paper) in packed
   * longs, one sort to group them by co-author, dense per-co-author arrays for scores and counts, and an index sort
   * of the co-authors; objects are made only for the rows returned. O(E log E) for the E = Σ (n_k − 1) entries over
   * the author's papers k.
   *
   * @param author an author of the corpus
   * @return the collaborators ranked from 1 by score, then shared papers, then id; no rows when the author has no
   *     co-author on a paper passing the filters
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public CollaboratorRanking rank(Author author) {
    int a = corpus.indexOf(author);
    Incidence inc = corpus.incidence();
    List<Paper> allPapers = corpus.papers();
    int threshold = corpus.hyperAuthorshipThreshold();
    int paperCount = inc.paperCountOf(a);
    int capacity = 0;
    for (int i = 0; i < paperCount; i++) {
      int n = inc.authorCountOf(inc.paperAt(a, i));
      if (n >= 2 && n <= threshold) {
        capacity += n - 1;
      }
    }
    // One entry per (co-author, shared paper), in increasing paper order: key = co-author << 32 | entry number.
    long[] keys = new long[capacity];
    int[] entryPaper = new int[capacity];
    double[] entryWeight = new double[capacity];
    int entries = 0;
    for (int i = 0; i < paperCount; i++) {
      int p = inc.paperAt(a, i);
      int n = inc.authorCountOf(p);
      if (n < 2 || n > threshold) {
        continue;
      }
      Paper paper = allPapers.get(p);
      if (!passes(paper)) {
        continue;
      }
      double w = counting.contribution(n) * recencyFactor(paper);
      for (int j = 0; j < n; j++) {
        int b = inc.authorAt(p, j);
        if (b != a) {
          keys[entries] = ((long) b << 32) | entries;
          entryPaper[entries] = p;
          entryWeight[entries] = w;
          entries++;
        }
      }
    }
    // Group by co-author; within a group the entries keep their paper order, so sums run as in the paper loop.
    Arrays.sort(keys, 0, entries);
    int[] groupStart = new int[entries];
    int[] groupEnd = new int[entries];
    int[] groupAuthor = new int[entries];
    double[] groupScore = new double[entries];
    int groups = 0;
    for (int k = 0; k < entries; ) {
      int b = (int) (keys[k] >>> 32);
      int end = k;
      double sum = 0;
      while (end < entries && (int) (keys[end] >>> 32) == b) {
        sum += entryWeight[(int) keys[end]];
        end++;
      }
      if (end - k >= minShared) {
        groupStart[groups] = k;
        groupEnd[groups] = end;
        groupAuthor[groups] = b;
        groupScore[groups] = sum;
        groups++;
      }
      k = end;
    }
    List<Author> authors = corpus.authors();
    int[] order = new int[groups];
    for (int g = 0; g < groups; g++) {
      order[g] = g;
    }
    IntComparator byRank = (x, y) -> {
      int c = Double.compare(-groupScore[x], -groupScore[y]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(-(groupEnd[x] - groupStart[x]), -(groupEnd[y] - groupStart[y]));
      return c != 0 ? c : authors.get(groupAuthor[x]).id().compareTo(authors.get(groupAuthor[y]).id());
    };
    int rows = Math.min(top, groups);
    if (rows < groups && rows <= SELECTION_LIMIT) {
      selectTop(order, rows, byRank);
    } else {
      mergeSort(order, new int[groups], 0, groups, byRank);
    }
    List<Collaborator> out = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      int g = order[i];
      List<Paper> papers = new ArrayList<>(groupEnd[g] - groupStart[g]);
      for (int k = groupStart[g]; k < groupEnd[g]; k++) {
        papers.add(allPapers.get(entryPaper[(int) keys[k]]));
      }
      papers.sort(CorpusView.BY_DATE);
      Optional<PubDate> first = papers.stream().flatMap(p -> p.date().stream()).min(Comparator.naturalOrder());
      Optional<PubDate> last = papers.stream().flatMap(p -> p.date().stream()).max(Comparator.naturalOrder());
      out.add(new Collaborator(i + 1, authors.get(groupAuthor[g]), papers.size(), groupScore[g], first, last, papers,
          categoryShares(papers)));
    }
    return new CollaboratorRanking(author, describe(), out);
  }

  /** Up to this many rows, the top rows are picked by selection (O(rows · groups)) rather than a full sort. */
  private static final int SELECTION_LIMIT = 16;

  /** Compares two ints without boxing. */
  @FunctionalInterface
  interface IntComparator {
    int compare(int x, int y);
  }

  /** Sorts an array of indices under a comparator of indices, without boxing: merge sort, O(n log n). */
  static void sortIndices(int[] order, IntComparator cmp) {
    mergeSort(order, new int[order.length], 0, order.length, cmp);
  }

  /** Moves the {@code k} smallest elements under {@code cmp} to the front, in order (selection sort). */
  private static void selectTop(int[] a, int k, IntComparator cmp) {
    for (int i = 0; i < k; i++) {
      int best = i;
      for (int j = i + 1; j < a.length; j++) {
        if (cmp.compare(a[j], a[best]) < 0) {
          best = j;
        }
      }
      int t = a[i];
      a[i] = a[best];
      a[best] = t;
    }
  }

  /** Sorts {@code a[from, to)} under {@code cmp}: top-down merge sort, O(n log n), stable. */
  private static void mergeSort(int[] a, int[] tmp, int from, int to, IntComparator cmp) {
    if (to - from < 2) {
      return;
    }
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= from && cmp.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, tmp, from, mid, cmp);
    mergeSort(a, tmp, mid, to, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    System.arraycopy(a, from, tmp, from, to - from);
    for (int i = from, j = mid, k = from; k < to; k++) {
      if (j >= to || (i < mid && cmp.compare(tmp[i], tmp[j]) <= 0)) {
        a[k] = tmp[i++];
      } else {
        a[k] = tmp[j++];
      }
    }
  }

  /**
   * Each shared paper of two authors (passing the filters) with what it adds to the score; they sum to the score.
   * O(Σ n_k) over the author's papers.
   *
   * @param author the author whose ranking is explained
   * @param coauthor the collaborator whose score is explained
   * @return the contributions in date order (undated last); empty when the two share no paper passing the filters
   * @throws IllegalArgumentException if either author is not in the corpus
   */
  public Explanation explain(Author author, Author coauthor) {
    int a = corpus.indexOf(author);
    int b = corpus.indexOf(coauthor);
    Incidence inc = corpus.incidence();
    List<Contribution> out = new ArrayList<>();
    inc.papersOf(a).forEach(p -> {
      Paper paper = corpus.papers().get(p);
      int n = inc.authorCountOf(p);
      if (n < 2 || n > corpus.hyperAuthorshipThreshold() || !passes(paper) || inc.authorsOf(p).noneMatch(x -> x == b)) {
        return;
      }
      double c = counting.contribution(n);
      double r = recencyFactor(paper);
      out.add(new Contribution(paper, n, c, r, c * r));
    });
    out.sort(Comparator.comparing(Contribution::paper, CorpusView.BY_DATE));
    return new Explanation(author, coauthor, describe(), out);
  }

  private static Map<String, Double> categoryShares(List<Paper> papers) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Paper p : papers) {
      counts.merge(p.primaryCategory().map(Category::code).orElse("unknown"), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : entries) {
      out.put(e.getKey(), e.getValue() / (double) papers.size());
    }
    return out;
  }
}
