package org.citegraph.query;

import java.util.List;

import com.google.common.collect.ImmutableList;

import org.citegraph.model.Author;

/**
 * One suggested collaborator: an author at distance 2, with the link-prediction score and the common co-authors
 * that justify it.
 *
 * @param rank 1-based rank
 * @param candidate the suggested collaborator (not yet a co-author)
 * @param score the link-prediction score, the sum of the common neighbors' contributions
 * @param via the common co-authors, largest contribution first, then by id
 */
public record Suggestion(int rank, Author candidate, double score, List<CommonNeighbor> via) {
  /**
   * Copies the list.
   *
   * @param rank 1-based rank
   * @param candidate the suggested collaborator
   * @param score the link-prediction score, positive
   * @param via the common co-authors, largest contribution first; copied
   */
  public Suggestion {
    via = ImmutableList.copyOf(via);
  }

  /**
   * The common co-authors' display names, joined by ", ".
   *
   * @return the names in the order of {@link #via()}, e.g. "Ada Lovelace, Charles Babbage"
   */
  public String viaNames() {
    return String.join(", ", via.stream().map(c -> c.author().displayName()).toList());
  }
}
