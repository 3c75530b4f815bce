package org.citegraph.resolve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import org.citegraph.internal.Text;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;

/**
 * The corpus-wide statistics that weigh {@link AuthorResolver}'s evidence: the number of papers, the document
 * frequency of every evidence value (co-author name key, title word, category, folded affiliation) and what the
 * citation evidence needs (which identifier names which paper, how often each identifier is referenced). With them a
 * subset of the papers, such as the papers of one name block, resolves exactly as it does inside the whole corpus
 * ({@link AuthorResolver#resolve(List, List, EvidenceStatistics)}).
 *
 * <p>Statistics are counted per part and added ({@link #plus}), so a distributed job counts each partition and sums
 * them; the sum equals {@link #of} over all papers as long as the parts are disjoint. A subset of the papers needs only
 * the values it looks up ({@link #lookups}): {@link #restrict} keeps just those, and a distributed job that joins
 * each name group's values to their counts builds the same table with {@link #ofLookups}; the subset resolves with
 * it exactly as with the whole table. Values are keyed by the same normalised strings the resolver uses. Building is O(v) for v evidence values; each look-up is one hash probe.
 * Immutable and thread-safe.
 */
public final class EvidenceStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The evidence kinds counted per paper (a value counts once per paper). */
  public enum Kind {
    /** Co-author name keys ({@link PersonName#key()}) on papers of at most {@link
     * AuthorResolver#MAX_AUTHORS_FOR_EVIDENCE} names, junk names left out. */
    COAUTHOR,
    /** Folded, stemmed title words without stop words. */
    WORD,
    /** Category codes. */
    CATEGORY,
    /** Folded affiliations. */
    AFFILIATION,
    /** Folded venues ({@link Paper#venue()}). */
    VENUE
  }

  /** No papers. */
  public static final EvidenceStatistics EMPTY = new EvidenceStatistics(0, new EnumMap<>(Kind.class), Set.of(),
      Map.of(), Map.of());
  /** The evidence kinds whose values a paper looks up ({@link #lookups}) with the citation look-ups. */
  private static final Kind[] KINDS = Kind.values();

  /** The number of papers counted. */
  private final int papers;
  /** For each kind, value to the number of papers holding it. */
  private final Map<Kind, ImmutableMap<String, Integer>> frequencies;
  /** The id of every paper. */
  private final ImmutableSet<String> paperIds;
  /**
   * Every identifier of every paper, to the paper's id; an identifier that several papers hold names the paper with
   * the smallest id, as in the resolver's papers sorted by id.
   */
  private final ImmutableMap<String, String> paperOf;
  /** How many references name each identifier (in or out of the corpus). */
  private final ImmutableMap<String, Integer> referenced;
  /** For each paper id, 1 (the paper itself) plus the references naming any of its identifiers. */
  private final ImmutableMap<String, Integer> citation;
  /** Whether only some values are held ({@link #ofLookups}), so that parts cannot be added. */
  private final boolean partial;

  private EvidenceStatistics(int papers, Map<Kind, ? extends Map<String, Integer>> frequencies,
      Set<String> paperIds, Map<String, String> paperOf, Map<String, Integer> referenced) {
    this(papers, frequencies, paperIds, paperOf, referenced, citations(paperIds, paperOf, referenced), false);
  }

  private EvidenceStatistics(int papers, Map<Kind, ? extends Map<String, Integer>> frequencies,
      Set<String> paperIds, Map<String, String> paperOf, Map<String, Integer> referenced,
      Map<String, Integer> citation, boolean partial) {
    checkArgument(papers >= 0, "paper count must not be negative, got %s", papers);
    this.paperIds = ImmutableSet.copyOf(paperIds);
    this.papers = papers;
    EnumMap<Kind, ImmutableMap<String, Integer>> f = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      Map<String, Integer> m = frequencies.get(k);
      f.put(k, m == null ? ImmutableMap.of() : ImmutableMap.copyOf(m));
    }
    this.frequencies = f;
    this.paperOf = ImmutableMap.copyOf(paperOf);
    this.referenced = ImmutableMap.copyOf(referenced);
    this.citation = ImmutableMap.copyOf(citation);
    this.partial = partial;
  }

  /** For each paper id, 1 plus the references naming any of its identifiers. */
  private static Map<String, Integer> citations(Set<String> paperIds, Map<String, String> paperOf,
      Map<String, Integer> referenced) {
    Map<String, Integer> c = new HashMap<>();
    for (String id : paperIds) {
      c.put(id, 1);
    }
    for (Map.Entry<String, String> e : paperOf.entrySet()) {
      int refs = referenced.getOrDefault(e.getKey(), 0);
      if (refs > 0) {
        c.merge(e.getValue(), refs, Integer::sum);
      }
    }
    return c;
  }

  /**
   * Counts the statistics of the given de-duplicated papers. O(total size of the papers).
   *
   * @param papers the papers
   * @return their statistics
   */
  public static EvidenceStatistics of(Collection<Paper> papers) {
    EnumMap<Kind, Map<String, Integer>> f = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      f.put(k, new HashMap<>());
    }
    Set<String> paperIds = new HashSet<>();
    Map<String, String> paperOf = new HashMap<>();
    Map<String, Integer> referenced = new HashMap<>();
    for (Paper p : papers) {
      for (Kind k : Kind.values()) {
        for (String v : values(k, p)) {
          f.get(k).merge(v, 1, Integer::sum);
        }
      }
      String id = p.id().toString();
      paperIds.add(id);
      for (PaperId alias : p.identifiers()) {
        paperOf.merge(alias.toString(), id, EvidenceStatistics::first);
      }
      for (String r : p.references()) {
        referenced.merge(r, 1, Integer::sum);
      }
    }
    return new EvidenceStatistics(papers.size(), f, paperIds, paperOf, referenced);
  }

  /** Of two paper ids, the one first in the order of {@link PaperId}. */
  private static String first(String a, String b) {
    return a.equals(b) || PaperId.parse(a).compareTo(PaperId.parse(b)) <= 0 ? a : b;
  }

  /**
   * The distinct values of one evidence kind on one paper, as the resolver reads them.
   *
   * @param kind the evidence kind
   * @param paper the paper
   * @return the distinct values (empty for co-authors of a paper past the evidence limit)
   */
  public static Set<String> values(Kind kind, Paper paper) {
    checkNotNull(kind, "kind");
    Set<String> out = new HashSet<>();
    switch (kind) {
      case COAUTHOR -> {
        List<PersonName> names = paper.allAuthors();
        if (names.size() <= AuthorResolver.MAX_AUTHORS_FOR_EVIDENCE) {
          for (PersonName n : names) {
            if (NameFilter.problem(n).isEmpty()) {
              out.add(NameKeys.of(n).key);
            }
          }
        }
      }
      case WORD -> out.addAll(Arrays.asList(AuthorResolver.titleWords(paper.title())));
      case CATEGORY -> {
        for (Category c : paper.categories()) {
          out.add(c.code());
        }
      }
      case AFFILIATION -> {
        for (String a : paper.affiliations()) {
          out.add(Text.fold(a));
        }
      }
      case VENUE -> {
        String venue = AuthorResolver.venueValue(paper);
        if (!venue.isEmpty()) {
          out.add(venue);
        }
      }
      default -> throw new AssertionError(kind);
    }
    return out;
  }

  /**
   * Every value of one evidence kind whose frequency the resolver may look up for a paper: the paper's {@link
   * #values}, and for co-authors the key of every name on the paper (also past the evidence limit and for junk
   * names, whose frequencies the resolver reads too). A superset of {@link #values}.
   *
   * @param kind the evidence kind
   * @param paper the paper
   * @return the distinct values
   */
  public static Set<String> lookups(Kind kind, Paper paper) {
    checkNotNull(kind, "kind");
    if (kind != Kind.COAUTHOR) {
      return values(kind, paper);
    }
    Set<String> out = new HashSet<>();
    for (PersonName n : paper.allAuthors()) {
      out.add(NameKeys.of(n).key);
    }
    return out;
  }

  /**
   * Statistics holding only the values some papers look up, as a distributed job joins them for one name group:
   * the corpus's paper count, the frequency of each value, the paper each referenced identifier names, and the
   * citation frequency ({@link #citationFrequency}) of each paper named or looked up. A value left out reads as
   * never seen. Such statistics resolve their papers exactly as the whole corpus's do when they hold every value of
   * {@link #lookups}, every reference's paper and the citation frequency of those papers and of the papers
   * themselves (see {@link #restrict}); they cannot be added ({@link #plus}). O(size of the maps).
   *
   * @param papers the number of papers of the corpus
   * @param frequencies for each kind, value to the number of papers of the corpus holding it
   * @param paperOf referenced identifier to the id of the paper holding it (the smallest, if several do)
   * @param citationFrequencies paper id to 1 plus the references naming any of its identifiers
   * @return the statistics
   * @throws IllegalArgumentException if {@code papers} is negative, a frequency is not positive, or a paper that
   *     {@code paperOf} names has no citation frequency (join the frequency of every named paper)
   */
  public static EvidenceStatistics ofLookups(int papers, Map<Kind, ? extends Map<String, Integer>> frequencies,
      Map<String, String> paperOf, Map<String, Integer> citationFrequencies) {
    for (Map<String, Integer> m : frequencies.values()) {
      m.forEach((v, c) -> checkArgument(c > 0, "the frequency of '%s' must be positive, got %s", v, c));
    }
    citationFrequencies.forEach((v, c) -> checkArgument(c > 0,
        "the citation frequency of paper %s must be positive, got %s", v, c));
    paperOf.forEach((id, paper) -> checkArgument(citationFrequencies.containsKey(paper),
        "identifier %s names paper %s, which has no citation frequency: give the frequency of every named paper",
        id, paper));
    return new EvidenceStatistics(papers, frequencies, citationFrequencies.keySet(), paperOf, Map.of(),
        citationFrequencies, true);
  }

  /**
   * These statistics cut down to what the given papers look up (see {@link #ofLookups}): a subset of the corpus
   * resolves with them exactly as with these. O(total size of the papers).
   *
   * @param subset papers of the counted corpus
   * @return statistics holding just their values
   */
  public EvidenceStatistics restrict(Collection<Paper> subset) {
    EnumMap<Kind, Map<String, Integer>> f = new EnumMap<>(Kind.class);
    for (Kind k : KINDS) {
      f.put(k, new HashMap<>());
    }
    Map<String, String> ids = new HashMap<>();
    Map<String, Integer> c = new HashMap<>();
    for (Paper p : subset) {
      for (Kind k : KINDS) {
        ImmutableMap<String, Integer> counts = frequencies.get(k);
        for (String v : lookups(k, p)) {
          Integer n = counts.get(v);
          if (n != null) {
            f.get(k).put(v, n);
          }
        }
      }
      String id = p.id().toString();
      Integer own = citation.get(id);
      if (own != null) {
        c.put(id, own);
      }
      for (String r : p.references()) {
        String cited = paperOf.get(r);
        if (cited != null) {
          ids.put(r, cited);
          c.put(cited, citation.get(cited));
        }
      }
    }
    return ofLookups(papers, f, ids, c);
  }

  /**
   * Statistics with the given counts, as a distributed job collects them.
   *
   * @param papers the number of papers
   * @param frequencies for each kind, value to the number of papers holding it
   * @param paperIds the id of every paper ({@link Paper#id()})
   * @param paperOf every identifier of every paper to the paper's id (the smallest, if several papers hold it)
   * @param referenced identifier to the number of references naming it
   * @return the statistics
   * @throws IllegalArgumentException if {@code papers} is negative
   */
  public static EvidenceStatistics of(int papers, Map<Kind, ? extends Map<String, Integer>> frequencies,
      Set<String> paperIds, Map<String, String> paperOf, Map<String, Integer> referenced) {
    return new EvidenceStatistics(papers, frequencies, paperIds, paperOf, referenced);
  }

  /**
   * The statistics of two disjoint sets of papers together: counts added, identifiers united.
   *
   * @param other the other part's statistics
   * @return the sum
   * @throws IllegalStateException if either holds only some values ({@link #ofLookups}): add counted parts
   */
  public EvidenceStatistics plus(EvidenceStatistics other) {
    com.google.common.base.Preconditions.checkState(!partial && !other.partial,
        "statistics of looked-up values only cannot be added; add the counted parts, then restrict");
    EnumMap<Kind, Map<String, Integer>> f = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      Map<String, Integer> sum = new HashMap<>(frequencies.get(k));
      other.frequencies.get(k).forEach((v, c) -> sum.merge(v, c, Integer::sum));
      f.put(k, sum);
    }
    Set<String> papersIds = new HashSet<>(paperIds);
    papersIds.addAll(other.paperIds);
    Map<String, String> ids = new HashMap<>(paperOf);
    other.paperOf.forEach((id, paper) -> ids.merge(id, paper, EvidenceStatistics::first));
    Map<String, Integer> refs = new HashMap<>(referenced);
    other.referenced.forEach((id, c) -> refs.merge(id, c, Integer::sum));
    return new EvidenceStatistics(Math.addExact(papers, other.papers), f, papersIds, ids, refs);
  }

  /**
   * The number of papers counted.
   *
   * @return the paper count n
   */
  public int papers() {
    return papers;
  }

  /**
   * The number of papers holding a value.
   *
   * @param kind the evidence kind
   * @param value the normalised value
   * @return the document frequency, 0 for a value never seen
   */
  public int frequency(Kind kind, String value) {
    return frequencies.get(kind).getOrDefault(value, 0);
  }

  /**
   * The paper an identifier names.
   *
   * @param identifier an identifier as written in a reference
   * @return the id of the paper holding it (the smallest, if several do); empty when no counted paper does
   */
  public Optional<String> paperOf(String identifier) {
    return Optional.ofNullable(paperOf.get(identifier));
  }

  /**
   * The citation evidence's document frequency of a paper: 1 (the paper itself) plus the references naming it.
   *
   * @param paperId the paper's id ({@link Paper#id()} as a string)
   * @return the frequency, 0 when no counted paper has that id
   */
  public int citationFrequency(String paperId) {
    return citation.getOrDefault(paperId, 0);
  }

  /**
   * The number of distinct values held, over all kinds, identifiers and referenced identifiers (a size estimate).
   *
   * @return the number of entries
   */
  public long size() {
    long size = (long) paperIds.size() + paperOf.size() + referenced.size();
    for (Map<String, Integer> m : frequencies.values()) {
      size += m.size();
    }
    return size;
  }

  /**
   * Whether the other statistics hold the same counts.
   *
   * @param o another object
   * @return true for statistics with equal paper count, frequencies, identifiers, reference and citation counts
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof EvidenceStatistics e && papers == e.papers && frequencies.equals(e.frequencies)
        && paperIds.equals(e.paperIds) && paperOf.equals(e.paperOf) && referenced.equals(e.referenced)
        && citation.equals(e.citation);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(papers, frequencies, paperOf, referenced);
  }
}
