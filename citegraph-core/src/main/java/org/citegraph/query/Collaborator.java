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

  /** Copies the collections. */
  public Collaborator {
    papers = ImmutableList.copyOf(papers);
    categoryShares = ImmutableMap.copyOf(categoryShares);
  }

  /** The category mix as text, e.g. "70% cs.LG, 30% q-bio.NC". */
  public String categoryMix() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Double> e : categoryShares.entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(Math.round(e.getValue() * 100)).append("% ").append(e.getKey());
    }
    return sb.toString();
  }
}
