package org.citegraph.snapshot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Incidence;
import org.citegraph.internal.KeyIndex;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;
import org.citegraph.resolve.ResolutionReport;

/**
 * What a snapshot holds: everything the resolver produced for a corpus (papers, authors, the author–paper incidence,
 * the resolution report, the profile headers and the hyper-authorship threshold) and, when the file stored them
 * under this library's {@link org.citegraph.model.PersonName#KEY_VERSION}, the matching keys of every author's name
 * variants. Immutable; the name-key index is built only when {@link #storedNameKeyIndex()} is called.
 */
public final class SnapshotContents {
  private final List<Paper> papers;
  private final List<Author> authors;
  private final Incidence incidence;
  private final ResolutionReport report;
  private final List<AuthorProfile> profiles;
  private final int hyperAuthorshipThreshold;
  /** Stored name keys (one row per author) or null; never changed after construction. */
  private final String[][] nameKeys;

  /**
   * Contents to write, or as loaded without trusted name keys.
   *
   * @param papers the papers, in corpus order
   * @param authors the authors, in corpus order
   * @param incidence who wrote what, indexed as the two lists
   * @param report the resolution report
   * @param profiles the profile-page headers
   * @param hyperAuthorshipThreshold papers with more authors add no co-authorship links
   * @throws IllegalArgumentException if the incidence does not match the lists or the threshold is below {@link
   *     CoauthorGraph#MIN_HYPER_AUTHORSHIP_THRESHOLD}
   */
  public SnapshotContents(List<Paper> papers, List<Author> authors, Incidence incidence, ResolutionReport report,
      List<AuthorProfile> profiles, int hyperAuthorshipThreshold) {
    this(ImmutableList.copyOf(papers), ImmutableList.copyOf(authors), incidence, report,
        ImmutableList.copyOf(profiles), hyperAuthorshipThreshold, null);
  }

  /** The loader's constructor: lists already immutable, keys as stored (or null). */
  SnapshotContents(ImmutableList<Paper> papers, ImmutableList<Author> authors, Incidence incidence,
      ResolutionReport report, ImmutableList<AuthorProfile> profiles, int hyperAuthorshipThreshold,
      String[][] nameKeys) {
    this.papers = papers;
    this.authors = authors;
    this.incidence = checkNotNull(incidence, "incidence");
    this.report = checkNotNull(report, "report");
    this.profiles = profiles;
    checkArgument(hyperAuthorshipThreshold >= CoauthorGraph.MIN_HYPER_AUTHORSHIP_THRESHOLD,
        "hyper-authorship threshold %s is below the minimum of %s", hyperAuthorshipThreshold,
        CoauthorGraph.MIN_HYPER_AUTHORSHIP_THRESHOLD);
    this.hyperAuthorshipThreshold = hyperAuthorshipThreshold;
    checkArgument(incidence.paperCount() == papers.size() && incidence.authorCount() == authors.size(),
        "incidence of %s papers and %s authors for %s papers and %s authors", incidence.paperCount(),
        incidence.authorCount(), papers.size(), authors.size());
    checkArgument(nameKeys == null || nameKeys.length == authors.size(), "%s rows of name keys for %s authors",
        nameKeys == null ? 0 : nameKeys.length, authors.size());
    this.nameKeys = nameKeys;
  }

  /**
   * The papers, in corpus order.
   *
   * @return an immutable list
   */
  public List<Paper> papers() {
    return papers;
  }

  /**
   * The resolved authors, in corpus order.
   *
   * @return an immutable list
   */
  public List<Author> authors() {
    return authors;
  }

  /**
   * The author–paper incidence, indexed as {@link #papers()} and {@link #authors()}.
   *
   * @return the incidence
   */
  public Incidence incidence() {
    return incidence;
  }

  /**
   * The resolution report.
   *
   * @return the report
   */
  public ResolutionReport report() {
    return report;
  }

  /**
   * The profile-page headers.
   *
   * @return an immutable list
   */
  public List<AuthorProfile> profiles() {
    return profiles;
  }

  /**
   * Papers with more authors than this add no co-authorship links.
   *
   * @return the threshold, at least {@link CoauthorGraph#MIN_HYPER_AUTHORSHIP_THRESHOLD}
   */
  public int hyperAuthorshipThreshold() {
    return hyperAuthorshipThreshold;
  }

  /**
   * Whether the file stored name keys folded under this library's key version.
   *
   * @return true when {@link #storedNameKeyIndex()} is present
   */
  public boolean hasStoredNameKeys() {
    return nameKeys != null;
  }

  /**
   * Builds the index from each stored matching key to the indices of the authors seen under it (in author order),
   * or empty when the file stored no keys, or stored them under another key version. Built on each call, in
   * O(total keys); callers keep the result and must not change its rows.
   *
   * @return the index, or empty when the keys must be computed from the names
   */
  public Optional<Map<String, int[]>> storedNameKeyIndex() {
    return nameKeys == null ? Optional.empty() : Optional.of(KeyIndex.nameKeyIndex(nameKeys));
  }

  @Override
  public String toString() {
    return "SnapshotContents(" + papers.size() + " papers, " + authors.size() + " authors)";
  }
}
