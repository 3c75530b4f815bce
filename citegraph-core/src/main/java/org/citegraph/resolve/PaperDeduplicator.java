package org.citegraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;

import org.citegraph.internal.IntUnionFind;
import org.citegraph.internal.PhaseLog;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.citegraph.model.Titles;

/**
 * Merges the records of one paper into one {@link Paper}.
 *
 * <p>Rules (also in {@code docs/resolution.md}):
 * <ol>
 *   <li>Equal records (same content and same provenance) are one record read twice; they collapse silently
 *       (re-ingestion is idempotent). Different records at one source position (papers nested in one JSON line)
 *       are different records.
 *   <li>Records sharing any identifier (version-less arXiv id, DOI, ACL Anthology, OpenAlex or Semantic Scholar id)
 *       are one paper; a shared DOI does not join records whose arXiv or ACL ids differ.
 *   <li>Otherwise, only records with the same normalised title ({@link Titles#key}) are compared, and they merge
 *       when their dates are compatible (unknown, or years at most {@value #MAX_YEAR_GAP} apart), their ids do not
 *       conflict (identifiers of the same kind, none shared), and their author lists are compatible: the visible names of a
 *       truncated list match the other list position by position; two complete lists have the same first author and
 *       share at least half of their family names.
 * </ol>
 * The merged paper keeps the fullest author list (complete before truncated, then longer, then more specific names),
 * each name upgraded to the most specific compatible variant found at its position; the union of categories,
 * affiliations and references; the most precise (then earliest) date; the longest abstract; the venue of the record
 * with the fullest list that names one; and every source in its provenance. Authors known only by an unplaced
 * mention drop out of the unplaced list once another record places them.
 *
 * <p>Running time: O(r log r) to sort and block r records, plus, within each block of records sharing a title and a
 * first author's family name, at most {@value #MAX_GROUPS_COMPARED} comparisons of O(a) per record with lists of a
 * authors: never quadratic in a block. A DOI joins two groups only when no arXiv or ACL id disagrees. The merged
 * paper's title, list and primary category come from the record with the fullest list, chosen by content, so results
 * do not depend on the input order nor on where records stand in their files.
 */
public final class PaperDeduplicator {
  /** Largest difference in years between two records of one paper (e.g. preprint and conference version). */
  public static final int MAX_YEAR_GAP = 2;

  /**
   * The outcome: merged papers sorted by id, the merges made, and the name-variant evidence found.
   *
   * @param papers one paper per distinct paper of the input, merged or as read, sorted by id; every input record is
   *     in exactly one paper's provenance
   * @param merges one entry per paper made from two or more records, in the order of {@code papers}; empty when
   *     nothing merged
   * @param variants the differently written names found at one author-list position of merged records
   */
  public record Result(List<Paper> papers, List<PaperMerge> merges, List<SlotVariant> variants) {
    /**
     * Copies the lists into immutable ones, keeping their order.
     *
     * @param papers the papers, sorted by id
     * @param merges the merges, one per paper made from two or more records
     * @param variants the name variants found at one author-list position
     * @throws NullPointerException if a list or one of its elements is null
     */
    public Result {
      papers = ImmutableList.copyOf(papers);
      merges = ImmutableList.copyOf(merges);
      variants = ImmutableList.copyOf(variants);
    }
  }

  /**
   * Two differently written names found at the same position of the author list in two records of one paper: strong
   * evidence that they name one person.
   *
   * @param paper the merged paper
   * @param kept the name kept in the merged list
   * @param variant the other written form
   */
  public record SlotVariant(PaperId paper, PersonName kept, PersonName variant) {}

  private static final Comparator<Paper> BY_FIRST_SOURCE =
      Comparator.comparing((Paper p) -> p.provenance().get(0)).thenComparing(p -> p.id())
          .thenComparing(Paper::title).thenComparing(p -> p.authors().toString())
          .thenComparing(p -> p.abstractText());

  /**
   * Merges the records by the rules of the class comment. The result does not depend on the order of the records.
   *
   * @param records the records as read, in any order, possibly several of one paper and exact re-reads
   * @return the papers, one per distinct paper, with the merges made and the name variants found
   * @throws NullPointerException if {@code records} or one of them is null
   */
  public Result deduplicate(List<Paper> records) {
    // 1. Exact re-reads collapse; sort for order independence.
    // Equal records (same content, same source and line) are one record read twice. Different records that share
    // a source position (several papers nested in one JSON line) are not.
    // Sorted first (stably, on all cores), so equal records are neighbours within a run of records that tie in the
    // order: keeping the first of each within its run gives what collapsing in input order and then sorting gave.
    PhaseLog log = PhaseLog.start("de-duplicate " + records.size());
    Paper[] all = records.toArray(new Paper[0]);
    Arrays.parallelSort(all, BY_FIRST_SOURCE);
    List<Paper> sorted = new ArrayList<>(all.length);
    for (int i = 0; i < all.length; ) {
      int j = i + 1;
      while (j < all.length && BY_FIRST_SOURCE.compare(all[i], all[j]) == 0) {
        j++;
      }
      if (j == i + 1) {
        sorted.add(all[i]);
      } else {
        sorted.addAll(new LinkedHashSet<>(Arrays.asList(all).subList(i, j)));
      }
      i = j;
    }
    int n = sorted.size();
    log.phase("sort, re-reads");
    IntUnionFind parent = new IntUnionFind(n);
    List<String> reasons = new ArrayList<>(); // reason codes of the union-find: per merged pair, never per root

    // 2. Shared identifiers (any of a record's arXiv id, DOI, ACL, OpenAlex or Semantic Scholar ids). Strong ids
    // (arXiv, ACL, OpenAlex, Semantic Scholar) first; then DOIs, which join two groups only when no arXiv or ACL id
    // of one disagrees with the other's (DOIs are often truncated or shared by a whole proceedings volume).
    // Every identifier of every record in one row (record by record, listed once on all cores), numbered in order of
    // first occurrence (FirstSeenIds, on all cores): the first record holding each id is the one a map from ids to
    // records filled in record order would give, without a million boxed entries in one sequential map.
    @SuppressWarnings("unchecked")
    List<PaperId>[] idsOf = new List[n];
    IntStream.range(0, n).parallel().forEach(i -> idsOf[i] = sorted.get(i).identifiers());
    int[] idStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      idStart[i + 1] = idStart[i] + idsOf[i].size();
    }
    PaperId[] allIds = new PaperId[idStart[n]];
    int[] recordOfId = new int[allIds.length];
    IntStream.range(0, n).parallel().forEach(i -> {
      for (int k = idStart[i]; k < idStart[i + 1]; k++) {
        allIds[k] = idsOf[i].get(k - idStart[i]);
        recordOfId[k] = i;
      }
    });
    FirstSeenIds idNumbers = FirstSeenIds.of(allIds.length, k -> allIds[k],
        k -> FirstSeenIds.hash(allIds[k].value()) ^ (allIds[k].scheme().ordinal() * 0x9E3779B97F4A7C15L));
    Map<Integer, Set<PaperId>> strong = new HashMap<>();
    // The arXiv and ACL ids of each group matter only when two records share a DOI (or one lists a DOI twice).
    boolean sharedDoi = IntStream.range(0, allIds.length).parallel().anyMatch(k ->
        allIds[k].scheme() == PaperId.Scheme.DOI && idNumbers.firsts[idNumbers.ids[k]] != k);
    for (boolean doiPass : new boolean[] {false, true}) {
      if (doiPass && sharedDoi) {
        for (int k = 0; k < allIds.length; k++) {
          PaperId id = allIds[k];
          if (id.scheme() == PaperId.Scheme.ARXIV || id.scheme() == PaperId.Scheme.ACL) {
            strong.computeIfAbsent(parent.find(recordOfId[k]), r -> new HashSet<>()).add(id);
          }
        }
      }
      for (int i = 0; i < n; i++) {
        for (int k = idStart[i]; k < idStart[i + 1]; k++) {
          PaperId id = allIds[k];
          if (id.scheme() == PaperId.Scheme.HASH || (id.scheme() == PaperId.Scheme.DOI) != doiPass) {
            continue;
          }
          int other = recordOfId[idNumbers.firsts[idNumbers.ids[k]]]; // the first record holding the id
          if (other == i || parent.connected(other, i)) {
            continue;
          }
          Set<PaperId> a = strong.getOrDefault(parent.find(other), Set.of());
          Set<PaperId> b = strong.getOrDefault(parent.find(i), Set.of());
          if (doiPass && strongIdsDisagree(a, b)) {
            continue;
          }
          strong.remove(parent.find(other));
          strong.remove(parent.find(i));
          parent.union(other, i, reasons.size());
          reasons.add("same " + id.scheme().prefix() + " id " + id.value());
          if (doiPass && !(a.isEmpty() && b.isEmpty())) {
            Set<PaperId> both = new HashSet<>(a);
            both.addAll(b);
            strong.put(parent.find(i), both);
          }
        }
      }
    }

    log.phase("identifiers");
    // 3. Title blocks, split by the first author's family name (two records of one paper have compatible first
    // authors, or one of them lists nobody in place). Each record is compared with at most MAX_GROUPS_COMPARED
    // groups of its block, not with every record: a block of 40,000 distinct "Erratum" records costs no more than
    // its sub-blocks, and a million copies of one record form one group.
    // Blocks in the order of their keys, each block's records ascending (keys folded on all cores). Equal keys get
    // one id (FirstSeenIds; a file of one record repeated a million times holds one key, not a million), the
    // compared blocks' keys are sorted, and the records are placed by a counting sort over their ranks, so only
    // distinct keys are compared as strings and no record index is boxed.
    TitleBlocks blocks = titleBlocks(sorted);
    BlockKey[] distinct = blocks.keys();
    int[] runStart = blocks.runStart();
    int[] byKey = blocks.records();
    int runs = distinct.length;
    log.phase("title keys");
    Map<String, Integer> noFirst = new HashMap<>();
    for (int b = 0; b < runs; b++) {
      if (distinct[b].key.endsWith("\u0000")) {
        noFirst.put(distinct[b].key, b);
      }
    }
    for (int b = 0; b < runs; b++) {
      String key = distinct[b].key;
      Integer unplaced = noFirst.isEmpty() || key.endsWith("\u0000") ? null
          : noFirst.get(titlePart(key));
      if (runStart[b + 1] - runStart[b] == 1 && unplaced == null) {
        continue; // one record and nothing to compare it with: it joins no group
      }
      List<Integer> reps = new ArrayList<>();
      for (int r = runStart[b]; r < runStart[b + 1]; r++) {
        compareWithGroups(byKey[r], reps, sorted, parent, reasons);
      }
      if (unplaced != null) {
        for (int r = runStart[unplaced]; r < runStart[unplaced + 1]; r++) {
          compareWithGroups(byKey[r], reps, sorted, parent, reasons);
        }
      }
    }

    log.phase("title blocks");
    // 4. Build merged papers.
    // Groups of two or more records by root; a record alone is its own paper (the root is its smallest record).
    Map<Integer, List<Paper>> groups = new HashMap<>();
    int[] groupSize = new int[n];
    for (int i = 0; i < n; i++) {
      groupSize[parent.find(i)]++;
    }
    for (int i = 0; i < n; i++) {
      int root = parent.find(i);
      if (groupSize[root] > 1) {
        groups.computeIfAbsent(root, k -> new ArrayList<>()).add(sorted.get(i));
      }
    }
    // A group's reason: that of its earliest merge (identifiers before titles), whichever record is its root.
    int[] firstReason = parent.firstReasons();
    List<Paper> papers = new ArrayList<>(n);
    List<PaperMerge> merges = new ArrayList<>();
    Map<SourceRef, String> mergeReasons = new HashMap<>();
    List<SlotVariant> variants = new ArrayList<>();
    for (int root = 0; root < n; root++) {
      if (groupSize[root] == 0) {
        continue; // not a root
      }
      if (groupSize[root] == 1) {
        papers.add(sorted.get(root));
        continue;
      }
      Paper merged = merge(groups.get(root), variants);
      papers.add(merged);
      int reason = firstReason[root];
      mergeReasons.put(merged.provenance().get(0),
          reason == IntUnionFind.NO_REASON ? "same normalised title" : reasons.get(reason));
    }
    Paper[] ordered = papers.toArray(new Paper[0]);
    Arrays.parallelSort(ordered, Comparator.comparing(Paper::id).thenComparing(p -> p.provenance().get(0)));
    papers = new ArrayList<>(Arrays.asList(ordered));
    makeIdsUnique(papers);
    for (Paper p : papers) {
      if (p.provenance().size() > 1) {
        merges.add(new PaperMerge(p.id(), p.title(), p.provenance(), mergeReasons.get(p.provenance().get(0))));
      }
    }
    log.phase("merged papers");
    return new Result(papers, merges, variants);
  }

  /**
   * The title blocks that compare something, in key order: their keys, and their records as runs {@code
   * records[runStart[b] .. runStart[b + 1])}, each run ascending. A method of its own so that its per-record arrays
   * are garbage once it returns (a million copies of one record must merge in a small heap).
   */
  private static TitleBlocks titleBlocks(List<Paper> sorted) {
    int n = sorted.size();
    // A record with the title and first author of the record before it (copies of one paper are neighbours once
    // sorted) shares that record's key string: a million copies hold one string, not a million.
    // In runs whose titles and first authors are touched first (CacheRuns): the records lie all over the heap.
    String[] keyOf = new String[n];
    CacheRuns.forEach(n, i -> {
      Paper p = sorted.get(i);
      return p.title().length() + (p.authors().isEmpty() ? 0 : CacheRuns.touch(p.authors().get(0)));
    }, i -> {
      Paper p = sorted.get(i);
      if (i > 0 && sameTitleAndFirstAuthor(sorted.get(i - 1), p)) {
        return; // filled from the record before, below
      }
      String first = p.authors().isEmpty() ? "" : p.authors().get(0).familyKey();
      keyOf[i] = Titles.key(p.title()) + "\u0000" + first;
    });
    for (int i = 1; i < n; i++) {
      if (keyOf[i] == null) {
        keyOf[i] = keyOf[i - 1];
      }
    }
    FirstSeenIds keyIds = FirstSeenIds.of(n, i -> keyOf[i], i -> FirstSeenIds.hash(keyOf[i]));
    int[] recordsOfKey = new int[keyIds.count()];
    for (int i = 0; i < n; i++) {
      recordsOfKey[keyIds.ids[i]]++;
    }
    // Only blocks that compare something are sorted and laid out: those of two or more records, those of records
    // without a first author (compared with every block of their title), and the blocks of a title that has such
    // records. A block of one record is otherwise skipped, so leaving it out changes nothing, and in most corpora
    // nearly every title is its own block of one.
    Set<String> unplacedTitles = new HashSet<>();
    for (int first : keyIds.firsts) {
      if (keyOf[first].endsWith("\u0000")) {
        unplacedTitles.add(keyOf[first]);
      }
    }
    BlockKey[] distinct = IntStream.range(0, keyIds.count()).parallel()
        .filter(d -> recordsOfKey[d] > 1
            || !unplacedTitles.isEmpty() && unplacedTitles.contains(titlePart(keyOf[keyIds.firsts[d]])))
        .mapToObj(d -> new BlockKey(keyOf[keyIds.firsts[d]], d)).toArray(BlockKey[]::new);
    Arrays.fill(keyOf, null); // one string per record until here; from now on one per compared block
    Arrays.parallelSort(distinct, (a, b) -> AuthorResolver.comparePrefixed(a.prefix, a.key, b.prefix, b.key));
    int[] rankOfKey = new int[keyIds.count()];
    Arrays.fill(rankOfKey, -1);
    for (int r = 0; r < distinct.length; r++) {
      rankOfKey[distinct[r].id] = r;
    }
    int[] runStart = new int[distinct.length + 1];
    for (int i = 0; i < n; i++) {
      int r = rankOfKey[keyIds.ids[i]];
      if (r >= 0) {
        runStart[r + 1]++;
      }
    }
    for (int r = 0; r < distinct.length; r++) {
      runStart[r + 1] += runStart[r];
    }
    // The blocks as runs [runStart[b], runStart[b + 1]) of byKey; records placing nobody by their title.
    int[] byKey = new int[runStart[distinct.length]];
    int[] fill = Arrays.copyOf(runStart, distinct.length);
    for (int i = 0; i < n; i++) {
      int r = rankOfKey[keyIds.ids[i]];
      if (r >= 0) {
        byKey[fill[r]++] = i;
      }
    }
    return new TitleBlocks(distinct, runStart, byKey);
  }

  /** The compared title blocks: their keys in order, and their records as runs of {@code records}. */
  private record TitleBlocks(BlockKey[] keys, int[] runStart, int[] records) {}

  /** Whether two records have one title and one first author (or none): then they have one block key. */
  private static boolean sameTitleAndFirstAuthor(Paper a, Paper b) {
    if (!a.title().equals(b.title()) || a.authors().isEmpty() != b.authors().isEmpty()) {
      return false;
    }
    return a.authors().isEmpty() || a.authors().get(0).equals(b.authors().get(0));
  }

  /** The title part of a block key with its separator ("title\u0000"): the key of the title's unplaced block. */
  private static String titlePart(String key) {
    return key.substring(0, key.indexOf('\u0000') + 1);
  }

  /** A title block's key, shared by its records, and its id among the distinct keys. */
  private static final class BlockKey {
    final String key;
    /** The key's first four characters packed ({@link AuthorResolver#prefix}): most comparisons end there. */
    final long prefix;
    /** The key's id among the distinct keys. */
    final int id;

    BlockKey(String key, int id) {
      this.key = key;
      this.prefix = AuthorResolver.prefix(key);
      this.id = id;
    }
  }

  /** Most groups of a title block one record is compared with (the most recent ones). */
  public static final int MAX_GROUPS_COMPARED = 256;

  /**
   * Compares record i with one representative of each group of its block seen so far (newest first, at most
   * {@value #MAX_GROUPS_COMPARED}), joining every group it is compatible with; adds i as a representative when it
   * joined none.
   */
  private static void compareWithGroups(int i, List<Integer> reps, List<Paper> sorted, IntUnionFind parent,
      List<String> reasons) {
    boolean joined = false;
    int checked = 0;
    for (int r = reps.size() - 1; r >= 0 && checked < MAX_GROUPS_COMPARED; r--) {
      int j = reps.get(r);
      checked++;
      if (parent.connected(i, j)) {
        joined = true;
        continue;
      }
      Optional<String> why = compatible(sorted.get(j), sorted.get(i));
      if (why.isPresent()) {
        parent.union(j, i, reasons.size());
        reasons.add(why.get());
        joined = true;
      }
    }
    if (!joined) {
      reps.add(i);
    }
  }

  /** Whether two groups both carry an arXiv (or ACL) id and share none of that scheme. */
  private static boolean strongIdsDisagree(Set<PaperId> a, Set<PaperId> b) {
    for (PaperId.Scheme scheme : new PaperId.Scheme[] {PaperId.Scheme.ARXIV, PaperId.Scheme.ACL}) {
      boolean inA = false;
      boolean inB = false;
      boolean shared = false;
      for (PaperId x : a) {
        if (x.scheme() == scheme) {
          inA = true;
          shared |= b.contains(x);
        }
      }
      for (PaperId y : b) {
        inB |= y.scheme() == scheme;
      }
      if (inA && inB && !shared) {
        return true;
      }
    }
    return false;
  }

  /**
   * Papers left apart whose content hashes collide (same title, first author and year, but incompatible author lists
   * or conflicting ids) get a hash that also covers their first source, so ids stay unique and deterministic.
   */
  private static void makeIdsUnique(List<Paper> papers) {
    boolean changed = false;
    for (int i = 0; i < papers.size(); i++) {
      int j = i;
      while (j + 1 < papers.size() && papers.get(j + 1).id().equals(papers.get(i).id())) {
        j++;
      }
      for (int k = i + 1; k <= j && papers.get(k).id().scheme() == PaperId.Scheme.HASH; k++) {
        changed = true;
        Paper p = papers.get(k);
        papers.set(k, p.toBuilder().id(PaperId.contentHash(Titles.key(p.title()), p.provenance().get(0).toString()))
            .build());
      }
      i = j;
    }
    if (changed) {
      Paper[] byId = papers.toArray(new Paper[0]);
      Arrays.parallelSort(byId, Comparator.comparing(Paper::id));
      papers.clear();
      papers.addAll(Arrays.asList(byId));
    }
  }

  /** Why two records with the same title key are one paper, or empty when they are not. */
  static Optional<String> compatible(Paper a, Paper b) {
    if (conflictingIds(a, b)) {
      return Optional.empty();
    }
    if (a.date().isPresent() && b.date().isPresent()
        && Math.abs(a.date().get().year() - b.date().get().year()) > MAX_YEAR_GAP) {
      return Optional.empty();
    }
    List<PersonName> x = a.authors();
    List<PersonName> y = b.authors();
    if (x.isEmpty() || y.isEmpty()) {
      return matchesAnywhere(a.allAuthors(), b.allAuthors())
          ? Optional.of("same normalised title; shared author") : Optional.empty();
    }
    if (!a.authorListComplete() || !b.authorListComplete()) {
      List<PersonName> truncated = !a.authorListComplete() ? x : y;
      List<PersonName> other = truncated == x ? y : x;
      boolean otherTruncated = truncated == x ? !b.authorListComplete() : !a.authorListComplete();
      int check = Math.min(truncated.size(), other.size());
      if (!otherTruncated && truncated.size() > other.size()) {
        return Optional.empty();
      }
      for (int i = 0; i < check; i++) {
        if (!NameMatching.compatible(truncated.get(i), other.get(i))) {
          return Optional.empty();
        }
      }
      return Optional.of("same normalised title; truncated author list matches the other list position by position");
    }
    if (!NameMatching.compatible(x.get(0), y.get(0))) {
      return Optional.empty();
    }
    Set<String> fx = new HashSet<>();
    x.forEach(p -> fx.add(p.familyKey()));
    Set<String> fy = new HashSet<>();
    y.forEach(p -> fy.add(p.familyKey()));
    Set<String> union = new HashSet<>(fx);
    union.addAll(fy);
    fx.retainAll(fy);
    if (fx.size() * 2 < union.size()) {
      return Optional.empty();
    }
    return Optional.of(x.size() == y.size() && fx.size() == union.size()
        ? "same normalised title; same authors"
        : "same normalised title; same first author and " + fx.size() + " of " + union.size() + " family names");
  }

  /** Whether both records carry an identifier of some scheme and share none of that scheme. */
  static boolean conflictingIds(Paper a, Paper b) {
    for (PaperId x : a.identifiers()) {
      if (x.scheme() == PaperId.Scheme.HASH) {
        continue;
      }
      boolean sameSchemeInB = false;
      for (PaperId y : b.identifiers()) {
        if (y.scheme() == x.scheme()) {
          sameSchemeInB = true;
          if (y.equals(x)) {
            return false;
          }
        }
      }
      if (sameSchemeInB && a.identifiers().stream().noneMatch(b.identifiers()::contains)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAnywhere(List<PersonName> x, List<PersonName> y) {
    for (PersonName p : x) {
      for (PersonName q : y) {
        if (NameMatching.compatible(p, q)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Comparator<Paper> FULLEST_LIST = Comparator
      .comparing((Paper p) -> !p.authorListComplete())
      .thenComparing(p -> -p.authors().size())
      .thenComparing(p -> -p.authors().stream().mapToInt(PersonName::specificity).sum())
      .thenComparing(p -> p.authors().toString())
      .thenComparing(Paper::title)
      .thenComparing(Paper::abstractText)
      .thenComparing(p -> p.provenance().get(0));

  private static Paper merge(List<Paper> group, List<SlotVariant> variants) {
    Paper base = group.stream().min(FULLEST_LIST).orElseThrow();
    Paper.Builder b = Paper.builder();
    List<Paper> bySource = new ArrayList<>(group);
    bySource.sort(BY_FIRST_SOURCE);

    // Author list: the fullest list, each position upgraded to its most specific compatible variant.
    List<PersonName> authors = new ArrayList<>(base.authors());
    List<Set<PersonName>> seen = new ArrayList<>();
    for (PersonName p : authors) {
      Set<PersonName> s = new TreeSet<>(Comparator.comparing(PersonName::displayName));
      s.add(p);
      seen.add(s);
    }
    for (Paper r : bySource) {
      for (int i = 0; i < Math.min(r.authors().size(), authors.size()); i++) {
        PersonName candidate = r.authors().get(i);
        if (NameMatching.compatible(candidate, authors.get(i))) {
          seen.get(i).add(candidate);
          if (candidate.specificity() > authors.get(i).specificity()) {
            authors.set(i, candidate);
          }
        }
      }
    }
    // Unplaced mentions that no record placed.
    List<PersonName> unplaced = new ArrayList<>();
    for (Paper r : bySource) {
      for (PersonName u : r.unplacedAuthors()) {
        boolean placed = authors.stream().anyMatch(p -> NameMatching.compatible(p, u));
        boolean dup = unplaced.stream().anyMatch(p -> p.key().equals(u.key()));
        if (!placed && !dup) {
          unplaced.add(u);
        }
      }
    }
    b.authors(authors).authorListComplete(base.authorListComplete());
    unplaced.forEach(b::unplacedAuthor);

    // Title and abstract.
    // The title of the record with the fullest list (by content, so that it does not depend on where the records
    // stand in their files).
    b.title(base.title());
    b.abstractText(group.stream().map(Paper::abstractText)
        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder())).orElse(""));

    // Date: most precise, then earliest.
    group.stream().flatMap(p -> p.date().stream())
        .min(Comparator.comparing((PubDate d) -> -d.precision().ordinal()).thenComparing(d -> d))
        .ifPresent(b::date);

    // Categories: primary of the first record that has one, then the union in source order.
    List<Paper> byContent = new ArrayList<>(group);
    byContent.sort(FULLEST_LIST);
    byContent.stream().flatMap(p -> p.primaryCategory().stream()).findFirst().ifPresent(b::primaryCategory);
    byContent.stream().flatMap(p -> p.venue().stream()).findFirst().ifPresent(b::venue);
    for (Paper r : bySource) {
      for (Category c : r.categories()) {
        b.category(c);
      }
      r.affiliations().forEach(b::affiliation);
    }
    b.hasCode(group.stream().anyMatch(Paper::hasCode));
    OptionalInt citations = group.stream().flatMapToInt(p -> p.citationCount().stream()).max();
    citations.ifPresent(b::citationCount);
    Set<String> refs = new TreeSet<>();
    group.forEach(p -> refs.addAll(p.references()));
    refs.forEach(b::reference);
    // An array-backed sorted set: a group can hold a million re-read records, and a tree set would take ten times
    // the memory.
    group.stream().flatMap(p -> p.provenance().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.<SourceRef>naturalOrder())).forEach(b::source);

    group.stream().flatMap(p -> p.identifiers().stream()).filter(id -> id.scheme() != PaperId.Scheme.HASH)
        .forEach(b::identifier);
    group.stream().flatMap(p -> p.updated().stream()).max(Comparator.naturalOrder()).ifPresent(b::updated);
    Paper merged = b.build();
    for (int i = 0; i < authors.size(); i++) {
      for (PersonName v : seen.get(i)) {
        if (!v.key().equals(authors.get(i).key())) {
          variants.add(new SlotVariant(merged.id(), authors.get(i), v));
        }
      }
    }
    return merged;
  }
}
