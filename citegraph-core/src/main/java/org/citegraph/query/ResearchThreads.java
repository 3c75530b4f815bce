package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.Incidence;
import org.citegraph.internal.IntUnionFind;
import org.citegraph.internal.text.LongIntCounter;
import org.citegraph.internal.text.TermScores;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.internal.text.TopScores;
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
 * <p><b>Running time.</b> Up to {@link #EXACT_PREDECESSORS_MAX_PAPERS} papers, all pairs of the author's p papers
 * are compared: O(p² · t) at worst for t terms per paper (the cosines of a paper against the earlier ones come from
 * an inverted index of the author's papers, so a row costs O(p) plus the shared term occurrences) and O(p² · k) to
 * pick each paper's k = maxLinks strongest predecessors. Above, the predecessors come from a pruned index of each
 * paper's highest TF-IDF terms, its co-authors and its category, and only the best {@link #PREDECESSOR_CANDIDATES}
 * candidates are scored exactly: O(p · (16 · 256 + co-authored papers + 32 · t)), linear in p. Plus O(L) to
 * tokenise the author's text of length L, once per paper: the tokens are kept per corpus, in a bounded cache, for
 * later calls (see docs/timeline.md, "The token cache"). Only one author's papers are compared, never all pairs of
 * the corpus.
 * From 200 papers on, the predecessor rows, the story step's first matrix of thread similarities and the threads'
 * descriptions run as parallel tasks on the common fork-join pool; each value is computed alone, so the timeline
 * does not depend on the number of threads.
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
  /**
   * Default greatest number of threads of two or more papers: a story a reader can follow. Past it, the most
   * similar threads are merged.
   */
  public static final int DEFAULT_MAX_THREADS = 10;
  /** Default least similarity of two threads (see {@link #threadSimilarity}) for them to be merged into one. */
  public static final double DEFAULT_MERGE_THRESHOLD = 0.12;
  /** Default least similarity of a lone paper to a thread for it to join that thread. */
  public static final double DEFAULT_ATTACH_THRESHOLD = 0.06;
  /**
   * Default greatest share of an author's papers left alone in the single-papers lane when lone papers can join a
   * thread: lone papers join their most similar thread, most similar first, only while the lane holds more than
   * this share (a few lone papers are a true part of the story; many are a list, not a story).
   */
  public static final double DEFAULT_MAX_SINGLE_SHARE = 0.15;
  /**
   * Most chains (linked threads before merging) for which the story step runs; its cost grows with the square of
   * the chains, so an author with more keeps the chains as linked (see docs/timeline.md).
   */
  public static final int STORY_MAX_CHAINS = 400;
  /** Least NPMI between two label terms over the thread's papers (they must be used together). */
  public static final double LABEL_MIN_NPMI = 0.0;
  /**
   * Up to this many papers of an author every earlier paper is compared with each paper; above it the
   * predecessors come from a pruned index (see {@link #INDEXED_TERMS_PER_PAPER}), so that the cost grows linearly
   * with the author's papers.
   */
  public static final int EXACT_PREDECESSORS_MAX_PAPERS = 500;
  /** Above {@link #EXACT_PREDECESSORS_MAX_PAPERS}: how many of each paper's highest TF-IDF terms are indexed. */
  public static final int INDEXED_TERMS_PER_PAPER = 16;
  /** Above {@link #EXACT_PREDECESSORS_MAX_PAPERS}: the maximal posting-list length (highest weights kept). */
  public static final int MAX_POSTINGS_PER_TERM = 256;
  /** Above {@link #EXACT_PREDECESSORS_MAX_PAPERS}: candidate predecessors re-scored exactly per paper. */
  public static final int PREDECESSOR_CANDIDATES = 32;

  /** Papers per parallel task of the pruned predecessor search. */
  private static final int ROW_BLOCK = 256;
  /** Parallel tasks computing the story step's first matrix of thread similarities. */
  private static final int STORY_TASKS = 16;
  /** Least number of candidate threads for which a merged thread's row of similarities is computed in parallel. */
  private static final int STORY_PARALLEL_ROW = 64;
  /**
   * Least number of papers for which the timeline's steps run as parallel tasks; below, the tasks' overhead exceeds
   * their work (the result is the same either way).
   */
  private static final int PARALLEL_MIN_PAPERS = 200;

  private final CorpusView corpus;
  private final double textWeight;
  private final double coauthorWeight;
  private final double categoryWeight;
  private final double linkThreshold;
  private final int maxLinks;
  private final double branchThreshold;
  private final int labelTerms;
  private final boolean stories;
  private final Pruning pruning;

  /**
   * The predecessor search settings above {@code exactMaxPapers} (see {@link #prunedPredecessors}), the papers per
   * parallel task of that search and the least number of papers for parallel tasks at all (the result depends on
   * neither).
   */
  record Pruning(int exactMaxPapers, int termsPerPaper, int maxPostings, int candidates, int rowsPerTask,
      int parallelMinPapers) {
    static final Pruning DEFAULT = new Pruning(EXACT_PREDECESSORS_MAX_PAPERS, INDEXED_TERMS_PER_PAPER,
        MAX_POSTINGS_PER_TERM, PREDECESSOR_CANDIDATES);

    Pruning {
      checkArgument(exactMaxPapers >= 0 && termsPerPaper >= 1 && maxPostings >= 1 && candidates >= 1
          && rowsPerTask >= 1 && parallelMinPapers >= 0, "pruning settings must be positive: %s %s %s %s %s %s",
          exactMaxPapers, termsPerPaper, maxPostings, candidates, rowsPerTask, parallelMinPapers);
    }

    /** These settings with the default task sizes, {@link #ROW_BLOCK} and {@link #PARALLEL_MIN_PAPERS}. */
    Pruning(int exactMaxPapers, int termsPerPaper, int maxPostings, int candidates) {
      this(exactMaxPapers, termsPerPaper, maxPostings, candidates, ROW_BLOCK, PARALLEL_MIN_PAPERS);
    }

    /** Whether an author of {@code papers} papers gets parallel tasks. */
    boolean parallel(int papers) {
      return papers >= parallelMinPapers;
    }
  }

  /** Tests only: the predecessor search settings (default {@link Pruning#DEFAULT}). */
  ResearchThreads pruning(Pruning value) {
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks,
        branchThreshold, labelTerms, stories, checkNotNull(value, "pruning"));
  }

  private ResearchThreads(CorpusView corpus, double textWeight, double coauthorWeight, double categoryWeight,
      double linkThreshold, int maxLinks, double branchThreshold, int labelTerms) {
    this(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks, branchThreshold, labelTerms,
        true, Pruning.DEFAULT);
  }

  private ResearchThreads(CorpusView corpus, double textWeight, double coauthorWeight, double categoryWeight,
      double linkThreshold, int maxLinks, double branchThreshold, int labelTerms, boolean stories, Pruning pruning) {
    this.stories = stories;
    this.pruning = pruning;
    this.corpus = corpus;
    this.textWeight = textWeight;
    this.coauthorWeight = coauthorWeight;
    this.categoryWeight = categoryWeight;
    this.linkThreshold = linkThreshold;
    this.maxLinks = maxLinks;
    this.branchThreshold = branchThreshold;
    this.labelTerms = labelTerms;
  }

  /**
   * Threads over a corpus with the default settings (see the constants).
   *
   * @param corpus the corpus whose authors' papers are split into threads
   * @return a configuration with the default weights, thresholds and label length, merging into stories
   * @throws NullPointerException if {@code corpus} is null
   */
  public static ResearchThreads of(CorpusView corpus) {
    return new ResearchThreads(checkNotNull(corpus, "corpus"), DEFAULT_TEXT_WEIGHT, DEFAULT_COAUTHOR_WEIGHT,
        DEFAULT_CATEGORY_WEIGHT, DEFAULT_LINK_THRESHOLD, DEFAULT_MAX_LINKS, DEFAULT_BRANCH_THRESHOLD,
        DEFAULT_LABEL_TERMS);
  }

  /**
   * Uses these weights of text, co-author and category similarity; each at least 0, finite, not all 0. They are
   * normalised by their sum, so only their ratios matter.
   *
   * @param text weight w_t of the TF-IDF cosine of title and abstract (default {@link #DEFAULT_TEXT_WEIGHT})
   * @param coauthors weight w_c of the Jaccard index of the co-author sets (default {@link
   *     #DEFAULT_COAUTHOR_WEIGHT})
   * @param category weight w_k of a shared primary category (default {@link #DEFAULT_CATEGORY_WEIGHT})
   * @return a new configuration with these weights and the other settings unchanged
   * @throws IllegalArgumentException if a weight is negative, infinite or NaN, or all three are 0
   */
  public ResearchThreads weights(double text, double coauthors, double category) {
    for (double w : new double[] {text, coauthors, category}) {
      checkArgument(w >= 0 && Double.isFinite(w), "Weights must be finite and non-negative, got %s", w);
    }
    checkArgument(text + coauthors + category > 0, "At least one weight must be positive");
    return new ResearchThreads(corpus, text, coauthors, category, linkThreshold, maxLinks, branchThreshold,
        labelTerms, stories, pruning);
  }

  /**
   * Links papers whose similarity is at least this value. Higher values give more, shorter threads.
   *
   * @param value the least similarity of a link, in (0, 1] (default {@link #DEFAULT_LINK_THRESHOLD})
   * @return a new configuration with this threshold and the other settings unchanged
   * @throws IllegalArgumentException if {@code value} is not in (0, 1]
   */
  public ResearchThreads linkThreshold(double value) {
    checkArgument(value > 0 && value <= 1, "The link threshold must be in (0, 1], got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, value, maxLinks, branchThreshold,
        labelTerms, stories, pruning);
  }

  /**
   * Links each paper to at most this many earlier papers, its most similar ones above the link threshold.
   *
   * @param value the greatest number of links from a paper to earlier ones, at least 1 (default {@link
   *     #DEFAULT_MAX_LINKS})
   * @return a new configuration with this limit and the other settings unchanged
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public ResearchThreads maxLinks(int value) {
    checkArgument(value >= 1, "maxLinks must be at least 1, got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, value,
        branchThreshold, labelTerms, stories, pruning);
  }

  /**
   * Reports BRANCHES_OFF when the strongest earlier paper in another thread has at least this similarity.
   *
   * @param value the least similarity of a thread's first paper to its most similar earlier paper in another
   *     thread, in (0, 1] (default {@link #DEFAULT_BRANCH_THRESHOLD})
   * @return a new configuration with this threshold and the other settings unchanged
   * @throws IllegalArgumentException if {@code value} is not in (0, 1]
   */
  public ResearchThreads branchThreshold(double value) {
    checkArgument(value > 0 && value <= 1, "The branch threshold must be in (0, 1], got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks, value,
        labelTerms, stories, pruning);
  }

  /**
   * Uses at most this many terms in a label; fewer when fewer terms are distinctive and used together.
   *
   * @param value the greatest number of terms in a thread's label, at least 1 (default {@link
   *     #DEFAULT_LABEL_TERMS})
   * @return a new configuration with this label length and the other settings unchanged
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public ResearchThreads labelTerms(int value) {
    checkArgument(value >= 1, "labelTerms must be at least 1, got %s", value);
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks,
        branchThreshold, value, stories, pruning);
  }

  /**
   * Whether the linked chains of papers are merged into a story (the default): similar threads and lone papers are
   * merged until at most {@link #DEFAULT_MAX_THREADS} threads of two or more papers remain, and the papers still
   * alone form the single-papers lane ({@link Timeline#singlePapers()}). Without it the threads are the chains
   * alone, as linked.
   *
   * @param value true to merge into a story
   * @return a new configuration
   */
  public ResearchThreads stories(boolean value) {
    return new ResearchThreads(corpus, textWeight, coauthorWeight, categoryWeight, linkThreshold, maxLinks,
        branchThreshold, labelTerms, value, pruning);
  }

  /**
   * The timeline of the author with this id or name; see {@link #timeline(Author)} for the running time.
   *
   * @param idOrName an author id ("alex-h-williams") or any written form of the author's name
   * @return the author's threads laid out in time; every paper of the author is in exactly one thread
   * @throws IllegalArgumentException if no author or several authors match, naming the candidates
   */
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
   *
   * @param author the author whose papers set the text model (IDF) and whose own name is left out of the co-author
   *     sets
   * @param a a paper of the author
   * @param b another paper of the author
   * @return s(a, b) with this configuration's weights, in [0, 1]
   * @throws IllegalArgumentException if the author is not in the corpus, or {@code a} or {@code b} is not one of the
   *     author's papers
   */
  public double similarity(Author author, Paper a, Paper b) {
    Model m = new Model(author);
    int i = m.papers.indexOf(a);
    int j = m.papers.indexOf(b);
    checkArgument(i >= 0 && j >= 0, "Both papers must be papers of %s", author);
    return m.similarity(i, j);
  }

  /**
   * Splits the author's papers into threads and lays them out in time. O(p²·t) up to {@link
   * #EXACT_PREDECESSORS_MAX_PAPERS} papers, O(p · (indexed postings + candidates · t)) above; see the class comment.
   *
   * @param author an author of the corpus
   * @return the author's threads, by start date (undated last) then label; every paper of the author is in exactly
   *     one thread
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public Timeline timeline(Author author) {
    Model m = new Model(author);
    int p = m.papers.size();
    IntUnionFind parent = new IntUnionFind(p);
    int[] strongest = new int[p];
    double[] strongestSim = new double[p];
    // Per paper, up to maxLinks earlier papers by descending similarity (ties by index) and their similarities.
    int[][] links = new int[p][];
    double[][] linkSims = new double[p][];
    if (p <= pruning.exactMaxPapers()) {
      exactPredecessors(m, links, linkSims);
    } else {
      prunedPredecessors(m, links, linkSims);
    }
    for (int i = 0; i < p; i++) {
      int found = links[i].length;
      strongest[i] = found == 0 || linkSims[i][0] <= 0 ? -1 : links[i][0];
      strongestSim[i] = found == 0 ? 0 : linkSims[i][0];
      for (int r = 0; r < found; r++) {
        if (linkSims[i][r] >= linkThreshold) {
          parent.union(i, links[i][r]);
        }
      }
    }
    if (stories) {
      story(m, parent);
    }
    int[] root = new int[p];
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < p; i++) {
      root[i] = parent.find(i);
      groups.computeIfAbsent(root[i], k -> new ArrayList<>()).add(i);
    }
    int lastYear = m.papers.stream().flatMap(x -> x.date().stream()).mapToInt(PubDate::year).max().orElse(0);
    TermScores scores = new TermScores(m.vectors);
    // Each thread is described on its own (labels, collaborators, events), in parallel; the list keeps the
    // groups' order, and the sort below fixes the final one.
    List<List<Integer>> memberLists = new ArrayList<>(groups.values());
    // Display names are built on each call: each co-author's once.
    String[] names = new String[m.coauthorCount];
    IntStream byName = IntStream.range(0, names.length);
    (pruning.parallel(p) ? byName.parallel() : byName).forEach(c -> names[c] = m.localAuthors.get(c).displayName());
    ResearchThread[] described = new ResearchThread[memberLists.size()];
    IntStream byThread = IntStream.range(0, described.length);
    (pruning.parallel(p) ? byThread.parallel() : byThread).forEach(g -> described[g] = thread(m,
        memberLists.get(g), root, strongest, strongestSim, scores, lastYear, names));
    List<ResearchThread> threads = new ArrayList<>(java.util.Arrays.asList(described));
    threads.sort(Comparator
        .comparing((ResearchThread t) -> t.start().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ResearchThread::label).thenComparing(t -> t.first(), ORDER));
    return new Timeline(author, describe(), threads);
  }

  /**
   * Every paper against every earlier one: {@code links[i]} gets the first min(maxLinks, i) earlier papers by
   * descending similarity, ties by index (a partial selection sort giving the prefix a full sort would). O(p² · t).
   */
  private void exactPredecessors(Model m, int[][] links, double[][] linkSims) {
    int p = m.papers.size();
    double[] row = new double[p];
    int[] best = new int[Math.max(1, maxLinks)];
    for (int i = 0; i < p; i++) {
      m.similarities(i, row);
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
      links[i] = java.util.Arrays.copyOf(best, found);
      linkSims[i] = new double[found];
      for (int r = 0; r < found; r++) {
        linkSims[i][r] = row[best[r]];
      }
    }
  }

  /**
   * The strongest earlier papers of each paper from a pruned index, for authors above {@link
   * #EXACT_PREDECESSORS_MAX_PAPERS} papers. Candidates j &lt; i of paper i: the earlier papers sharing one of i's
   * {@link #INDEXED_TERMS_PER_PAPER} highest TF-IDF terms in that term's {@link #MAX_POSTINGS_PER_TERM}
   * highest-weighted postings (document-centric static index pruning, Büttcher &amp; Clarke 2006, CIKM, with
   * impact-ordered postings cut short, Anh &amp; Moffat 2006, SIGIR, as in the corpus clustering), the earlier
   * papers sharing a co-author, and the first {@code maxLinks} earlier papers of i's category. They are ranked by a
   * lower bound of the similarity (the partial dot product over the indexed terms, the exact co-author and category
   * terms), the best {@link #PREDECESSOR_CANDIDATES} are re-scored with the exact similarity, and the best
   * {@code maxLinks} are kept, ties by index. Every link found is a true link with its exact similarity; what can be
   * missed is a predecessor similar mostly through terms outside both papers' indexed terms. O(p · (16 · 256 +
   * co-authored papers + candidates · t)) time, O(p + nnz) memory; deterministic (no randomness, ties by index).
   */
  private void prunedPredecessors(Model m, int[][] links, double[][] linkSims) {
    int p = m.papers.size();
    TermVectors vectors = m.vectors;
    int v = vectors.vocabularySize();
    // Each paper's indexed positions: its highest weights among terms of at least two papers, ties by term id.
    boolean[] indexed = new boolean[p == 0 ? 0 : vectors.rowEnd(p - 1)];
    int longestRow = 0;
    for (int d = 0; d < p; d++) {
      longestRow = Math.max(longestRow, vectors.rowEnd(d) - vectors.rowStart(d));
    }
    int perPaper = Math.max(1, Math.min(pruning.termsPerPaper(), longestRow));
    int block = pruning.rowsPerTask();
    int blocks = (p + block - 1) / block;
    IntStream byBlock = IntStream.range(0, blocks);
    (pruning.parallel(p) ? byBlock.parallel() : byBlock).forEach(b -> {
      TopScores top = new TopScores(perPaper);
      for (int d = b * block, e = (int) Math.min(p, (b + 1L) * block); d < e; d++) {
        top.clear();
        for (int q = vectors.rowStart(d); q < vectors.rowEnd(d); q++) {
          if (vectors.documentFrequency(vectors.termAt(q)) >= 2) {
            top.offer(vectors.weightAt(q), q);
          }
        }
        for (int h = 0; h < top.size(); h++) {
          indexed[top.item(h)] = true;
        }
      }
    });
    int[] length = new int[v];
    for (int q = 0; q < indexed.length; q++) {
      if (indexed[q]) {
        length[vectors.termAt(q)]++;
      }
    }
    // Postings per term, ascending paper, each list cut to its highest weights (ties by smaller paper).
    int[][] postDoc = new int[v][];
    double[][] postWeight = new double[v][];
    int[] fill = new int[v];
    for (int t = 0; t < v; t++) {
      postDoc[t] = new int[length[t]];
      postWeight[t] = new double[length[t]];
    }
    for (int d = 0; d < p; d++) {
      for (int q = vectors.rowStart(d); q < vectors.rowEnd(d); q++) {
        if (indexed[q]) {
          int t = vectors.termAt(q);
          postDoc[t][fill[t]] = d;
          postWeight[t][fill[t]++] = vectors.weightAt(q);
        }
      }
    }
    for (int t = 0; t < v; t++) {
      if (length[t] > pruning.maxPostings()) {
        int[] docs = postDoc[t];
        double[] ws = postWeight[t];
        TopScores keep = new TopScores(pruning.maxPostings());
        for (int x = 0; x < docs.length; x++) {
          keep.offer(ws[x], x);
        }
        int[] kept = new int[keep.size()];
        for (int h = 0; h < kept.length; h++) {
          kept[h] = keep.item(h);
        }
        java.util.Arrays.sort(kept);
        int[] nd = new int[kept.length];
        double[] nw = new double[kept.length];
        for (int x = 0; x < kept.length; x++) {
          nd[x] = docs[kept[x]];
          nw[x] = ws[kept[x]];
        }
        postDoc[t] = nd;
        postWeight[t] = nw;
      }
    }
    // Papers per co-author (ascending), and the first maxLinks papers of each category (ascending): a paper's
    // category candidates are those of them before it.
    int[][] papersOfCoauthor = invert(m.coauthorIds, m.coauthorCount);
    int[][] firstOfCategory = new int[m.categoryCount][Math.max(1, maxLinks)];
    int[] firstCount = new int[m.categoryCount];
    for (int i = 0; i < p; i++) {
      int c = m.category[i];
      if (c >= 0 && firstCount[c] < maxLinks) {
        firstOfCategory[c][firstCount[c]++] = i;
      }
    }
    // Each paper's predecessors depend on the shared, read-only index alone, so the rows run in parallel, a block
    // of rows per task with its own scratch arrays; the result is the same for any thread count.
    IntStream byRows = IntStream.range(0, blocks);
    (pruning.parallel(p) ? byRows.parallel() : byRows).forEach(b -> {
      PrunedRows rows = new PrunedRows(m, indexed, postDoc, postWeight, papersOfCoauthor, firstOfCategory,
          firstCount, Math.min(pruning.candidates(), Math.max(1, p)));
      for (int i = b * block, e = (int) Math.min(p, (b + 1L) * block); i < e; i++) {
        rows.search(i, links, linkSims);
      }
    });
  }

  /**
   * The predecessor search of {@link #prunedPredecessors} for one paper at a time, over a shared read-only index,
   * with its own scratch arrays (all zero / false between rows) so that blocks of rows can run in parallel. Candidate
   * and link selection are bounded heaps and insertion on primitive arrays (no boxing, no comparator objects).
   */
  private final class PrunedRows {
    private final Model m;
    private final TermVectors vectors;
    private final boolean[] indexed;
    private final int[][] postDoc;
    private final double[][] postWeight;
    private final int[][] papersOfCoauthor;
    private final int[][] firstOfCategory;
    private final int[] firstCount;
    private final double[] acc;
    private final int[] common;
    private final boolean[] seen;
    private final int[] touched;
    private final double[] query;
    /** The candidates by their lower bounds. */
    private final TopScores candidates;
    private final int[] bestItem;
    private final double[] bestSim;

    PrunedRows(Model m, boolean[] indexed, int[][] postDoc, double[][] postWeight, int[][] papersOfCoauthor,
        int[][] firstOfCategory, int[] firstCount, int candidates) {
      this.m = m;
      this.vectors = m.vectors;
      this.indexed = indexed;
      this.postDoc = postDoc;
      this.postWeight = postWeight;
      this.papersOfCoauthor = papersOfCoauthor;
      this.firstOfCategory = firstOfCategory;
      this.firstCount = firstCount;
      int p = m.papers.size();
      acc = new double[p];
      common = new int[p];
      seen = new boolean[p];
      touched = new int[p];
      query = new double[vectors.vocabularySize()];
      this.candidates = new TopScores(candidates);
      bestItem = new int[Math.max(1, maxLinks)];
      bestSim = new double[Math.max(1, maxLinks)];
    }

    /** Sets {@code links[i]} and {@code linkSims[i]}: paper i's strongest earlier papers among its candidates. */
    void search(int i, int[][] links, double[][] linkSims) {
      int count = 0;
      for (int q = vectors.rowStart(i), qe = vectors.rowEnd(i); q < qe; q++) {
        if (!indexed[q]) {
          continue;
        }
        int t = vectors.termAt(q);
        double w = vectors.weightAt(q);
        int[] docs = postDoc[t];
        double[] ws = postWeight[t];
        for (int x = 0; x < docs.length; x++) {
          int j = docs[x];
          if (j >= i) {
            break;
          }
          if (!seen[j]) {
            seen[j] = true;
            touched[count++] = j;
          }
          acc[j] += w * ws[x];
        }
      }
      for (int c : m.coauthorIds[i]) {
        int[] docs = papersOfCoauthor[c];
        for (int x = 0; x < docs.length; x++) {
          int j = docs[x];
          if (j >= i) {
            break;
          }
          if (!seen[j]) {
            seen[j] = true;
            touched[count++] = j;
          }
          common[j]++;
        }
      }
      int cat = m.category[i];
      if (cat >= 0) {
        for (int x = 0; x < firstCount[cat]; x++) {
          int j = firstOfCategory[cat][x];
          if (j >= i) {
            break;
          }
          if (!seen[j]) {
            seen[j] = true;
            touched[count++] = j;
          }
        }
      }
      int[] own = m.coauthorIds[i];
      double sum = textWeight + coauthorWeight + categoryWeight;
      candidates.clear();
      for (int x = 0; x < count; x++) {
        int j = touched[x];
        // No division for the many candidates without a shared co-author (0 / union is +0.0 all the same).
        int union = own.length + m.coauthorIds[j].length - common[j];
        double jaccard = common[j] == 0 ? 0 : common[j] / (double) union;
        double sameCategory = cat >= 0 && cat == m.category[j] ? 1 : 0;
        double bound = (textWeight * Math.min(1.0, acc[j]) + coauthorWeight * jaccard
            + categoryWeight * sameCategory) / sum;
        candidates.offer(bound, j);
        acc[j] = 0;
        common[j] = 0;
        seen[j] = false;
      }
      // Exact re-scoring against paper i scattered into a dense row: the products of the shared terms added in
      // ascending term order, as TermVectors.cosine adds them, so the value is m.similarity(i, j) bit for bit.
      for (int q = vectors.rowStart(i), qe = vectors.rowEnd(i); q < qe; q++) {
        query[vectors.termAt(q)] = vectors.weightAt(q);
      }
      int k = Math.max(1, maxLinks);
      int found = 0;
      for (int h = 0; h < candidates.size(); h++) {
        int j = candidates.item(h);
        double dot = 0;
        for (int q = vectors.rowStart(j), qe = vectors.rowEnd(j); q < qe; q++) {
          // Without a branch: a term paper i lacks adds +0.0, which leaves the sum unchanged bit for bit.
          dot += query[vectors.termAt(q)] * vectors.weightAt(q);
        }
        double exact = m.combine(Math.min(1.0, dot), i, j);
        // Insertion into the best k, best first (higher similarity, then smaller index).
        int pos = found;
        while (pos > 0 && ranksBefore(exact, j, bestSim[pos - 1], bestItem[pos - 1])) {
          pos--;
        }
        if (pos < k) {
          for (int r = Math.min(found, k - 1); r > pos; r--) {
            bestItem[r] = bestItem[r - 1];
            bestSim[r] = bestSim[r - 1];
          }
          bestItem[pos] = j;
          bestSim[pos] = exact;
          found = Math.min(k, found + 1);
        }
      }
      for (int q = vectors.rowStart(i), qe = vectors.rowEnd(i); q < qe; q++) {
        query[vectors.termAt(q)] = 0;
      }
      links[i] = java.util.Arrays.copyOf(bestItem, found);
      linkSims[i] = java.util.Arrays.copyOf(bestSim, found);
    }

  }

  /** Whether (a, i) ranks before (b, j): a higher value first, then the smaller index. */
  private static boolean ranksBefore(double a, int i, double b, int j) {
    int c = Double.compare(a, b);
    return c > 0 || (c == 0 && i < j);
  }

  /** The distinct values of {@code ids}, ascending (a new array). O(n log n). */
  private static int[] sortedDistinct(int[] ids) {
    int[] sorted = ids.clone();
    java.util.Arrays.sort(sorted);
    int n = 0;
    for (int x = 0; x < sorted.length; x++) {
      if (x == 0 || sorted[x] != sorted[x - 1]) {
        sorted[n++] = sorted[x];
      }
    }
    return n == sorted.length ? sorted : java.util.Arrays.copyOf(sorted, n);
  }

  /** For ids in {@code 0..count-1}, the rows (ascending) that hold each id. O(total ids). */
  private static int[][] invert(int[][] rows, int count) {
    int[] size = new int[count];
    for (int[] row : rows) {
      for (int c : row) {
        size[c]++;
      }
    }
    int[][] out = new int[count][];
    for (int c = 0; c < count; c++) {
      out[c] = new int[size[c]];
    }
    int[] fill = new int[count];
    for (int r = 0; r < rows.length; r++) {
      for (int c : rows[r]) {
        out[c][fill[c]++] = r;
      }
    }
    return out;
  }

  private ResearchThread thread(Model m, List<Integer> members, int[] root, int[] strongest,
      double[] strongestSim, TermScores scores, int lastYear, String[] names) {
    List<Paper> papers = members.stream().map(m.papers::get).toList();
    int[] ids = members.stream().mapToInt(Integer::intValue).toArray();
    String label = scores.coherentLabel(ids, labelTerms, LABEL_MIN_NPMI).text();
    if (label.isEmpty()) {
      label = papers.get(0).title();
    }
    Optional<PubDate> start = papers.stream().flatMap(x -> x.date().stream()).min(Comparator.naturalOrder());
    Optional<PubDate> end = papers.stream().flatMap(x -> x.date().stream()).max(Comparator.naturalOrder());

    // Papers per co-author (local ids, counted per author-list entry), in first-seen order.
    int[] perCoauthor = new int[m.coauthorCount];
    int[] seen = new int[m.coauthorCount];
    int distinct = 0;
    Map<String, Integer> cats = new TreeMap<>();
    for (int i : members) {
      for (int c : m.coauthorLocal[i]) {
        if (perCoauthor[c]++ == 0) {
          seen[distinct++] = c;
        }
      }
      cats.merge(m.papers.get(i).primaryCategory().map(Category::code).orElse("unknown"), 1, Integer::sum);
    }
    record Named(ResearchThread.CoauthorCount count, String name, String id) {}
    List<Named> named = new ArrayList<>(distinct);
    for (int x = 0; x < distinct; x++) {
      int c = seen[x];
      Author a = m.localAuthors.get(c);
      named.add(new Named(new ResearchThread.CoauthorCount(a, perCoauthor[c]), names[c], a.id()));
    }
    named.sort(Comparator.comparingInt((Named c) -> -c.count().papers()).thenComparing(Named::name)
        .thenComparing(Named::id));
    List<ResearchThread.CoauthorCount> collaborators = named.stream().map(Named::count).toList();
    List<Map.Entry<String, Integer>> catEntries = new ArrayList<>(cats.entrySet());
    catEntries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> categories = new LinkedHashMap<>();
    catEntries.forEach(e -> categories.put(e.getKey(), e.getValue()));

    List<ThreadEvent> events = new ArrayList<>();
    Paper first = papers.get(0);
    events.add(new ThreadEvent(ThreadEvent.Kind.STARTS, first.date(), first, Optional.empty()));
    int s = strongest[members.get(0)];
    if (s >= 0 && root[s] != root[members.get(0)] && strongestSim[members.get(0)] >= branchThreshold) {
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

  /**
   * Merges the linked chains (the union-find {@code parent}) into a story, in place. Threads are compared by
   * {@link #threadSimilarity}: the cosine of their TF-IDF centroids, the Jaccard index of their co-author sets and
   * the overlap of their category mixes, weighted as papers are. Average-linkage agglomeration (Ward-free, the
   * centroid form; Manning, Raghavan &amp; Schütze 2008, ch. 17): (1) threads of two or more papers are merged, most
   * similar pair first, while the best pair reaches {@link #DEFAULT_MERGE_THRESHOLD}; (2) lone papers most
   * similar to each other (at the merge threshold) pair up, then, while more than {@link #DEFAULT_MAX_SINGLE_SHARE}
   * of the papers are alone, lone papers join their most similar thread of two or more papers, most similar first,
   * when the similarity reaches {@link #DEFAULT_ATTACH_THRESHOLD}; (3) while more than {@link
   * #DEFAULT_MAX_THREADS} threads of two or more papers remain, the most similar pair is merged. Ties break by the
   * smaller thread roots, so the result does not depend on the input order. O(T² · r) for T chains of r terms;
   * skipped above {@link #STORY_MAX_CHAINS} chains.
   */
  private void story(Model m, IntUnionFind parent) {
    int p = m.papers.size();
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < p; i++) {
      groups.computeIfAbsent(parent.find(i), k -> new ArrayList<>()).add(i);
    }
    if (groups.size() > STORY_MAX_CHAINS) {
      return;
    }
    List<Profile> threads = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
      threads.add(new Profile(m, e.getKey(), e.getValue()));
    }
    // (1) merge threads of two or more papers while similar enough
    mergeWhile(m, parent, threads, true, DEFAULT_MERGE_THRESHOLD, Integer.MAX_VALUE);
    // (2) lone papers pair up when similar enough, then join their most similar thread while the lane is too full
    mergeWhile(m, parent, threads, false, DEFAULT_MERGE_THRESHOLD, Integer.MAX_VALUE);
    List<Profile> lone = threads.stream().filter(t -> t.size() == 1).toList();
    // Each lone paper's most similar thread (the first in list order on ties): each thread of two or more papers is
    // scattered once and compared with every lone paper, at the cost of the lone paper's terms.
    Profile[] bestOf = new Profile[lone.size()];
    double[] bestSimOf = new double[lone.size()];
    java.util.Arrays.fill(bestSimOf, -1);
    Dense dense = new Dense(m);
    for (Profile t : threads) {
      if (t.size() < 2) {
        continue;
      }
      dense.scatter(t);
      for (int x = 0; x < bestOf.length; x++) {
        double sim = threadSimilarity(t, lone.get(x), dense);
        if (sim > bestSimOf[x]) {
          bestSimOf[x] = sim;
          bestOf[x] = t;
        }
      }
      dense.clear(t);
    }
    List<Object[]> offers = new ArrayList<>();
    for (int x = 0; x < bestOf.length; x++) {
      if (bestOf[x] != null && bestSimOf[x] >= DEFAULT_ATTACH_THRESHOLD) {
        offers.add(new Object[] {lone.get(x), bestOf[x], bestSimOf[x]});
      }
    }
    offers.sort(Comparator.comparingDouble((Object[] o) -> -(double) o[2])
        .thenComparingInt(o -> ((Profile) o[0]).root));
    int alone = lone.size();
    int allowed = (int) Math.floor(DEFAULT_MAX_SINGLE_SHARE * p);
    for (Object[] o : offers) {
      if (alone <= allowed) {
        break;
      }
      Profile single = (Profile) o[0];
      Profile best = (Profile) o[1];
      parent.union(single.root, best.root);
      best.absorb(single);
      threads.remove(single);
      alone--;
    }
    // (3) at most DEFAULT_MAX_THREADS threads of two or more papers
    mergeWhile(m, parent, threads, true, -1, DEFAULT_MAX_THREADS);
  }

  /**
   * Merges the most similar pair of threads while its similarity is at least {@code threshold} and more than
   * {@code maxThreads} threads of two or more papers remain; {@code multiOnly} restricts the pairs to threads of
   * two or more papers, otherwise only pairs of lone papers are considered.
   */
  private void mergeWhile(Model m, IntUnionFind parent, List<Profile> threads, boolean multiOnly, double threshold,
      int maxThreads) {
    // The candidates' pairwise similarities are computed once; a merge recomputes only the merged thread's row.
    List<Profile> cand = threads.stream().filter(t -> multiOnly ? t.size() >= 2 : t.size() == 1).toList();
    int c = cand.size();
    long multi = threads.stream().filter(t -> t.size() >= 2).count();
    if (c < 2 || (threshold < 0 && multi <= maxThreads)) {
      return;
    }
    double[][] sim = new double[c][c];
    // The rows in parallel, row x by task x mod the number of tasks, each task with its own dense arrays; every
    // value is computed alone, so the matrix does not depend on the thread count.
    int tasks = Math.min(c, STORY_TASKS);
    IntStream byTask = IntStream.range(0, tasks);
    (pruning.parallel(m.papers.size()) ? byTask.parallel() : byTask).forEach(task -> {
      Dense rowDense = new Dense(m);
      for (int x = task; x < c; x += tasks) {
        Profile a = cand.get(x);
        rowDense.scatter(a);
        for (int y = x + 1; y < c; y++) {
          sim[x][y] = threadSimilarity(a, cand.get(y), rowDense);
        }
        rowDense.clear(a);
      }
    });
    Dense dense = new Dense(m);
    boolean[] alive = new boolean[c];
    java.util.Arrays.fill(alive, true);
    while (true) {
      if (threshold < 0 && multi <= maxThreads) {
        return;
      }
      int bx = -1;
      int by = -1;
      double bestSim = -1;
      for (int x = 0; x < c; x++) {
        if (!alive[x]) {
          continue;
        }
        for (int y = x + 1; y < c; y++) {
          if (alive[y] && sim[x][y] > bestSim) {
            bestSim = sim[x][y];
            bx = x;
            by = y;
          }
        }
      }
      if (bx < 0 || (threshold >= 0 && bestSim < threshold)) {
        return;
      }
      Profile a = cand.get(bx);
      Profile b = cand.get(by);
      boolean wasMulti = a.size() >= 2;
      boolean otherMulti = b.size() >= 2;
      parent.union(a.root, b.root);
      a.absorb(b);
      a.root = parent.find(a.root);
      threads.remove(b);
      alive[by] = false;
      multi += (a.size() >= 2 ? 1 : 0) - (wasMulti ? 1 : 0) - (otherMulti ? 1 : 0);
      if (!multiOnly) {
        // A pair of lone papers is now a thread: it leaves the lone candidates.
        alive[bx] = false;
        continue;
      }
      // The merged thread's row: its profile scattered once into dense arrays, so that each comparison costs the
      // other thread's terms and co-authors only (the same products in the same order as threadSimilarity).
      dense.scatter(a);
      int merged = bx;
      IntStream row = IntStream.range(0, c).filter(y -> alive[y] && y != merged);
      (c >= STORY_PARALLEL_ROW ? row.parallel() : row).forEach(y -> sim[Math.min(merged, y)][Math.max(merged, y)] =
          threadSimilarity(a, cand.get(y), dense));
      dense.clear(a);
    }
  }

  /**
   * The similarity of two threads: {@code (w_t · cos + w_c · J(co-authors) + w_k · Σ_c min(share_a(c),
   * share_b(c))) / (w_t + w_c + w_k)} with the paper weights, in [0, 1], where cos is the mean cosine of their pairs
   * of papers, with {@code a} scattered into dense arrays ({@link Profile#scatter}). Symmetric bit for bit: the
   * shared terms' products are added in ascending term order whichever thread is scattered. O(terms and co-authors
   * of b).
   */
  private double threadSimilarity(Profile a, Profile b, Dense aDense) {
    double dot = 0;
    double[] aWeight = aDense.weight;
    for (int y = 0; y < b.terms.length; y++) {
      // Without a branch: a term a lacks adds +0.0, which leaves the sum unchanged bit for bit.
      dot += aWeight[b.terms[y]] * b.weights[y];
    }
    boolean[] aCoauthor = aDense.coauthor;
    double cos = Math.min(1, dot / ((double) a.size() * b.size()));
    int common = 0;
    for (int x : b.coauthors) {
      if (aCoauthor[x]) {
        common++;
      }
    }
    int union = a.coauthors.length + b.coauthors.length - common;
    double jaccard = union == 0 ? 0 : common / (double) union;
    double cat = 0;
    for (int c = 0; c < Math.min(a.categories.length, b.categories.length); c++) {
      cat += Math.min(a.categories[c] / (double) a.size(), b.categories[c] / (double) b.size());
    }
    double sum = textWeight + coauthorWeight + categoryWeight;
    return (textWeight * cos + coauthorWeight * jaccard + categoryWeight * cat) / sum;
  }

  /**
   * A thread being merged: its root paper, papers, summed TF-IDF vector (sorted term ids and weights), co-authors
   * (sorted local ids) and papers per local category id, all as arrays so that comparing two threads is a merge.
   */
  private static final class Profile {
    int root;
    final List<Integer> members = new ArrayList<>();
    int[] terms;
    double[] weights;
    int[] coauthors;
    int[] categories;

    Profile(Model m, int root, List<Integer> papers) {
      this.root = root;
      members.addAll(papers);
      // Summed per term in paper order (the same additions in the same order as a sorted map would make), in
      // the model's dense scratch, then read out by ascending term id.
      double[] sum = m.scratchWeights();
      int[] touched = new int[0];
      int count = 0;
      int coauthorTotal = 0;
      categories = new int[m.categoryCount];
      for (int i : papers) {
        for (int q = m.vectors.rowStart(i); q < m.vectors.rowEnd(i); q++) {
          int t = m.vectors.termAt(q);
          if (sum[t] == 0) {
            if (count == touched.length) {
              touched = java.util.Arrays.copyOf(touched, Math.max(16, 2 * count));
            }
            touched[count++] = t;
          }
          sum[t] += m.vectors.weightAt(q);
        }
        coauthorTotal += m.coauthorIds[i].length;
        if (m.category[i] >= 0) {
          categories[m.category[i]]++;
        }
      }
      terms = java.util.Arrays.copyOf(touched, count);
      java.util.Arrays.sort(terms);
      weights = new double[count];
      for (int x = 0; x < count; x++) {
        weights[x] = sum[terms[x]];
        sum[terms[x]] = 0;
      }
      int[] co = new int[coauthorTotal];
      int k = 0;
      for (int i : papers) {
        for (int c : m.coauthorIds[i]) {
          co[k++] = c;
        }
      }
      coauthors = sortedDistinct(co);
    }

    int size() {
      return members.size();
    }

    void absorb(Profile other) {
      members.addAll(other.members);
      int[] t = new int[terms.length + other.terms.length];
      double[] w = new double[t.length];
      int k = 0;
      for (int x = 0, y = 0; x < terms.length || y < other.terms.length; ) {
        if (y >= other.terms.length || (x < terms.length && terms[x] < other.terms[y])) {
          t[k] = terms[x];
          w[k++] = weights[x++];
        } else if (x >= terms.length || other.terms[y] < terms[x]) {
          t[k] = other.terms[y];
          w[k++] = other.weights[y++];
        } else {
          t[k] = terms[x];
          w[k++] = weights[x++] + other.weights[y++];
        }
      }
      terms = java.util.Arrays.copyOf(t, k);
      weights = java.util.Arrays.copyOf(w, k);
      int[] both = java.util.Arrays.copyOf(coauthors, coauthors.length + other.coauthors.length);
      System.arraycopy(other.coauthors, 0, both, coauthors.length, other.coauthors.length);
      coauthors = sortedDistinct(both);
      for (int c = 0; c < categories.length; c++) {
        categories[c] += other.categories[c];
      }
      root = Math.min(root, other.root);
    }
  }

  /**
   * A thread's profile scattered into dense arrays, for comparing it with many others at the cost of their terms
   * only: the term weights (0 for the terms it lacks) and the co-author marks. All clear between uses.
   */
  private static final class Dense {
    final double[] weight;
    final boolean[] coauthor;

    Dense(Model m) {
      int v = m.vectors.vocabularySize();
      weight = new double[v];
      coauthor = new boolean[m.coauthorCount];
    }

    /** Writes the profile's term weights and co-authors (all clear before). */
    void scatter(Profile a) {
      for (int x = 0; x < a.terms.length; x++) {
        int t = a.terms[x];
        weight[t] = a.weights[x];
      }
      for (int c : a.coauthors) {
        coauthor[c] = true;
      }
    }

    /** Clears what {@link #scatter} wrote. */
    void clear(Profile a) {
      for (int t : a.terms) {
        weight[t] = 0;
      }
      for (int c : a.coauthors) {
        coauthor[c] = false;
      }
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
    /** The co-authors by local id. */
    final List<Author> localAuthors = new ArrayList<>();
    /** Per paper, the local id of each entry of {@link #coauthors}, in that list's order. */
    final int[][] coauthorLocal;
    /** Per paper, the distinct co-author ids (without the author) as ascending local ids. */
    final int[][] coauthorIds;
    /** Per paper, the primary category as a local id, or -1. */
    final int[] category;
    /** Number of distinct local category ids. */
    int categoryCount;
    /** Number of distinct local co-author ids. */
    int coauthorCount;
    /** A dense per-term scratch row for building thread profiles (all zero between uses); made on first use. */
    private double[] scratchWeights;
    /** Inverted index for {@link #similarities}: term t's papers (ascending) and weights at [start[t], start[t+1]). */
    private int[] postingStart;
    private int[] postingDoc;
    private double[] postingWeight;

    Model(Author author) {
      // In ORDER, with each title's key computed once rather than at every comparison.
      record Keyed(Paper paper, String key) {}
      List<Keyed> keyed = new ArrayList<>();
      for (Paper x : corpus.papersOf(author)) {
        keyed.add(new Keyed(x, Titles.key(x.title())));
      }
      keyed.sort(Comparator.comparing((Keyed k) -> k.paper().date().orElse(null),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Keyed::key).thenComparing(k -> k.paper().title()).thenComparing(k -> k.paper().id()));
      this.papers = keyed.stream().map(Keyed::paper).toList();
      int p = papers.size();
      this.coauthorIds = new int[p][];
      this.coauthorLocal = new int[p][];
      this.category = new int[p];
      // Co-authors by their corpus index (the author lists of the incidence, in the order of authorsOf), numbered
      // locally in first-seen order without hashing their ids.
      Incidence incidence = corpus.incidence();
      List<Author> everyone = corpus.authors();
      int self = corpus.indexOf(author);
      // Corpus index to local id + 1 (0: not yet numbered).
      LongIntCounter localAuthor = new LongIntCounter(64);
      Map<Category, Integer> localCategory = new HashMap<>();
      for (int i = 0; i < p; i++) {
        Paper paper = papers.get(i);
        int paperIndex = corpus.indexOf(paper);
        int listed = incidence.authorCountOf(paperIndex);
        List<Author> co = new ArrayList<>(listed);
        int[] ids = new int[listed];
        int k = 0;
        for (int x = 0; x < listed; x++) {
          int a = incidence.authorAt(paperIndex, x);
          if (a == self) {
            continue;
          }
          Author coauthor = everyone.get(a);
          co.add(coauthor);
          int id = localAuthor.get(a) - 1;
          if (id < 0) {
            id = localAuthors.size();
            localAuthor.add(a, id + 1);
            localAuthors.add(coauthor);
          }
          ids[k++] = id;
        }
        coauthors.add(Collections.unmodifiableList(co));
        ids = k == listed ? ids : java.util.Arrays.copyOf(ids, k);
        coauthorLocal[i] = ids;
        coauthorIds[i] = sortedDistinct(ids);
        Optional<Category> c = paper.primaryCategory();
        category[i] = c.isPresent() ? localCategory.computeIfAbsent(c.get(), x -> localCategory.size()) : -1;
      }
      // The papers' tokens come from the corpus's token cache: the same vectors as TermVectors.of(titles and
      // abstracts), without tokenising the papers again on every call.
      this.vectors = PaperTokens.of(corpus).vectors(corpus, papers, pruning.parallel(p));
      this.categoryCount = localCategory.size();
      this.coauthorCount = localAuthors.size();
    }

    double similarity(int i, int j) {
      return combine(vectors.cosine(i, j), i, j);
    }

    /** The dense per-term scratch row (zero on entry and to be left zero). */
    double[] scratchWeights() {
      if (scratchWeights == null) {
        scratchWeights = new double[vectors.vocabularySize()];
      }
      return scratchWeights;
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

    double combine(double text, int i, int j) {
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
