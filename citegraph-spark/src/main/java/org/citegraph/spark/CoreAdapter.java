package org.citegraph.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.citegraph.io.IngestIssue;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;
import org.citegraph.model.Titles;
import org.citegraph.resolve.AuthorMerge;
import org.citegraph.resolve.AuthorResolver;
import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.EvidenceStatistics;
import org.citegraph.resolve.KeptApart;
import org.citegraph.resolve.NameFilter;
import org.citegraph.resolve.PaperDeduplicator;

/**
 * The one place where the Spark jobs meet the core's de-duplication and resolution: everything here calls
 * {@link PaperDeduplicator} and {@link AuthorResolver} on one group of records, so both paths share one definition of
 * a paper and a person. Nothing here knows Spark.
 *
 * <p><b>Papers.</b> Records that share an identifier or a normalised title are linked; each connected group goes
 * through {@link PaperDeduplicator#deduplicate} as a whole. Every merge the de-duplicator can make (shared id, same
 * title) and every id clash it repairs is inside one group, and its union-find sees each group's records in the same
 * relative order as in one embedded run, so the papers equal the embedded ones.
 *
 * <p><b>Authors.</b> The resolver only ever joins two names of one block (first initial and family key), or, by
 * the same-slot rule, two compatible names (same family key) whose blocks are then treated as one group. Its
 * evidence for a name is the paper list, the folded affiliations and the co-authors' blocks of the papers naming it,
 * and whether such a paper has at most {@link AuthorResolver#MAX_AUTHORS_FOR_EVIDENCE} authors; its weights come from
 * the corpus-wide {@link EvidenceStatistics}. A group therefore receives every paper naming one of its names: whole
 * (without abstract) when it has at most that many names, else only the group's names padded with a filler name
 * beyond the limit (so the evidence rule still sees a large paper), with its title, categories, affiliations, venue and
 * references, and the resolver runs on the group with the corpus's statistics
 * ({@link AuthorResolver#resolve(List, List, EvidenceStatistics)}; the job joins just the values the group looks up,
 * {@link EvidenceStatistics#ofLookups}, which resolve identically); the authors of the group's own names are kept.
 * O(Σ over papers of groups × names) ≤ (1 + {@value AuthorResolver#MAX_AUTHORS_FOR_EVIDENCE}) × mentions.
 */
public final class CoreAdapter {
  private CoreAdapter() {}

  /** Prefix of the title key among a record's linking keys. */
  static final String TITLE_KEY = "title:";

  /**
   * The filler name that pads a hyper-authored paper's slice past the evidence limit. Its family key holds digits no
   * real family name fold gives in practice; {@link #resolveGroup} refuses a group that contains it.
   */
  static final PersonName FILLER = new PersonName("", "", "zz0filler0citegraph", "");

  /**
   * The keys linking one record to the others of its paper: each identifier other than a content hash, and its
   * normalised title.
   *
   * @param record a record as read
   * @return the keys, at least the title key
   */
  public static List<String> linkKeys(Paper record) {
    List<String> keys = new ArrayList<>(3);
    for (PaperId id : record.identifiers()) {
      if (id.scheme() != PaperId.Scheme.HASH) {
        keys.add(id.toString());
      }
    }
    keys.add(TITLE_KEY + Titles.key(record.title()));
    return keys;
  }

  /**
   * De-duplicates one linked group of records with the core's {@link PaperDeduplicator}.
   *
   * @param records the records of one group, in any order
   * @return the merged papers and the same-slot name variants found
   */
  public static PaperDeduplicator.Result deduplicate(List<Paper> records) {
    return new PaperDeduplicator().deduplicate(records);
  }

  /**
   * The evidence statistics of some de-duplicated papers, counted in memory (the job counts them by a join
   * instead); the statistics of disjoint parts add up with {@link EvidenceStatistics#plus} to the corpus's.
   *
   * @param papers de-duplicated papers
   * @return their statistics
   */
  public static EvidenceStatistics statistics(java.util.Iterator<Paper> papers) {
    List<Paper> list = new ArrayList<>();
    papers.forEachRemaining(list::add);
    return EvidenceStatistics.of(list);
  }

  /**
   * The resolution group of a name: its block key, or the group that the same-slot rule joined it to.
   *
   * @param name a name
   * @param joined block key to group key, for blocks joined by same-slot variants (absent: the block itself)
   * @return the group key
   */
  public static String groupOf(PersonName name, Map<String, String> joined) {
    String block = name.blockKey();
    return joined.getOrDefault(block, block);
  }

  /**
   * The slices of one paper, one per resolution group of its names.
   *
   * @param paper a de-duplicated paper
   * @param joined block key to group key (see {@link #groupOf})
   * @return group key to slice
   */
  public static Map<String, Slice> slices(Paper paper, Map<String, String> joined) {
    List<PersonName> all = paper.allAuthors();
    Map<String, List<Integer>> byGroup = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byGroup.computeIfAbsent(groupOf(all.get(i), joined), g -> new ArrayList<>()).add(i);
    }
    Map<String, Slice> out = new HashMap<>();
    if (all.size() <= AuthorResolver.MAX_AUTHORS_FOR_EVIDENCE) {
      Paper slim = new Paper(paper.id(), paper.alternateIds(), paper.title(), paper.authors(),
          paper.authorListComplete(), paper.unplacedAuthors(), Optional.empty(), Optional.empty(),
          paper.primaryCategory(), paper.categories(), "", paper.affiliations(), paper.venue(), false,
          OptionalInt.empty(),
          paper.references(), List.of(paper.provenance().get(0)));
      for (String g : byGroup.keySet()) {
        out.put(g, new Slice(slim, null, paper.authors().size()));
      }
      return out;
    }
    int placedNames = paper.authors().size();
    for (Map.Entry<String, List<Integer>> e : byGroup.entrySet()) {
      List<Integer> idx = e.getValue();
      List<PersonName> placed = new ArrayList<>();
      List<PersonName> unplaced = new ArrayList<>();
      for (int i : idx) {
        (i < placedNames ? placed : unplaced).add(all.get(i));
      }
      // Padding keeps the paper above the evidence limit, as the whole paper is.
      while (placed.size() + unplaced.size() <= AuthorResolver.MAX_AUTHORS_FOR_EVIDENCE) {
        placed.add(FILLER);
      }
      Paper slim = new Paper(paper.id(), paper.alternateIds(), paper.title(), placed, paper.authorListComplete(),
          unplaced, Optional.empty(), Optional.empty(), paper.primaryCategory(), paper.categories(), "",
          paper.affiliations(), paper.venue(), false, OptionalInt.empty(), paper.references(),
          List.of(paper.provenance().get(0)));
      int[] index = new int[idx.size()];
      int k = 0;
      for (int i : idx) {
        if (i < placedNames) {
          index[k++] = i;
        }
      }
      for (int i : idx) {
        if (i >= placedNames) {
          index[k++] = i;
        }
      }
      out.put(e.getKey(), new Slice(slim, index, placedNames));
    }
    return out;
  }

  /**
   * What one resolution group receives of one paper.
   *
   * @param paper the paper as the group's resolver sees it (whole, or the group's names and padding)
   * @param index for a padded slice, the position in the original {@link Paper#allAuthors()} of each of the group's
   *     names in {@code paper.allAuthors()} order (placed then unplaced, padding skipped); null for a whole paper
   * @param placedNames the number of placed names of the original paper
   */
  public record Slice(Paper paper, int[] index, int placedNames) {}

  /**
   * A same-slot variant with its place among the variants the de-duplicator found for its paper. The resolver
   * applies same-slot evidence in the order given, and the order can decide which of two incompatible fuller names a
   * partial name joins ("N. Tintomo" at one position of a paper written "Nesa Tintomo", at one of another written
   * "Nora Tintomo"); a group therefore puts its variants back into the embedded order ({@link #embeddedOrder}),
   * whatever order a shuffle delivers them in.
   *
   * @param variant the variant
   * @param ordinal its index among its paper's variants, in the de-duplicator's order
   */
  public record OrderedVariant(PaperDeduplicator.SlotVariant variant, int ordinal) {
    /**
     * Validates.
     *
     * @param variant the variant
     * @param ordinal its index among its paper's variants, at least 0
     * @throws IllegalArgumentException if the ordinal is negative
     */
    public OrderedVariant {
      if (ordinal < 0) {
        throw new IllegalArgumentException("a variant's ordinal must not be negative, got " + ordinal);
      }
    }
  }

  /**
   * Numbers the variants of one de-duplication per paper, in the order given.
   *
   * @param variants the variants as {@link PaperDeduplicator.Result#variants()} lists them
   * @return the variants with their ordinals, in the same order
   */
  public static List<OrderedVariant> ordered(List<PaperDeduplicator.SlotVariant> variants) {
    Map<PaperId, Integer> next = new HashMap<>();
    List<OrderedVariant> out = new ArrayList<>(variants.size());
    for (PaperDeduplicator.SlotVariant v : variants) {
      out.add(new OrderedVariant(v, next.merge(v.paper(), 1, Integer::sum) - 1));
    }
    return out;
  }

  /**
   * The same-slot variants of a group in the order the embedded de-duplication lists them: by the paper's earliest
   * source (the de-duplicator merges the groups of records in the order of their earliest record), then the
   * paper's id, then the ordinal. Exact unless two papers' earliest records share one source position (several papers
   * nested in one record), which are then ordered by paper id.
   *
   * @param variants the group's variants, in any order
   * @param firstSource paper id to the paper's earliest source
   * @return the variants in order
   */
  static List<PaperDeduplicator.SlotVariant> embeddedOrder(List<OrderedVariant> variants,
      Map<PaperId, SourceRef> firstSource) {
    List<OrderedVariant> sorted = new ArrayList<>(variants);
    sorted.sort(Comparator.comparing((OrderedVariant v) -> firstSource.get(v.variant().paper()),
            Comparator.nullsLast(Comparator.<SourceRef>naturalOrder()))
        .thenComparing(v -> v.variant().paper()).thenComparingInt(OrderedVariant::ordinal));
    return sorted.stream().map(OrderedVariant::variant).toList();
  }

  /** One (paper, author) pair of a group: the first mention of the author on the paper. */
  public record Authorship(PaperId paper, String author, int position, boolean placed, PersonName name) {}

  /**
   * What one group resolves to: its authors, their authorships, merges, names kept apart, and the issues of the
   * group's own names that became no author (junk, or listed twice on a paper).
   */
  public record GroupResult(List<Author> authors, List<Authorship> authorships, List<AuthorMerge> merges,
      List<KeptApart> keptApart, List<IngestIssue> nameIssues) {}

  /**
   * Resolves one group with the core's {@link AuthorResolver} (no user decisions).
   *
   * @param group the group key
   * @param slices the group's slices, in any order
   * @param variants the same-slot variants whose names belong to the group, in any order ({@link #ordered})
   * @param joined block key to group key (see {@link #groupOf})
   * @param statistics the evidence statistics of the whole de-duplicated corpus ({@link #statistics})
   * @return the group's authors (those whose names belong to the group) with their authorships
   * @throws IllegalStateException if a real name folds to the filler's key, or the resolver made one author of two
   *     names of one paper (only a must-link decision does, and this path takes none)
   * @throws IllegalArgumentException if the statistics were not counted over the corpus holding the slices
   */
  public static GroupResult resolveGroup(String group, List<Slice> slices, List<OrderedVariant> variants,
      Map<String, String> joined, EvidenceStatistics statistics) {
    List<Slice> sorted = new ArrayList<>(slices);
    sorted.sort(Comparator.comparing((Slice s) -> s.paper().id()));
    List<Paper> papers = new ArrayList<>(sorted.size());
    Set<String> groupNames = new HashSet<>();
    Map<PaperId, SourceRef> firstSource = new HashMap<>();
    for (Slice s : sorted) {
      papers.add(s.paper());
      firstSource.put(s.paper().id(), s.paper().provenance().get(0));
      for (PersonName n : s.paper().allAuthors()) {
        if (!n.equals(FILLER) && groupOf(n, joined).equals(group)) {
          if (n.familyKey().equals(FILLER.familyKey())) {
            throw new IllegalStateException("The name " + n + " collides with the resolver's padding name");
          }
          groupNames.add(n.displayName());
        }
      }
    }
    List<PaperDeduplicator.SlotVariant> vs = embeddedOrder(variants, firstSource);
    for (PaperDeduplicator.SlotVariant v : vs) {
      groupNames.add(v.variant().displayName());
      groupNames.add(v.kept().displayName());
    }
    AuthorResolver.Result r = new AuthorResolver(Decisions.NONE).resolve(papers, vs, statistics);
    List<Author> authors = new ArrayList<>();
    for (Author a : r.authors()) {
      if (groupOf(a.name(), joined).equals(group)) {
        authors.add(a);
      }
    }
    // Each name's author as the resolver assigned it (not by the name's key: a same-slot variant is listed among the
    // variants of the author it was written for, while its own mentions may belong to another author).
    List<Authorship> authorships = new ArrayList<>();
    for (int p = 0; p < sorted.size(); p++) {
      Slice s = sorted.get(p);
      int[] row = r.paperAuthors()[p];
      Set<String> keys = new HashSet<>();
      Set<String> seen = new HashSet<>();
      int next = 0;
      int k = 0;
      for (PersonName n : s.paper().allAuthors()) {
        boolean filler = n.equals(FILLER);
        int position = filler ? -1 : s.index() == null ? k : s.index()[k];
        k += filler ? 0 : 1;
        if (NameFilter.problem(n).isPresent() || !keys.add(n.key())) {
          continue; // no author made of it (a name issue), or counted at its first mention
        }
        if (next == row.length) {
          throw new IllegalStateException("paper " + s.paper().id() + ": the resolver made one author of two "
              + "names of the paper; the group-wise path takes no must-link decisions");
        }
        Author a = r.authors().get(row[next++]);
        if (!filler && groupOf(n, joined).equals(group) && seen.add(a.id())) {
          authorships.add(new Authorship(s.paper().id(), a.id(), position, position < s.placedNames(), n));
        }
      }
      if (next != row.length) {
        throw new IllegalStateException("paper " + s.paper().id() + ": " + row.length + " authors for " + next
            + " names");
      }
    }
    List<AuthorMerge> merges = new ArrayList<>();
    for (AuthorMerge m : r.merges()) {
      if (groupNames.contains(m.variant())) {
        merges.add(m);
      }
    }
    List<KeptApart> kept = new ArrayList<>();
    for (KeptApart k : new LinkedHashSet<>(r.keptApart())) {
      if (groupNames.contains(k.name())) {
        kept.add(k);
      }
    }
    return new GroupResult(authors, authorships, merges, kept, ownNameIssues(group, papers, r.nameIssues(), joined));
  }

  /**
   * The name issues of the group's own names. The resolver reports them in paper order, then name order: a name
   * with a {@link NameFilter#problem}, or a name whose key an earlier kept name of the paper has. Walking the papers
   * the same way pairs each issue with its name; the group keeps those of its names (every other group reports its
   * own), so each issue is counted once over all groups.
   */
  private static List<IngestIssue> ownNameIssues(String group, List<Paper> papers, List<IngestIssue> issues,
      Map<String, String> joined) {
    List<IngestIssue> own = new ArrayList<>();
    int next = 0;
    for (Paper p : papers) {
      Set<String> keys = new HashSet<>();
      for (PersonName n : p.allAuthors()) {
        boolean issue = NameFilter.problem(n).isPresent() || !keys.add(n.key());
        if (!issue) {
          continue;
        }
        if (next >= issues.size()) {
          throw new IllegalStateException("the resolver reported fewer name issues than the group's papers hold");
        }
        IngestIssue i = issues.get(next++);
        if (!n.equals(FILLER) && groupOf(n, joined).equals(group)) {
          own.add(i);
        }
      }
    }
    if (next != issues.size()) {
      throw new IllegalStateException("the resolver reported " + issues.size() + " name issues, the group's papers "
          + "hold " + next);
    }
    return own;
  }
}
