package org.citegraph.resolve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;

import org.citegraph.internal.IntUnionFind;
import org.citegraph.internal.PhaseLog;
import org.citegraph.internal.SortedInts;
import org.citegraph.internal.Text;
import org.citegraph.io.IngestIssue;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;

/**
 * Resolves the name mentions on a set of (already de-duplicated) papers into authors: evidence-scored, constrained
 * agglomerative clustering within name blocks, in the manner of S2AND (Subramanian et al. 2021, "S2AND: A Benchmark
 * and Evaluation System for Author Name Disambiguation", JCDL) and of the AMiner framework (Tang et al. 2012, "A
 * Unified Probabilistic Framework for Name Disambiguation in Digital Library", IEEE TKDE). See {@code
 * docs/resolution.md} for the method, each evidence's weight and the measured figures.
 *
 * <ol>
 *   <li><b>Junk</b>: placeholders, strings without letters, countries and organisations ({@link NameFilter}) and a
 *       name listed twice on one paper become no author; each is reported ({@link Result#nameIssues()}).
 *   <li><b>Blocks</b>: mentions are grouped by first initial and folded family name ({@link PersonName#blockKey()},
 *       transliterating ü/ue, ö/oe, ø/oe, ß/ss); every decision is made inside one block and blocks are resolved
 *       in parallel.
 *   <li><b>Hard rules</b>: two mentions on one paper are never one person; names that are not {@link
 *       NameMatching#compatible compatible} are never one person ("Jun" and "Jun-Yan"); a cannot-link decision is
 *       never violated; a must-link decision joins regardless of evidence.
 *   <li><b>same-slot</b>: two forms at one position of one paper's list in two of its records are one person.
 *   <li><b>shared-coauthor</b>: mentions of one full name that share a co-author (by full folded name, whose IDF is
 *       on at most {@value #MAX_COAUTHOR_SHARE} of the papers) are one person.
 *   <li><b>evidence</b>: clusters are then merged, best pair first, in rounds, when their profiles are similar
 *       enough: the weighted sum over evidence kinds (co-authors, title words, categories, affiliations, citations,
 *       venues) of the cosine of their TF-IDF vectors reaches {@value #MERGE_THRESHOLD} and they share a co-author,
 *       title word, affiliation or citation (categories and venues only support). A cluster whose names are less
 *       specific joins a fuller one only when no incompatible fuller cluster also qualifies.
 *   <li><b>same-name</b>: mentions without any context (no co-author, informative title word, category or
 *       reference, as in name-only data) join the largest cluster of their full name.
 * </ol>
 *
 * <p>Running time: O(m) to collect m mentions and their evidence, plus per block one union-find pass over the
 * shared co-authors and at most {@value #MAX_ROUNDS} rounds of candidate scoring through an inverted index, whose
 * postings are capped at {@value #MAX_POSTINGS} clusters per evidence value: O(b·f·{@value #MAX_POSTINGS}) for a
 * block of b mentions with f evidence values each, never quadratic in b. The result does not depend on the order of
 * the papers, of the decisions, or on the number of threads.
 */
public final class AuthorResolver {

  /**
   * The resolved authors.
   *
   * @param authors the authors, sorted by id
   * @param paperAuthors for each paper (in the order given), the indices into {@code authors} of its authors: the
   *     placed authors in list order, then the unplaced ones, each author once
   * @param placedCounts for each paper, how many leading entries of {@code paperAuthors} have a known position
   * @param merges every variant joined to another, and every same-name join, with its rule and evidence
   * @param keptApart every name kept separate although it fits a fuller form, and every name split into several
   *     persons
   * @param nameIssues every mention that became no author (placeholder, junk, listed twice), with its paper's record
   */
  public record Result(List<Author> authors, int[][] paperAuthors, int[] placedCounts, List<AuthorMerge> merges,
      List<KeptApart> keptApart, List<IngestIssue> nameIssues) {
    /**
     * Copies the lists (the arrays are owned by the result and must not be modified).
     *
     * @param authors the authors, sorted by id
     * @param paperAuthors per paper, indices into {@code authors}: placed authors in list order, then unplaced ones
     * @param placedCounts per paper, how many leading entries of its {@code paperAuthors} row are placed
     * @param merges every variant or same-name join, with its rule and evidence; empty when nothing was joined
     * @param keptApart every name kept separate from a fuller form or split into several persons
     * @param nameIssues every mention that became no author; empty when every mention is an author
     * @throws NullPointerException if a list or one of its elements is null
     */
    public Result {
      authors = ImmutableList.copyOf(authors);
      merges = ImmutableList.copyOf(merges);
      keptApart = ImmutableList.copyOf(keptApart);
      nameIssues = ImmutableList.copyOf(nameIssues);
    }
  }

  /**
   * Co-authors on papers with more authors than this are not used as evidence: sharing a 3,000-author consortium
   * paper says nothing about two name forms being one person, and collecting those pairs would be quadratic.
   */
  public static final int MAX_AUTHORS_FOR_EVIDENCE = 100;
  /**
   * A co-author name on more than this share of the papers (and on more than {@value #MIN_COMMON_PAPERS}) is too
   * common to link two mentions on its own.
   */
  public static final double MAX_COAUTHOR_SHARE = 0.02;
  /** Values held by at most this many papers are never too common (small corpora). */
  public static final int MIN_COMMON_PAPERS = 20;
  /** The weighted cosine two clusters' profiles must reach to be merged (tuned on a development set). */
  public static final double MERGE_THRESHOLD = 0.2;
  /** Most merge rounds per block. */
  public static final int MAX_ROUNDS = 20;
  /**
   * An evidence value (a co-author, a word) held by more clusters than this in one block is not used there: it does
   * not tell them apart, and using it would make candidate generation quadratic.
   */
  public static final int MAX_POSTINGS = 64;
  /**
   * The most evidence values (co-authors, title words, categories, affiliations, citations, venues with a positive IDF,
   * summed over the papers) one call resolves: they are held in one int array. The title-word occurrences of one
   * call (repeats included) are bounded by it too: they are numbered in one array.
   */
  public static final long MAX_EVIDENCE_VALUES = Integer.MAX_VALUE - 16;
  /**
   * The most evidence values copied block by block: each mention's copy of its paper's values (and its paper and key)
   * is laid out with the other mentions of its block, so that a block reads its evidence from one place instead of
   * from all over the corpus's. Above this many (2^28, a 1 GiB array; a million papers need about 50 million), the
   * blocks read the papers' values where they are: the same results, more slowly.
   */
  public static final long MAX_BLOCK_EVIDENCE_VALUES = 1L << 28;
  /** Title words in more than this share of the papers are stop words. */
  public static final double MAX_WORD_SHARE = 0.05;

  /** Evidence kinds, their names and weights (see {@code docs/resolution.md}). */
  static final int COAUTHOR = 0;
  static final int WORD = 1;
  static final int CATEGORY = 2;
  static final int AFFILIATION = 3;
  static final int CITATION = 4;
  static final int VENUE = 5;
  static final int KINDS = 6;
  /**
   * The largest table of a block's inverted index, as a power of two: 2^29 slots of two ints (a Java array holds at
   * most 2^31 - 1 ints), for fewer than 2^28 values of one evidence kind in one block (or fewer than 2^28 distinct
   * values of that kind in the corpus).
   */
  public static final int MAX_INDEX_BITS = 29;
  static final String[] KIND_NAMES = {"co-author", "title word", "category", "affiliation", "citation", "venue"};
  /** The weight of each kind's cosine in the score. */
  static final double[] WEIGHTS = {1.0, 1.0, 0.1, 1.0, 0.5, 0.2};

  private static final int[] EMPTY = new int[0];
  private static final String[] NO_STRINGS = new String[0];
  private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "using", "based", "via",
      "its", "are", "into", "over", "under", "on", "towards", "toward", "new", "approach", "study", "analysis");

  private final Decisions decisions;
  private final int threads;
  private final boolean splitNamesakes;
  /** {@link #MAX_BLOCK_EVIDENCE_VALUES}, lowered by tests to take the other path. */
  private final long blockEvidenceLimit;

  /**
   * A resolver applying the given user decisions, on all cores.
   *
   * @param decisions the must-link and cannot-link decisions
   */
  public AuthorResolver(Decisions decisions) {
    this(decisions, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A resolver applying the given user decisions on {@code threads} threads; the result is the same for any count.
   *
   * @param decisions the must-link and cannot-link decisions
   * @param threads the number of threads, at least 1
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public AuthorResolver(Decisions decisions, int threads) {
    this(decisions, threads, false);
  }

  /**
   * A resolver applying the given user decisions on {@code threads} threads; the result is the same for any count.
   *
   * @param decisions the must-link and cannot-link decisions
   * @param threads the number of threads, at least 1
   * @param splitNamesakes whether mentions of one full name stay apart unless evidence joins them; when false, one
   *     full name is one author (the same-key rule) and evidence decides only between different forms of a name
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public AuthorResolver(Decisions decisions, int threads, boolean splitNamesakes) {
    this(decisions, threads, splitNamesakes, MAX_BLOCK_EVIDENCE_VALUES);
  }

  /**
   * As {@link #AuthorResolver(Decisions, int, boolean)}, copying at most {@code blockEvidenceLimit} evidence values
   * block by block (tests take the other path with 0).
   */
  AuthorResolver(Decisions decisions, int threads, boolean splitNamesakes, long blockEvidenceLimit) {
    this.decisions = checkNotNull(decisions, "decisions");
    checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
    this.threads = threads;
    this.splitNamesakes = splitNamesakes;
    this.blockEvidenceLimit = blockEvidenceLimit;
  }

  /** Interns strings to dense int ids. */
  static final class Ids {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> names = new ArrayList<>();

    int id(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = names.size();
        ids.put(s, id);
        names.add(s);
      }
      return id;
    }

    int size() {
      return names.size();
    }
  }

  /** Everything the blocks read, immutable once built. */
  private static final class Shared {
    int mentionCount;
    int[] mPaper;
    int[] mKey;
    PersonName[] mForm;
    /** The distinct written form of each mention: an index into forms. */
    int[] mFormId;
    List<PersonName> forms;
    /** The display name of each form. */
    String[] formDisplay;
    /** The display name of each key's first form. */
    String[] keyDisplay;
    NameKeys[] formKeys;
    /** For each paper, the mention of each slot of allAuthors(), or -1 for a name that became no author. */
    int[][] paperMentions;
    NameKeys[] keyInfo;
    String[] keyNames;
    int[][] coauthors;
    float[] coauthorIdf;
    boolean[] commonCoauthor;
    float[] wordIdf;
    float[] categoryIdf;
    float[] affiliationIdf;
    float[] venueIdf;
    float[] citationIdf;
    /** The IDFs of each kind, by kind. */
    float[][] idfs;
    /**
     * Per paper and evidence kind, the paper's values whose IDF is positive, sorted (the only ones a profile
     * holds), all in one array: those of paper p and kind k are {@code ev[evStart[p * KINDS + k] ..
     * evStart[p * KINDS + k + 1])}, so gathering a cluster's evidence reads each paper's values in one place.
     */
    int[] ev;
    int[] evStart;
    /**
     * The same values block by block (null when they are not copied, {@link #MAX_BLOCK_EVIDENCE_VALUES}): mention j
     * of block b sits at position q = blockBase[b] + j, its values of kind k are {@code bEv[bEvStart[q * KINDS + k]
     * .. bEvStart[q * KINDS + k + 1])}, its paper {@code bPaper[q]} and its key {@code bKey[q]}.
     */
    int[] bEv;
    int[] bEvStart;
    int[] bPaper;
    int[] bKey;
    int[] blockBase;
    String[] wordNames;
    String[] categoryNames;
    String[] affiliationNames;
    String[] venueNames;
    /** The id of each citation value (a paper). */
    String[] citationNames;
    List<Paper> papers;
    Set<Long> cannot;
    /** Must-link pairs of key ids. */
    List<int[]> must;
    /** Same-slot pairs: paper, kept key, variant key, variant form index into slotForms. */
    List<int[]> slots;
    List<PersonName> slotForms;
    boolean splitNamesakes;

    /** The display name of form f. */
    String display(int f) {
      return formDisplay[f];
    }

    /** Each thread's scratch arrays for the blocks, for this call only (the pool's threads end with it). */
    final ThreadLocal<BlockResolver.Scratch> scratch = ThreadLocal.withInitial(BlockResolver.Scratch::new);
  }

  /**
   * Resolves the names on {@code papers}, using the same-slot evidence found while de-duplicating them.
   *
   * @param papers the de-duplicated papers, in a fixed order (the result's arrays follow it)
   * @param slotVariants same-slot evidence from {@link PaperDeduplicator}
   * @return the authors, each paper's authors and the report lines
   */
  public Result resolve(List<Paper> papers, List<PaperDeduplicator.SlotVariant> slotVariants) {
    return resolveWith(papers, slotVariants, null);
  }

  /**
   * Resolves the names on a subset of a corpus's papers as they resolve inside the whole corpus: the evidence is
   * weighed by the corpus-wide {@code statistics} instead of the subset's own, and references name papers anywhere
   * in the corpus. Resolving each name block's papers (every paper naming one of the block's names) this way gives
   * the block the same authors as {@link #resolve(List, List)} on the whole corpus. Running time as there, plus one
   * statistics look-up per distinct value of the subset.
   *
   * @param papers de-duplicated papers of the corpus, in a fixed order (the result's arrays follow it)
   * @param slotVariants same-slot evidence from {@link PaperDeduplicator} for these papers
   * @param statistics the statistics of the whole corpus, which includes {@code papers}
   * @return the authors, each paper's authors and the report lines
   * @throws IllegalArgumentException if the statistics do not cover a value of {@code papers} (they were counted
   *     over other papers)
   */
  public Result resolve(List<Paper> papers, List<PaperDeduplicator.SlotVariant> slotVariants,
      EvidenceStatistics statistics) {
    return resolveWith(papers, slotVariants, checkNotNull(statistics, "statistics"));
  }

  /** Resolves with the given statistics, or (null) with the papers' own. */
  private Result resolveWith(List<Paper> papers, List<PaperDeduplicator.SlotVariant> slotVariants,
      EvidenceStatistics statistics) {
    Shared s = new Shared();
    PhaseLog log = PhaseLog.start("resolve " + papers.size());
    s.papers = papers;
    s.splitNamesakes = splitNamesakes;
    int n = papers.size();
    // Every slot of every paper, numbered in paper order; the distinct written names (forms), keys and blocks, each
    // numbered in order of first occurrence (paper, then slot) exactly as one pass in paper order would number them.
    int[] slotStart = new int[n + 1];
    Arrays.parallelSetAll(slotStart, p -> p == 0 ? 0 : papers.get(p - 1).allAuthors().size());
    Arrays.parallelPrefix(slotStart, Integer::sum);
    int slotCount = slotStart[n];
    PersonName[] slotName = new PersonName[slotCount];
    IntStream.range(0, n).parallel().forEach(p -> {
      List<PersonName> names = papers.get(p).allAuthors();
      for (int i = 0; i < names.size(); i++) {
        slotName[slotStart[p] + i] = names.get(i);
      }
    });
    FirstSeenIds formIds = FirstSeenIds.of(x -> slotName[x], FirstSeenIds.hashNames(slotName),
        (x, y) -> slotName[x].equals(slotName[y]));
    int[] formOfSlot = formIds.ids;
    int formCount = formIds.count();
    PersonName[] formArray = new PersonName[formCount];
    Arrays.parallelSetAll(formArray, f -> slotName[formIds.firsts[f]]);
    log.phase("forms");
    // The keys of each form and whether it names no person, folded once per form on all cores.
    // The display names too: the filter needs them, and the authors' report look-ups would make them again later,
    // when the names are no longer in the cache.
    s.formKeys = new NameKeys[formCount];
    s.formDisplay = new String[formCount];
    String[] formProblem = new String[formCount];
    CacheRuns.forEach(formCount, f -> CacheRuns.touch(formArray[f]), f -> {
      s.formKeys[f] = NameKeys.of(formArray[f]);
      s.formDisplay[f] = formArray[f].displayName();
      formProblem[f] = NameFilter.problem(formArray[f], s.formDisplay[f]).orElse(null);
    });
    log.phase("name keys");
    // A key is first met where its earliest form is, a block where its earliest key is.
    FirstSeenIds keyIds = FirstSeenIds.of(formCount, f -> s.formKeys[f].key,
        f -> FirstSeenIds.hash(s.formKeys[f].key));
    int[] keyOfForm = keyIds.ids;
    int keyCount = keyIds.count();
    s.keyInfo = new NameKeys[keyCount];
    Arrays.parallelSetAll(s.keyInfo, k -> s.formKeys[keyIds.firsts[k]]);
    s.keyNames = new String[keyCount];
    s.keyDisplay = new String[keyCount];
    Arrays.parallelSetAll(s.keyDisplay, k -> s.formDisplay[keyIds.firsts[k]]);
    Arrays.parallelSetAll(s.keyNames, k -> s.keyInfo[k].key);
    FirstSeenIds blockIds = FirstSeenIds.of(keyCount, k -> s.keyInfo[k].blockKey,
        k -> FirstSeenIds.hash(s.keyInfo[k].blockKey));
    int[] blockOfKey = blockIds.ids;
    int blockCount = blockIds.count();
    String[] blockNames = new String[blockCount];
    Arrays.parallelSetAll(blockNames, b -> s.keyInfo[blockIds.firsts[b]].blockKey);
    log.phase("ids");
    // The mentions: every slot whose name may be a person and whose key no earlier slot of the paper has. Counted
    // on all cores, placed by a prefix sum, filled on all cores.
    int[] mentionsBefore = new int[n + 1];
    IntStream.range(0, n).parallel().forEach(p -> {
      int kept = 0;
      for (int x = slotStart[p]; x < slotStart[p + 1]; x++) {
        kept += mentionSlot(slotStart[p], x, formOfSlot, formProblem, keyOfForm) ? 1 : 0;
      }
      mentionsBefore[p + 1] = kept;
    });
    Arrays.parallelPrefix(mentionsBefore, Integer::sum);
    int m = mentionsBefore[n];
    int[] mPaper = new int[m];
    int[] mKey = new int[m];
    PersonName[] mForm = new PersonName[m];
    int[] mFormId = new int[m];
    IngestIssue[][] issuesOf = new IngestIssue[n][];
    s.paperMentions = new int[n][];
    s.coauthors = new int[n][];
    IntStream.range(0, n).parallel().forEach(p -> {
      Paper paper = papers.get(p);
      int first = slotStart[p];
      int size = slotStart[p + 1] - first;
      int[] slots = new int[size];
      int[] keysOnPaper = new int[size];
      int kept = 0;
      int at = mentionsBefore[p];
      List<IngestIssue> issues = null;
      for (int i = 0; i < size; i++) {
        int form = formOfSlot[first + i];
        if (!mentionSlot(first, first + i, formOfSlot, formProblem, keyOfForm)) {
          issues = issues == null ? new ArrayList<>() : issues;
          issues.add(new IngestIssue(paper.provenance().get(0), IngestIssue.Action.REPAIRED, formProblem[form] != null
              ? "paper " + paper.id() + ": author " + formProblem[form] + "; no author made of it"
              : "paper " + paper.id() + ": author '" + slotName[first + i].displayName()
                  + "' is listed twice; counted once"));
          // Listed twice: resolved to the first mention's author when building.
          slots[i] = formProblem[form] != null ? -1 : -2 - keyOfForm[form];
          continue;
        }
        keysOnPaper[kept++] = keyOfForm[form];
        mPaper[at] = p;
        mKey[at] = keyOfForm[form];
        mForm[at] = slotName[first + i];
        mFormId[at] = form;
        slots[i] = at++;
      }
      s.paperMentions[p] = slots;
      if (issues != null) {
        issuesOf[p] = issues.toArray(new IngestIssue[0]);
      }
      int[] co = Arrays.copyOf(keysOnPaper, kept);
      Arrays.sort(co);
      s.coauthors[p] = size <= MAX_AUTHORS_FOR_EVIDENCE ? co : EMPTY;
    });
    log.phase("mentions");
    List<IngestIssue> nameIssues = new ArrayList<>();
    for (IngestIssue[] issues : issuesOf) {
      if (issues != null) {
        nameIssues.addAll(Arrays.asList(issues));
      }
    }
    List<PersonName> forms = Arrays.asList(formArray);
    s.mentionCount = m;
    s.mPaper = mPaper;
    s.mKey = mKey;
    s.mForm = mForm;
    s.mFormId = mFormId;
    s.forms = forms;
    collectEvidence(s, papers, statistics);
    log.phase("evidence");

    // Mentions by block; blocks in key order.
    int blocks = blockCount;
    int[] blockSize = new int[blocks];
    for (int i = 0; i < m; i++) {
      blockSize[blockOfKey[mKey[i]]]++;
    }
    int[][] byBlock = new int[blocks][];
    int[] fill = new int[blocks];
    for (int b = 0; b < blocks; b++) {
      byBlock[b] = new int[blockSize[b]];
    }
    for (int i = 0; i < m; i++) {
      int b = blockOfKey[mKey[i]];
      byBlock[b][fill[b]++] = i;
    }

    copyByBlock(s, byBlock, blockEvidenceLimit);
    if (s.bEv != null) {
      s.ev = null; // read from the copies from now on
      s.evStart = null;
    }
    log.phase("block evidence");

    // Decisions and same-slot evidence as key pairs.
    s.cannot = new HashSet<>();
    for (Decisions.Link link : decisions.cannotLink()) {
      Integer a = keyId(keyIds, link.a().key());
      Integer b = keyId(keyIds, link.b().key());
      if (a != null && b != null) {
        s.cannot.add(pair(a, b));
      }
    }
    s.must = new ArrayList<>();
    for (Decisions.Link link : decisions.mustLink()) {
      Integer a = keyId(keyIds, link.a().key());
      Integer b = keyId(keyIds, link.b().key());
      if (a != null && b != null && !a.equals(b)) {
        s.must.add(new int[] {Math.min(a, b), Math.max(a, b)});
      }
    }
    s.must.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
    Map<PaperId, Integer> paperIndex = new HashMap<>();
    for (int p = 0; p < n && !slotVariants.isEmpty(); p++) {
      paperIndex.put(papers.get(p).id(), p);
    }
    s.slots = new ArrayList<>();
    s.slotForms = new ArrayList<>();
    for (PaperDeduplicator.SlotVariant v : slotVariants) {
      Integer p = paperIndex.get(v.paper());
      Integer kept = keyId(keyIds, v.kept().key());
      if (p == null || kept == null) {
        continue;
      }
      Integer variantKey = keyId(keyIds, v.variant().key());
      int variant = variantKey == null ? -1 : variantKey;
      s.slots.add(new int[] {p, kept, variant, s.slotForms.size()});
      s.slotForms.add(v.variant());
    }
    log.phase("blocks");

    // Resolve the blocks in parallel; collect in block order.
    Named[] byName = new Named[blocks];
    for (int b = 0; b < blocks; b++) {
      byName[b] = new Named(blockNames[b], b);
    }
    Arrays.parallelSort(byName);
    int[] order = new int[blocks];
    for (int b = 0; b < blocks; b++) {
      order[b] = byName[b].id();
    }
    // Must-links and same-slot evidence by the block of their first key, in their order.
    int[][] mustOfBlock = groupByBlock(s.must.size(), i -> blockOfKey[s.must.get(i)[0]], blocks);
    int[][] slotsOfBlock = groupByBlock(s.slots.size(), i -> blockOfKey[s.slots.get(i)[1]], blocks);
    BlockResolver.Outcome[] outcomes = new BlockResolver.Outcome[blocks];
    // Largest blocks first, each thread taking the next block when it is done (longest-processing-time-first
    // scheduling): no thread is left with a run of large blocks while the other waits. Each outcome is stored under
    // its block, so the order of work does not change the result.
    long[] bySize = new long[blocks];
    Arrays.parallelSetAll(bySize, b -> ((long) (Integer.MAX_VALUE - byBlock[b].length) << 32) | b);
    Arrays.parallelSort(bySize);
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int k = next.getAndIncrement(); k < blocks; k = next.getAndIncrement()) {
        int b = (int) bySize[k];
        outcomes[b] = new BlockResolver(s, b, byBlock[b], mustOfBlock[b], slotsOfBlock[b]).resolve();
      }
    };
    if (threads == 1) {
      for (int b = 0; b < blocks; b++) {
        outcomes[b] = new BlockResolver(s, b, byBlock[b], mustOfBlock[b], slotsOfBlock[b]).resolve();
      }
      s.scratch.remove(); // the caller's thread keeps no scratch arrays
    } else {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          workers.add(pool.submit(work));
        }
        for (Future<?> worker : workers) {
          worker.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("author resolution interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } finally {
        pool.shutdown();
      }
    }
    log.phase("block resolution");
    Result result = build(s, byBlock, order, outcomes, nameIssues);
    log.phase("build");
    return result;
  }

  /**
   * Copies each mention's evidence values, paper and key next to those of the other mentions of its block, unless
   * there are more than {@code limit} values. The mentions are read in their order (by paper, so the papers' values
   * are read in sequence) on all cores, and each copy is written where its block keeps it; the blocks then read
   * their mentions' values in one place instead of from all over the corpus. Running time O(mentions + values).
   */
  private static void copyByBlock(Shared s, int[][] byBlock, long limit) {
    int m = s.mentionCount;
    int blocks = byBlock.length;
    int[] base = new int[blocks + 1];
    for (int b = 0; b < blocks; b++) {
      base[b + 1] = base[b] + byBlock[b].length;
    }
    if ((long) m * KINDS + 1 > MAX_EVIDENCE_VALUES) {
      return; // the blocks read the papers' values where they are
    }
    int[] ev = s.ev;
    int[] evStart = s.evStart;
    int[] mPaper = s.mPaper;
    int[] at = new int[m];
    IntStream.range(0, blocks).parallel().forEach(b -> {
      int[] mentions = byBlock[b];
      for (int j = 0; j < mentions.length; j++) {
        at[mentions[j]] = base[b] + j;
      }
    });
    // Each copy's length at its place, then (once the total is known to fit) the prefix sum of them.
    int[] offset = new int[m + 1];
    IntStream.range(0, m).parallel()
        .forEach(i -> offset[at[i] + 1] = evStart[mPaper[i] * KINDS + KINDS] - evStart[mPaper[i] * KINDS]);
    long total = IntStream.range(1, m + 1).parallel().mapToLong(q -> offset[q]).sum();
    if (total > limit) {
      return; // the blocks read the papers' values where they are
    }
    Arrays.parallelPrefix(offset, Integer::sum);
    int[] bEv = new int[(int) total];
    int[] bEvStart = new int[m * KINDS + 1];
    int[] bPaper = new int[m];
    int[] bKey = new int[m];
    IntStream.range(0, m).parallel().forEach(i -> {
      int q = at[i];
      int p = mPaper[i];
      int from = evStart[p * KINDS];
      System.arraycopy(ev, from, bEv, offset[q], evStart[p * KINDS + KINDS] - from);
      for (int k = 0; k < KINDS; k++) {
        bEvStart[q * KINDS + k] = offset[q] + evStart[p * KINDS + k] - from;
      }
      bPaper[q] = p;
      bKey[q] = s.mKey[i];
    });
    bEvStart[m * KINDS] = (int) total;
    s.bEv = bEv;
    s.bEvStart = bEvStart;
    s.bPaper = bPaper;
    s.bKey = bKey;
    s.blockBase = base;
  }

  /** The id of a name key met on the papers, or null. */
  private static Integer keyId(FirstSeenIds keyIds, String key) {
    int id = keyIds.find(key, FirstSeenIds.hash(key));
    return id < 0 ? null : id;
  }

  /**
   * Whether slot x of the paper whose slots start at {@code first} is a mention: its name may be a person and no
   * earlier such slot of the paper has its key (else it is listed twice).
   */
  private static boolean mentionSlot(int first, int x, int[] formOfSlot, String[] formProblem, int[] keyOfForm) {
    int form = formOfSlot[x];
    if (formProblem[form] != null) {
      return false;
    }
    int key = keyOfForm[form];
    for (int y = first; y < x; y++) {
      int other = formOfSlot[y];
      if (formProblem[other] == null && keyOfForm[other] == key) {
        return false;
      }
    }
    return true;
  }

  /** For each block, the indices {@code 0..n-1} whose block is it, ascending. */
  private static int[][] groupByBlock(int n, java.util.function.IntUnaryOperator blockOf, int blocks) {
    int[] count = new int[blocks];
    for (int i = 0; i < n; i++) {
      count[blockOf.applyAsInt(i)]++;
    }
    int[][] out = new int[blocks][];
    for (int b = 0; b < blocks; b++) {
      out[b] = new int[count[b]];
    }
    int[] fill = new int[blocks];
    for (int i = 0; i < n; i++) {
      int b = blockOf.applyAsInt(i);
      out[b][fill[b]++] = i;
    }
    return out;
  }

  static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  /**
   * Title words, categories, affiliations, citations and venues of every paper, and the IDF of every value: over the
   * papers themselves, or, when {@code stats} is given, over the corpus it was counted on.
   */
  private static void collectEvidence(Shared s, List<Paper> papers, EvidenceStatistics stats) {
    PhaseLog elog = PhaseLog.start("evidence");
    int n = stats == null ? papers.size() : stats.papers();
    int keys = s.keyNames.length;
    int[] keyDf = counts(s.coauthors, keys);
    if (stats != null) {
      keyDf = frequencies(keyDf, s.keyNames, EvidenceStatistics.Kind.COAUTHOR, stats);
    }
    s.coauthorIdf = new float[keys];
    s.commonCoauthor = new boolean[keys];
    for (int k = 0; k < keys; k++) {
      s.coauthorIdf[k] = keyDf[k] == 0 ? 0 : (float) Math.log1p((double) n / keyDf[k]);
      s.commonCoauthor[k] = keyDf[k] > Math.max(MIN_COMMON_PAPERS, MAX_COAUTHOR_SHARE * n);
    }
    // Title words, found and interned on all cores, in paper order.
    int np = papers.size();
    List<String> wordNames = new ArrayList<>();
    int[][] words = internTitleWords(Lists.transform(papers, Paper::title), wordNames);
    elog.phase("title words");
    // Categories and folded affiliations, interned in paper order on all cores.
    String[][] categoryRows = new String[np][];
    String[][] affiliationRows = new String[np][];
    String[][] venueRows = new String[np][];
    CacheRuns.forEach(np, p -> papers.get(p).categories().size() + papers.get(p).affiliations().size(), p -> {
      Paper paper = papers.get(p);
      List<Category> cats = paper.categories();
      String[] c = new String[cats.size()];
      for (int i = 0; i < c.length; i++) {
        c[i] = cats.get(i).code();
      }
      categoryRows[p] = c;
      String[] a = new String[paper.affiliations().size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = Text.fold(paper.affiliations().get(i));
      }
      affiliationRows[p] = a;
      String venue = venueValue(paper);
      venueRows[p] = venue.isEmpty() ? NO_STRINGS : new String[] {venue};
    });
    List<String> categoryNames = new ArrayList<>();
    int[][] categories = internInParallel(categoryRows, categoryNames);
    List<String> affiliationNames = new ArrayList<>();
    int[][] affiliations = internInParallel(affiliationRows, affiliationNames);
    List<String> venueNames = new ArrayList<>();
    int[][] venues = internInParallel(venueRows, venueNames);
    elog.phase("cat aff");
    // Citations: the paper itself and every paper of the corpus it cites, so two mentions share a value when one
    // paper cites the other or both cite one paper.
    int[][] citations = new int[np][];
    Ids citationIds = new Ids();
    if (stats == null) {
      boolean anyReferences = papers.parallelStream().anyMatch(paper -> !paper.references().isEmpty());
      Map<String, Integer> byIdentifier = new HashMap<>();
      for (int p = 0; p < np && anyReferences; p++) {
        for (PaperId id : papers.get(p).identifiers()) {
          byIdentifier.putIfAbsent(id.toString(), p);
        }
      }
      IntStream.range(0, np).parallel().forEach(p -> {
        List<String> references = papers.get(p).references();
        int[] cites = new int[1 + references.size()];
        int k = 0;
        cites[k++] = p;
        for (String r : references) {
          Integer q = byIdentifier.get(r);
          if (q != null) {
            cites[k++] = q;
          }
        }
        int[] sorted = Arrays.copyOf(cites, k);
        Arrays.sort(sorted);
        citations[p] = sorted;
      });
    } else {
      for (int p = 0; p < np; p++) {
        Paper paper = papers.get(p);
        int[] cites = new int[1 + paper.references().size()];
        int k = 0;
        cites[k++] = citationIds.id(paper.id().toString());
        for (String r : paper.references()) {
          // The corpus's papers, not only the given ones, decide which paper an identifier names.
          String cited = stats.paperOf(r).orElse(null);
          if (cited != null) {
            cites[k++] = citationIds.id(cited);
          }
        }
        int[] sorted = Arrays.copyOf(cites, k);
        Arrays.sort(sorted);
        citations[p] = sorted;
      }
    }
    elog.phase("citations");
    s.wordNames = wordNames.toArray(new String[0]);
    s.categoryNames = categoryNames.toArray(new String[0]);
    s.affiliationNames = affiliationNames.toArray(new String[0]);
    s.venueNames = venueNames.toArray(new String[0]);
    int[] wordDf = counts(words, wordNames.size());
    int[] categoryDf = counts(categories, categoryNames.size());
    int[] affiliationDf = counts(affiliations, affiliationNames.size());
    int[] venueDf = counts(venues, venueNames.size());
    int[] citationDf;
    if (stats == null) {
      citationDf = counts(citations, np);
      s.citationNames = new String[np];
      IntStream.range(0, np).parallel().forEach(p -> s.citationNames[p] = papers.get(p).id().toString());
    } else {
      wordDf = frequencies(wordDf, s.wordNames, EvidenceStatistics.Kind.WORD, stats);
      categoryDf = frequencies(categoryDf, s.categoryNames, EvidenceStatistics.Kind.CATEGORY, stats);
      affiliationDf = frequencies(affiliationDf, s.affiliationNames, EvidenceStatistics.Kind.AFFILIATION, stats);
      venueDf = frequencies(venueDf, s.venueNames, EvidenceStatistics.Kind.VENUE, stats);
      s.citationNames = citationIds.names.toArray(new String[0]);
      citationDf = new int[s.citationNames.length];
      for (int v = 0; v < citationDf.length; v++) {
        citationDf[v] = stats.citationFrequency(s.citationNames[v]);
        checkArgument(citationDf[v] > 0, "the evidence statistics do not know the paper %s: count them over a "
            + "corpus that holds every paper given", s.citationNames[v]);
      }
    }
    s.wordIdf = idf(wordDf, n, (int) Math.max(MAX_WORD_SHARE * n, Math.min(MIN_COMMON_PAPERS, n / 2)));
    s.categoryIdf = idf(categoryDf, n, Integer.MAX_VALUE);
    s.affiliationIdf = idf(affiliationDf, n, Integer.MAX_VALUE);
    s.venueIdf = idf(venueDf, n, Integer.MAX_VALUE);
    s.citationIdf = idf(citationDf, n, Integer.MAX_VALUE);
    elog.phase("df idf");
    int[][][] raw = {s.coauthors, words, categories, affiliations, citations, venues};
    float[][] idfs = {s.coauthorIdf, s.wordIdf, s.categoryIdf, s.affiliationIdf, s.citationIdf, s.venueIdf};
    s.idfs = idfs;
    // Counted on all cores, laid out by a prefix sum, filled on all cores.
    long[] start = new long[np * KINDS + 1];
    IntStream.range(0, np).parallel().forEach(p -> {
      for (int kind = 0; kind < KINDS; kind++) {
        float[] idf = idfs[kind];
        int count = 0;
        for (int v : raw[kind][p]) {
          if (idf[v] > 0) {
            count++;
          }
        }
        start[p * KINDS + kind + 1] = count;
      }
    });
    Arrays.parallelPrefix(start, Long::sum);
    long total = start[np * KINDS];
    checkArgument(total <= MAX_EVIDENCE_VALUES, "%s evidence values (co-authors, title words, categories, "
        + "affiliations, citations, venues) on %s papers exceed the resolver's limit of %s: resolve the corpus in "
        + "parts", total, np, MAX_EVIDENCE_VALUES);
    s.evStart = new int[start.length];
    Arrays.parallelSetAll(s.evStart, i -> (int) start[i]);
    s.ev = new int[(int) total];
    IntStream.range(0, np).parallel().forEach(p -> {
      for (int kind = 0; kind < KINDS; kind++) {
        float[] idf = idfs[kind];
        int at = s.evStart[p * KINDS + kind];
        for (int v : raw[kind][p]) {
          if (idf[v] > 0) {
            s.ev[at++] = v;
          }
        }
      }
    });
  }

  /** How many rows hold each value {@code 0..count-1}. */
  private static int[] counts(int[][] values, int count) {
    int[] df = new int[count];
    for (int[] v : values) {
      for (int x : v) {
        df[x]++;
      }
    }
    return df;
  }

  /**
   * The corpus-wide document frequencies of the named values, checked to be at least the subset's own counts.
   *
   * @throws IllegalArgumentException when the statistics count a value less often than the subset holds it
   */
  private static int[] frequencies(int[] own, String[] names, EvidenceStatistics.Kind kind,
      EvidenceStatistics stats) {
    int[] df = new int[own.length];
    for (int v = 0; v < own.length; v++) {
      df[v] = stats.frequency(kind, names[v]);
      if (df[v] < own[v]) {
        throw new IllegalArgumentException("the evidence statistics count the " + kind.name().toLowerCase(
            java.util.Locale.ROOT) + " '" + names[v] + "' on " + df[v] + " papers, but the papers given hold it "
            + own[v] + " times: count them over a corpus that holds every paper given");
      }
    }
    return df;
  }

  /** IDF of each value: ln(1 + N / df), 0 for values in more than {@code maxDf} papers or in one paper only. */
  private static float[] idf(int[] df, int n, int maxDf) {
    float[] out = new float[df.length];
    for (int i = 0; i < df.length; i++) {
      out[i] = df[i] < 2 || df[i] > maxDf ? 0 : (float) Math.log1p((double) n / df[i]);
    }
    return out;
  }

  /**
   * The distinct ids of each row's strings, sorted, with ids given in order of first occurrence (row, then position)
   * exactly as interning row by row would give them, but computed on all cores: the first occurrence of every string
   * is found in parallel, the distinct strings are sorted by it, and the rows are mapped in parallel.
   */
  static int[][] internInParallel(String[][] rows, List<String> names) {
    // The first occurrence of each string, lowered without locks or boxing: one holder per distinct string.
    ConcurrentHashMap<String, Interned> first = new ConcurrentHashMap<>();
    IntStream.range(0, rows.length).parallel().forEach(r -> {
      String[] row = rows[r];
      for (int i = 0; i < row.length; i++) {
        Interned x = first.get(row[i]);
        if (x == null) {
          x = first.computeIfAbsent(row[i], Interned::new);
        }
        x.offer(((long) r << 32) | i);
      }
    });
    Interned[] byOrder = first.values().toArray(new Interned[0]);
    Arrays.parallelSort(byOrder, Comparator.comparingLong(Interned::get)); // positions are distinct
    for (int i = 0; i < byOrder.length; i++) {
      byOrder[i].id = i;
      names.add(byOrder[i].name);
    }
    int[][] out = new int[rows.length][];
    IntStream.range(0, rows.length).parallel().forEach(r -> {
      String[] row = rows[r];
      int[] v = new int[row.length];
      for (int i = 0; i < row.length; i++) {
        v[i] = first.get(row[i]).id;
      }
      out[r] = sortedDistinct(v);
    });
    return out;
  }

  /** The distinct values of {@code v} ascending: {@code v} itself, sorted, when they are all distinct. */
  private static int[] sortedDistinct(int[] v) {
    Arrays.sort(v);
    int w = 0;
    for (int i = 0; i < v.length; i++) {
      if (w == 0 || v[i] != v[w - 1]) {
        v[w++] = v[i];
      }
    }
    return w == v.length ? v : Arrays.copyOf(v, w);
  }

  /** A distinct string being interned: the first position (row, then index) it occurs at, and its id. */
  private static final class Interned extends AtomicLong {
    final String name;
    int id;

    Interned(String name) {
      super(Long.MAX_VALUE);
      this.name = name;
    }

    /** Lowers the first position to {@code position} if that is earlier. */
    void offer(long position) {
      long current = get();
      while (position < current && !compareAndSet(current, position)) {
        current = get();
      }
    }
  }

  /** The stop words, for comparing a word in place. */
  private static final WordSet STOP = new WordSet(STOP_WORDS);
  /** The endings {@link #titleWords} cuts, in the order it tries them. */
  private static final String[] ENDINGS = {"ing", "es", "s", "ed"};

  /**
   * A paper's venue as resolution evidence: folded; empty when the paper names none (or one that folds to nothing).
   *
   * @param paper the paper
   * @return the folded venue, or the empty string
   */
  static String venueValue(Paper paper) {
    return paper.venue().map(Text::fold).orElse("");
  }

  /**
   * Folded title words of at least three letters, without stop words, with plural and -ing/-ed endings cut: the
   * words of {@link #titleWordSpans} of the folded title.
   */
  static String[] titleWords(String title) {
    String folded = Text.fold(title);
    long[] spans = titleWordSpans(folded);
    String[] out = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      out[i] = folded.substring(spanFrom(spans[i]), spanTo(spans[i]));
    }
    return out;
  }

  private static final long[] NO_SPANS = new long[0];

  /** Where a span packed by {@link #titleWordSpans} starts. */
  private static int spanFrom(long span) {
    return (int) (span >>> 32);
  }

  /** Where a span packed by {@link #titleWordSpans} ends (exclusive). */
  private static int spanTo(long span) {
    return (int) span;
  }

  /**
   * The title words of a folded title (at least three letters, no stop words, plural and -ing/-ed endings cut) as
   * spans of it, each packed as {@code from << 32 | to}. One scan; stop words are compared in place and no string
   * is made.
   */
  static long[] titleWordSpans(String folded) {
    int n = folded.length();
    long[] out = null;
    int count = 0;
    for (int from = 0; from < n; ) {
      int to = folded.indexOf(' ', from);
      to = to < 0 ? n : to;
      int length = to - from;
      if (length >= 3 && Character.isLetter(folded.charAt(from)) && !STOP.contains(folded, from, length)) {
        int end = to;
        for (String ending : ENDINGS) {
          if (length > ending.length() + 3 && folded.startsWith(ending, to - ending.length())) {
            end = to - ending.length();
            break;
          }
        }
        if (out == null) {
          out = new long[n / 4 + 1]; // words of three or more letters and a space each
        }
        out[count++] = ((long) from << 32) | end;
      }
      from = to + 1;
    }
    return count == 0 ? NO_SPANS : Arrays.copyOf(out, count);
  }

  /**
   * The distinct ids of each title's words ({@link #titleWords}), sorted, with ids given in order of first
   * occurrence (title, then position) and the words added to {@code names} in id order: exactly what
   * {@link #internInParallel} of the titles' words gives, but no string is made for an occurrence. Each title is
   * folded once; its words are hashed and compared as spans of it, numbered by {@link FirstSeenIds} on all cores, and
   * only the first occurrence of each distinct word is cut out. Running time O(total title length).
   *
   * @throws IllegalArgumentException if the titles hold more than {@link #MAX_EVIDENCE_VALUES} words
   */
  static int[][] internTitleWords(List<String> titles, List<String> names) {
    int np = titles.size();
    PhaseLog tlog = PhaseLog.start("evidence"); // sub-phases, for speed work
    String[] folded = new String[np];
    long[][] spans = new long[np][];
    CacheRuns.forEach(np, p -> titles.get(p).length(), p -> {
      folded[p] = Text.fold(titles.get(p));
      spans[p] = titleWordSpans(folded[p]);
    });
    tlog.phase("fold titles, find words");
    long[] before = new long[np + 1];
    Arrays.parallelSetAll(before, p -> p == 0 ? 0 : spans[p - 1].length);
    Arrays.parallelPrefix(before, Long::sum);
    checkArgument(before[np] <= MAX_EVIDENCE_VALUES, "%s title words on %s papers exceed the resolver's limit of %s: "
        + "resolve the corpus in parts", before[np], np, MAX_EVIDENCE_VALUES);
    int total = (int) before[np];
    int[] paperOf = new int[total];
    long[] span = new long[total];
    long[] hash = new long[total];
    IntStream.range(0, np).parallel().forEach(p -> {
      int at = (int) before[p];
      for (long x : spans[p]) {
        paperOf[at] = p;
        hash[at] = FirstSeenIds.hash(folded[p], spanFrom(x), spanTo(x));
        span[at++] = x;
      }
    });
    FirstSeenIds ids = FirstSeenIds.of(w -> folded[paperOf[w]].substring(spanFrom(span[w]), spanTo(span[w])), hash,
        (a, b) -> {
          int length = spanTo(span[a]) - spanFrom(span[a]);
          return length == spanTo(span[b]) - spanFrom(span[b])
              && folded[paperOf[a]].regionMatches(spanFrom(span[a]), folded[paperOf[b]], spanFrom(span[b]), length);
        });
    tlog.phase("number words");
    for (int w : ids.firsts) {
      names.add(folded[paperOf[w]].substring(spanFrom(span[w]), spanTo(span[w])));
    }
    int[][] out = new int[np][];
    IntStream.range(0, np).parallel().forEach(p -> {
      out[p] = sortedDistinct(Arrays.copyOfRange(ids.ids, (int) before[p], (int) before[p + 1]));
    });
    return out;
  }

  /** Clusters of one block, union-find over the block's mentions, and the report lines of its merges. */
  private static final class BlockResolver {
    /** A block's result: the cluster label (a mention of the cluster) of each of its mentions, and report lines. */
    record Outcome(int[] label, List<AuthorMerge> merges, List<KeptApart> keptApart, Map<Integer, List<PersonName>>
        extraForms) {}

    private final Shared s;
    private final int[] mentions;
    /** Where the block's copies start ({@link Shared#blockBase}), or -1 when the evidence is read paper by paper. */
    private final int base;
    /** The evidence values and their bounds: the block's copies, or the papers'. */
    private final int[] ev;
    private final int[] evStart;
    private final int size;
    /** Block-local mentions; the root of a cluster is its smallest mention, whatever the order of the unions. */
    private final IntUnionFind uf;
    /**
     * Per cluster root, the block's other mentions on the cluster's papers (null: none). Two clusters share a paper
     * exactly when one holds a mention listed here for the other; most mentions have no namesake on their paper, so
     * the test is O(1) for them instead of a merge of two paper lists.
     */
    private final int[][] mates;
    private final int[][] keysOf;
    /** The block's distinct keys, ascending; the mentions of keys[k] are keyMembers[keyStart[k]..keyStart[k+1]). */
    private final int[] keys;
    private final int[] keyStart;
    private final int[] keyMembers;
    private final int[] blockMust;
    private final int[] blockSlots;
    private final List<AuthorMerge> merges = new ArrayList<>();
    private final List<KeptApart> keptApart = new ArrayList<>();
    private final Map<Integer, List<PersonName>> extraForms = new TreeMap<>();
    /** Per root, the stamp of the last {@link #markMates} that found it on the marked cluster's papers. */
    private int[] mateMark;
    private int mateStamp;
    /** The profile of each cluster by its root once built (null before the evidence rounds, or not built yet). */
    private Profile[] cache;

    BlockResolver(Shared s, int block, int[] mentions, int[] blockMust, int[] blockSlots) {
      this.s = s;
      this.mentions = mentions;
      this.base = s.bEv == null ? -1 : s.blockBase[block];
      this.ev = s.bEv == null ? s.ev : s.bEv;
      this.evStart = s.bEv == null ? s.evStart : s.bEvStart;
      this.size = mentions.length;
      this.blockMust = blockMust;
      this.blockSlots = blockSlots;
      uf = new IntUnionFind(size);
      mates = new int[size][];
      keysOf = new int[size][];
      long[] byKey = new long[size];
      for (int i = 0; i < size; i++) {
        byKey[i] = ((long) keyOf(i) << 32) | i;
      }
      Arrays.sort(byKey);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || (int) (byKey[i] >>> 32) != (int) (byKey[i - 1] >>> 32)) {
          distinct++;
        }
      }
      keys = new int[distinct];
      keyStart = new int[distinct + 1];
      keyMembers = new int[size];
      int k = -1;
      int[] slot = null; // the key slots of a one-name cluster, shared: these arrays are never modified
      for (int i = 0; i < size; i++) {
        int key = (int) (byKey[i] >>> 32);
        if (k < 0 || keys[k] != key) {
          keys[++k] = key;
          keyStart[k] = i;
          slot = new int[] {k};
        }
        keyMembers[i] = (int) byKey[i];
        keysOf[keyMembers[i]] = slot;
      }
      keyStart[distinct] = size;
      // The block's mentions are ascending, so by paper: mentions of one paper are neighbours.
      for (int i = 0; i < size; ) {
        int paper = paperOf(i);
        int j = i + 1;
        while (j < size && paperOf(j) == paper) {
          j++;
        }
        for (int x = i; x < j && j - i > 1; x++) {
          int[] others = new int[j - i - 1];
          int o = 0;
          for (int y = i; y < j; y++) {
            if (y != x) {
              others[o++] = y;
            }
          }
          mates[x] = others;
        }
        i = j;
      }
    }

    int root(int a) {
      return uf.find(a);
    }

    /** The paper of block-local mention i. */
    private int paperOf(int i) {
      return base >= 0 ? s.bPaper[base + i] : s.mPaper[mentions[i]];
    }

    /** The key of block-local mention i. */
    private int keyOf(int i) {
      return base >= 0 ? s.bKey[base + i] : s.mKey[mentions[i]];
    }

    /** Where block-local mention i's values start in {@link #evStart}: its kind k ends at entry {@code + k + 1}. */
    private int evAt(int i) {
      return (base >= 0 ? base + i : s.mPaper[mentions[i]]) * KINDS;
    }

    /** The slot of a key in this block, or -1 when no mention of the block has it. */
    private int keySlot(int key) {
      return Arrays.binarySearch(keys, key) >= 0 ? Arrays.binarySearch(keys, key) : -1;
    }

    private int firstOf(int slot) {
      return keyMembers[keyStart[slot]];
    }

    /**
     * Whether the names of two key slots of this block are compatible. Not cached: on keys folded once the test is
     * a few string comparisons (one for two all-full given names), cheaper than a cache whose matrix grows with the
     * square of the block's names.
     */
    boolean slotsCompatible(int a, int b) {
      return a == b || NameMatching.compatible(s.keyInfo[keys[a]], s.keyInfo[keys[b]]);
    }

    /** Why clusters a and b (roots) cannot be one person, or null when they can. */
    String conflict(int ra, int rb, boolean mustLink) {
      boolean cannot = !s.cannot.isEmpty();
      for (int sx : keysOf[ra]) {
        for (int sy : keysOf[rb]) {
          int x = keys[sx];
          int y = keys[sy];
          if (cannot && s.cannot.contains(pair(x, y))) {
            return "cannot-link decision " + s.keyNames[x] + " / " + s.keyNames[y];
          }
          if (!mustLink && !slotsCompatible(sx, sy)) {
            return "given names " + s.keyInfo[x].name.given() + " vs " + s.keyInfo[y].name.given();
          }
        }
      }
      if (!mustLink && sharePaper(ra, rb)) {
        return "both on one paper";
      }
      return null;
    }

    /** Whether a hard rule keeps clusters a and b (roots) apart: {@code conflict(ra, rb, false) != null}, unworded. */
    boolean blocked(int ra, int rb) {
      return namesBlocked(ra, rb) || sharePaper(ra, rb);
    }

    /** Whether a cannot-link decision or incompatible names keep clusters a and b (roots) apart. */
    private boolean namesBlocked(int ra, int rb) {
      boolean cannot = !s.cannot.isEmpty();
      for (int sx : keysOf[ra]) {
        for (int sy : keysOf[rb]) {
          if (cannot && s.cannot.contains(pair(keys[sx], keys[sy])) || !slotsCompatible(sx, sy)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Marks the clusters (roots) holding a mention on one of cluster r's papers with a fresh stamp, which it
     * returns: while r is scored, "both on one paper" is then one array read per candidate instead of a scan of the
     * shorter list of mates per candidate.
     */
    private int markMates(int r) {
      if (mateMark == null) {
        mateMark = new int[size];
      }
      int stamp = ++mateStamp;
      if (mates[r] != null) {
        for (int y : mates[r]) {
          mateMark[root(y)] = stamp;
        }
      }
      return stamp;
    }

    /** Whether clusters a and b (roots) hold mentions of one paper. */
    private boolean sharePaper(int ra, int rb) {
      int[] ma = mates[ra];
      int[] mb = mates[rb];
      if (ma == null || mb == null) {
        return false; // a shared paper would list each cluster's mention among the other's mates
      }
      int[] shorter = ma.length <= mb.length ? ma : mb;
      int other = shorter == ma ? rb : ra;
      for (int y : shorter) {
        if (root(y) == other) {
          return true;
        }
      }
      return false;
    }

    /** Joins the clusters of a and b (block-local indices) unless a hard rule forbids it; returns the conflict. */
    String union(int a, int b, boolean mustLink) {
      int ra = root(a);
      int rb = root(b);
      if (ra == rb) {
        return null;
      }
      String why = conflict(ra, rb, mustLink);
      if (why != null) {
        return why;
      }
      uf.union(ra, rb);
      int r = Math.min(ra, rb);
      int c = Math.max(ra, rb);
      if (cache != null) {
        // Profiles are kept across rounds: the union's profile is merged from its parts, never rebuilt.
        cache[r] = cache[ra] != null && cache[rb] != null ? merge(cache[ra], cache[rb]) : null;
        cache[c] = null;
      }
      mates[r] = concat(mates[r], mates[c]);
      keysOf[r] = sortedUnion(keysOf[r], keysOf[c]);
      mates[c] = null;
      keysOf[c] = null;
      return null;
    }

    Outcome resolve() {
      for (int k = 0; k < keys.length; k++) {
        // One full name is one author by default; with namesakes split, only its mentions without any context,
        // which nothing could tell apart, start as one.
        int key = keys[k];
        if (!s.cannot.isEmpty() && s.cannot.contains(pair(key, key))) {
          int first = -1;
          for (int p = keyStart[k]; p < keyStart[k + 1]; p++) {
            int x = keyMembers[p];
            if (!s.splitNamesakes || !hasContext(x)) {
              if (first < 0) {
                first = x;
              } else {
                union(first, x, false);
              }
            }
          }
          continue;
        }
        // Mentions of one key are on distinct papers (a name listed twice counts once) and are ascending by paper,
        // so joining them cannot conflict: one cluster.
        int[] joined = new int[keyStart[k + 1] - keyStart[k]];
        int count = 0;
        for (int p = keyStart[k]; p < keyStart[k + 1]; p++) {
          int x = keyMembers[p];
          if (!s.splitNamesakes || !hasContext(x)) {
            joined[count++] = x;
          }
        }
        if (count < 2) {
          continue;
        }
        int first = joined[0];
        int mated = 0;
        for (int i = 0; i < count; i++) {
          mated += mates[joined[i]] == null ? 0 : mates[joined[i]].length;
        }
        int[] all = mated == 0 ? null : new int[mated];
        mated = 0;
        for (int i = 0; i < count; i++) {
          int x = joined[i];
          if (mates[x] != null) {
            System.arraycopy(mates[x], 0, all, mated, mates[x].length);
            mated += mates[x].length;
          }
          if (i > 0) {
            uf.union(first, x);
            mates[x] = null;
            keysOf[x] = null;
          }
        }
        mates[first] = all;
      }
      mustLinks();
      sameSlot();
      if (!s.splitNamesakes && keys.length == 1) {
        return outcome(); // one written name, already one cluster: nothing to weigh
      }
      if (s.splitNamesakes) {
        sharedCoauthors(); // without namesakes split, mentions of one full name are one cluster already
      }
      boolean converged = evidenceRounds();
      if (sameName() || !converged) {
        evidenceRounds();
      }
      reportSplitsAndUnjoined();
      return outcome();
    }

    private Outcome outcome() {
      int[] label = new int[size];
      for (int i = 0; i < size; i++) {
        label[i] = root(i);
      }
      return new Outcome(label, merges, keptApart, extraForms);
    }

    /**
     * Whether a mention has any evidence besides affiliations: a co-author, a title word, category, citation or venue.
     */
    private boolean hasContext(int i) {
      int at = evAt(i);
      int key = keyOf(i);
      for (int kind = 0; kind < KINDS; kind++) {
        if (kind == AFFILIATION) {
          continue;
        }
        for (int e = evStart[at + kind]; e < evStart[at + kind + 1]; e++) {
          if (!(kind == COAUTHOR && ev[e] == key)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The display name of a key's first form. */
    private String display(int key) {
      return s.keyDisplay[key];
    }

    private void mustLinks() {
      for (int index : blockMust) {
        int[] link = s.must.get(index);
        int a = keySlot(link[0]);
        int b = keySlot(link[1]);
        if (a < 0 || b < 0) {
          continue;
        }
        int anchor = firstOf(a);
        String why = union(anchor, firstOf(b), true);
        if (why != null) {
          keptApart.add(new KeptApart(display(link[0]), List.of(display(link[1])),
              "must-link not applied: it contradicts a " + why));
          continue;
        }
        for (int p = keyStart[a]; p < keyStart[a + 1]; p++) {
          union(anchor, keyMembers[p], true);
        }
        for (int p = keyStart[b]; p < keyStart[b + 1]; p++) {
          union(anchor, keyMembers[p], true);
        }
        merges.add(new AuthorMerge("", display(link[0]), display(link[1]), "must-link",
            List.of("decision " + display(link[0]) + " / " + display(link[1]))));
      }
    }

    private void sameSlot() {
      for (int index : blockSlots) {
        int[] slot = s.slots.get(index);
        int kept = keySlot(slot[1]);
        if (kept < 0) {
          continue;
        }
        int anchor = -1;
        for (int p = keyStart[kept]; p < keyStart[kept + 1]; p++) {
          int x = keyMembers[p];
          if (paperOf(x) == slot[0]) {
            anchor = x;
          }
        }
        if (anchor < 0) {
          continue;
        }
        PersonName variant = s.slotForms.get(slot[3]);
        PersonName keptName = s.mForm[mentions[anchor]];
        String paperId = s.papers.get(slot[0]).id().toString();
        extraForms.computeIfAbsent(mentions[anchor], k -> new ArrayList<>()).add(variant);
        int others = slot[2] < 0 ? -1 : keySlot(slot[2]);
        if (others < 0) {
          merges.add(new AuthorMerge("", variant.displayName(), keptName.displayName(), "same-slot",
              List.of("same position in two records of " + paperId)));
          continue;
        }
        boolean joined = false;
        String why = null;
        for (int p = keyStart[others]; p < keyStart[others + 1]; p++) {
          String w = union(anchor, keyMembers[p], false);
          joined |= w == null;
          why = w == null ? why : w;
        }
        if (joined) {
          merges.add(new AuthorMerge("", variant.displayName(), keptName.displayName(), "same-slot",
              List.of("same position in two records of " + paperId)));
        } else {
          keptApart.add(new KeptApart(variant.displayName(), List.of(keptName.displayName()),
              "same position of " + paperId + " but " + why));
        }
      }
    }

    /** Mentions of one full name sharing a co-author that is not too common: one person. */
    private void sharedCoauthors() {
      long[] pairs = new long[16];
      for (int k = 0; k < keys.length; k++) {
        int own = keys[k];
        int n = 0;
        for (int p = keyStart[k]; p < keyStart[k + 1]; p++) {
          int i = keyMembers[p];
          for (int c : s.coauthors[paperOf(i)]) {
            if (c == own || s.commonCoauthor[c]) {
              continue;
            }
            if (n == pairs.length) {
              pairs = Arrays.copyOf(pairs, n * 2);
            }
            pairs[n++] = ((long) c << 32) | i;
          }
        }
        Arrays.sort(pairs, 0, n);
        for (int p = 1; p < n; p++) {
          if ((pairs[p] >>> 32) == (pairs[p - 1] >>> 32)) {
            union((int) pairs[p - 1], (int) pairs[p], false);
          }
        }
      }
    }

    /**
     * A cluster's profile, in one array for all kinds (a profile is made for every cluster of every round, so it is
     * four objects, not four per kind): the sorted distinct values of kind k at {@code values[start[k]..start[k +
     * 1])}, how many of the cluster's mentions hold each (parallel to the values; null when every count is 1), and
     * the norm of each kind's weights ({@link #weight}). Immutable once built.
     */
    private static final class Profile {
      final int[] values;
      final int[] start;
      final int[] counts;
      final double[] norm = new double[KINDS];

      Profile(int[] values, int[] start, int[] counts, float[][] idfs) {
        this.values = values;
        this.start = start;
        this.counts = counts;
        for (int kind = 0; kind < KINDS; kind++) {
          float[] idf = idfs[kind];
          double sq = 0;
          for (int i = start[kind]; i < start[kind + 1]; i++) {
            float w = weight(idf[values[i]], counts == null ? 1 : counts[i]);
            sq += (double) w * w;
          }
          norm[kind] = Math.sqrt(sq);
        }
      }

      /** The number of values of a kind. */
      int size(int kind) {
        return start[kind + 1] - start[kind];
      }
    }

    /** A value's weight in a profile: its IDF summed once per mention holding it (in float, as the scores add). */
    static float weight(float idf, int count) {
      float sum = idf;
      for (int r = count; r > 1; r--) {
        sum += idf;
      }
      return sum;
    }

    /** The profile of the cluster whose members are {@code members[from..to)}. */
    private Profile profile(int[] members, int from, int to) {
      if (to - from == 1 && !repeats(evAt(members[from]))) {
        return single(members[from]);
      }
      int size = to - from;
      int[] atOf = new int[size];
      int[] ownKey = new int[size];
      for (int x = 0; x < size; x++) {
        atOf[x] = evAt(members[from + x]);
        ownKey[x] = keyOf(members[from + x]);
      }
      // One pass over the mentions gathers every kind (a paper's evidence sits in one place), into one buffer per
      // kind (the thread's scratch buffers); passing once per kind would read each paper's offsets KINDS times,
      // from all over the arrays.
      // Each paper's values of a kind are sorted, so each mention's values are a sorted run: the runs are merged.
      Scratch sc = s.scratch.get();
      int[][] buffers = sc.gathered;
      int[][] runStart = sc.runStart;
      int[] runs = new int[KINDS];
      int[] filled = new int[KINDS];
      int[] ev = this.ev;
      int[] evStart = this.evStart;
      for (int kind = 0; kind < KINDS; kind++) {
        runStart[kind] = Scratch.grow(runStart[kind], size + 1);
      }
      for (int x = 0; x < size; x++) {
        int base = atOf[x];
        for (int kind = 0; kind < KINDS; kind++) {
          int first = evStart[base + kind];
          int end = evStart[base + kind + 1];
          int n = filled[kind];
          if (end > first) {
            runStart[kind][runs[kind]++] = n;
          }
          int[] buf = buffers[kind];
          if (buf == null || n + end - first > buf.length) { // grown keeping the values gathered so far
            buf = buf == null ? new int[Math.max(64, end - first)]
                : Arrays.copyOf(buf, Math.max(n + end - first, buf.length + (buf.length >> 1)));
            buffers[kind] = buf;
          }
          int own = kind == COAUTHOR ? ownKey[x] : -1;
          for (int e = first; e < end; e++) {
            int v = ev[e];
            if (v != own) {
              buf[n++] = v;
            }
          }
          filled[kind] = n;
        }
      }
      for (int kind = 0; kind < KINDS; kind++) {
        int n = filled[kind];
        runStart[kind][runs[kind]] = n;
        sc.spare = Scratch.grow(sc.spare, n);
        int[] vals = SortedInts.mergeRuns(buffers[kind], sc.spare, runStart[kind], runs[kind]);
        if (vals != buffers[kind]) { // the merged values are in the spare buffer: the two swap roles
          sc.spare = buffers[kind];
          buffers[kind] = vals;
        }
      }
      // The distinct values of all kinds side by side, with their counts when some value repeats.
      int[] start = new int[KINDS + 1];
      for (int kind = 0; kind < KINDS; kind++) {
        int[] vals = buffers[kind];
        int k = 0;
        for (int i = 0; i < filled[kind]; i++) {
          k += i == 0 || vals[i] != vals[i - 1] ? 1 : 0;
        }
        start[kind + 1] = start[kind] + k;
      }
      int total = start[KINDS];
      int[] v = new int[total];
      int gathered = 0;
      for (int kind = 0; kind < KINDS; kind++) {
        gathered += filled[kind];
      }
      int[] c = total < gathered ? new int[total] : null; // counts only when a value repeats
      for (int kind = 0; kind < KINDS; kind++) {
        int[] vals = buffers[kind];
        int d = start[kind] - 1;
        for (int i = 0; i < filled[kind]; i++) {
          if (i == 0 || vals[i] != vals[i - 1]) {
            v[++d] = vals[i];
          }
          if (c != null) {
            c[d]++;
          }
        }
      }
      return new Profile(v, start, c, s.idfs);
    }

    /**
     * Whether a value repeats in one of the paper's evidence arrays: only citations can (a paper cited under two of
     * its identifiers); the other kinds are distinct by construction.
     */
    private boolean repeats(int at) {
      for (int e = evStart[at + CITATION] + 1; e < evStart[at + CITATION + 1]; e++) {
        if (ev[e] == ev[e - 1]) {
          return true;
        }
      }
      return false;
    }

    /**
     * The profile of block-local mention i: its paper's evidence, without the mention's own name among the
     * co-authors.
     */
    private Profile single(int i) {
      int base = evAt(i);
      int from = evStart[base];
      int to = evStart[base + KINDS];
      int at = Arrays.binarySearch(ev, evStart[base + COAUTHOR], evStart[base + COAUTHOR + 1], keyOf(i));
      int[] start = new int[KINDS + 1];
      for (int kind = 0; kind <= KINDS; kind++) {
        start[kind] = evStart[base + kind] - from - (at >= 0 && kind > COAUTHOR ? 1 : 0);
      }
      int[] vals;
      if (at >= 0) {
        vals = new int[to - from - 1];
        System.arraycopy(ev, from, vals, 0, at - from);
        System.arraycopy(ev, at + 1, vals, at - from, to - at - 1);
      } else {
        vals = from == to ? EMPTY : Arrays.copyOfRange(ev, from, to);
      }
      return new Profile(vals, start, null, s.idfs);
    }

    /** The profile of the union of two disjoint clusters: values merged, counts added. */
    private Profile merge(Profile a, Profile b) {
      int[] v = new int[a.values.length + b.values.length];
      int[] c = new int[v.length];
      int[] start = new int[KINDS + 1];
      int[] x = a.values;
      int[] y = b.values;
      int[] cx = a.counts;
      int[] cy = b.counts;
      boolean repeats = cx != null || cy != null;
      int n = 0;
      for (int kind = 0; kind < KINDS; kind++) {
        start[kind] = n;
        int i = a.start[kind];
        int j = b.start[kind];
        int xEnd = a.start[kind + 1];
        int yEnd = b.start[kind + 1];
        while (i < xEnd || j < yEnd) {
          if (j == yEnd || (i < xEnd && x[i] < y[j])) {
            v[n] = x[i];
            c[n++] = cx == null ? 1 : cx[i];
            i++;
          } else if (i == xEnd || y[j] < x[i]) {
            v[n] = y[j];
            c[n++] = cy == null ? 1 : cy[j];
            j++;
          } else {
            v[n] = x[i];
            c[n++] = (cx == null ? 1 : cx[i]) + (cy == null ? 1 : cy[j]);
            repeats = true;
            i++;
            j++;
          }
        }
      }
      start[KINDS] = n;
      return new Profile(n == v.length ? v : Arrays.copyOf(v, n), start, repeats ? Arrays.copyOf(c, n) : null, s.idfs);
    }

    float[] idf(int kind) {
      return s.idfs[kind];
    }

    String valueName(int kind, int v) {
      return switch (kind) {
        case COAUTHOR -> s.keyNames[v];
        case WORD -> s.wordNames[v];
        case CATEGORY -> s.categoryNames[v];
        case AFFILIATION -> s.affiliationNames[v];
        case VENUE -> s.venueNames[v];
        default -> s.citationNames[v];
      };
    }

    /**
     * The current clusters: their roots ascending in {@code [0]}, offsets in {@code [1]} (one more than the roots),
     * and in {@code [2]} the members of the r-th cluster at {@code [1][r]..[1][r+1]}, ascending.
     */
    private int[][] clusters() {
      int[] rootOf = new int[size];
      int[] count = new int[size];
      int roots = 0;
      for (int i = 0; i < size; i++) {
        rootOf[i] = root(i);
        if (rootOf[i] == i) {
          roots++;
        }
        count[rootOf[i]]++;
      }
      int[] rootList = new int[roots];
      int[] start = new int[roots + 1];
      int[] slotOfRoot = count; // reused: a root's slot, once its count is read
      int r = 0;
      int offset = 0;
      for (int i = 0; i < size; i++) {
        if (rootOf[i] == i) {
          rootList[r] = i;
          start[r] = offset;
          offset += count[i];
          slotOfRoot[i] = r++;
        }
      }
      start[roots] = offset;
      int[] fill = Arrays.copyOf(start, roots);
      int[] members = new int[size];
      for (int i = 0; i < size; i++) {
        members[fill[slotOfRoot[rootOf[i]]]++] = i;
      }
      return new int[][] {rootList, start, members};
    }

    /**
     * Arrays a thread reuses from block to block for the inverted index and the scoring of a round, grown when a
     * block needs more: the blocks of a corpus would otherwise allocate (and the collector reclaim) about a dozen
     * arrays per evidence value and round. Only the entries a round writes are read.
     */
    private static final class Scratch {
      final int[][] entryStart = new int[KINDS][];
      final int[][] groupOf = new int[KINDS][];
      final int[][] groupStart = new int[KINDS][];
      final int[][] entryRank = new int[KINDS][];
      final int[][] sortedOwner = new int[KINDS][];
      /** Per kind, the values a profile gathers from its cluster's papers. */
      final int[][] gathered = new int[KINDS][];
      /** Per kind, where each mention's run of gathered values starts. */
      final int[][] runStart = new int[KINDS][];
      /** The other buffer of the runs' merges. */
      int[] spare;
      final float[][] sortedWeight = new float[KINDS][];
      /** The value table of {@link #index}, and the next place of each of its groups. */
      int[] table;
      int[] fill;
      int[] mark = new int[0];
      double[] dots = new double[0];
      int[] touched = new int[0];

      /** {@code a} if it holds n values, else a larger array (its contents not copied). */
      static int[] grow(int[] a, int n) {
        return a != null && a.length >= n ? a : new int[Math.max(n, a == null ? 16 : a.length + (a.length >> 1))];
      }

      static long[] grow(long[] a, int n) {
        return a.length >= n ? a : new long[Math.max(n, a.length + (a.length >> 1))];
      }

      static float[] grow(float[] a, int n) {
        return a != null && a.length >= n ? a : new float[Math.max(n, a == null ? 16 : a.length + (a.length >> 1))];
      }

      static double[] grow(double[] a, int n) {
        return a.length >= n ? a : new double[Math.max(n, a.length + (a.length >> 1))];
      }
    }

    /** A scored candidate pair of cluster roots. */
    private record Candidate(int a, int b, double score, double[] parts) {}

    /**
     * Rounds of best-first merges of clusters whose profiles are similar enough.
     *
     * @return true when the rounds stopped because nothing more could be merged, false after {@link #MAX_ROUNDS}
     */
    private boolean evidenceRounds() {
      if (cache == null) {
        cache = new Profile[size];
      }
      // Each step is its own small method: the JIT compiles them early and apart, where one large method was
      // compiled (and, as new paths were taken, recompiled) for seconds while the blocks ran uncompiled.
      for (int round = 0; round < MAX_ROUNDS; round++) {
        int[][] clusters = clusters();
        int[] roots = clusters[0];
        int count = roots.length;
        if (count < 2) {
          return true;
        }
        Profile[] profiles = profiles(clusters);
        Scratch sc = s.scratch.get();
        for (int kind = 0; kind < KINDS; kind++) {
          index(sc, profiles, kind, idf(kind));
        }
        List<Candidate> candidates = new ArrayList<>();
        List<List<Candidate>> byCluster = new ArrayList<>(java.util.Collections.nCopies(count, null));
        // Per cluster j, while scoring cluster i: mark[2j] is i + 1 when j is scored against i, -(i + 1) when a hard
        // rule forbids joining them; mark[2j + 1] is j's slot in the dense dot products of i's candidates.
        sc.mark = Scratch.grow(sc.mark, 2 * count);
        Arrays.fill(sc.mark, 0, 2 * count, 0);
        sc.dots = Scratch.grow(sc.dots, count * KINDS);
        sc.touched = Scratch.grow(sc.touched, count);
        for (int i = 0; i < count; i++) {
          int touched = 0;
          int mated = markMates(roots[i]);
          for (int kind = 0; kind < KINDS; kind++) {
            touched = dotsWithLater(sc, profiles[i], i, kind, roots, touched, mated);
          }
          candidatesOfCluster(sc, profiles, i, touched, candidates, byCluster);
        }
        if (candidates.isEmpty() || mergeBest(candidates, profiles, roots, byCluster) == 0) {
          return true;
        }
      }
      return false;
    }

    /** The profile of each current cluster (clusters as {@link #clusters()} gives them), built on first use. */
    private Profile[] profiles(int[][] clusters) {
      int[] roots = clusters[0];
      Profile[] profiles = new Profile[roots.length];
      for (int i = 0; i < roots.length; i++) {
        if (cache[roots[i]] == null) {
          cache[roots[i]] = profile(clusters[2], clusters[1][i], clusters[1][i + 1]);
        }
        profiles[i] = cache[roots[i]];
      }
      return profiles;
    }

    /**
     * The inverted index of one kind over the profiles' entries, numbered flat (cluster by cluster, value by value),
     * in the thread's scratch arrays (only their first entries are this round's): each entry's group (its value,
     * numbered in first-seen order through an open-addressing table) and its place among the entries laid out group by
     * group, each group's entries by cluster ascending (the order they are met in); and, in that layout, each entry's
     * cluster and weight, so that scoring reads them in sequence. Running time O(entries), without a sort.
     */
    private static void index(Scratch sc, Profile[] profiles, int kind, float[] idf) {
      int count = profiles.length;
      int[] first = sc.entryStart[kind] = Scratch.grow(sc.entryStart[kind], count + 1);
      first[0] = 0;
      for (int i = 0; i < count; i++) {
        first[i + 1] = first[i] + profiles[i].size(kind);
      }
      int n = first[count];
      // The table holds (value, group + 1) pairs side by side, at least twice as many slots as distinct values (at
      // most the entries, and at most the values the corpus holds of this kind). Not a LongIntCounter: it is sized
      // for each call in the thread's scratch array, where one counter reused by every block would clear the
      // largest block's table for each small one.
      int bits = 33 - Integer.numberOfLeadingZeros(Math.max(1, Math.min(n, idf.length)));
      checkArgument(bits <= MAX_INDEX_BITS, "a block holds %s or more values of one evidence kind (%s), more than its "
          + "index numbers: resolve the corpus in parts", 1 << (MAX_INDEX_BITS - 1), KIND_NAMES[kind]);
      int mask = (1 << bits) - 1;
      int[] table = sc.table = Scratch.grow(sc.table, 2 << bits);
      Arrays.fill(table, 0, 2 << bits, 0);
      int[] group = sc.groupOf[kind] = Scratch.grow(sc.groupOf[kind], n);
      int[] start = sc.groupStart[kind] = Scratch.grow(sc.groupStart[kind], n + 1);
      int groups = 0;
      start[0] = 0;
      for (int i = 0, flat = 0; i < count; i++) {
        int[] values = profiles[i].values;
        for (int x = profiles[i].start[kind]; x < profiles[i].start[kind + 1]; x++) {
          int v = values[x];
          int h = (v * 0x9E3779B9) >>> (32 - bits);
          while (table[2 * h + 1] != 0 && table[2 * h] != v) {
            h = (h + 1) & mask;
          }
          if (table[2 * h + 1] == 0) {
            table[2 * h] = v;
            table[2 * h + 1] = ++groups;
            start[groups] = 0;
          }
          int g = table[2 * h + 1] - 1;
          group[flat++] = g;
          start[g + 1]++;
        }
      }
      for (int g = 0; g < groups; g++) {
        start[g + 1] += start[g];
      }
      int[] fill = sc.fill = Scratch.grow(sc.fill, groups);
      System.arraycopy(start, 0, fill, 0, groups);
      int[] rank = sc.entryRank[kind] = Scratch.grow(sc.entryRank[kind], n);
      int[] byOwner = sc.sortedOwner[kind] = Scratch.grow(sc.sortedOwner[kind], n);
      float[] byWeight = sc.sortedWeight[kind] = Scratch.grow(sc.sortedWeight[kind], n);
      for (int i = 0, flat = 0; i < count; i++) {
        Profile p = profiles[i];
        for (int x = p.start[kind]; x < p.start[kind + 1]; x++, flat++) {
          int e = fill[group[flat]]++;
          rank[flat] = e;
          byOwner[e] = i;
          byWeight[e] = weight(idf[p.values[x]], p.counts == null ? 1 : p.counts[x]);
        }
      }
    }

    /**
     * Adds cluster i's dot products of one kind with every later cluster sharing a value held by at most {@link
     * #MAX_POSTINGS} clusters, skipping (and marking) those a hard rule keeps apart from i.
     *
     * @param mated the stamp {@link #markMates} gave the clusters sharing a paper with i
     * @return the number of clusters touched so far for i (listed in {@code sc.touched})
     */
    private int dotsWithLater(Scratch sc, Profile pi, int i, int kind, int[] roots, int nt, int mated) {
      int stamp = i + 1;
      int[] mark = sc.mark;
      double[] dots = sc.dots;
      int[] touched = sc.touched;
      int size = pi.size(kind);
      int[] start = sc.groupStart[kind];
      int at = sc.entryStart[kind][i];
      int[] group = sc.groupOf[kind];
      int[] rank = sc.entryRank[kind];
      int[] owners = sc.sortedOwner[kind];
      float[] weights = sc.sortedWeight[kind];
      for (int k = 0; k < size; k++) {
        int g = group[at + k];
        if (start[g + 1] - start[g] > MAX_POSTINGS) {
          continue;
        }
        float wik = weights[rank[at + k]]; // i's own entry
        // The group's entries are by cluster ascending: the clusters after i follow i's own entry.
        for (int e = rank[at + k] + 1; e < start[g + 1]; e++) {
          int j = owners[e];
          int state = mark[2 * j];
          if (state == -stamp) {
            continue;
          }
          if (state != stamp) {
            if (mateMark[roots[j]] == mated || namesBlocked(roots[i], roots[j])) {
              mark[2 * j] = -stamp; // names or a shared paper forbid the pair: no need to score it
              continue;
            }
            mark[2 * j] = stamp;
            mark[2 * j + 1] = nt;
            Arrays.fill(dots, nt * KINDS, nt * KINDS + KINDS, 0);
            touched[nt++] = j;
          }
          dots[mark[2 * j + 1] * KINDS + kind] += (double) wik * weights[e];
        }
      }
      return nt;
    }

    /** Scores cluster i against the {@code nt} clusters touched and keeps those reaching the threshold. */
    private static void candidatesOfCluster(Scratch sc, Profile[] profiles, int i, int nt, List<Candidate> candidates,
        List<List<Candidate>> byCluster) {
      int[] touched = sc.touched;
      Arrays.sort(touched, 0, nt);
      Profile pi = profiles[i];
      for (int t = 0; t < nt; t++) {
        int j = touched[t];
        int at = sc.mark[2 * j + 1] * KINDS;
        double score = 0;
        boolean primary = false; // some evidence besides the supporting kinds
        for (int kind = 0; kind < KINDS; kind++) {
          double dot = sc.dots[at + kind];
          if (dot > 0) {
            score += WEIGHTS[kind] * dot / (pi.norm[kind] * profiles[j].norm[kind]);
            primary |= kind != CATEGORY && kind != VENUE;
          }
        }
        if (score >= MERGE_THRESHOLD && primary) {
          double[] parts = new double[KINDS];
          for (int kind = 0; kind < KINDS; kind++) {
            double dot = sc.dots[at + kind];
            parts[kind] = dot > 0 ? WEIGHTS[kind] * dot / (pi.norm[kind] * profiles[j].norm[kind]) : dot;
          }
          Candidate c = new Candidate(i, j, score, parts);
          candidates.add(c);
          candidatesOf(byCluster, i).add(c);
          candidatesOf(byCluster, j).add(c);
        }
      }
    }

    /**
     * Merges the candidates best first, each cluster at most once per round, unless a hard rule or an ambiguity
     * forbids it.
     *
     * @return the number of merges made
     */
    private int mergeBest(List<Candidate> candidates, Profile[] profiles, int[] roots,
        List<List<Candidate>> byCluster) {
      candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> roots[c.a])
          .thenComparingInt(c -> roots[c.b]));
      boolean[] used = new boolean[roots.length];
      int merged = 0;
      for (Candidate c : candidates) {
        if (used[c.a] || used[c.b]) {
          continue;
        }
        int ra = roots[c.a];
        int rb = roots[c.b];
        if (blocked(ra, rb)) {
          continue;
        }
        String ambiguous = ambiguity(c, byCluster, roots);
        if (ambiguous != null) {
          continue;
        }
        // A report line only where the names differ; its words are made before the union changes the clusters.
        AuthorMerge line = null;
        if (!Arrays.equals(keysOf[ra], keysOf[rb])) {
          int partial = specificity(ra) <= specificity(rb) ? ra : rb;
          int fuller = partial == ra ? rb : ra;
          line = new AuthorMerge("", display(keys[keysOf[partial][0]]), display(mostSpecific(fuller)), rule(c),
              evidence(profiles[c.a], profiles[c.b], c));
        }
        union(ra, rb, false);
        used[c.a] = true;
        used[c.b] = true;
        merged++;
        if (line != null) {
          merges.add(line);
        }
      }
      return merged;
    }

    /** The candidates of cluster slot i, made on first use. */
    private static List<Candidate> candidatesOf(List<List<Candidate>> byCluster, int i) {
      List<Candidate> list = byCluster.get(i);
      if (list == null) {
        list = new ArrayList<>();
        byCluster.set(i, list);
      }
      return list;
    }

    /** Why merging c's clusters would be ambiguous: the partial side also fits an incompatible fuller cluster. */
    private String ambiguity(Candidate c, List<List<Candidate>> byCluster, int[] roots) {
      int ra = roots[c.a];
      int rb = roots[c.b];
      if (Arrays.equals(keysOf[ra], keysOf[rb])) {
        return null;
      }
      int partialSlot = specificity(ra) <= specificity(rb) ? c.a : c.b;
      int fullerSlot = partialSlot == c.a ? c.b : c.a;
      int fuller = roots[fullerSlot];
      List<String> rivals = new ArrayList<>();
      for (Candidate other : candidatesOf(byCluster, partialSlot)) {
        int o = other.a == partialSlot ? other.b : other.a;
        if (o == fullerSlot) {
          continue;
        }
        int ro = roots[o];
        if (root(ro) != ro || specificity(ro) <= specificity(roots[partialSlot])) {
          continue;
        }
        if (blocked(fuller, ro) && !blocked(roots[partialSlot], ro)) {
          rivals.add(display(mostSpecific(ro)));
        }
      }
      if (rivals.isEmpty()) {
        return null;
      }
      rivals.add(display(mostSpecific(fuller)));
      rivals.sort(null);
      keptApart.add(new KeptApart(display(keys[keysOf[roots[partialSlot]][0]]), rivals,
          "ambiguous: evidence points to several people whose names are not compatible with each other"));
      return "ambiguous";
    }

    private int specificity(int root) {
      int best = 0;
      for (int k : keysOf[root]) {
        best = Math.max(best, s.keyInfo[keys[k]].specificity);
      }
      return best;
    }

    /** The key (not its slot) of the cluster's most specific name. */
    private int mostSpecific(int root) {
      int best = keys[keysOf[root][0]];
      for (int k : keysOf[root]) {
        if (s.keyInfo[keys[k]].specificity > s.keyInfo[best].specificity) {
          best = keys[k];
        }
      }
      return best;
    }

    private String rule(Candidate c) {
      int best = 0;
      for (int kind = 1; kind < KINDS; kind++) {
        if (c.parts[kind] > c.parts[best]) {
          best = kind;
        }
      }
      return switch (best) {
        case COAUTHOR -> "shared-coauthors";
        case WORD -> "similar-titles";
        case CATEGORY -> "shared-categories";
        case AFFILIATION -> "shared-affiliation";
        case VENUE -> "same-venue";
        default -> "citation";
      };
    }

    /** The named evidence of a candidate: up to three shared values per kind, and the score. */
    private List<String> evidence(Profile a, Profile b, Candidate c) {
      List<String> out = new ArrayList<>();
      for (int kind = 0; kind < KINDS; kind++) {
        if (c.parts[kind] <= 0) {
          continue;
        }
        int[] x = a.values;
        int[] y = b.values;
        List<String> shared = new ArrayList<>();
        for (int i = a.start[kind], j = b.start[kind]; i < a.start[kind + 1] && j < b.start[kind + 1]; ) {
          if (x[i] < y[j]) {
            i++;
          } else if (x[i] > y[j]) {
            j++;
          } else {
            shared.add(valueName(kind, x[i]));
            i++;
            j++;
          }
        }
        shared.sort(null);
        for (String v : shared.subList(0, Math.min(3, shared.size()))) {
          out.add(KIND_NAMES[kind] + " " + v);
        }
      }
      out.add(String.format(java.util.Locale.ROOT, "score %.2f", c.score));
      return out;
    }

    /**
     * Clusters of one full name without any context join the largest cluster of that name.
     *
     * @return whether any cluster was joined
     */
    private boolean sameName() {
      if (!s.splitNamesakes) {
        return false; // one full name is already one cluster
      }
      // Context and size of each cluster as it stands before this step, indexed by its root.
      boolean[] context = new boolean[size];
      int[] clusterSize = new int[size];
      for (int i = 0; i < size; i++) {
        int r = root(i);
        clusterSize[r]++;
        context[r] |= hasContext(i);
      }
      boolean any = false;
      int[] roots = new int[16];
      for (int k = 0; k < keys.length; k++) {
        int n = 0;
        for (int p = keyStart[k]; p < keyStart[k + 1]; p++) {
          int r = root(keyMembers[p]);
          boolean dup = false;
          for (int q = 0; q < n && !dup; q++) {
            dup = roots[q] == r;
          }
          if (!dup) {
            if (n == roots.length) {
              roots = Arrays.copyOf(roots, n * 2);
            }
            roots[n++] = r;
          }
        }
        if (n < 2) {
          continue;
        }
        int target = -1;
        int firstContextless = -1;
        for (int q = 0; q < n; q++) {
          int r = roots[q];
          if (!context[r]) {
            firstContextless = firstContextless < 0 ? r : firstContextless;
          } else if (target < 0 || clusterSize[r] > clusterSize[target]
              || (clusterSize[r] == clusterSize[target] && r < target)) {
            target = r;
          }
        }
        if (firstContextless < 0) {
          continue;
        }
        target = target < 0 ? firstContextless : target;
        int joined = 0;
        for (int q = 0; q < n; q++) {
          int r = roots[q];
          if (!context[r] && r != target && union(target, r, false) == null) {
            joined++;
          }
        }
        if (joined > 0) {
          any = true;
          String name = display(keys[k]);
          merges.add(new AuthorMerge("", name, name, "same-name",
              List.of(joined + " mention(s) with no co-author, title, category or reference to tell them apart")));
        }
      }
      return any;
    }

    /** Report lines: a full name split into several persons, and partial names left apart from fuller ones. */
    private void reportSplitsAndUnjoined() {
      for (int k = 0; k < keys.length; k++) {
        int persons = 0;
        if (keyStart[k + 1] - keyStart[k] > 1) {
          Set<Integer> roots = new java.util.TreeSet<>();
          for (int p = keyStart[k]; p < keyStart[k + 1]; p++) {
            roots.add(root(keyMembers[p]));
          }
          persons = roots.size();
        }
        if (persons > 1) {
          keptApart.add(new KeptApart(display(keys[k]), List.of(),
              "split into " + persons + " persons: no shared co-author or similar enough evidence joins their "
                  + "mentions"));
        }
      }
      if (keys.length > MAX_POSTINGS) {
        return; // name forms of a very large block: not listed pair by pair
      }
      for (int ka = 0; ka < keys.length; ka++) {
        int a = keys[ka];
        List<String> fitting = new ArrayList<>();
        boolean joined = false;
        for (int kb = 0; kb < keys.length; kb++) {
          int b = keys[kb];
          if (a != b && s.keyInfo[b].specificity > s.keyInfo[a].specificity && slotsCompatible(ka, kb)) {
            fitting.add(display(b));
            joined |= root(firstOf(ka)) == root(firstOf(kb));
          }
        }
        if (!fitting.isEmpty() && !joined) {
          fitting.sort(null);
          boolean anyAmbiguous = keptApart.stream().anyMatch(k -> k.name().equals(display(a))
              && k.reason().startsWith("ambiguous"));
          if (!anyAmbiguous) {
            keptApart.add(new KeptApart(display(a), fitting,
                "no supporting evidence (no shared co-author, title words, affiliation or paper record)"));
          }
        }
      }
    }
  }

  /** A name and its id, in the order of the names (then ids). */
  private record Named(String name, int id, long prefix) implements Comparable<Named> {
    Named(String name, int id) {
      this(name, id, AuthorResolver.prefix(name));
    }

    @Override
    public int compareTo(Named o) {
      int c = comparePrefixed(prefix, name, o.prefix, o.name);
      return c != 0 ? c : Integer.compare(id, o.id);
    }
  }

  /**
   * The first four UTF-16 units of a string, packed big-endian into a long (missing units as 0), so that two strings
   * whose packed prefixes differ compare as their prefixes do: sorting a million names then reads most strings only
   * when their first four characters tie.
   */
  static long prefix(String s) {
    long p = 0;
    for (int i = 0; i < 4; i++) {
      p = (p << 16) | (i < s.length() ? s.charAt(i) : 0);
    }
    return p;
  }

  /** {@link String#compareTo} of a and b, given their {@link #prefix}es. */
  static int comparePrefixed(long prefixA, String a, long prefixB, String b) {
    int c = Long.compareUnsigned(prefixA, prefixB);
    return c != 0 ? c : a.compareTo(b);
  }

  private static Result build(Shared s, int[][] byBlock, int[] order, BlockResolver.Outcome[] outcomes,
      List<IngestIssue> nameIssues) {
    // Global clusters: (block, label) in block order, then by first mention. A label is the smallest block-local
    // mention of its cluster, so a cluster is numbered when its label is met. Each block's clusters and mentions
    // are counted on all cores, prefix sums in block order place them, and the blocks number their clusters and
    // lay out their members (in (block, mention) order) on all cores.
    PhaseLog blog = PhaseLog.start("build"); // sub-phases, for speed work
    int m = s.mentionCount;
    int nb = order.length;
    int[] clustersBefore = new int[nb + 1];
    int[] mentionsBefore = new int[nb + 1];
    IntStream.range(0, nb).parallel().forEach(q -> {
      int[] label = outcomes[order[q]].label();
      int roots = 0;
      for (int i = 0; i < label.length; i++) {
        roots += label[i] == i ? 1 : 0;
      }
      clustersBefore[q + 1] = roots;
      mentionsBefore[q + 1] = label.length;
    });
    Arrays.parallelPrefix(clustersBefore, Integer::sum);
    Arrays.parallelPrefix(mentionsBefore, Integer::sum);
    int g = clustersBefore[nb];
    int[] cluster = new int[m];
    int[] memberStart = new int[g + 1];
    int[] members = new int[m];
    IntStream.range(0, nb).parallel().forEach(q -> {
      int[] mentions = byBlock[order[q]];
      int[] label = outcomes[order[q]].label();
      int base = clustersBefore[q];
      int[] local = new int[mentions.length]; // each mention's cluster, numbered from 0 within the block
      int next = 0;
      for (int i = 0; i < mentions.length; i++) {
        local[i] = label[i] == i ? next++ : local[label[i]];
        cluster[mentions[i]] = base + local[i];
      }
      int[] fill = new int[next + 1];
      for (int i = 0; i < mentions.length; i++) {
        fill[local[i] + 1]++;
      }
      for (int c = 0; c < next; c++) {
        fill[c + 1] += fill[c];
        memberStart[base + c] = mentionsBefore[q] + fill[c];
      }
      for (int i = 0; i < mentions.length; i++) {
        members[mentionsBefore[q] + fill[local[i]]++] = mentions[i];
      }
    });
    memberStart[g] = m;
    blog.phase("cluster layout");
    Map<Integer, List<PersonName>> extra = new HashMap<>();
    List<AuthorMerge> merges = new ArrayList<>();
    List<KeptApart> keptApart = new ArrayList<>();
    for (int b : order) {
      BlockResolver.Outcome o = outcomes[b];
      for (Map.Entry<Integer, List<PersonName>> e : o.extraForms().entrySet()) {
        extra.computeIfAbsent(cluster[e.getKey()], k -> new ArrayList<>()).addAll(e.getValue());
      }
      merges.addAll(o.merges());
      keptApart.addAll(o.keptApart());
    }
    blog.phase("block reports");
    // Must-links across blocks (different family names or initials): join every cluster of one key with every
    // cluster of the other.
    IntUnionFind joined = new IntUnionFind(g);
    Map<Integer, List<Integer>> clustersOfKey = new TreeMap<>();
    for (int c = 0; c < g && !s.must.isEmpty(); c++) {
      for (int x = memberStart[c]; x < memberStart[c + 1]; x++) {
        List<Integer> list = clustersOfKey.computeIfAbsent(s.mKey[members[x]], k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != c) {
          list.add(c);
        }
      }
    }
    for (int[] link : s.must) {
      List<Integer> a = clustersOfKey.get(link[0]);
      List<Integer> b = clustersOfKey.get(link[1]);
      if (a == null || b == null || s.keyInfo[link[0]].blockKey.equals(s.keyInfo[link[1]].blockKey)) {
        continue;
      }
      if (s.cannot.contains(pair(link[0], link[1]))) {
        continue;
      }
      for (int x : a) {
        for (int y : b) {
          joined.union(x, y);
        }
      }
      merges.add(new AuthorMerge("", s.keyInfo[link[0]].name.displayName(), s.keyInfo[link[1]].name.displayName(),
          "must-link", List.of("decision " + s.keyInfo[link[0]].name.displayName() + " / "
              + s.keyInfo[link[1]].name.displayName())));
    }
    // One author per final cluster (final clusters by their smallest cluster, the union-find's root).
    int[] finalStart = new int[g + 1];
    int[] rootOf = new int[g];
    for (int c = 0; c < g; c++) {
      rootOf[c] = joined.find(c);
      finalStart[rootOf[c] + 1]++;
    }
    for (int c = 0; c < g; c++) {
      finalStart[c + 1] += finalStart[c];
    }
    int[] finalMembers = new int[g];
    int[] finalFill = Arrays.copyOf(finalStart, g);
    for (int c = 0; c < g; c++) {
      finalMembers[finalFill[rootOf[c]]++] = c;
    }
    blog.phase("cross-block must-links");
    record Draft(PersonName canonical, String key, List<PersonName> variants, int mentions, int firstPaper,
        int root, boolean oneForm, String display, String base, boolean named, long prefix)
        implements Comparable<Draft> {
      /** By key, then more mentions first, then first paper. */
      @Override
      public int compareTo(Draft o) {
        int c = comparePrefixed(prefix, key, o.prefix, o.key);
        if (c == 0) {
          c = Integer.compare(o.mentions, mentions);
        }
        return c != 0 ? c : Integer.compare(firstPaper, o.firstPaper);
      }
    }
    Set<String> unassigned = new HashSet<>(); // variants of report lines that do not name their author yet
    for (AuthorMerge merge : merges) {
      if (merge.author().isEmpty()) {
        unassigned.add(merge.variant());
      }
    }
    // One draft per final cluster, made on all cores; in root order, as a sequential pass would make them.
    Draft[] draftOfRoot = new Draft[g];
    CacheRuns.forEach(g, root -> {
      if (finalStart[root + 1] == finalStart[root]) {
        return 0;
      }
      int c = finalMembers[finalStart[root]];
      int form = s.mFormId[members[memberStart[c]]];
      return s.formKeys[form].key.length() + s.formDisplay[form].length(); // the first form's key and display
    }, root -> {
      if (finalStart[root + 1] == finalStart[root]) {
        return; // not a root
      }
      int count = 0;
      int firstPaper = Integer.MAX_VALUE;
      boolean extras = false;
      int firstForm = -1;
      boolean oneForm = true;
      for (int f = finalStart[root]; f < finalStart[root + 1]; f++) {
        int c = finalMembers[f];
        for (int x = memberStart[c]; x < memberStart[c + 1]; x++) {
          int mention = members[x];
          int form = s.mFormId[mention];
          if (firstForm < 0) {
            firstForm = form;
          } else if (form != firstForm) {
            oneForm = false;
          }
          count++;
          firstPaper = Math.min(firstPaper, s.mPaper[mention]);
        }
        extras |= !extra.isEmpty() && extra.containsKey(c);
      }
      List<PersonName> variants;
      PersonName canonical;
      String key;
      String display = null; // of the only form, when there is one and a report line may name it
      boolean single = oneForm && !extras;
      if (single) {
        canonical = s.forms.get(firstForm);
        display = unassigned.isEmpty() ? null : s.display(firstForm);
        key = s.formKeys[firstForm].key;
        variants = ImmutableList.of(canonical); // as the author keeps it: not copied again
      } else {
        // Forms by display name: the keys of the first written form of each (folded when the forms were numbered),
        // and the mentions of each display name.
        Map<String, NameKeys> forms = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int f = finalStart[root]; f < finalStart[root + 1]; f++) {
          int c = finalMembers[f];
          for (int x = memberStart[c]; x < memberStart[c + 1]; x++) {
            int form = s.mFormId[members[x]];
            forms.putIfAbsent(s.display(form), s.formKeys[form]);
            counts.merge(s.display(form), 1, Integer::sum);
          }
          for (PersonName v : extra.getOrDefault(c, List.of())) {
            forms.computeIfAbsent(v.displayName(), d -> NameKeys.of(v));
          }
        }
        // Most specific first, then most mentioned, then longest, then by display name (distinct: a total order).
        List<Map.Entry<String, NameKeys>> sorted = new ArrayList<>(forms.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<String, NameKeys> e) -> -e.getValue().specificity)
            .thenComparingInt(e -> -counts.getOrDefault(e.getKey(), 0))
            .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        variants = sorted.stream().map(e -> e.getValue().name).collect(ImmutableList.toImmutableList());
        canonical = variants.get(0);
        key = sorted.get(0).getValue().key;
      }
      // The id's base, hashed here rather than in the sequential id pass; whether a report line names a form.
      String base = key.replace(' ', '-');
      base.hashCode();
      boolean named = false;
      if (!unassigned.isEmpty()) {
        if (single) {
          named = unassigned.contains(display);
        } else {
          for (PersonName v : variants) {
            named |= unassigned.contains(v.displayName());
          }
        }
      }
      draftOfRoot[root] = new Draft(canonical, key, variants, count, firstPaper, root, single, display, base, named,
          prefix(key));
    });
    blog.phase("drafts");
    // Ids: the canonical key; namesakes get -2, -3, ... by decreasing mentions, then first paper.
    // A stable sort, as the sequential one was, made on all cores: the drafts are distributed (stably, in root
    // order) into buckets by the first two characters of their keys, which order the buckets as the comparison
    // orders the drafts, and the buckets are sorted on all cores.
    Draft[] draftArray = sortedByBuckets(draftOfRoot, d -> d.prefix() >>> 32, Draft[]::new);
    blog.phase("sort drafts");
    List<Draft> drafts = Arrays.asList(draftArray);
    // Drafts of one key are neighbours (sorted by key), and the base is the key with its spaces as hyphens (a key
    // holds no hyphen), so without two neighbours of one key every base is distinct and is the id; otherwise the
    // suffixes are given through a set of the ids taken, which also keeps "x-2" made for a namesake apart from a
    // base "x-2".
    String[] idOf = new String[drafts.size()];
    boolean namesakes = IntStream.range(1, draftArray.length).parallel()
        .anyMatch(d -> draftArray[d].key().equals(draftArray[d - 1].key()));
    if (!namesakes) {
      Arrays.parallelSetAll(idOf, d -> draftArray[d].base());
    } else {
      Set<String> ids = new HashSet<>(2 * draftArray.length);
      Map<String, Integer> suffix = new HashMap<>();
      for (int d = 0; d < drafts.size(); d++) {
        String base = drafts.get(d).base();
        String id = base;
        while (!ids.add(id)) {
          int k = suffix.merge(base, 1, Integer::sum) + 1;
          id = base + "-" + k;
        }
        idOf[d] = id;
      }
    }
    Author[] byDraft = new Author[drafts.size()];
    IntStream.range(0, byDraft.length).parallel().forEach(d -> byDraft[d] =
        new Author(idOf[d], drafts.get(d).canonical(), drafts.get(d).variants()));
    blog.phase("ids, authors");
    for (int d = 0; d < drafts.size(); d++) {
      Draft draft = drafts.get(d);
      if (draft.oneForm()) {
        continue; // one written form: no variant to report
      }
      for (PersonName v : draft.variants()) {
        if (v != draft.canonical() && NameKeys.of(v).key.equals(draft.key())) {
          merges.add(new AuthorMerge(idOf[d], v.displayName(), draft.canonical().displayName(), "same-key",
              List.of("normalised name '" + draft.key() + "'")));
        }
      }
    }
    // Authors sorted by id; the author of each cluster. An id is its key with hyphens for spaces, and a hyphen, like
    // a space, sorts before every letter and digit a key holds, so the ids are nearly always in the drafts' order
    // already (a namesake's suffix can break it): the sort is made only when they are not.
    Author[] byIndex;
    int[] authorOfRoot = new int[g];
    boolean idOrder = IntStream.range(1, idOf.length).parallel().allMatch(d -> idOf[d - 1].compareTo(idOf[d]) < 0);
    if (idOrder) {
      byIndex = byDraft;
      IntStream.range(0, byDraft.length).parallel().forEach(d -> authorOfRoot[drafts.get(d).root()] = d);
    } else {
      Named[] byId = new Named[byDraft.length];
      Arrays.parallelSetAll(byId, d -> new Named(idOf[d], d)); // author ids are distinct
      Arrays.parallelSort(byId);
      Author[] sorted = new Author[byDraft.length];
      IntStream.range(0, byId.length).parallel().forEach(index -> { // each draft has its own root
        int d = byId[index].id();
        sorted[index] = byDraft[d];
        authorOfRoot[drafts.get(d).root()] = index;
      });
      byIndex = sorted;
    }
    List<Author> authors = Arrays.asList(byIndex);
    blog.phase("same-key lines, sort by id");
    Map<String, String> idOfForm = new HashMap<>();
    for (int d = 0; d < byDraft.length && !unassigned.isEmpty(); d++) {
      if (!drafts.get(d).named()) {
        continue;
      }
      if (drafts.get(d).oneForm()) {
        if (unassigned.contains(drafts.get(d).display())) {
          idOfForm.putIfAbsent(drafts.get(d).display(), byDraft[d].id());
        }
        continue;
      }
      for (PersonName v : byDraft[d].variants()) {
        if (unassigned.contains(v.displayName())) {
          idOfForm.putIfAbsent(v.displayName(), byDraft[d].id());
        }
      }
    }
    // Each paper's authors.
    List<Paper> papers = s.papers;
    int[][] paperAuthors = new int[papers.size()][];
    int[] placed = new int[papers.size()];
    IntStream.range(0, papers.size()).parallel().forEach(p -> {
      int[] slots = s.paperMentions[p];
      int placedNames = papers.get(p).authors().size();
      int[] out = new int[slots.length];
      int count = 0;
      for (int i = 0; i < slots.length; i++) {
        if (i == placedNames) {
          placed[p] = count;
        }
        if (slots[i] < 0) {
          continue; // junk, or listed twice (the first mention counts)
        }
        int a = authorOfRoot[rootOf[cluster[slots[i]]]];
        boolean dup = false;
        for (int j = 0; j < count; j++) {
          dup |= out[j] == a;
        }
        if (!dup) {
          out[count++] = a;
        }
      }
      if (slots.length == placedNames) {
        placed[p] = count;
      }
      paperAuthors[p] = count == out.length ? out : Arrays.copyOf(out, count);
    });
    blog.phase("paper authors");
    List<AuthorMerge> withIds = new ArrayList<>();
    for (AuthorMerge merge : merges) {
      withIds.add(merge.author().isEmpty()
          ? new AuthorMerge(idOfForm.getOrDefault(merge.variant(), ""), merge.variant(), merge.into(), merge.rule(),
              merge.evidence()) : merge);
    }
    withIds.sort(Comparator.comparing(AuthorMerge::author).thenComparing(AuthorMerge::variant)
        .thenComparing(AuthorMerge::into).thenComparing(AuthorMerge::rule)
        .thenComparing(x -> x.evidence().toString()));
    keptApart.sort(Comparator.comparing(KeptApart::name).thenComparing(KeptApart::reason)
        .thenComparing(k -> k.candidates().toString()));
    Result result = new Result(authors, paperAuthors, placed, List.copyOf(new LinkedHashSet<>(withIds)),
        List.copyOf(new LinkedHashSet<>(keptApart)), nameIssues);
    blog.phase("report lines");
    return result;
  }

  /** The most buckets {@link #sortedByBuckets} uses: two ASCII characters, or one character beyond ASCII. */
  private static final int BUCKETS = 128 * 129 + 0x10000;

  /**
   * The non-null items, sorted stably by their natural order, on all cores. {@code top} gives an item's first two
   * characters (16 bits each, the first in the high half), which the natural order must compare first; the items are
   * distributed stably into buckets by them, in the order of the characters, and the buckets are sorted on all
   * cores. O(n log(n / buckets)) comparisons, O(n) moves.
   */
  static <T extends Comparable<? super T>> T[] sortedByBuckets(T[] items, java.util.function.ToLongFunction<T> top,
      java.util.function.IntFunction<T[]> array) {
    int[] bucketOf = new int[items.length];
    int[] start = new int[BUCKETS + 1];
    int n = 0;
    for (int i = 0; i < items.length; i++) {
      if (items[i] == null) {
        bucketOf[i] = -1;
        continue;
      }
      long t = top.applyAsLong(items[i]);
      int c0 = (int) (t >>> 16) & 0xFFFF;
      int c1 = (int) t & 0xFFFF;
      int b = c0 < 128 ? c0 * 129 + Math.min(c1, 128) : 128 * 129 + c0;
      bucketOf[i] = b;
      start[b + 1]++;
      n++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      start[b + 1] += start[b];
    }
    int[] fill = Arrays.copyOf(start, BUCKETS);
    T[] out = array.apply(n);
    for (int i = 0; i < items.length; i++) {
      if (bucketOf[i] >= 0) {
        out[fill[bucketOf[i]]++] = items[i];
      }
    }
    int[] used = IntStream.range(0, BUCKETS).filter(b -> start[b + 1] - start[b] > 1).toArray();
    IntStream.range(0, used.length).parallel().forEach(u -> Arrays.sort(out, start[used[u]], start[used[u] + 1]));
    return out;
  }

  /** Both arrays one after the other; null stands for an empty array. */
  private static int[] concat(int[] x, int[] y) {
    if (x == null || y == null) {
      return x == null ? y : x;
    }
    int[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }

  /** The values in either sorted distinct array, sorted and distinct. */
  private static int[] sortedUnion(int[] x, int[] y) {
    int[] out = new int[x.length + y.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        out[n++] = x[i++];
      } else if (x[i] > y[j]) {
        out[n++] = y[j++];
      } else {
        out[n++] = x[i++];
        j++;
      }
    }
    while (i < x.length) {
      out[n++] = x[i++];
    }
    while (j < y.length) {
      out[n++] = y[j++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
