package org.citegraph.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;

/**
 * One row of a collaborator ranking.
 *
 * @param rank 1-based rank
 * @param coauthor the collaborator
 * @param sharedPapers number of shared papers that passed the filters
 * @param score the ranking score under the chosen counting and recency weighting
 * @param first the earliest dated shared paper's date, if any is dated
 * @param last the latest dated shared paper's date, if any is dated
 * @param papers the shared papers, in date order
 * @param categoryShares share of the shared papers per primary category code, largest first (e.g. cs.LG 0.7)
 */
public record Collaborator(int rank, Author coauthor, int sharedPapers, double score, Optional<PubDate> first,
    Optional<PubDate> last, List<Paper> papers, Map<String, Double> categoryShares) {

  /**
   * Copies the collections, keeping their order.
   *
   * @param rank 1-based rank
   * @param coauthor the collaborator
   * @param sharedPapers number of shared papers that passed the filters, at least 1
   * @param score the ranking score, at least 0
   * @param first the earliest shared paper's date; empty when none is dated
   * @param last the latest shared paper's date; empty when none is dated
   * @param papers the shared papers, in date order
   * @param categoryShares share of the shared papers per primary category code ({@code unknown} for papers without
   *     one), largest first; the shares sum to 1
   */
  public Collaborator {
    papers = ImmutableList.copyOf(papers);
    categoryShares = ImmutableMap.copyOf(categoryShares);
  }

  /**
   * The category mix of the shared papers, e.g. "cs.LG 70%, q-bio.NC 30%", written as {@link
   * TopicCluster#categoryMix()} writes it.
   *
   * @return the mix, or "-" when no shared paper has a category
   */
  public String categoryMix() {
    return CategoryMix.of(categoryShares);
  }

}
